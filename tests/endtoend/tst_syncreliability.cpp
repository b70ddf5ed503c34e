// SPDX-License-Identifier: GPL-3.0-or-later
// The device's sync against the real hub: buurtplein-cli sync and buurtplein-hub serve as
// processes on 127.0.0.1, either of them killed with SIGKILL at the moments that matter.
#include "synctest.h"

#include "worker/cataloguepayload.h"
#include "catalogue/cataloguestore.h"
#include "storage/database.h"
#include "worker/sessionlogpayload.h"
#include "sync/syncengine.h"
#include "worker/workerstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QTest>

#include <algorithm>
#include <csignal>

using namespace Buurtplein;
using namespace Buurtplein::HubTest;
using namespace Buurtplein::SyncTest;

namespace {

/**
 * Helper mode of this binary: logs @p count past sessions (the first three edited to
 * revision 2, the first to revision 3) and kills itself with SIGKILL right after the
 * last commit, as an app killed before any sync would be.
 */
int writeLogsAndDie(const QString &path, int count)
{
    Device device;
    if (!device.open(path))
        return 3;
    const QList<UnloggedSession> sessions = device.store->unloggedSessions(org, TestClock::now(), 80);
    if (sessions.size() < count)
        return 4;
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < (round == 0 ? count : round == 1 ? 3 : 1); ++i) {
            SessionLog log;
            log.occurrenceUid = sessions.at(i).occurrenceUid;
            log.attendance = 100 * round + i;
            if (!device.store->logSession(log))
                return 5;
        }
    }
    std::raise(SIGKILL);
    return 6;
}

/** The hub's logs as "revision|attendance" per uuid; a uuid stored twice shows as "duplicate". */
QMap<QString, QString> hubLogs(const QMap<QString, QJsonArray> &logs)
{
    QMap<QString, QString> out;
    for (auto it = logs.cbegin(); it != logs.cend(); ++it) {
        const QJsonObject row = it.value().first().toObject();
        out.insert(it.key(), it.value().size() != 1 ? QStringLiteral("duplicate")
                                                     : QStringLiteral("%1|%2").arg(row.value(QStringLiteral("revision")).toInt())
                                                           .arg(row.value(QStringLiteral("attendance")).toInt()));
    }
    return out;
}

/** The record of @p kind the edit cases change: the coffee morning, its schedule, or its most recent past session. */
QString editedRecord(WorkerStore &store, const QString &kind)
{
    if (kind == Outbox::ActivityKind)
        return koffie;
    if (kind == Outbox::ScheduleKind)
        return store.catalogue().schedulesOf(koffie).value(0).uid;
    return store.unloggedSessions(org, TestClock::now(), 80).value(0).occurrenceUid;
}

/**
 * Edit @p n of a social worker to record @p uid of @p kind, made on @p store without a
 * sync: a new title, a new length, or the session cancelled (for @p reason) or restored.
 */
bool editOffline(WorkerStore &store, const QString &kind, const QString &uid, int n, const QString &reason = QStringLiteral("weer"))
{
    if (kind == Outbox::ActivityKind) {
        std::optional<Activity> activity = store.catalogue().activity(uid);
        activity->title = QStringLiteral("Koffie en krant %1").arg(n);
        return store.saveActivity(*activity);
    }
    if (kind == Outbox::ScheduleKind) {
        std::optional<Schedule> schedule = store.catalogue().schedule(uid);
        schedule->durationMinutes = 60 + 5 * n;
        return store.saveSchedule(*schedule);
    }
    const std::optional<OccurrenceOverride> change = store.catalogue().occurrenceOverride(uid);
    return change && change->status == QLatin1String("cancelled") ? store.restoreSession(uid) : store.cancelSession(uid, reason);
}

/** Writes a places CSV with one place, source id "bp-1", named @p name, for buurtplein-hub import-places. */
bool writePlaces(const QString &path, const QString &name)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(QStringLiteral("source_id,name,kind,lat,lon\nbp-1,%1,buurthuis,52.363009,4.933794\n").arg(name).toUtf8()) > 0;
}

} // namespace

