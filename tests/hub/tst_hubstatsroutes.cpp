// SPDX-License-Identifier: GPL-3.0-or-later
// Released statistics at the hub's edges (docs/statistics.md): the routes with their
// roles, bad queries, JSON and CSV; the size limit; and the commands that load and
// correct areas. The rollups and the release themselves are tst_hubstats.
#include "hubtest.h"
#include "stats/statsstore.h"
#include "stats/statstable.h"
#include "stats/statsanswer.h"
#include "statstestdata.h"
#include "store/sessionlogstore.h"
#include "store/tokenstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Buurtplein;
using namespace Buurtplein::HubTest;
using namespace Buurtplein::StatsTestData;

class TestHubStatsRoutes : public QObject
{
    Q_OBJECT

private slots:
    // The routes: evaluators get released tables as JSON and CSV; workers 403, no token 401, bad queries 400.
    void routes_data()
    {
        QTest::addColumn<QString>("dialect");
        for (const QString &dialect : dialects())
            QTest::newRow(qPrintable(dialect)) << dialect;
    }
    void routes()
    {
        QFETCH(QString, dialect);
        FreshDatabase fresh;
        HubDatabase db;
        QString error;
        QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
        QVERIFY(db.open(fresh.location()));
        QVERIFY2(seedCatalogue(db, &error), qPrintable(error));
        QVERIFY2(storeRandomLogs(db, 5, 200, &error), qPrintable(error));
        TokenStore tokens(db);
        const QByteArray evaluator = tokens.create(Role::Evaluator, {}, {}, 1, &error)->token.toLatin1();
        const QByteArray worker = tokens.create(Role::Worker, org, {}, 1, &error)->token.toLatin1();
        HubProcess hub;
        QVERIFY2(hub.start(fresh.location(), &error), qPrintable(error));
        QNetworkAccessManager nam;
        const QString table = QStringLiteral("/v1/stats/table?metric=attendance&rows=area:buurt&columns=period:month&from=2025-01-01&to=2025-03-31");
        QCOMPARE(call(nam, "GET", hub.url(table)).status, 401);
        QCOMPARE(call(nam, "GET", hub.url(table), {}, worker).status, 403);
        QCOMPARE(call(nam, "GET", hub.url(QStringLiteral("/v1/stats/dimensions")), {}, worker).status, 403);
        for (const QString &bad : {QStringLiteral("metric=attendance&rows=category&columns=category&from=2025-01-01&to=2025-02-01"),
                                   QStringLiteral("metric=nope&rows=category&from=2025-01-01&to=2025-02-01"),
                                   QStringLiteral("metric=attendance&rows=category&from=2025-03-01&to=2025-02-01"),
                                   QStringLiteral("metric=attendance&rows=category&from=2025-01-01&to=2025-02-01&colour=red"),
                                   // Only periods of the fixed grid: no free range, no months of a week.
                                   QStringLiteral("metric=attendance&rows=category&from=2025-01-01&to=2025-02-01"),
                                   QStringLiteral("metric=attendance&rows=category&from=2025-01-02&to=2025-01-31"),
                                   QStringLiteral("metric=attendance&rows=category&from=2025-01-01&to=2025-06-30"),
                                   QStringLiteral("metric=attendance&rows=category&from=2025-01-07&to=2025-01-13"),
                                   QStringLiteral("metric=attendance&rows=period:month&from=2025-01-06&to=2025-01-12"),
                                   QStringLiteral("metric=attendance&rows=period:quarter&from=2025-01-01&to=2025-01-31"),
                                   QStringLiteral("metric=attendance&rows=period:year&from=2025-01-01&to=2025-03-31")}) {
            const Answer a = call(nam, "GET", hub.url(QStringLiteral("/v1/stats/table?") + bad), {}, evaluator);
            QCOMPARE(a.status, 400);
            QCOMPARE(a.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_query"));
            QVERIFY(a.json().value(QStringLiteral("message")).toString().endsWith(QLatin1Char('.')));
        }
        const Answer json = call(nam, "GET", hub.url(table), {}, evaluator);
        QCOMPARE(json.status, 200);
        const QJsonObject body = json.json();
        QCOMPARE(body.value(QStringLiteral("columns")).toObject().value(QStringLiteral("keys")).toArray().size(), 3);
        QCOMPARE(body.value(QStringLiteral("rows")).toObject().value(QStringLiteral("keys")).toArray().size(), 3);
        QCOMPARE(body.value(QStringLiteral("rules")).toObject().value(QStringLiteral("k")).toInt(), 10);
        const Answer dims = call(nam, "GET", hub.url(QStringLiteral("/v1/stats/dimensions")), {}, evaluator);
        QCOMPARE(dims.status, 200);
        QCOMPARE(dims.json().value(QStringLiteral("metrics")).toArray().size(), 18);
        // Of every area the CBS file names, the filters list only those activities meet in:
        // Amsterdam and its wijken and buurten of the test's places, not 's-Gravenhage.
        const CliRun areas = runHub({QStringLiteral("import-areas"),
                                     QStringLiteral(BUURTPLEIN_SHARED_DATA "/places/cbs_labelpoints_gemeente2015_wijk2014_buurt2014.csv"),
                                     QStringLiteral("--db"), fresh.location()});
        QVERIFY2(areas.exitCode == 0, areas.err.constData());
        QStringList gemeenten;
        int listed = 0;
        for (const QJsonValue &area : call(nam, "GET", hub.url(QStringLiteral("/v1/stats/dimensions")), {}, evaluator)
                                          .json().value(QStringLiteral("areas")).toArray()) {
            ++listed;
            if (area[QStringLiteral("level")].toString() == QLatin1String("gemeente"))
                gemeenten.append(area[QStringLiteral("name")].toString());
        }
        QCOMPARE(gemeenten, QStringList{QStringLiteral("Amsterdam")});
        QCOMPARE(listed, 1); // the test's wijk and buurt codes are made up: the CBS file has no names for them

        // No activity here has a programme: the programme table has the one key "", labelled
        // "onbekend", and the app's reader and the quarterly report take it (both refused it once).
        const Answer programmes = call(nam, "GET", hub.url(QStringLiteral("/v1/stats/table?metric=attendance&rows=programme&from=2025-01-01&to=2025-12-31")),
                                       {}, evaluator);
        QCOMPARE(programmes.status, 200);
        QString readError;
        const auto read = StatsAnswer::read(programmes.json(), &readError);
        QVERIFY2(read, qPrintable(readError));
        QCOMPARE(read->rows.keys, QStringList{QString()});
        QCOMPARE(read->rows.labels, QStringList{QStringLiteral("onbekend")});
        // Categories by their words, never their ids, in the JSON and the CSV.
        const QString byCategory = QStringLiteral("/v1/stats/table?metric=attendance&rows=category&from=2025-01-01&to=2025-12-31");
        const Answer categories = call(nam, "GET", hub.url(byCategory), {}, evaluator);
        QCOMPARE(categories.status, 200);
        QCOMPARE(categories.json().value(QStringLiteral("rows")).toObject().value(QStringLiteral("labels")).toVariant().toStringList(),
                 (QStringList{QStringLiteral("Koken & eten"), QStringLiteral("Sport & bewegen"), QStringLiteral("Taal & ontmoeting")}));
        const Answer categoryCsv = call(nam, "GET", hub.url(byCategory + QStringLiteral("&format=csv")), {}, evaluator);
        QVERIFY2(categoryCsv.body.contains("Sport & bewegen") && !categoryCsv.body.contains("sport_bewegen"), categoryCsv.body.constData());
        QTemporaryDir out;
        const CliRun report = runHub({QStringLiteral("report"), QStringLiteral("--quarter"), QStringLiteral("2025-Q1"), QStringLiteral("--gemeente"),
                                      QStringLiteral("GM0363"), QStringLiteral("--to"), out.filePath(QStringLiteral("q1.pdf")), QStringLiteral("--db"),
                                      fresh.location()});
        QVERIFY2(report.exitCode == 0, report.err.constData());

        for (const QString &lang : {QStringLiteral("nl"), QStringLiteral("en")}) {
            const Answer csv = call(nam, "GET", hub.url(table + QStringLiteral("&format=csv&lang=") + lang), {}, evaluator);
            QCOMPARE(csv.status, 200);
            QVERIFY(csv.body.startsWith("\xEF\xBB\xBF"));
            const QStringList lines = QString::fromUtf8(csv.body.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
            QCOMPARE(lines.size(), 3 + 2 + 1);
            QCOMPARE(lines.first(), lang == QLatin1String("en") ? QStringLiteral("Neighbourhood,January 2025,February 2025,March 2025,Total")
                                                                 : QStringLiteral("Buurt,januari 2025,februari 2025,maart 2025,Totaal"));
            for (const QString &line : lines.mid(0, 5))
                QCOMPARE(line.split(QLatin1Char(',')).size(), 5);
            QVERIFY(lines.at(4).startsWith(lang == QLatin1String("en") ? QStringLiteral("Total,") : QStringLiteral("Totaal,")));
            // Under the table, after an empty line, the one sentence on totals and noise.
            QVERIFY(csv.body.contains("\r\n\r\n\""));
            QVERIFY2(lines.last().contains(lang == QLatin1String("en") ? QStringLiteral("totals may differ slightly from the sum of their parts")
                                                                       : QStringLiteral("totalen kunnen iets afwijken van de som van hun delen")),
                     qPrintable(lines.last()));
        }
    }

    // import-areas with a bad file exits 2 with a sentence, and the names stay as they were.
    void importAreasBadFileStoresNothing_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QByteArray>("content");
        for (const QString &dialect : dialects()) {
            QTest::newRow(qPrintable(dialect + QStringLiteral("-no-statnaam")))
                << dialect << QByteArray("level,statcode,gemeentecode,lon,lat\nbuurt,BU03638000,GM0363,4.9,52.3\n");
            QTest::newRow(qPrintable(dialect + QStringLiteral("-bad-coordinates")))
                << dialect << QByteArray("level,statcode,statnaam,gemeentecode,lon,lat\nbuurt,BU03638000,Nieuw,GM0363,oost,52.3\n");
            QTest::newRow(qPrintable(dialect + QStringLiteral("-short-line")))
                << dialect << QByteArray("level,statcode,statnaam,gemeentecode,lon,lat\nbuurt,BU03638000,Nieuw,GM0363\n");
            QTest::newRow(qPrintable(dialect + QStringLiteral("-no-buurten")))
                << dialect << QByteArray("level,statcode,statnaam,gemeentecode,lon,lat\n");
        }
    }
    void importAreasBadFileStoresNothing()
    {
        QFETCH(QString, dialect);
        QFETCH(QByteArray, content);
        FreshDatabase fresh;
        QString error;
        QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
        const QString good = QStringLiteral(BUURTPLEIN_DEMO_AREAS);
        const CliRun first = runHub({QStringLiteral("import-areas"), good, QStringLiteral("--db"), fresh.location()});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        auto names = [&] {
            HubDatabase db;
            QStringList out;
            if (!db.open(fresh.location()))
                return out;
            QSqlQuery q(db.connection());
            q.exec(QStringLiteral("SELECT code, name FROM stats_area ORDER BY code"));
            while (q.next())
                out.append(q.value(0).toString() + QLatin1Char('=') + q.value(1).toString());
            return out;
        };
        const QStringList before = names();
        QVERIFY(before.size() > 10);
        QTemporaryDir dir;
        QFile bad(dir.filePath(QStringLiteral("areas.csv")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(content);
        bad.close();
        const CliRun run = runHub({QStringLiteral("import-areas"), bad.fileName(), QStringLiteral("--db"), fresh.location()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.trimmed().endsWith('.'), run.err.constData());
        QCOMPARE(names(), before);
    }

    // place-areas refuses codes that do not nest (a buurt outside the wijk, a wijk outside
    // the gemeente) and changes nothing.
    void placeAreasRefusesCodesThatDoNotNest_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QStringList>("codes");
        for (const QString &dialect : dialects()) {
            QTest::newRow(qPrintable(dialect + QStringLiteral("-buurt-outside-wijk")))
                << dialect << QStringList{QStringLiteral("--wijk"), QStringLiteral("WK036381"), QStringLiteral("--buurt"), buurten.at(0)};
            QTest::newRow(qPrintable(dialect + QStringLiteral("-wijk-outside-gemeente")))
                << dialect << QStringList{QStringLiteral("--gemeente"), QStringLiteral("GM0457"), QStringLiteral("--wijk"), QStringLiteral("WK036380")};
            QTest::newRow(qPrintable(dialect + QStringLiteral("-buurt-outside-gemeente")))
                << dialect << QStringList{QStringLiteral("--gemeente"), QStringLiteral("GM0457"), QStringLiteral("--buurt"), buurten.at(2)};
        }
    }
    void placeAreasRefusesCodesThatDoNotNest()
    {
        QFETCH(QString, dialect);
        QFETCH(QStringList, codes);
        FreshDatabase fresh;
        HubDatabase db;
        QString error;
        QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
        QVERIFY(db.open(fresh.location()));
        QVERIFY2(seedCatalogue(db, &error), qPrintable(error));
        const qint64 lastChange = HubCatalogue(db).lastChange();
        db.close();
        const CliRun run = runHub(QStringList{QStringLiteral("place-areas"), QStringLiteral("--place"), QStringLiteral("place-0")} + codes
                                  + QStringList{QStringLiteral("--db"), fresh.location()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("do not nest"), run.err.constData());
        QVERIFY(db.open(fresh.location()));
        QCOMPARE(HubCatalogue(db).lastChange(), lastChange);
        StatsStore store(db);
        QVERIFY2(store.refresh(&error), qPrintable(error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT gemeente, wijk, buurt FROM stats_place WHERE uid = 'place-0'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("GM0363"));
        QCOMPARE(q.value(2).toString(), buurten.at(0));
    }

    // GET /v1/stats/dimensions on a hub loaded with import-demo names the demo's areas.
    void dimensionsNameDemoAreas_data()
    {
        QTest::addColumn<QString>("dialect");
        for (const QString &dialect : dialects())
            QTest::newRow(qPrintable(dialect)) << dialect;
    }
    void dimensionsNameDemoAreas()
    {
        QFETCH(QString, dialect);
        FreshDatabase fresh;
        QString error;
        QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
        const CliRun demo = runHub({QStringLiteral("import-demo"), QStringLiteral("--db"), fresh.location()});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        QByteArray evaluator;
        {
            HubDatabase db;
            QVERIFY(db.open(fresh.location()));
            evaluator = TokenStore(db).create(Role::Evaluator, {}, {}, 1, &error)->token.toLatin1();
        }
        // What the demo's CBS file says, read independently of the hub.
        QFile file(QStringLiteral(BUURTPLEIN_DEMO_AREAS));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QHash<QString, QString> expected;
        for (const QByteArray &line : file.readAll().split('\n').mid(1)) {
            const QList<QByteArray> f = line.trimmed().split(',');
            if (f.size() == 6)
                expected.insert(QString::fromUtf8(f.at(1)), QString::fromUtf8(f.at(2)));
        }
        QVERIFY(expected.size() > 10);
        // Listed are the areas the demo's activities meet in (their places' codes), by the file's names.
        QFile demoFile(QStringLiteral(BUURTPLEIN_ASSETS "/demo/demo-neighbourhood.json"));
        QVERIFY(demoFile.open(QIODevice::ReadOnly));
        QSet<QString> used;
        for (const QJsonValue &p : QJsonDocument::fromJson(demoFile.readAll()).object().value(QStringLiteral("places")).toArray()) {
            for (const char *key : {"gemeenteCode", "wijkCode", "buurtCode"})
                used.insert(p[QLatin1String(key)].toString());
        }
        for (auto it = expected.begin(); it != expected.end();)
            it = used.contains(it.key()) ? std::next(it) : expected.erase(it);
        QVERIFY2(expected.size() >= 3 && expected.contains(QStringLiteral("GM0363")), qPrintable(QStringList(expected.keys()).join(u' ')));
        HubProcess hub;
        QVERIFY2(hub.start(fresh.location(), &error), qPrintable(error));
        QNetworkAccessManager nam;
        const Answer dims = call(nam, "GET", hub.url(QStringLiteral("/v1/stats/dimensions")), {}, evaluator);
        QCOMPARE(dims.status, 200);
        QHash<QString, QString> named;
        for (const QJsonValue &v : dims.json().value(QStringLiteral("areas")).toArray())
            named.insert(v.toObject().value(QStringLiteral("code")).toString(), v.toObject().value(QStringLiteral("name")).toString());
        QCOMPARE(named, expected);
    }

    // A table too large to audit in reasonable time is refused before any work, with a
    // sentence that says how to narrow it; one just under the limit is released.
    void tooLargeTableRefused_data()
    {
        QTest::addColumn<int>("buurtCount");
        QTest::addColumn<bool>("refused");
        // Five years of ISO weeks (2021-W01 to 2025-W52) are 260 columns.
        QTest::newRow("over the limit") << Stats::MaxReleaseCells / 260 + 1 << true;
        QTest::newRow("under the limit") << 20 << false;
    }
    void tooLargeTableRefused()
    {
        QFETCH(int, buurtCount);
        QFETCH(bool, refused);
        Stats::Query q{QStringLiteral("attendance"), Stats::Dimension::Buurt, Stats::Dimension::Week, QDate(2021, 1, 4),
                       QDate(2025, 12, 28), {}};
        Stats::CellMap cells;
        for (int b = 0; b < buurtCount; ++b) {
            Stats::CellSums sums;
            sums.counters[StatsRollup::Held] = 5;
            sums.counters[StatsRollup::Attendance] = 50;
            cells.insert({QStringLiteral("BU%1").arg(b, 8, 10, QLatin1Char('0')), QStringLiteral("2023-W10")}, sums);
        }
        const Stats::ReleasedStats stats = Stats::releaseTable(q, cells, Release::Rules(), [](Stats::Dimension) { return QHash<QString, QString>(); },
                                                               QStringLiteral("en"));
        QCOMPARE(stats.columnKeys.size(), 260);
        QCOMPARE(stats.tooLarge, refused);
        QCOMPARE(!stats.error.isEmpty(), refused);
        if (refused)
            QVERIFY2(stats.error.contains(QStringLiteral("gemeente or wijk filter")), qPrintable(stats.error));
    }

    // Over HTTP: 160 buurten by the 53 ISO weeks of 2023 is over the limit and answers 400
    // with a sentence that says how to narrow it; the same table for one wijk is released.
    void tooLargeTableRefusedOverHttp_data() { routes_data(); }
    void tooLargeTableRefusedOverHttp()
    {
        QFETCH(QString, dialect);
        FreshDatabase fresh;
        HubDatabase db;
        QString error;
        QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
        QVERIFY(db.open(fresh.location()));
        QVERIFY2(OrganisationStore(db).create({org, QStringLiteral("Welzijn Stats"), QStringLiteral("welzijn")}, 1, &error), qPrintable(error));
        const int buurtCount = 160; // 160 x 53 weeks = 8,480 cells
        QVERIFY(buurtCount * 53 > Stats::MaxReleaseCells && buurtCount / 2 * 53 <= Stats::MaxReleaseCells);
        QList<SessionLog> logs;
        {
            HubTransaction tx(db.connection(), db.dialect());
            HubCatalogue catalogue(db);
            for (int b = 0; b < buurtCount; ++b) {
                Place place;
                place.uid = QStringLiteral("place-%1").arg(b);
                place.name = place.uid;
                place.wijkCode = b < buurtCount / 2 ? QStringLiteral("WK036380") : QStringLiteral("WK036381");
                place.buurtCode = QStringLiteral("BU%1%2").arg(place.wijkCode.mid(2)).arg(b, 2, 10, QLatin1Char('0'));
                place.gemeenteCode = QStringLiteral("GM0363");
                QVERIFY(catalogue.upsert(QStringLiteral("place"), place.uid, {}, CataloguePayload::build(place)).outcome != CatalogueWrite::Failed);
                Activity a;
                a.uid = activityUid(b);
                a.organisationUid = org;
                a.placeUid = place.uid;
                a.title = a.uid;
                a.category = QStringLiteral("taal");
                QVERIFY(catalogue.upsert(QStringLiteral("activity"), a.uid, org, CataloguePayload::build(a)).outcome != CatalogueWrite::Failed);
                SessionLog log;
                log.uuid = QStringLiteral("6f1c1a52-0000-4000-8000-%1").arg(b, 12, 10, QLatin1Char('0'));
                log.activityUid = a.uid;
                log.occurrenceUid = a.uid + QStringLiteral("/20230306T120000Z");
                log.revision = 1;
                log.held = true;
                log.attendance = 12;
                logs.append(log);
            }
            QVERIFY(tx.commit());
        }
        QVERIFY2(SessionLogStore(db).store(logs, org, 100, &error), qPrintable(error));
        const QByteArray evaluator = TokenStore(db).create(Role::Evaluator, {}, {}, 1, &error)->token.toLatin1();
        HubProcess hub;
        QVERIFY2(hub.start(fresh.location(), &error), qPrintable(error));
        QNetworkAccessManager nam;
        const QString table = QStringLiteral("/v1/stats/table?metric=attendance&rows=area:buurt&columns=period:week&from=2023-01-01&to=2023-12-31");
        const Answer refused = call(nam, "GET", hub.url(table), {}, evaluator);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_query"));
        QVERIFY2(refused.json().value(QStringLiteral("message")).toString().contains(QStringLiteral("gemeente or wijk filter")),
                 refused.body.constData());
        const Answer narrowed = call(nam, "GET", hub.url(table + QStringLiteral("&wijk=WK036380")), {}, evaluator);
        QCOMPARE(narrowed.status, 200);
        QCOMPARE(narrowed.json().value(QStringLiteral("rows")).toObject().value(QStringLiteral("keys")).toArray().size(), buurtCount / 2);
        // 2022-W52 (26 December 2022 to 1 January 2023) to 2023-W52: whole weeks.
        QCOMPARE(narrowed.json().value(QStringLiteral("columns")).toObject().value(QStringLiteral("keys")).toArray().size(), 53);
        QCOMPARE(narrowed.json().value(QStringLiteral("from")).toString(), QStringLiteral("2022-12-26"));
    }

    // k below 5 is refused with a sentence.
    void serveRefusesSmallK()
    {
        const CliRun run = runHub({QStringLiteral("serve"), QStringLiteral("--k"), QStringLiteral("4"), QStringLiteral("--db"),
                                   QDir::temp().filePath(QStringLiteral("never.sqlite"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("at least 5"));
    }
};

QTEST_MAIN(TestHubStatsRoutes)

#include "tst_hubstatsroutes.moc"
