// SPDX-License-Identifier: GPL-3.0-or-later
// What the app really sends (SPEC privacy 1 and 3): the whole app, on a phone whose
// system speaks Tigrinya (LANG and LANGUAGE set by ctest), talks to a real hub through a
// recording proxy: a social worker enrols, logs a session and syncs, a resident joins a
// session, an evaluator signs in and reads a table and a CSV, a resident fetches the map
// of their gemeente (resuming a broken download). Every request is held to
// the header whitelist of core/sync/hubrequest.h; nothing taken from the system (the
// language above all) may appear, and the join marks carry only their three fields.
#include "demoroot.h"
#include "hubtest.h"
#include "recordinghub.h"

#include "app/approot.h"
#include "common/mapregion.h"
#include "evaluator/evaluatorsignin.h"
#include "hubclient/hubrequest.h"
#include "resident/myactivitiesmodel.h"
#include "evaluator/statsclient.h"
#include "evaluator/statstablemodel.h"
#include "worker/syncservice.h"
#include "worker/workerenrolment.h"
#include "worker/workerstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QLocale>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Buurtplein;
using namespace Buurtplein::HubTest;
using namespace Buurtplein::TestSupport;

class TestHubRequests : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FreshDatabase m_hubDb;
    HubProcess m_hub;
    RecordingHub m_proxy;
    std::unique_ptr<AppRoot> m_root;
    QString m_package;

    AppRoot *context() const { return m_root.get(); }

    bool cycle()
    {
        QSignalSpy ended(context()->sync(), &SyncService::cycleEnded);
        context()->sync()->start();
        context()->sync()->syncNow();
        return ended.wait(60000) && ended.first().first().toBool();
    }

    QList<RecordedRequest> requestsTo(const QByteArray &method, const QByteArray &path) const
    {
        QList<RecordedRequest> out;
        for (const RecordedRequest &r : m_proxy.requests()) {
            if (r.method == method && r.path() == path)
                out.append(r);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        prepareAppTest();
        // The attack needs a system that would give itself away.
        QVERIFY2(QLocale::system().uiLanguages().join(QLatin1Char(',')).contains(QLatin1String("ti")),
                 qPrintable(QLocale::system().uiLanguages().join(QLatin1Char(','))));
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_hubDb.create(QStringLiteral("sqlite"), &error), qPrintable(error));
        QCOMPARE(runHub({QStringLiteral("import-demo"), QStringLiteral("--db"), m_hubDb.location()}).exitCode, 0);
        // Map tiles of the Indische Buurt and Amsterdam's buurten: a map package of the gemeente.
        const QString tiles = m_dir.filePath(QStringLiteral("tiles.mbtiles"));
        CliRun run = runHub({QStringLiteral("import-areas"), QStringLiteral(BUURTPLEIN_SHARED_DATA "/map/areas/buurten.geojson"), QStringLiteral("--code"),
                             QStringLiteral("cbsCode"), QStringLiteral("--name"), QStringLiteral("naam"), QStringLiteral("--db"), m_hubDb.location()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runHub({QStringLiteral("import-tiles"), QStringLiteral(BUURTPLEIN_SHARED_DATA "/map/osm-vector-tiles/tiles"), QStringLiteral("--min-zoom"),
                      QStringLiteral("13"), QStringLiteral("--max-zoom"), QStringLiteral("14"), QStringLiteral("--bbox"), QStringLiteral("4.92,52.355,4.96,52.372"),
                      QStringLiteral("--tiles"), tiles, QStringLiteral("--db"), m_hubDb.location()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        m_package = tiles + QStringLiteral(".regions/GM0363.mbtiles");
        QVERIFY(QFileInfo::exists(m_package));
        QVERIFY2(m_hub.start(m_hubDb.location(), &error, {QStringLiteral("--tiles"), tiles}), qPrintable(error));
        QVERIFY(m_proxy.listen(quint16(m_hub.url(QString()).port())));
        m_root = std::make_unique<AppRoot>();
        AppRootOptions options = demoRootOptions(m_dir.filePath(QStringLiteral("device.sqlite")), m_dir.filePath(QStringLiteral("secrets")));
        options.startSync = false;
        QVERIFY2(m_root->open(options, &error), qPrintable(error));
        context()->sync()->setCoalesceMs(50);
    }

    void aWorkerEnrolsLogsAndSyncs()
    {
        const CliRun code = runHub({QStringLiteral("enrol-code"), QStringLiteral("create"), QStringLiteral("--org"),
                                    QStringLiteral("org:buurtwerk-oost"), QStringLiteral("--db"), m_hubDb.location()});
        QVERIFY2(code.exitCode == 0, code.err.constData());
        WorkerEnrolment *worker = context()->worker();
        QSignalSpy enrolled(worker, &WorkerEnrolment::enrolSucceeded);
        // Named as the worker names the device: the coordinator's token list shows it.
        worker->enrol(QString::fromLatin1(code.out.split('\n').first()), m_proxy.url(), QStringLiteral("tablet buurthuis"));
        QVERIFY(enrolled.wait(30000));
        const CliRun tokens = runHub({QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--db"), m_hubDb.location()});
        QVERIFY2(tokens.out.contains("tablet buurthuis"), tokens.out.constData());
        const QList<UnloggedSession> sessions = worker->store().unloggedSessions(QStringLiteral("org:buurtwerk-oost"), TestClock::now());
        QVERIFY(!sessions.isEmpty());
        SessionLog log;
        log.occurrenceUid = sessions.first().occurrenceUid;
        log.attendance = 9;
        QVERIFY(worker->store().logSession(log));
        QVERIFY(cycle());
        QCOMPARE(requestsTo("POST", "/v1/session-logs").size(), 1);
        QVERIFY(!requestsTo("GET", "/v1/feed").isEmpty());
    }

    void aResidentJoins()
    {
        const QString activity = QStringLiteral("demo:taalcafe-javaplein");
        const QString occurrence = activity + QStringLiteral("/20261124T130000Z");
        QVERIFY2(TestSupport::written(context()->myActivities(), [&] { context()->myActivities()->joinOccurrence(activity, occurrence); }),
                 qPrintable(context()->myActivities()->errorString()));
        QVERIFY2(TestSupport::written(context()->myActivities(), [&] { context()->myActivities()->joinSeries(activity); }),
                 qPrintable(context()->myActivities()->errorString()));
        QVERIFY(cycle());
        const QList<RecordedRequest> joins = requestsTo("POST", "/v1/join-counts");
        QCOMPARE(joins.size(), 1);
        // The body holds only join marks, each of exactly three fields, and no key twice.
        const QJsonObject body = QJsonDocument::fromJson(joins.first().body).object();
        QCOMPARE(body.keys(), QStringList{QStringLiteral("items")});
        QSet<QString> keys;
        for (const QJsonValue &item : body.value(QStringLiteral("items")).toArray()) {
            QCOMPARE(item.toObject().keys(), (QStringList{QStringLiteral("joined"), QStringLiteral("key"), QStringLiteral("occurrence")}));
            keys.insert(item.toObject().value(QStringLiteral("key")).toString());
        }
        QVERIFY(keys.size() > 5); // one per session of the series in the window, each its own
        QCOMPARE(keys.size(), body.value(QStringLiteral("items")).toArray().size());
    }

    void anEvaluatorReadsFigures()
    {
        const CliRun token = runHub({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--role"), QStringLiteral("evaluator"),
                                     QStringLiteral("--db"), m_hubDb.location()});
        QVERIFY2(token.exitCode == 0, token.err.constData());
        EvaluatorSignIn *evaluator = context()->evaluator();
        QSignalSpy signedIn(evaluator, &EvaluatorSignIn::signInSucceeded);
        evaluator->signIn(m_proxy.url(), QString::fromLatin1(token.out.trimmed()));
        QVERIFY(signedIn.wait(30000));
        StatsTableModel model;
        evaluator->stats()->loadTable(&model, {{QStringLiteral("metric"), QStringLiteral("attendance")}, {QStringLiteral("rows"), QStringLiteral("category")},
                                               {QStringLiteral("from"), QStringLiteral("2026-07-01")}, {QStringLiteral("to"), QStringLiteral("2026-09-30")}});
        QVERIFY(QTest::qWaitFor([&model] { return model.status() != StatsTableModel::Loading; }, 30000));
        QCOMPARE(requestsTo("GET", "/v1/whoami").size(), 1);
        QVERIFY(!requestsTo("GET", "/v1/stats/table").isEmpty());
    }

    // The map of the gemeente: the device asks for the whole list and one package, never
    // with its position or buurt (the position only orders the list on the device), with no
    // token; a broken download goes on with Range and If-Range, which say nothing of the person.
    void aResidentFetchesTheMap()
    {
        QFile package(m_package);
        QVERIFY(package.open(QIODevice::ReadOnly));
        const QByteArray whole = package.readAll();
        const QString folder = m_dir.filePath(QStringLiteral("secrets/maps"));
        QVERIFY(QDir().mkpath(folder));
        QFile part(folder + QStringLiteral("/GM0363.part"));
        QVERIFY(part.open(QIODevice::WriteOnly) && part.write(whole.left(1000)) == 1000);
        part.close();
        QFile tag(folder + QStringLiteral("/GM0363.part.sha1"));
        QVERIFY(tag.open(QIODevice::WriteOnly));
        tag.write(QCryptographicHash::hash(whole, QCryptographicHash::Sha1).toHex());
        tag.close();

        MapRegion *region = context()->mapRegion();
        QSignalSpy offers(region, &MapRegion::offersChanged);
        region->look(m_proxy.url(), true, 52.364156, 4.938757); // OBA Javaplein
        QVERIFY(offers.wait(30000));
        QSignalSpy done(region, &MapRegion::finished);
        QVERIFY(region->download(QStringLiteral("GM0363")));
        QVERIFY(done.wait(60000));
        QVERIFY2(done.first().first().toBool(), qPrintable(region->problem()));

        const QList<RecordedRequest> lists = requestsTo("GET", "/v1/tiles/regions");
        const QList<RecordedRequest> downloads = requestsTo("GET", "/v1/tiles/regions/GM0363.mbtiles");
        QCOMPARE(lists.size(), 1);
        QCOMPARE(downloads.size(), 1);
        QCOMPARE(downloads.first().header("range"), QByteArray("bytes=1000-"));
        QCOMPARE(downloads.first().header("if-range"), '"' + QCryptographicHash::hash(whole, QCryptographicHash::Sha1).toHex() + '"');
        for (const RecordedRequest &r : lists + downloads) {
            QVERIFY2(!r.target.contains('?'), r.target.constData());
            QVERIFY(r.header("authorization").isEmpty());
            QVERIFY(r.body.isEmpty());
            for (const char *where : {"52.36", "4.93", "BU0363", "BU03630531", "Indische"}) {
                for (const auto &[name, value] : r.headers)
                    QVERIFY2(!value.contains(where), qPrintable(QString::fromLatin1(name + ": " + value)));
                QVERIFY2(!r.target.contains(where), r.target.constData());
            }
        }
    }

    // The whitelist, request by request: which fields, and the values of those that could carry the system's.
    void everyRequestCarriesOnlyWhitelistedHeaders()
    {
        const QList<QByteArray> allowed = HubRequest::allowedHeaders();
        QSet<QByteArray> kinds;
        QVERIFY(m_proxy.requests().size() >= 5);
        for (const RecordedRequest &r : m_proxy.requests()) {
            kinds.insert(r.method + ' ' + r.path());
            for (const auto &[name, value] : r.headers) {
                QVERIFY2(allowed.contains(name), qPrintable(QStringLiteral("%1 %2 carries %3: %4")
                                                               .arg(QString::fromLatin1(r.method), QString::fromLatin1(r.target),
                                                                    QString::fromLatin1(name), QString::fromLatin1(value))));
            }
            QCOMPARE(r.header("accept-language"), QByteArray("*"));
            QCOMPARE(r.header("user-agent"), QByteArray(HubRequest::UserAgent));
            const QByteArray all = [&r] {
                QByteArray out;
                for (const auto &[name, value] : r.headers)
                    out += value + '\n';
                return out;
            }();
            for (const char *system : {"ti-ER", "ti_ER", "ti,", "ar-", "Mozilla"})
                QVERIFY2(!all.contains(system), all.constData());
            // A resident's requests carry no token; only the worker's and the evaluator's do.
            if (r.path() == "/v1/join-counts" || r.path() == "/v1/enrol")
                QVERIFY(r.header("authorization").isEmpty());
        }
        for (const char *kind : {"POST /v1/enrol", "POST /v1/session-logs", "GET /v1/feed", "POST /v1/join-counts", "GET /v1/whoami",
                                 "GET /v1/stats/table", "GET /v1/tiles/regions", "GET /v1/tiles/regions/GM0363.mbtiles"})
            QVERIFY2(kinds.contains(kind), kind);
    }
};

QTEST_MAIN(TestHubRequests)
#include "tst_hubrequests.moc"