class TestSyncReliability : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;

    /** A running hub and a device whose catalogue (one activity, one schedule) is on the hub after a first clean sync. */
    bool setUp(const QString &dialect, Hub &hub, DeviceFiles &device, QString *error)
    {
        if (!hub.create(dialect, error) || !makeCatalogue(device.db(), koffie, error))
            return false;
        if (!device.writeToken(hub.workerToken)) {
            *error = QStringLiteral("cannot write the token file");
            return false;
        }
        const SyncRun first = device.sync(hub);
        if (first.exitCode != 0 || device.outboxRows() != 0) {
            *error = QStringLiteral("the first sync failed: ") + QString::fromUtf8(first.err + first.out);
            return false;
        }
        return true;
    }

    static void addDialectColumn()
    {
        QTest::addColumn<QString>("dialect");
    }

    /** A second device of the same organisation, its catalogue pulled from the hub. */
    bool colleagueOf(const Hub &hub, DeviceFiles &colleague, QString *error)
    {
        {
            Database made;
            if (!colleague.writeToken(hub.workerToken) || !made.open(colleague.db())) {
                *error = QStringLiteral("cannot set up the colleague's device: ") + made.errorString();
                return false;
            }
        }
        const SyncRun run = colleague.sync(hub);
        if (run.exitCode != 0)
            *error = QStringLiteral("the colleague's first sync failed: ") + QString::fromUtf8(run.err);
        return run.exitCode == 0;
    }

    static void addEditColumns()
    {
        addDialectColumn();
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("edits");
        for (const QString &dialect : testedDialects()) {
            QTest::addRow("%s, activity edited twice", qPrintable(dialect)) << dialect << Outbox::ActivityKind << 2;
            QTest::addRow("%s, schedule edited twice", qPrintable(dialect)) << dialect << Outbox::ScheduleKind << 2;
            QTest::addRow("%s, session cancelled, restored, cancelled", qPrintable(dialect)) << dialect << Outbox::OverrideKind << 3;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFileInfo::exists(cliPath()) && QFileInfo::exists(hubPath()), "buurtplein-cli and buurtplein-hub must be built");
    }

    // Bad input exits 2 with a sentence and touches nothing, before any network.
    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("hub");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<bool>("makeDb");
        QTest::addColumn<QString>("failpoint");
        QTest::addColumn<QString>("message");
        const QString hub = QStringLiteral("http://127.0.0.1:9");
        QTest::newRow("no such database") << hub << QByteArray("abc") << false << QString() << "no device database";
        QTest::newRow("not a hub address") << QStringLiteral("hub.example.nl") << QByteArray("abc") << true << QString() << "--hub";
        QTest::newRow("ftp hub") << QStringLiteral("ftp://hub.example.nl") << QByteArray("abc") << true << QString() << "--hub";
        QTest::newRow("empty token file") << hub << QByteArray("\n") << true << QString() << "one bearer token";
        QTest::newRow("unknown failpoint") << hub << QByteArray("abc") << true << QStringLiteral("after-lunch") << "after-send or after-answer";
    }

    void refusesBadInput()
    {
        QFETCH(QString, hub);
        QFETCH(QByteArray, token);
        QFETCH(bool, makeDb);
        QFETCH(QString, failpoint);
        QFETCH(QString, message);
        DeviceFiles device;
        QVERIFY(device.writeToken(token.trimmed()));
        QFile tokenFile(device.tokenFile());
        QVERIFY(tokenFile.open(QIODevice::WriteOnly) && tokenFile.write(token) >= 0);
        tokenFile.close();
        if (makeDb) {
            QString error;
            QVERIFY2(makeCatalogue(device.db(), koffie, &error), qPrintable(error));
        }
        // Looking into a database that is not there would make it.
        const int outbox = makeDb ? device.outboxRows() : 0;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BUURTPLEIN_SYNC_FAILPOINT"), failpoint);
        process.setProcessEnvironment(env);
        process.start(cliPath(), QStringList{QStringLiteral("sync"), QStringLiteral("--db"), device.db(), QStringLiteral("--hub"), hub,
                                  QStringLiteral("--token-file"), device.tokenFile()} + TestClock::arguments());
        const SyncRun run = DeviceFiles::finish(process);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.isEmpty(), run.out.constData());
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QCOMPARE(QFileInfo::exists(device.db()), makeDb);
        if (makeDb)
            QCOMPARE(device.outboxRows(), outbox);
    }

    // No hub to be reached: exit 1, every change kept, with its attempt counted and a next try planned.
    void unreachableHubKeepsEverything_data()
    {
        addDialectColumn();
        for (const QString &dialect : testedDialects())
            QTest::newRow(qPrintable(dialect)) << dialect;
    }

    void unreachableHubKeepsEverything()
    {
        QFETCH(QString, dialect);
        Hub hub;
        DeviceFiles device;
        QString error;
        QVERIFY2(setUp(dialect, hub, device, &error), qPrintable(error));
        QVERIFY(device.writeLogsAndDie(3));
        hub.kill();
        const SyncRun run = device.sync(hub);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json().value(QStringLiteral("waiting")).toInt(), 3);
        QVERIFY2(run.err.contains("will be sent later"), run.err.constData());
        QCOMPARE(device.rows(QStringLiteral("SELECT count(*) FROM outbox WHERE attempts = 1 AND next_attempt IS NOT NULL AND set_aside = 0")).value(0),
                 QStringLiteral("3"));
    }

    // (1) The device dies after its local commit, after sending, or after reading the
    // answer: after one clean sync every log is on the hub once, at its highest revision.
    void crashAnywhereLosesNothing_data()
    {
        addDialectColumn();
        QTest::addColumn<QString>("failpoint");
        for (const QString &dialect : testedDialects()) {
            for (const char *point : {"", "after-send", "after-answer"}) {
                QTest::addRow("%s, killed after the local commit%s%s", qPrintable(dialect), *point ? " and " : "", point)
                    << dialect << QString::fromLatin1(point);
            }
        }
    }

    void crashAnywhereLosesNothing()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, failpoint);
        Hub hub;
        DeviceFiles device;
        QString error;
        QVERIFY2(setUp(dialect, hub, device, &error), qPrintable(error));
        QVERIFY2(device.writeLogsAndDie(8), "the helper must write the logs and die by SIGKILL");
        QCOMPARE(device.logs().size(), 8);
        QCOMPARE(device.outboxRows(), 8);

        if (!failpoint.isEmpty()) {
            const SyncRun crashed = device.sync(hub, failpoint);
            QVERIFY2(crashed.exitCode == -2, qPrintable(QStringLiteral("the sync should have died at %1: %2").arg(failpoint, QString::fromUtf8(crashed.err))));
            // Killed before the acknowledgement: nothing left the outbox.
            QCOMPARE(device.outboxRows(), 8);
            if (failpoint == QLatin1String("after-answer"))
                QCOMPARE(hubLogs(hub.logs(m_nam)), device.logs());
        }
        // The person edits a log once more before the next sync: the newest revision must win.
        {
            Device again;
            QVERIFY(again.open(device.db()));
            const QString occurrence = device.rows(QStringLiteral("SELECT occurrence_uid FROM session_log WHERE attendance = 7")).value(0);
            SessionLog log;
            log.occurrenceUid = occurrence;
            log.attendance = 77;
            QVERIFY2(again.store->logSession(log), qPrintable(again.store->errorString()));
        }
        const SyncRun clean = device.sync(hub);
        QVERIFY2(clean.exitCode == 0, clean.err.constData());
        QCOMPARE(clean.json().value(QStringLiteral("waiting")).toInt(), 0);
        QCOMPARE(device.outboxRows(), 0);
        QCOMPARE(hubLogs(hub.logs(m_nam)), device.logs());
        QVERIFY(device.logs().values().contains(QStringLiteral("2|77")));
        QVERIFY(device.logs().values().contains(QStringLiteral("3|200")));
    }

    // (2) Retries, duplicates and any order give the same hub state.
    void duplicatesAndOrderDoNotMatter_data()
    {
        addDialectColumn();
        for (const QString &dialect : testedDialects())
            QTest::newRow(qPrintable(dialect)) << dialect;
    }

    void duplicatesAndOrderDoNotMatter()
    {
        QFETCH(QString, dialect);
        Hub hub;
        DeviceFiles device;
        QString error;
        QVERIFY2(setUp(dialect, hub, device, &error), qPrintable(error));
        // Every revision the device ever queued, as the outbox held it at the time.
        QJsonArray batch;
        QMap<QString, QString> expected;
        {
            Device d;
            QVERIFY(d.open(device.db()));
            const auto sessions = d.store->unloggedSessions(org, TestClock::now(), 80);
            for (int revision = 1; revision <= 3; ++revision) {
                for (int i = 0; i < 6 - 2 * (revision - 1); ++i) {
                    SessionLog log;
                    log.occurrenceUid = sessions.at(i).occurrenceUid;
                    log.attendance = 10 * revision + i;
                    QVERIFY2(d.store->logSession(log), qPrintable(d.store->errorString()));
                    const QJsonObject payload = d.store->outbox().item(Outbox::SessionLogKind, log.uuid)->payload;
                    batch.append(payload);
                    expected.insert(log.uuid, QStringLiteral("%1|%2").arg(revision).arg(log.attendance));
                }
            }
        }
        QCOMPARE(batch.size(), 12);
        QJsonArray first;
        const auto push = [&](const QJsonArray &items) {
            return call(m_nam, "POST", hub.url(QStringLiteral("/v1/session-logs")),
                        QJsonDocument(QJsonObject{{QStringLiteral("items"), items}}).toJson(QJsonDocument::Compact), hub.workerToken);
        };
        const auto shuffled = [&batch](quint32 seed) {
            QVariantList list = batch.toVariantList();
            std::shuffle(list.begin(), list.end(), QRandomGenerator(seed));
            return QJsonArray::fromVariantList(list);
        };
        QCOMPARE(push(shuffled(1)).status, 200);
        const QMap<QString, QJsonArray> once = hub.logs(m_nam);
        QCOMPARE(hubLogs(once), expected);
        for (const QJsonArray &again : {batch, shuffled(2), QJsonArray::fromVariantList([&batch] {
                                            QVariantList l = batch.toVariantList();
                                            std::reverse(l.begin(), l.end());
                                            return l;
                                        }())}) {
            const Answer answer = push(again);
            QCOMPARE(answer.status, 200);
            for (const QJsonValue &item : answer.json().value(QStringLiteral("items")).toArray())
                QCOMPARE(item[QStringLiteral("status")].toString(), QStringLiteral("kept"));
            QCOMPARE(hub.logs(m_nam), once);
        }
        // And the device itself, sending what its outbox holds, changes nothing either.
        const SyncRun run = device.sync(hub);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(device.outboxRows(), 0);
        QCOMPARE(hub.logs(m_nam), once);
    }

    // (3) A cursor older than the hub's tombstone window takes the resync path and the
    // device ends with exactly the hub's catalogue; its own logs and settings stay.
    void oldCursorResyncs_data()
    {
        addDialectColumn();
        for (const QString &dialect : testedDialects())
            QTest::newRow(qPrintable(dialect)) << dialect;
    }

    void oldCursorResyncs()
    {
        QFETCH(QString, dialect);
        Hub hub;
        DeviceFiles device;
        QString error;
        QVERIFY2(setUp(dialect, hub, device, &error), qPrintable(error));
        const qint64 cursor = device.rows(QStringLiteral("SELECT value FROM device_setting WHERE key = 'sync.feedCursor'")).value(0).toLongLong();
        QVERIFY(cursor > 0);
        const QString schedule = device.rows(QStringLiteral("SELECT uid FROM schedule")).value(0);
        QVERIFY(!schedule.isEmpty());

        // Another worker adds an activity.
        DeviceFiles colleague;
        QVERIFY(colleague.writeToken(hub.workerToken));
        QVERIFY2(makeCatalogue(colleague.db(), QStringLiteral("welzijn-west:wandelen"), &error), qPrintable(error));
        const SyncRun colleagueRun = colleague.sync(hub);
        QVERIFY2(colleagueRun.exitCode == 0, colleagueRun.err.constData());
        // Our schedule is deleted on the hub and, 90 days on, its tombstone purged: the
        // end state of HubCatalogue::remove + purgeTombstones, written directly.
        QVERIFY2(hub.exec({QStringLiteral("DELETE FROM catalogue_item WHERE kind = 'schedule' AND uid = '%1'").arg(schedule),
                           QStringLiteral("UPDATE feed_counter SET purged_through = value")}, &error), qPrintable(error));
        const Answer gone = call(m_nam, "GET", hub.url(QStringLiteral("/v1/feed?after=%1").arg(cursor)));
        QCOMPARE(gone.status, 410);
        QCOMPARE(gone.error(), QStringLiteral("resync"));

        const SyncRun run = device.sync(hub);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        qint64 last = 0;
        const QMap<QString, QJsonObject> hubCatalogue = hub.catalogue(m_nam, &last);
        QVERIFY(hubCatalogue.contains(QStringLiteral("activity welzijn-west:wandelen")));
        QVERIFY(!hubCatalogue.contains(QStringLiteral("schedule ") + schedule));
        QCOMPARE(device.catalogue(), hubCatalogue);
        QCOMPARE(run.json().value(QStringLiteral("cursor")).toInteger(), last);
        // The search window follows: the deleted schedule's sessions are gone, the new activity's are there.
        QCOMPARE(device.rows(QStringLiteral("SELECT count(*) FROM occurrence o JOIN activity a ON a.id = o.activity_id WHERE a.uid = '%1'").arg(koffie)).value(0),
                 QStringLiteral("0"));
        QVERIFY(device.rows(QStringLiteral("SELECT count(*) FROM occurrence o JOIN activity a ON a.id = o.activity_id "
                                           "WHERE a.uid = 'welzijn-west:wandelen'")).value(0).toInt() > 0);
    }

    // (5) A worker edits the same record several times before a sync: the hub stores the
    // last edit, and nobody is told about a conflict that did not happen.
    void offlineEditsSyncWithoutConflict_data()
    {
        addEditColumns();
    }

    void offlineEditsSyncWithoutConflict()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, kind);
        QFETCH(int, edits);
        Hub hub;
        DeviceFiles device;
        QString error;
        QVERIFY2(setUp(dialect, hub, device, &error), qPrintable(error));
        QString uid;
        {
            Device d;
            QVERIFY(d.open(device.db()));
            uid = editedRecord(*d.store, kind);
            for (int n = 1; n <= edits; ++n)
                QVERIFY2(editOffline(*d.store, kind, uid, n), qPrintable(d.store->errorString()));
            QCOMPARE(d.store->outbox().pendingCount(), 1);
        }
        const QString key = kind + QLatin1Char(' ') + uid;
        const QJsonObject edited = device.catalogue().value(key);
        QVERIFY(!edited.isEmpty());

        const SyncRun run = device.sync(hub);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().value(QStringLiteral("setAside")).toInt(), 0);
        QCOMPARE(device.outboxRows(), 0);
        qint64 last = 0;
        const QMap<QString, QJsonObject> onHub = hub.catalogue(m_nam, &last);
        QVERIFY2(onHub.contains(key), qPrintable(key));
        // The hub has the last edit, at one version past what it had (a new override: its first).
        QJsonObject expected = edited;
        const int hubVersion = kind == Outbox::OverrideKind ? 1 : 2;
        expected.insert(QStringLiteral("version"), hubVersion);
        QCOMPARE(onHub.value(key), expected);
        QCOMPARE(device.catalogue(), onHub);
        if (kind == Outbox::OverrideKind)
            QCOMPARE(onHub.value(key).value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        // And the next edit is based on that version.
        {
            Device d;
            QVERIFY(d.open(device.db()));
            QVERIFY(editOffline(*d.store, kind, uid, 9));
            QCOMPARE(d.store->outbox().item(kind, uid)->baseVersion, hubVersion);
        }
    }

    // (6) Another worker changed the record on the hub first: however often this device
    // edited it, that is a conflict, shown with the hub's record, the edit kept aside.
    void genuineConflictIsReported_data()
    {
        addEditColumns();
    }

    void genuineConflictIsReported()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, kind);
        QFETCH(int, edits);
        Hub hub;
        DeviceFiles device;
        QString error;
        QVERIFY2(setUp(dialect, hub, device, &error), qPrintable(error));
        DeviceFiles colleague;
        QVERIFY2(colleagueOf(hub, colleague, &error), qPrintable(error));
        QString uid;
        {
            Device d;
            QVERIFY(d.open(colleague.db()));
            uid = editedRecord(*d.store, kind);
            QVERIFY2(editOffline(*d.store, kind, uid, 10, QStringLiteral("host_afwezig")), qPrintable(d.store->errorString()));
        }
        const SyncRun first = colleague.sync(hub);
        QVERIFY2(first.exitCode == 0 && first.json().value(QStringLiteral("setAside")).toInt() == 0, first.err.constData());
        const QString key = kind + QLatin1Char(' ') + uid;
        qint64 last = 0;
        const QJsonObject theirs = hub.catalogue(m_nam, &last).value(key);
        QVERIFY(!theirs.isEmpty());

        QString mine;
        {
            Device d;
            QVERIFY(d.open(device.db()));
            for (int n = 1; n <= edits; ++n)
                QVERIFY2(editOffline(*d.store, kind, uid, n), qPrintable(d.store->errorString()));
            mine = QString::fromUtf8(QJsonDocument(d.store->outbox().item(kind, uid)->payload).toJson(QJsonDocument::Compact));
        }
        const SyncRun run = device.sync(hub);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().value(QStringLiteral("setAside")).toInt(), 1);
        const QStringList aside = device.rows(QStringLiteral("SELECT payload, last_error FROM outbox WHERE set_aside = 1"));
        QCOMPARE(aside.size(), 1);
        QCOMPARE(aside.first().section(QLatin1Char('|'), 0, 0), mine);
        QVERIFY2(aside.first().contains(QLatin1String("Someone else changed this")), qPrintable(aside.first()));
        // The hub kept the colleague's edit, and this device shows it.
        const QMap<QString, QJsonObject> onHub = hub.catalogue(m_nam, &last);
        QCOMPARE(onHub.value(key), theirs);
        QCOMPARE(device.catalogue().value(key), theirs);
    }

    // The worker edits again while the first edit is on its way to the hub: the hub
    // stores the first, and the second, built on it, follows without a conflict.
    void editWhileSendingBuildsOnTheStoredEdit_data()
    {
        addDialectColumn();
        for (const QString &dialect : testedDialects())
            QTest::newRow(qPrintable(dialect)) << dialect;
    }

    void editWhileSendingBuildsOnTheStoredEdit()
    {
        QFETCH(QString, dialect);
        Hub hub;
        DeviceFiles device;
        QString error;
        QVERIFY2(setUp(dialect, hub, device, &error), qPrintable(error));
        {
            Device d;
            QVERIFY(d.open(device.db()));
            QVERIFY(editOffline(*d.store, Outbox::ActivityKind, koffie, 1));
            SyncEngine engine(d.db.connection(), &m_nam);
            engine.setClock(TestClock::now);
            engine.setHubUrl(QUrl(hub.base()));
            engine.setToken(hub.workerToken);
            int edits = 0;
            connect(&engine, &SyncEngine::reached, &engine, [&](SyncEngine::Point point) {
                if (point == SyncEngine::Point::AfterSend && edits++ == 0)
                    QVERIFY(editOffline(*d.store, Outbox::ActivityKind, koffie, 2));
            });
            QSignalSpy finished(&engine, &SyncEngine::finished);
            // The answer to the first payload finds its row replaced.
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("has no row .* \\(any more\\)")));
            engine.syncOnce();
            QVERIFY(finished.wait(60000));
            QCOMPARE(finished.first().first().toBool(), true);
            QCOMPARE(edits, 2);
            QCOMPARE(engine.setAsideCount(), 0);
            QCOMPARE(engine.waitingCount(), 0);
        }
        qint64 last = 0;
        const QMap<QString, QJsonObject> onHub = hub.catalogue(m_nam, &last);
        const QJsonObject activity = onHub.value(QStringLiteral("activity ") + koffie);
        QCOMPARE(activity.value(QStringLiteral("title")).toString(), QStringLiteral("Koffie en krant 2"));
        QCOMPARE(activity.value(QStringLiteral("version")).toInt(), 3);
        QCOMPARE(device.catalogue(), onHub);
    }

    // (7) An incremental pull whose page cannot be applied alone: an activity names a place
    // that changed again after it and so sits on a later page. The engine reads on to the
    // end of the feed and applies it in one transaction; the device ends equal to the hub.
    void pageNamingALaterRecordIsAppliedWithTheRest_data()
    {
        addDialectColumn();
        for (const QString &dialect : testedDialects())
            QTest::newRow(qPrintable(dialect)) << dialect;
    }

    void pageNamingALaterRecordIsAppliedWithTheRest()
    {
        QFETCH(QString, dialect);
        Hub hub;
        DeviceFiles device;
        QString error;
        QVERIFY2(setUp(dialect, hub, device, &error), qPrintable(error));
        const qint64 cursor = device.rows(QStringLiteral("SELECT value FROM device_setting WHERE key = 'sync.feedCursor'")).value(0).toLongLong();
        QTemporaryDir files;
        const QString csv = files.filePath(QStringLiteral("places.csv"));
        const QString place = QStringLiteral("place:bp-1");
        const QString walk = QStringLiteral("welzijn-west:wandelen");

        // The hub gets a place; a colleague's new activity meets there; then the place is renamed.
        QVERIFY(writePlaces(csv, QStringLiteral("Buurthuis De Meevaart")));
        CliRun imported = runHub({QStringLiteral("import-places"), csv, QStringLiteral("--db"), hub.location()});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        DeviceFiles colleague;
        QVERIFY2(colleagueOf(hub, colleague, &error), qPrintable(error));
        {
            Device d;
            QVERIFY(d.open(colleague.db()));
            Activity activity;
            activity.uid = walk;
            activity.organisationUid = org;
            activity.placeUid = place;
            activity.title = QStringLiteral("Buurtwandeling");
            activity.category = QStringLiteral("sport_bewegen");
            QVERIFY2(d.store->saveActivity(activity), qPrintable(d.store->errorString()));
        }
        const SyncRun pushed = colleague.sync(hub);
        QVERIFY2(pushed.exitCode == 0 && colleague.outboxRows() == 0, pushed.err.constData());
        QVERIFY(writePlaces(csv, QStringLiteral("Buurthuis De Meevaart (Balistraat)")));
        imported = runHub({QStringLiteral("import-places"), csv, QStringLiteral("--db"), hub.location()});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());

        // The feed after this device's cursor: the activity first, its place only after it.
        const Answer feed = call(m_nam, "GET", hub.url(QStringLiteral("/v1/feed?after=%1").arg(cursor)));
        QStringList order;
        for (const QJsonValue &item : feed.json().value(QStringLiteral("items")).toArray())
            order.append(item[QStringLiteral("kind")].toString() + QLatin1Char(' ') + item[QStringLiteral("id")].toString());
        QCOMPARE(order, (QStringList{QStringLiteral("activity ") + walk, QStringLiteral("place ") + place}));

        {
            Database db;
            QVERIFY(db.open(device.db()));
            SyncEngine engine(db.connection(), &m_nam);
            engine.setClock(TestClock::now);
            engine.setHubUrl(QUrl(hub.base()));
            engine.setToken(hub.workerToken);
            engine.setPageSize(1);
            QSignalSpy finished(&engine, &SyncEngine::finished);
            // The first page alone is refused (the warning), then the engine reads on (the info).
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("activity welzijn-west:wandelen cannot be applied")));
            QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("could not be applied alone")));
            engine.syncOnce();
            QVERIFY(finished.wait(60000));
            QCOMPARE(finished.first().first().toBool(), true);
            QCOMPARE(engine.lastProblem(), QString());
        }
        qint64 last = 0;
        const QMap<QString, QJsonObject> onHub = hub.catalogue(m_nam, &last);
        QCOMPARE(onHub.value(QStringLiteral("place ") + place).value(QStringLiteral("name")).toString(),
                 QStringLiteral("Buurthuis De Meevaart (Balistraat)"));
        QCOMPARE(device.catalogue(), onHub);
        QCOMPARE(device.rows(QStringLiteral("SELECT value FROM device_setting WHERE key = 'sync.feedCursor'")).value(0).toLongLong(), last);
    }

    // (4) The hub dies with SIGKILL while a device sends: whatever the device removed from
    // its outbox is on the hub; the rest goes with the next sync.
    void hubKilledDuringSync_data()
    {
        addDialectColumn();
        for (const QString &dialect : testedDialects())
            QTest::newRow(qPrintable(dialect)) << dialect;
    }

    void hubKilledDuringSync()
    {
        QFETCH(QString, dialect);
        Hub hub;
        DeviceFiles device;
        QString error;
        QVERIFY2(setUp(dialect, hub, device, &error), qPrintable(error));
        QVERIFY(device.writeLogsAndDie(450));
        const QMap<QString, QString> all = device.logs();
        QCOMPARE(all.size(), 450);

        QProcess sync;
        device.startSync(sync, hub);
        const bool seen = hub.waitForRequest("/v1/session-logs", [&sync] { return sync.state() != QProcess::NotRunning; });
        hub.kill();
        const SyncRun run = DeviceFiles::finish(sync);
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
        qInfo() << "hub killed" << (seen ? "after a push was answered;" : "after the sync ended;") << "sync exit" << run.exitCode
                << "," << device.waitingLogs().size() << "logs still waiting;" << QString::fromUtf8(hub.log()).split(QLatin1Char('\n')).filter(QStringLiteral("session-logs"));

        QVERIFY2(hub.start(&error), qPrintable(error));
        const QMap<QString, QString> onHub = hubLogs(hub.logs(m_nam));
        const QStringList waiting = device.waitingLogs();
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            if (!waiting.contains(it.key()))
                QVERIFY2(onHub.value(it.key()) == it.value(), qPrintable(QStringLiteral("log %1 left the outbox but the hub has '%2'")
                                                                            .arg(it.key(), onHub.value(it.key()))));
        }
        const SyncRun clean = device.sync(hub);
        QVERIFY2(clean.exitCode == 0, clean.err.constData());
        QCOMPARE(device.outboxRows(), 0);
        QCOMPARE(hubLogs(hub.logs(m_nam)), all);
    }
};

int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--write-logs-and-die") == 0) {
        QCoreApplication app(argc, argv);
        return writeLogsAndDie(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt());
    }
    QCoreApplication app(argc, argv);
    TestSyncReliability test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_syncreliability.moc"
