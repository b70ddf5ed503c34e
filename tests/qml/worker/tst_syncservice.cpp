// SPDX-License-Identifier: GPL-3.0-or-later
// SyncService against the real buurtplein-hub on loopback (SQLite): an enrolled device
// syncs by itself after a local change, keeps its changes while the hub is down and
// sends them once it is back, tells the worker to enrol again when the hub refuses its
// token, shows a conflict the hub answered and lets the worker dismiss it, and sends the
// resident's join counts only when that is allowed.
#include "hubtest.h"

#include "recurrence/clock.h"

#include "worker/cataloguepayload.h"
#include "catalogue/cataloguestore.h"
#include "storage/database.h"
#include "device/devicesettings.h"
#include "sync/joincountsender.h"
#include "device/joinstore.h"
#include "search/searchindex.h"
#include "platform/securetokenstore.h"
#include "worker/syncservice.h"
#include "worker/workerenrolment.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Buurtplein;

namespace {

const QString org = QStringLiteral("org-buurt");
const QString koffie = QStringLiteral("org-buurt:koffie");

/** A hub on a port that stays the same across a stop and a start, so a device finds it again. */
class Hub
{
public:
    ~Hub() { stop(); }

    bool create(QString *error)
    {
        if (!m_db.create(QStringLiteral("sqlite"), error))
            return false;
        token = HubTest::createWorkerOrganisation(m_db.location(), org, error);
        if (token.isEmpty())
            return false;
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            *error = probe.errorString();
            return false;
        }
        m_port = probe.serverPort();
        probe.close();
        return start(error);
    }

    bool start(QString *error)
    {
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        m_process.start(HubTest::hubPath(), QStringList{QStringLiteral("serve"), QStringLiteral("--listen"),
                                                        QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("--db"), m_db.location()}
                                                + TestClock::arguments());
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(60000)) {
                *error = QStringLiteral("the hub did not start: ") + QString::fromUtf8(m_process.readAllStandardError());
                return false;
            }
        }
        const QByteArray line = m_process.readLine().trimmed();
        if (!line.startsWith("listening on"))
            *error = QString::fromUtf8(line);
        return line.startsWith("listening on");
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(30000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    bool revoke()
    {
        return HubTest::runHub({QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("--token"), QString::fromUtf8(token),
                                QStringLiteral("--db"), m_db.location()}).exitCode == 0;
    }

    /** The demo catalogue on the hub and its snapshot, in the folder serve offers by default (DB.snapshots). */
    bool demoSnapshot()
    {
        return HubTest::runHub({QStringLiteral("import-demo"), QStringLiteral("--db"), m_db.location()}).exitCode == 0
            && HubTest::runHub({QStringLiteral("build-snapshot"), QStringLiteral("--db"), m_db.location()}).exitCode == 0;
    }

    /** A one-time enrolment code of organisation @p uid (made first, named @p name, when it is not @p org); empty on failure. */
    QString code(const QString &uid, const QString &name = {})
    {
        if (!name.isEmpty()
            && HubTest::runHub({QStringLiteral("org"), QStringLiteral("create"), QStringLiteral("--uid"), uid, QStringLiteral("--name"), name,
                                QStringLiteral("--kind"), QStringLiteral("welzijn"), QStringLiteral("--db"), m_db.location()}).exitCode != 0)
            return {};
        const HubTest::CliRun made = HubTest::runHub({QStringLiteral("enrol-code"), QStringLiteral("create"), QStringLiteral("--org"), uid,
                                                      QStringLiteral("--db"), m_db.location()});
        if (made.exitCode != 0)
            qWarning("%s", made.err.constData());
        return made.exitCode == 0 ? QString::fromUtf8(made.out).section(QLatin1Char('\n'), 0, 0).trimmed() : QString();
    }

    /** One number from the hub's own database, e.g. how many session logs it holds. */
    qint64 number(const QString &sql, const QVariantMap &values = {}) const
    {
        const QString name = QStringLiteral("tst-syncservice-hub");
        qint64 out = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_db.sqliteFile());
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(sql);
                for (auto it = values.cbegin(); it != values.cend(); ++it)
                    q.bindValue(it.key(), it.value());
                if (q.exec() && q.next())
                    out = q.value(0).toLongLong();
                else
                    qWarning() << sql << q.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return out;
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

    QByteArray token;

private:
    HubTest::FreshDatabase m_db;
    QProcess m_process;
    quint16 m_port = 0;
};

