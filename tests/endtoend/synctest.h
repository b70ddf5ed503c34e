// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the sync tests: the real buurtplein-hub serving a fresh database (and killed
// at will), and a device's files with the real buurtplein-cli syncing them.
#include "../hub/hubtest.h"

#include "worker/cataloguepayload.h"
#include "catalogue/cataloguestore.h"
#include "storage/database.h"
#include "worker/workerstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>
#include <QSqlRecord>

#include <functional>

namespace Buurtplein::SyncTest {

using namespace Buurtplein::HubTest;

/** The organisation the reliability cases work for. */
inline const QString org = QStringLiteral("welzijn-west");

inline QString cliPath()
{
    return QStringLiteral(BUURTPLEIN_BIN_DIR "/buurtplein-cli");
}

inline QStringList testedDialects()
{
    const QString only = qEnvironmentVariable("BUURTPLEIN_TEST_DIALECT");
    return only.isEmpty() ? dialects() : QStringList{only};
}


/** A hub database with welzijn-west, a worker and an admin token, and the hub serving it; the hub can be killed and started again. */
class Hub
{
public:
    ~Hub() { kill(); }

    /** A fresh, empty hub database on @p dialect; nothing serves it yet. */
    bool prepare(const QString &dialect, QString *error) { return m_db.create(dialect, error); }

    bool create(const QString &dialect, QString *error)
    {
        if (!prepare(dialect, error))
            return false;
        workerToken = createWorkerOrganisation(location(), org, error);
        if (workerToken.isEmpty())
            return false;
        const CliRun admin = runHub({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--role"), QStringLiteral("admin"),
                                     QStringLiteral("--db"), location()});
        if (admin.exitCode != 0) {
            *error = QString::fromUtf8(admin.err);
            return false;
        }
        adminToken = admin.out.trimmed();
        return start(error);
    }

