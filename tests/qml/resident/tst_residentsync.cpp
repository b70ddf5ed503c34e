// SPDX-License-Identifier: GPL-3.0-or-later
// A resident's device syncing with the real buurtplein-hub on loopback (SQLite), built by
// AppRoot as the app builds it: with only a hub address it pulls the hub's catalogue,
// and its Upcoming and Search lists show an activity added on the hub after the next
// sync, filters kept; it never uses a token route, even with a session log and a token
// left on it; it sends anonymous join counts only while the resident allows them; a
// new hub means the new hub's catalogue; and without a hub it makes no request at all.
#include "resident/upcomingmodel.h"
#include "resident/myactivitiesmodel.h"
#include "hubtest.h"

#include "common/occurrencelistmodel.h"
#include "resident/cataloguedetails.h"
#include "resident/searchmodel.h"
#include "app/approot.h"
#include "demoroot.h"
#include "worker/cataloguepayload.h"
#include "device/devicesettings.h"
#include "search/searchindex.h"
#include "search/windowkeeper.h"
#include "sync/joincountsender.h"
#include "worker/outbox.h"
#include "platform/securetokenstore.h"
#include "worker/sessionlogpayload.h"
#include "worker/syncservice.h"
#include "worker/workerenrolment.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Buurtplein;

namespace {

const QString org = QStringLiteral("org-buurt");

/** A hub with one organisation and a worker token that publishes activities on it. */
class Hub
{
public:
    bool start(QString *error)
    {
        if (!m_db.create(QStringLiteral("sqlite"), error))
            return false;
        token = HubTest::createWorkerOrganisation(m_db.location(), org, error);
        if (token.isEmpty())
            return false;
        return m_process.start(m_db.location(), error);
    }

    /** A daily activity called @p title, from 20 days ago on, published as a social worker would. */
    bool publish(const QString &title, QNetworkAccessManager &network)
    {
        Activity activity;
        activity.uid = org + QLatin1Char(':') + title.toLower();
        activity.organisationUid = org;
        activity.title = title;
        activity.category = QStringLiteral("taal_ontmoeting");
        Schedule daily;
        daily.uid = activity.uid + QStringLiteral("-dagelijks");
        daily.activityUid = activity.uid;
        daily.startDate = TestClock::today().addDays(-20);
        daily.startTime = QTime(14, 0);
        daily.rrule = QStringLiteral("FREQ=DAILY");
        const QJsonArray items{
            QJsonObject{{QStringLiteral("kind"), CataloguePayload::ActivityKind}, {QStringLiteral("id"), activity.uid},
                        {QStringLiteral("baseVersion"), 0}, {QStringLiteral("data"), CataloguePayload::build(activity)}},
            QJsonObject{{QStringLiteral("kind"), CataloguePayload::ScheduleKind}, {QStringLiteral("id"), daily.uid},
                        {QStringLiteral("baseVersion"), 0}, {QStringLiteral("data"), CataloguePayload::build(daily)}}};
        const HubTest::Answer answer = HubTest::call(network, "POST", m_process.url(QStringLiteral("/v1/changes")),
                                                     QJsonDocument(QJsonObject{{QStringLiteral("items"), items}}).toJson(), token);
        if (answer.status != 200)
            qWarning() << "publishing" << title << "answered" << answer.status << answer.body;
        return answer.status == 200;
    }

    /** One number from the hub's own database. */
    qint64 number(const QString &sql) const
    {
        const QString name = QStringLiteral("tst-residentsync-hub");
        qint64 out = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_db.sqliteFile());
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    out = q.value(0).toLongLong();
                else
                    qWarning() << sql << q.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return out;
    }

    /** Builds the catalogue snapshot the hub then offers to fresh devices. */
    bool buildSnapshot()
    {
        return HubTest::runHub({QStringLiteral("build-snapshot"), QStringLiteral("--db"), m_db.location()}).exitCode == 0;
    }