/** The sentence a revoked token gives with one change waiting, word for word (no translator is loaded: English). */
const QString newCode = QStringLiteral("The hub no longer accepts this device. 1 change(s) wait on it and stay: ask your coordinator "
                                       "for a new code and enter it with “Enter a new code”; they are sent then. Leaving the "
                                       "organisation would remove them.");

} // namespace

class TestSyncService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Hub> m_hub;
    Database m_db;
    std::unique_ptr<DeviceSettings> m_settings;
    std::unique_ptr<SecureTokenStore> m_tokens;
    QNetworkAccessManager m_network;
    std::unique_ptr<WorkerEnrolment> m_enrolment;
    std::unique_ptr<SyncService> m_sync;

    QString path() const { return m_dir.filePath(QStringLiteral("device.sqlite")); }
    WorkerStore &store() { return m_enrolment->store(); }

    /** A device enrolled for org-buurt with a daily coffee morning made on it (so still in its outbox). */
    void makeDevice()
    {
        const QDateTime now = TestClock::now();
        QVERIFY2(m_db.open(path()), qPrintable(m_db.errorString()));
        QString error;
        QVERIFY2(SearchIndex::rebuild(m_db.connection(), now, SearchIndex::DefaultWindowWeeks, &error), qPrintable(error));
        CatalogueStore catalogue(m_db);
        Organisation buurt{0, org, QStringLiteral("Welzijn West"), QStringLiteral("welzijn"), 0};
        QVERIFY(catalogue.save(buurt));
        m_settings = std::make_unique<DeviceSettings>(m_db.connection());
        QVERIFY(m_settings->setValue(SettingKey::workerOrganisationUid, org));
        QVERIFY(m_settings->setValue(SettingKey::workerOrganisationName, QStringLiteral("Welzijn West")));
        QVERIFY(m_settings->setValue(SettingKey::workerHubUrl, m_hub->url()));
        m_tokens = std::make_unique<SecureTokenStore>(m_dir.path());
        m_tokens->setKeychainEnabled(false);
        QSignalSpy stored(m_tokens.get(), &SecureTokenStore::stored);
        m_tokens->store(WorkerEnrolment::TokenKey, QString::fromUtf8(m_hub->token));
        if (stored.isEmpty())
            QVERIFY(stored.wait(10000));
        QVERIFY(stored.first().at(1).toBool());
        m_enrolment = std::make_unique<WorkerEnrolment>(m_db.connection(), *m_settings, m_tokens.get(), &m_network, TestClock::now);
        QVERIFY(m_enrolment->enrolled());

        Activity activity;
        activity.uid = koffie;
        activity.organisationUid = org;
        activity.title = QStringLiteral("Inloopkoffie");
        activity.category = QStringLiteral("inloop_koffie");
        Schedule daily;
        daily.uid = QStringLiteral("org-buurt:koffie-dagelijks");
        daily.activityUid = koffie;
        daily.startDate = now.date().addDays(-20);
        daily.startTime = QTime(9, 0);
        daily.durationMinutes = 60;
        daily.rrule = QStringLiteral("FREQ=DAILY");
        QVERIFY2(store().saveActivity(activity) && store().saveSchedule(daily), qPrintable(store().errorString()));
        QCOMPARE(m_enrolment->waitingChanges(), 2);
    }

    /** The coffee morning's first session more than an hour after the tests' clock. */
    QString tomorrowsCoffee()
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT o.uid FROM occurrence o JOIN activity a ON a.id = o.activity_id "
                                 "WHERE a.uid = :uid AND o.start > :now ORDER BY o.start LIMIT 1"));
        q.bindValue(QStringLiteral(":uid"), koffie);
        q.bindValue(QStringLiteral(":now"), TestClock::nowSecs() + 3600);
        // An unfinished statement keeps a read snapshot open: the sync thread's writes would not be seen.
        const QString uid = q.exec() && q.next() ? q.value(0).toString() : QString();
        q.finish();
        return uid;
    }

    /** Starts the service and waits for its first cycle to end. */
    void startSync(bool expectSynced = true)
    {
        m_sync = std::make_unique<SyncService>(path(), m_enrolment.get(), *m_settings, m_tokens.get(),
                                               Clocks::startingAt(TestClock::now()));
        m_sync->setCoalesceMs(50);
        QSignalSpy ended(m_sync.get(), &SyncService::cycleEnded);
        m_sync->start();
        QVERIFY(ended.wait(60000));
        QCOMPARE(ended.first().first().toBool(), expectSynced);
    }

    /** Logs the most recent past session of the coffee morning; its uuid. */
    QString logSession(int attendance)
    {
        const QList<UnloggedSession> sessions = store().unloggedSessions(org, TestClock::now());
        if (sessions.isEmpty())
            return {};
        SessionLog log;
        log.occurrenceUid = sessions.first().occurrenceUid;
        log.attendance = attendance;
        if (!store().logSession(log))
            return {};
        m_enrolment->notifyChanged();
        return log.uuid;
    }

    qint64 hubLogs(const QString &uuid) const
    {
        return m_hub->number(QStringLiteral("SELECT COUNT(*) FROM session_log WHERE uuid = :uuid"), {{QStringLiteral(":uuid"), uuid}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_hub = std::make_unique<Hub>();
        QString error;
        QVERIFY2(m_hub->create(&error), qPrintable(error));
        makeDevice();
    }

    void cleanup()
    {
        m_sync.reset();
        m_enrolment.reset();
        m_tokens.reset();
        m_settings.reset();
        m_db.close();
        QFile::remove(path());
        QFile::remove(path() + QStringLiteral("-wal"));
        QFile::remove(path() + QStringLiteral("-shm"));
        m_hub.reset();
    }

    void syncsByItselfAfterAChange()
    {
        startSync();
        QCOMPARE(m_sync->state(), SyncService::Idle);
        QCOMPARE(m_sync->waitingChanges(), 0);
        QVERIFY(m_sync->lastSynced().isValid());
        QVERIFY(m_sync->lastSyncedText().startsWith(QStringLiteral("Last synced ")));
        QCOMPARE(m_hub->number(QStringLiteral("SELECT COUNT(*) FROM catalogue_item WHERE uid = :uid"), {{QStringLiteral(":uid"), koffie}}), 1);

        // Nobody presses anything: the change alone makes the service sync.
        const QString uuid = logSession(7);
        QVERIFY(!uuid.isEmpty());
        QCOMPARE(m_sync->waitingChanges(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_sync->waitingChanges(), 0, 60000);
        QCOMPARE(hubLogs(uuid), 1);
        QCOMPARE(m_hub->number(QStringLiteral("SELECT attendance FROM session_log WHERE uuid = :uuid"), {{QStringLiteral(":uuid"), uuid}}), 7);
        // The cycle that sent it goes on to read the feed and the team's logged sessions:
        // the outbox empties before the cycle ends.
        QTRY_COMPARE_WITH_TIMEOUT(m_sync->state(), SyncService::Idle, 60000);
        QVERIFY(m_sync->lastProblem().isEmpty());
    }

    void firstResyncKeepsTheEnrolledOrganisation()
    {
        // Nothing made yet: the hub's feed does not list the organisation, and the first
        // resync makes the device's catalogue equal to the hub's.
        QSqlQuery q(m_db.connection());
        for (const char *sql : {"DELETE FROM outbox", "DELETE FROM schedule", "DELETE FROM activity"})
            QVERIFY(q.exec(QString::fromLatin1(sql)));
        startSync();
        QVERIFY(store().catalogue().organisation(org));
        QCOMPARE(store().catalogue().organisation(org)->name, QStringLiteral("Welzijn West"));

        // So the worker can still make the first activity, and it reaches the hub.
        Activity activity;
        activity.organisationUid = org;
        activity.title = QStringLiteral("Taalcafé");
        activity.category = QStringLiteral("taal_ontmoeting");
        QVERIFY2(store().saveActivity(activity), qPrintable(store().errorString()));
        m_enrolment->notifyChanged();
        QTRY_COMPARE_WITH_TIMEOUT(m_sync->waitingChanges(), 0, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(m_sync->state(), SyncService::Idle, 60000);
        QCOMPARE(m_hub->number(QStringLiteral("SELECT COUNT(*) FROM catalogue_item WHERE uid = :uid"), {{QStringLiteral(":uid"), activity.uid}}), 1);
    }

    // A first sync from the hub's snapshot says how far the download is on the sync card,
    // and the catalogue is the hub's when it ends.
    void firstSyncShowsTheCatalogueDownload()
    {
        QSqlQuery q(m_db.connection());
        for (const char *sql : {"DELETE FROM outbox", "DELETE FROM schedule", "DELETE FROM activity"})
            QVERIFY(q.exec(QString::fromLatin1(sql)));
        QVERIFY(m_hub->demoSnapshot());
        m_sync = std::make_unique<SyncService>(path(), m_enrolment.get(), *m_settings, m_tokens.get(),
                                               Clocks::startingAt(TestClock::now()));
        m_sync->setCoalesceMs(50);
        QStringList shown;
        connect(m_sync.get(), &SyncService::progressChanged, this, [&] { shown.append(m_sync->progressText()); });
        QSignalSpy ended(m_sync.get(), &SyncService::cycleEnded);
        m_sync->start();
        QVERIFY(ended.wait(60000));
        QVERIFY(ended.first().first().toBool());
        QVERIFY2(shown.size() >= 3, qPrintable(shown.join(QLatin1Char('\n'))));
        QVERIFY2(shown.first().startsWith(QStringLiteral("Downloading the catalogue: 0 bytes of ")), qPrintable(shown.first()));
        QVERIFY(shown.contains(QStringLiteral("Catalogue downloaded; preparing it for search…")));
        QCOMPARE(shown.last(), QString());
        QCOMPARE(m_sync->progressText(), QString());
        // The demo's activities arrived, and the enrolled organisation is kept.
        QVERIFY(store().catalogue().activity(QStringLiteral("demo:dialoog-meevaart")));
        QVERIFY(store().catalogue().organisation(org));
        QVERIFY(!QFileInfo::exists(path() + QStringLiteral(".download/snapshot.part")));
    }

    void hubDownThenBack()
    {
        startSync();
        m_hub->stop();
        const QString uuid = logSession(4);
        QVERIFY(!uuid.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_sync->state(), SyncService::Offline, 60000);
        QCOMPARE(m_sync->waitingChanges(), 1);
        QVERIFY(m_sync->lastProblem().contains(QStringLiteral("cannot be reached")));

        // The service tries again by itself after its backoff and finds the hub back; the
        // change goes once its own backoff ran out. Nobody presses "Sync now".
        QString error;
        QVERIFY2(m_hub->start(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(m_sync->state(), SyncService::Idle, 120000);
        QTRY_COMPARE_WITH_TIMEOUT(m_sync->waitingChanges(), 0, 120000);
        QCOMPARE(hubLogs(uuid), 1);
        QVERIFY(m_sync->lastProblem().isEmpty());
    }

    // With nothing to send, the list of the team's logged sessions is the request that
    // carries the key: a revoked device learns it at the next sync, not at its next change.
    void revokedTokenIsNoticedWithNothingWaiting()
    {
        startSync();
        QCOMPARE(m_sync->waitingChanges(), 0);
        QVERIFY(m_hub->revoke());
        m_sync->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_sync->state(), SyncService::Problem, 60000);
        QVERIFY(m_enrolment->accessRefused());
        QCOMPARE(m_sync->lastProblem(), QStringLiteral("The hub no longer accepts this device. Ask your coordinator for a new code "
                                                       "and enter it with “Enter a new code”."));
    }

    // The coordinator revokes the device's key (a lost tablet, found again): the waiting
    // log stays, and a new code of the same organisation renews the key and sends it. A
    // code of another organisation is refused and changes nothing.
    void revokedTokenIsRenewedWithANewCode()
    {
        startSync();
        QVERIFY(!m_enrolment->accessRefused());
        QVERIFY(m_hub->revoke());
        const QString uuid = logSession(3);
        QTRY_COMPARE_WITH_TIMEOUT(m_sync->state(), SyncService::Problem, 60000);
        QCOMPARE(m_sync->lastProblem(), newCode);
        QVERIFY(m_enrolment->accessRefused());
        QCOMPARE(m_sync->waitingChanges(), 1);
        QCOMPARE(hubLogs(uuid), 0);

        QSignalSpy failed(m_enrolment.get(), &WorkerEnrolment::enrolFailed);
        QSignalSpy succeeded(m_enrolment.get(), &WorkerEnrolment::enrolSucceeded);
        const QString foreign = m_hub->code(QStringLiteral("org-noord"), QStringLiteral("Buurtteam Noord"));
        QVERIFY(!foreign.isEmpty());
        m_enrolment->enrol(foreign, m_hub->url());
        QVERIFY(failed.wait(60000));
        QCOMPARE(failed.first().first().toString(),
                 QStringLiteral("This code is for Buurtteam Noord, but this device works for Welzijn West, and its unsent changes "
                                "belong to Welzijn West. Ask your coordinator for a code of Welzijn West."));
        QVERIFY(m_enrolment->accessRefused());
        QCOMPARE(m_enrolment->organisationUid(), org);
        QCOMPARE(m_sync->waitingChanges(), 1);

        const QString renewal = m_hub->code(org);
        QVERIFY(!renewal.isEmpty());
        m_enrolment->enrol(renewal, m_hub->url());
        QVERIFY(succeeded.wait(60000));
        QVERIFY(!m_enrolment->accessRefused());
        QCOMPARE(m_enrolment->organisationUid(), org);
        // The service syncs with the new key by itself: the log the revoked key could not send arrives.
        QTRY_COMPARE_WITH_TIMEOUT(m_sync->waitingChanges(), 0, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(m_sync->state(), SyncService::Idle, 60000);
        QCOMPARE(hubLogs(uuid), 1);
        QVERIFY(m_sync->lastProblem().isEmpty());
    }

    void conflictIsShownAndDismissed()
    {
        startSync();
        // Someone else edits the coffee morning on the hub first (version 1 → 2).
        Activity theirs = *store().catalogue().activity(koffie);
        QCOMPARE(theirs.version, 1);
        theirs.title = QStringLiteral("Koffie-ochtend");
        const QJsonObject item{{QStringLiteral("kind"), QStringLiteral("activity")}, {QStringLiteral("id"), koffie},
                               {QStringLiteral("baseVersion"), 1}, {QStringLiteral("data"), CataloguePayload::build(theirs)}};
        const HubTest::Answer answer = HubTest::call(m_network, "POST", QUrl(m_hub->url() + QStringLiteral("/v1/changes")),
                                                     QJsonDocument(QJsonObject{{QStringLiteral("items"), QJsonArray{item}}}).toJson(),
                                                     m_hub->token);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().value(QStringLiteral("items")).toArray().first()[QStringLiteral("status")].toString(), QStringLiteral("stored"));

        // This device edits its copy, still at version 1: the hub answers a conflict.
        Activity mine = *store().catalogue().activity(koffie);
        mine.title = QStringLiteral("Inloopkoffie met taart");
        QVERIFY(store().saveActivity(mine));
        m_enrolment->notifyChanged();
        QTRY_COMPARE_WITH_TIMEOUT(m_sync->setAsideChanges(), 1, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(m_sync->state(), SyncService::Idle, 60000);
        QCOMPARE(m_sync->waitingChanges(), 0);

        SetAsideModel *model = m_sync->setAside();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 1);
        const QModelIndex row = model->index(0);
        QCOMPARE(row.data(SetAsideModel::KindRole).toString(), QStringLiteral("activity"));
        QVERIFY(row.data(SetAsideModel::MessageRole).toString().contains(QStringLiteral("now version 2")));
        QVERIFY(row.data(SetAsideModel::HubShownRole).toBool());
        QCOMPARE(row.data(SetAsideModel::HubTitleRole).toString(), QStringLiteral("Koffie-ochtend"));
        QCOMPARE(row.data(SetAsideModel::LocalTitleRole).toString(), QStringLiteral("Inloopkoffie met taart"));
        QCOMPARE(store().catalogue().activity(koffie)->title, QStringLiteral("Koffie-ochtend"));

        const QString uuid = row.data(SetAsideModel::UuidRole).toString();
        QVERIFY(m_sync->dismiss(uuid));
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(m_sync->setAsideChanges(), 0);
        QVERIFY(!m_sync->dismiss(uuid));
    }

    void joinCounts_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<int>("expected");
        QTest::newRow("on by default with a hub") << QString() << 1;
        QTest::newRow("turned on") << QStringLiteral("1") << 1;
        QTest::newRow("turned off: nothing is sent") << QStringLiteral("0") << 0;
    }

    void joinCounts()
    {
        QFETCH(QString, setting);
        QFETCH(int, expected);
        if (!setting.isEmpty())
            QVERIFY(m_settings->setValue(JoinCountSender::EnabledKey, setting));
        // An earlier version's device key is gone once joins are sent without it.
        QVERIFY(m_settings->setValue(JoinCountSender::LegacyClientKeyKey, QStringLiteral("an-old-device-key")));
        const QString occurrence = tomorrowsCoffee();
        QVERIFY(!occurrence.isEmpty());
        QString error;
        const auto join = JoinStore(m_db.connection()).joinOccurrence(koffie, occurrence, 60, &error);
        QVERIFY2(join, qPrintable(error));

        startSync();
        QCOMPARE(m_sync->countJoins(), expected == 1);
        const QVariantMap bound{{QStringLiteral(":uid"), occurrence}};
        QCOMPARE(m_hub->number(QStringLiteral("SELECT COUNT(*) FROM join_key WHERE occurrence_uid = :uid"), bound), expected);
        // What the hub holds is the hash of this join's key for this session, nothing of the device.
        const QVariantMap keyed{{QStringLiteral(":hash"), QString::fromLatin1(QCryptographicHash::hash(JoinCountSender::keyFor(join->token, occurrence).toUtf8(), QCryptographicHash::Sha256).toHex())}};
        QCOMPARE(m_hub->number(QStringLiteral("SELECT COUNT(*) FROM join_key WHERE key_hash = :hash"), keyed), expected);
        QCOMPARE(m_settings->contains(JoinCountSender::LegacyClientKeyKey), expected == 0);

        // Leaving the join before the session withdraws it; turned off, still nothing.
        QVERIFY(JoinStore(m_db.connection()).leave(join->token, &error));
        QSignalSpy ended(m_sync.get(), &SyncService::cycleEnded);
        m_sync->syncNow();
        QVERIFY(ended.wait(60000));
        QCOMPARE(m_hub->number(QStringLiteral("SELECT COUNT(*) FROM join_key")), 0);
    }

    // A device that sent a count per occurrence before updating: the hub turned those
    // counts into anonymous joins, so the device takes its joins as sent, not twice.
    void countsOfAnEarlierVersionAreNotSentTwice()
    {
        const QString occurrence = tomorrowsCoffee();
        QString error;
        QVERIFY2(JoinStore(m_db.connection()).joinOccurrence(koffie, occurrence, 60, &error), qPrintable(error));
        QVERIFY(m_settings->setValue(JoinCountSender::SentKey, QStringLiteral("{\"%1\":1}").arg(occurrence)));
        startSync();
        QCOMPARE(m_hub->number(QStringLiteral("SELECT COUNT(*) FROM join_key")), 0);
        const QJsonObject sent = QJsonDocument::fromJson(m_settings->value(JoinCountSender::SentKey).toUtf8()).object();
        QCOMPARE(sent.value(occurrence).toString().size(), 43); // now the join's key
    }

    void changes_data()
    {
        QTest::addColumn<QVariantMap>("current");
        QTest::addColumn<QVariantMap>("sent");
        QTest::addColumn<QStringList>("expected");
        const QString past = QStringLiteral("a/20200101T100000Z");
        const QString future = QStringLiteral("a/20990101T100000Z");
        const QString other = QStringLiteral("b/20990102T100000Z");
        QTest::newRow("new join") << QVariantMap{{future, "k1"}} << QVariantMap{} << QStringList{"+ " + future + " k1"};
        QTest::newRow("nothing changed") << QVariantMap{{future, "k1"}} << QVariantMap{{future, "k1"}} << QStringList{};
        QTest::newRow("left before the session") << QVariantMap{} << QVariantMap{{future, "k1"}} << QStringList{"- " + future + " k1"};
        QTest::newRow("session took place: its join stays") << QVariantMap{} << QVariantMap{{past, "k1"}} << QStringList{};
        QTest::newRow("one more, one left") << QVariantMap{{other, "k2"}} << QVariantMap{{future, "k1"}}
                                            << QStringList{"- " + future + " k1", "+ " + other + " k2"};
        QTest::newRow("from a session join to the series") << QVariantMap{{future, "k2"}} << QVariantMap{{future, "k1"}}
                                                            << QStringList{"- " + future + " k1", "+ " + future + " k2"};
    }

    void changes()
    {
        QFETCH(QVariantMap, current);
        QFETCH(QVariantMap, sent);
        QFETCH(QStringList, expected);
        auto keys = [](const QVariantMap &map) {
            JoinCountSender::Keys out;
            for (auto it = map.cbegin(); it != map.cend(); ++it)
                out.insert(it.key(), it.value().toString());
            return out;
        };
        QStringList got;
        for (const JoinCountSender::Change &c : JoinCountSender::changes(keys(current), keys(sent), TestClock::now()))
            got << QStringLiteral("%1 %2 %3").arg(c.joined ? QLatin1Char('+') : QLatin1Char('-')).arg(c.occurrenceUid, c.key);
        QCOMPARE(got, expected);
    }

    // A join's key for a session is fixed, and tells nothing about the join's other sessions or other joins.
    void joinKeys()
    {
        const QString token = JoinStore::newToken();
        const QString a = JoinCountSender::keyFor(token, QStringLiteral("a/20990101T100000Z"));
        QCOMPARE(a.size(), 43);
        QVERIFY(!a.contains(QLatin1Char('=')) && !a.contains(QLatin1Char('+')) && !a.contains(QLatin1Char('/')));
        QCOMPARE(JoinCountSender::keyFor(token, QStringLiteral("a/20990101T100000Z")), a);
        QVERIFY(JoinCountSender::keyFor(token, QStringLiteral("a/20990108T100000Z")) != a);
        QVERIFY(JoinCountSender::keyFor(JoinStore::newToken(), QStringLiteral("a/20990101T100000Z")) != a);
        // RFC 4231 test case 2 shape: HMAC-SHA256 with the token as key, the occurrence as message.
        QCOMPARE(JoinCountSender::keyFor(QStringLiteral("Jefe"), QStringLiteral("what do ya want for nothing?")),
                 QStringLiteral("W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM"));
    }
};

QTEST_GUILESS_MAIN(TestSyncService)

#include "tst_syncservice.moc"