    bool start(QString *error)
    {
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        m_process.setReadChannel(QProcess::StandardOutput);
        m_process.start(hubPath(), QStringList{QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                               QStringLiteral("--db"), location()} + serveArguments + TestClock::arguments());
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(60000)) {
                *error = QStringLiteral("the hub did not start: ") + QString::fromUtf8(m_process.readAllStandardError());
                return false;
            }
        }
        const QByteArray line = m_process.readLine().trimmed();
        m_port = line.mid(line.lastIndexOf(':') + 1).toUShort();
        m_process.setReadChannel(QProcess::StandardError);
        return m_port != 0 || (*error = QString::fromUtf8(line), false);
    }

    /** SIGKILL: no shutdown, whatever the hub was doing. */
    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    /** Waits until the hub has logged a request to @p path (or @p stillRunning says there is no point). */
    bool waitForRequest(const QByteArray &path, const std::function<bool()> &stillRunning)
    {
        const QByteArray needle = "path=" + path + ' ';
        while (!m_log.contains(needle)) {
            if (!stillRunning() || m_process.state() == QProcess::NotRunning)
                return false;
            m_process.waitForReadyRead(50);
            m_log += m_process.readAllStandardError();
        }
        return true;
    }

    /** What the hub logged on stderr so far. */
    QByteArray log() const { return m_log; }

    QString location() const { return m_db.location(); }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QUrl url(const QString &path) const { return QUrl(base() + path); }

    /** The hub's raw session logs (admin export): uuid → every row with that uuid. */
    QMap<QString, QJsonArray> logs(QNetworkAccessManager &nam) const
    {
        const Answer answer = call(nam, "GET", url(QStringLiteral("/v1/session-logs/export")), {}, adminToken);
        QMap<QString, QJsonArray> out;
        for (const QJsonValue &item : answer.json().value(QStringLiteral("items")).toArray()) {
            QJsonArray rows = out.value(item[QStringLiteral("uuid")].toString());
            rows.append(item);
            out.insert(item[QStringLiteral("uuid")].toString(), rows);
        }
        if (answer.status != 200)
            qWarning() << "export failed" << answer.status << answer.body;
        return out;
    }

    /** Every live record of the hub's catalogue, read from the feed after=0: "kind uid" → data. */
    QMap<QString, QJsonObject> catalogue(QNetworkAccessManager &nam, qint64 *last) const
    {
        QMap<QString, QJsonObject> out;
        qint64 after = 0;
        for (;;) {
            const Answer answer = call(nam, "GET", url(QStringLiteral("/v1/feed?after=%1&limit=7").arg(after)));
            const QJsonArray items = answer.json().value(QStringLiteral("items")).toArray();
            if (answer.status != 200 || items.isEmpty())
                break;
            for (const QJsonValue &item : items) {
                const QString key = item[QStringLiteral("kind")].toString() + QLatin1Char(' ') + item[QStringLiteral("id")].toString();
                if (item[QStringLiteral("state")].toString() == QLatin1String("deleted"))
                    out.remove(key);
                else
                    out.insert(key, item[QStringLiteral("data")].toObject());
                after = item[QStringLiteral("modified")].toInteger();
            }
        }
        *last = after;
        return out;
    }

    /** Runs @p sql on the hub's database directly, for what no route does (a purge 90 days on). */
    bool exec(const QStringList &statements, QString *error) const
    {
        const QString name = QStringLiteral("synctest-%1").arg(QRandomGenerator::global()->generate());
        bool ok = true;
        {
            QSqlDatabase db;
            if (m_db.sqliteFile().isEmpty()) {
                const QUrl url(location());
                db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
                db.setHostName(url.host());
                db.setPort(url.port(5432));
                db.setUserName(url.userName());
                db.setPassword(url.password());
                db.setDatabaseName(url.path().mid(1));
            } else {
                db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(m_db.sqliteFile());
            }
            ok = db.open();
            for (const QString &sql : statements) {
                QSqlQuery q(db);
                if (ok && !q.exec(sql)) {
                    *error = q.lastError().text();
                    ok = false;
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    QByteArray workerToken;
    QByteArray adminToken;
    QStringList serveArguments;     ///< more options for serve, e.g. --snapshots DIR

private:
    FreshDatabase m_db;
    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_log;
};

struct SyncRun {
    int exitCode = -1;   ///< -2: killed by a signal
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

/** The device side of one case: its database file, token file and helpers to look into it. */
class DeviceFiles
{
public:
    QString db() const { return m_dir.filePath(QStringLiteral("device.sqlite")); }
    QString tokenFile() const { return m_dir.filePath(QStringLiteral("token")); }

    bool writeToken(const QByteArray &token)
    {
        QFile file(tokenFile());
        return file.open(QIODevice::WriteOnly) && file.write(token + '\n') > 0;
    }

    QStringList syncArgs(const Hub &hub) const
    {
        return QStringList{QStringLiteral("sync"), QStringLiteral("--db"), db(), QStringLiteral("--hub"), hub.base(),
                           QStringLiteral("--token-file"), tokenFile()} + TestClock::arguments();
    }

    void startSync(QProcess &process, const Hub &hub, const QString &failpoint = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("BUURTPLEIN_SYNC_FAILPOINT"));
        if (!failpoint.isEmpty())
            env.insert(QStringLiteral("BUURTPLEIN_SYNC_FAILPOINT"), failpoint);
        process.setProcessEnvironment(env);
        process.start(cliPath(), syncArgs(hub));
    }

    static SyncRun finish(QProcess &process)
    {
        SyncRun run;
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    SyncRun sync(const Hub &hub, const QString &failpoint = {}) const
    {
        QProcess process;
        startSync(process, hub, failpoint);
        return finish(process);
    }

    /** Runs this binary's helper mode; true when it died by SIGKILL as it should. */
    bool writeLogsAndDie(int count) const
    {
        QProcess helper;
        helper.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--write-logs-and-die"), db(), QString::number(count)});
        return helper.waitForFinished(120000) && helper.exitStatus() == QProcess::CrashExit;
    }

    /** Rows of @p sql on the device database, columns joined by '|'. */
    QStringList rows(const QString &sql) const
    {
        const QString name = QStringLiteral("device-%1").arg(QRandomGenerator::global()->generate());
        QStringList out;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(this->db());
            QSqlQuery q(db);
            if (db.open() && q.exec(sql)) {
                while (q.next()) {
                    QStringList columns;
                    for (int i = 0; i < q.record().count(); ++i)
                        columns.append(q.value(i).toString());
                    out.append(columns.join(QLatin1Char('|')));
                }
            }
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return out;
    }

    /** The device's session logs: uuid → "revision|attendance". */
    QMap<QString, QString> logs() const
    {
        QMap<QString, QString> out;
        for (const QString &row : rows(QStringLiteral("SELECT uuid, revision, attendance FROM session_log")))
            out.insert(row.section(QLatin1Char('|'), 0, 0), row.section(QLatin1Char('|'), 1));
        return out;
    }

    int outboxRows() const { return rows(QStringLiteral("SELECT count(*) FROM outbox")).value(0).toInt(); }

    /** The payload uuids of the session logs still in the outbox. */
    QStringList waitingLogs() const
    {
        QStringList out;
        for (const QString &payload : rows(QStringLiteral("SELECT payload FROM outbox WHERE kind = 'session_log'")))
            out.append(QJsonDocument::fromJson(payload.toUtf8()).object().value(QStringLiteral("uuid")).toString());
        return out;
    }

    /** Every catalogue record of the device as the feed carries it: "kind uid" → data. */
    QMap<QString, QJsonObject> catalogue() const
    {
        Database database;
        QMap<QString, QJsonObject> out;
        if (!database.open(db()))
            return out;
        const CatalogueStore store(database);
        auto put = [&out](const QString &kind, const QString &uid, const QJsonObject &data) { out.insert(kind + QLatin1Char(' ') + uid, data); };
        for (const QString &uid : rows(QStringLiteral("SELECT uid FROM organisation")))
            put(CataloguePayload::OrganisationKind, uid, CataloguePayload::build(*store.organisation(uid)));
        for (const QString &uid : rows(QStringLiteral("SELECT uid FROM place")))
            put(CataloguePayload::PlaceKind, uid, CataloguePayload::build(*store.place(uid)));
        for (const QString &uid : rows(QStringLiteral("SELECT uid FROM activity")))
            put(CataloguePayload::ActivityKind, uid, CataloguePayload::build(*store.activity(uid)));
        for (const QString &uid : rows(QStringLiteral("SELECT uid FROM schedule")))
            put(CataloguePayload::ScheduleKind, uid, CataloguePayload::build(*store.schedule(uid)));
        for (const QString &uid : rows(QStringLiteral("SELECT occurrence_uid FROM occurrence_override")))
            put(CataloguePayload::OverrideKind, uid, CataloguePayload::build(*store.occurrenceOverride(uid)));
        return out;
    }

private:
    QTemporaryDir m_dir;
};

inline const QString koffie = QStringLiteral("welzijn-west:koffie");

/** The device's worker store, as the app sets it up; sessions can be logged far back so a test can make hundreds. */
struct Device {
    Database db;
    std::unique_ptr<WorkerStore> store;

    bool open(const QString &path)
    {
        if (!db.open(path))
            return false;
        store = std::make_unique<WorkerStore>(db, TestClock::now);
        store->setOrganisationUid(org);
        store->setLogWindowWeeks(80);
        return true;
    }
};

/** The catalogue a worker of welzijn-west starts with: its organisation, and a daily coffee morning since 500 days. */
inline bool makeCatalogue(const QString &path, const QString &activityUid, QString *error)
{
    Device device;
    if (!device.open(path)) {
        *error = device.db.errorString();
        return false;
    }
    CatalogueStore catalogue(device.db);
    Organisation organisation{0, org, QStringLiteral("Welzijn West"), QStringLiteral("welzijn"), 0};
    if (!catalogue.save(organisation)) {
        *error = catalogue.errorString();
        return false;
    }
    Activity activity;
    activity.uid = activityUid;
    activity.organisationUid = org;
    activity.title = QStringLiteral("Inloopkoffie");
    activity.category = QStringLiteral("inloop_koffie");
    Schedule daily;
    daily.activityUid = activityUid;
    daily.startDate = TestClock::today().addDays(-500);
    daily.startTime = QTime(10, 0);
    daily.rrule = QStringLiteral("FREQ=DAILY");
    if (!device.store->saveActivity(activity) || !device.store->saveSchedule(daily)) {
        *error = device.store->errorString();
        return false;
    }
    return true;
}

} // namespace Buurtplein::SyncTest