    /** Stops the hub; the request lines it logged ("method=GET path=/v1/feed ..."). */
    QByteArray stop() { return m_process.stop(); }

    QString url() const { return m_process.url(QString()).toString(); }

    QByteArray token;

private:
    HubTest::FreshDatabase m_db;
    HubTest::HubProcess m_process;
};

/** An HTTP proxy that writes down each request line it gets and answers 503: it sees every request the process makes. */
class Witness : public QObject
{
public:
    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (!socket->canReadLine())
                        return;
                    requests.append(socket->readLine().trimmed());
                    socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }

    QList<QByteArray> requests;

private:
    QTcpServer m_server;
};

} // namespace

class TestResidentSync : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppRoot> m_root;
    QNetworkAccessManager m_network;

    SyncService *sync() const { return m_root->sync(); }
    AppRoot *context() const { return m_root.get(); }

    /** A resident's device with an empty catalogue; its sync does not start by itself. */
    void openDevice()
    {
        AppRootOptions options;
        options.databasePath = m_dir->filePath(QStringLiteral("device.sqlite"));
        options.demoPath.clear();
        options.now = TestClock::now();
        options.areasPath = QStringLiteral(BUURTPLEIN_ASSETS "/demo/cbs_areas_amsterdam.csv");
        options.startReminders = false;
        options.replayNmea = QFINDTESTDATA("no-fix.nmea");
        options.tokenDirectory = m_dir->path();
        options.keychain = false;
        options.startSync = false;
        m_root = std::make_unique<AppRoot>();
        QString error;
        QVERIFY2(m_root->open(options, &error), qPrintable(error));
        context()->search()->setDebounceMs(0);
        sync()->setCoalesceMs(50);
    }

    /** Runs one cycle by "Sync now" (or by start() the first time) and answers whether it synced. */
    bool cycle()
    {
        QSignalSpy ended(sync(), &SyncService::cycleEnded);
        sync()->start();
        sync()->syncNow();
        if (!ended.wait(60000))
            return false;
        return ended.first().first().toBool();
    }

    /** Whether @p model lists a session of @p title. */
    static bool lists(const QAbstractItemModel *model, const QString &title)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(OccurrenceListModel::TitleRole).toString() == title)
                return true;
        }
        return false;
    }

    /** The next session of @p activityUid in the device's catalogue. */
    QString nextSession(const QString &activityUid)
    {
        QSqlQuery q(m_root->database().connection());
        q.prepare(QStringLiteral("SELECT o.uid FROM occurrence o JOIN activity a ON a.id = o.activity_id "
                                 "WHERE a.uid = :uid AND o.start > :now ORDER BY o.start LIMIT 1"));
        q.bindValue(QStringLiteral(":uid"), activityUid);
        q.bindValue(QStringLiteral(":now"), TestClock::nowSecs() + 3600);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        m_root.reset();
        m_dir.reset();
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    }

    void pullsTheCatalogueAndListsFollow()
    {
        Hub hub;
        QString error;
        QVERIFY2(hub.start(&error), qPrintable(error));
        QVERIFY(hub.publish(QStringLiteral("Taalcafé"), m_network));
        openDevice();
        QVERIFY(!context()->worker()->enrolled());

        // A session log and a token left behind on the device: a resident's sync must send neither.
        SessionLog left;
        left.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        left.activityUid = org + QStringLiteral(":taalcafé");
        left.occurrenceUid = left.activityUid + QStringLiteral("/20260101T130000Z");
        left.attendance = 6;
        left.revision = 1;
        QVERIFY(Outbox(m_root->database().connection()).enqueue(Outbox::SessionLogKind, left.uuid, 1, SessionLogPayload::build(left)));
        SecureTokenStore tokens(m_dir->path());
        tokens.setKeychainEnabled(false);
        QSignalSpy stored(&tokens, &SecureTokenStore::stored);
        tokens.store(WorkerEnrolment::TokenKey, QString::fromUtf8(hub.token));
        QVERIFY(!stored.isEmpty() || stored.wait(10000));

        QVERIFY(!sync()->configured());
        QVERIFY(sync()->setHubAddress(hub.url()));
        QVERIFY(sync()->configured());
        QVERIFY(!sync()->workerSync());
        QCOMPARE(sync()->hubUrl(), hub.url());
        QTRY_COMPARE(DeviceSettings(m_root->database().connection()).value(SyncService::HubKey), hub.url());

        QAbstractItemModelTester upcomingTester(context()->upcoming(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester searchTester(context()->search(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy catalogueChanged(context()->details(), &CatalogueDetails::revisionChanged);
        QVERIFY(!lists(context()->upcoming(), QStringLiteral("Taalcafé")));
        QVERIFY(cycle());
        QCOMPARE(catalogueChanged.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(lists(context()->upcoming(), QStringLiteral("Taalcafé")), 10000);
        QCOMPARE(sync()->state(), SyncService::Idle);
        QVERIFY(sync()->lastSynced().isValid());

        // The resident searches for something the hub does not have yet.
        SearchModel *search = context()->search();
        search->setText(QStringLiteral("Breiclub"));
        QTRY_VERIFY_WITH_TIMEOUT(!search->isBusy(), 30000);
        QCOMPARE(search->rowCount(), 0);

        QVERIFY(hub.publish(QStringLiteral("Breiclub"), m_network));
        QVERIFY(cycle());
        QCOMPARE(catalogueChanged.size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(lists(context()->upcoming(), QStringLiteral("Breiclub")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(lists(context()->upcoming(), QStringLiteral("Taalcafé")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!search->isBusy() && search->rowCount() > 0, 30000);
        QCOMPARE(search->text(), QStringLiteral("Breiclub"));
        QVERIFY(lists(search, QStringLiteral("Breiclub")));
        QVERIFY(!lists(search, QStringLiteral("Taalcafé")));

        // A cycle that brought nothing new leaves the lists alone.
        QVERIFY(cycle());
        QCOMPARE(catalogueChanged.size(), 2);

        // Nothing went to a route that takes a token.
        QCOMPARE(Outbox(m_root->database().connection()).pendingCount(), 1);
        QCOMPARE(hub.number(QStringLiteral("SELECT COUNT(*) FROM session_log")), 0);
        const QByteArray log = hub.stop();
        QVERIFY2(log.contains("method=GET path=/v1/feed"), log.constData());
        QVERIFY2(!log.contains("path=/v1/session-logs"), log.constData());
    }

    // A fresh device takes the hub's snapshot, indexed for its first week so that the lists
    // show it at once; the app's WindowKeeper then widens the window, off the UI thread.
    void aSnapshotIsWidenedAfterItShows()
    {
        Hub hub;
        QString error;
        QVERIFY2(hub.start(&error), qPrintable(error));
        QVERIFY(hub.publish(QStringLiteral("Taalcafé"), m_network));
        QVERIFY(hub.buildSnapshot());
        openDevice();
        QVERIFY(sync()->setHubAddress(hub.url()));
        QSignalSpy widened(context()->windowKeeper(), &WindowKeeper::finished);
        QVERIFY(cycle());
        QTRY_VERIFY_WITH_TIMEOUT(lists(context()->upcoming(), QStringLiteral("Taalcafé")), 10000);
        const auto movedOnce = [&widened] {
            for (const QList<QVariant> &call : std::as_const(widened)) {
                if (call.at(0).toBool())
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(movedOnce(), 30000);
        // The daily series now reaches the whole window (a week after install it did not).
        QSqlQuery q(m_root->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT max(start) FROM occurrence")) && q.next());
        QVERIFY2(q.value(0).toLongLong() > TestClock::nowSecs() + qint64(SearchIndex::DefaultWindowWeeks - 1) * 7 * 24 * 3600,
                 qPrintable(q.value(0).toString()));
        const QByteArray log = hub.stop();
        QVERIFY2(log.contains("path=/v1/snapshot/"), log.constData());
    }

    void joinCountsFollowTheSwitch_data()
    {
        QTest::addColumn<bool>("on");
        QTest::newRow("on: counts are sent") << true;
        QTest::newRow("off: nothing is sent") << false;
    }

    void joinCountsFollowTheSwitch()
    {
        QFETCH(bool, on);
        Hub hub;
        QString error;
        QVERIFY2(hub.start(&error), qPrintable(error));
        QVERIFY(hub.publish(QStringLiteral("Taalcafé"), m_network));
        openDevice();
        QVERIFY(sync()->setHubAddress(hub.url()));
        QVERIFY(sync()->countJoins());
        sync()->setCountJoins(on);
        QCOMPARE(sync()->countJoins(), on);
        QVERIFY(cycle());

        const QString activity = org + QStringLiteral(":taalcafé");
        const QString occurrence = nextSession(activity);
        QVERIFY(!occurrence.isEmpty());
        QVERIFY2(TestSupport::written(context()->myActivities(), [&] { context()->myActivities()->joinOccurrence(activity, occurrence); }),
                 qPrintable(context()->myActivities()->errorString()));
        QVERIFY(cycle());

        QCOMPARE(hub.number(QStringLiteral("SELECT COUNT(*) FROM join_key")), on ? 1 : 0);
        QTRY_COMPARE(DeviceSettings(m_root->database().connection()).contains(JoinCountSender::SentKey), on);
        const QByteArray log = hub.stop();
        QCOMPARE(log.contains("method=POST path=/v1/join-counts"), on);
    }

    void anotherHubMeansItsCatalogue()
    {
        Hub first;
        Hub second;
        QString error;
        QVERIFY2(first.start(&error) && second.start(&error), qPrintable(error));
        QVERIFY(first.publish(QStringLiteral("Taalcafé"), m_network));
        QVERIFY(second.publish(QStringLiteral("Breiclub"), m_network));
        openDevice();
        QVERIFY(sync()->setHubAddress(first.url()));
        QVERIFY(cycle());
        QTRY_VERIFY_WITH_TIMEOUT(lists(context()->upcoming(), QStringLiteral("Taalcafé")), 10000);

        QVERIFY(sync()->setHubAddress(second.url()));
        QVERIFY(!sync()->lastSynced().isValid());
        QVERIFY(cycle());
        QTRY_VERIFY_WITH_TIMEOUT(lists(context()->upcoming(), QStringLiteral("Breiclub")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!lists(context()->upcoming(), QStringLiteral("Taalcafé")), 10000);
    }

    void hubAddressIsChecked_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("kept");
        QTest::newRow("https") << QStringLiteral("https://hub.example.nl/") << true << QStringLiteral("https://hub.example.nl");
        QTest::newRow("http with a port and path") << QStringLiteral(" http://127.0.0.1:8080/buurt ") << true
                                                   << QStringLiteral("http://127.0.0.1:8080/buurt");
        QTest::newRow("bare host means https") << QStringLiteral("hub.example.nl") << true << QStringLiteral("https://hub.example.nl");
        QTest::newRow("empty: no hub") << QString() << true << QString();
        QTest::newRow("ftp") << QStringLiteral("ftp://hub.example.nl") << false << QString();
        QTest::newRow("words") << QStringLiteral("my hub") << false << QString();
        QTest::newRow("no host") << QStringLiteral("https://") << false << QString();
    }

    void hubAddressIsChecked()
    {
        QFETCH(QString, typed);
        QFETCH(bool, accepted);
        QFETCH(QString, kept);
        openDevice();
        QCOMPARE(sync()->hubAddressProblem(typed).isEmpty(), accepted);
        QCOMPARE(sync()->setHubAddress(typed), accepted);
        QCOMPARE(sync()->hubUrl(), kept);
        QCOMPARE(sync()->configured(), !kept.isEmpty());
        QTRY_COMPARE(DeviceSettings(m_root->database().connection()).contains(SyncService::HubKey), accepted);
    }

    void enrolledHubWins()
    {
        openDevice();
        QVERIFY(sync()->setHubAddress(QStringLiteral("https://resident.example.nl")));
        m_root.reset();
        {
            Database db;
            QVERIFY(db.open(m_dir->filePath(QStringLiteral("device.sqlite"))));
            DeviceSettings settings(db.connection());
            QVERIFY(settings.setValue(SettingKey::workerOrganisationUid, org));
            QVERIFY(settings.setValue(SettingKey::workerOrganisationName, QStringLiteral("Welzijn West")));
            QVERIFY(settings.setValue(SettingKey::workerHubUrl, QStringLiteral("https://worker.example.nl")));
        }
        openDevice();
        QVERIFY(context()->worker()->enrolled());
        QVERIFY(sync()->workerSync());
        QCOMPARE(sync()->hubUrl(), QStringLiteral("https://worker.example.nl"));
        QVERIFY(!sync()->hubEditable());
        QVERIFY(!sync()->setHubAddress(QStringLiteral("https://other.example.nl")));
        QCOMPARE(sync()->hubUrl(), QStringLiteral("https://worker.example.nl"));
    }

    void runHubWinsOverSettings()
    {
        openDevice();
        QVERIFY(sync()->setHubAddress(QStringLiteral("https://resident.example.nl")));
        sync()->setRunHub(QStringLiteral("http://127.0.0.1:9/"));
        QCOMPARE(sync()->hubUrl(), QStringLiteral("http://127.0.0.1:9"));
        QVERIFY(!sync()->hubEditable());
        QVERIFY(!sync()->setHubAddress(QStringLiteral("https://other.example.nl")));
        QTRY_COMPARE(DeviceSettings(m_root->database().connection()).value(SyncService::HubKey), QStringLiteral("https://resident.example.nl"));
    }

    void noHubMakesNoRequest_data()
    {
        QTest::addColumn<bool>("cleared");
        QTest::newRow("never chose a hub") << false;
        QTest::newRow("cleared the hub in Settings") << true;
    }

    void noHubMakesNoRequest()
    {
        QFETCH(bool, cleared);
        QVERIFY2(SyncService::defaultHub().isEmpty(), "this test needs a build without BUURTPLEIN_DEFAULT_HUB");
        // Every request of this process, to any host, goes through the witness.
        Witness witness;
        QVERIFY(witness.listen());
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), witness.port()));
        openDevice();
        if (cleared) {
            QVERIFY(sync()->setHubAddress(QStringLiteral("https://hub.example.nl")));
            QVERIFY(sync()->setHubAddress(QString()));
        }
        // Counting allowed, and every trigger there is.
        SyncService *service = sync();
        service->setCountJoins(true);
        QSignalSpy ended(service, &SyncService::cycleEnded);
        service->start();
        service->syncNow();
        service->request(SyncService::Trigger::NetworkBack);
        service->request(SyncService::Trigger::Periodic);
        QVERIFY(!service->configured());
        QCOMPARE(service->state(), SyncService::Idle);

        // The same device given a hub: its first request is the witness's first, so none came
        // before. A device that never synced first asks for the catalogue snapshot (docs/sync.md).
        QVERIFY(service->setHubAddress(QStringLiteral("http://hub.invalid")));
        QVERIFY(ended.wait(60000));
        QCOMPARE(ended.size(), 1);
        QVERIFY(!witness.requests.isEmpty());
        QVERIFY2(witness.requests.first().startsWith("GET http://hub.invalid/v1/snapshot "), witness.requests.first().constData());
        for (const QByteArray &request : std::as_const(witness.requests))
            QVERIFY2(request.contains("//hub.invalid/"), request.constData());
    }
};

QTEST_MAIN(TestResidentSync)

#include "tst_residentsync.moc"
