// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the hub tests: a fresh hub database on either dialect, the real
// buurtplein-hub run as a process, and HTTP calls to it over loopback.

#include "testclock.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace Buurtplein::HubTest {

/** The buurtplein-hub built beside the tests. */
inline QString hubPath()
{
    return QStringLiteral(BUURTPLEIN_BIN_DIR "/buurtplein-hub");
}

/**
 * The test cluster's URL: $BUURTPLEIN_TEST_PG_URL, else the file named by
 * $BUURTPLEIN_TEST_PG_URL_FILE (written by the ctest fixture scripts/pg-cluster.sh).
 * Empty, with @p error, when there is none: the PostgreSQL rows then fail, never skip.
 */
inline QString postgresUrl(QString *error)
{
    const QString direct = qEnvironmentVariable("BUURTPLEIN_TEST_PG_URL");
    if (!direct.isEmpty())
        return direct;
    const QString fileName = qEnvironmentVariable("BUURTPLEIN_TEST_PG_URL_FILE");
    QFile file(fileName);
    if (fileName.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("No PostgreSQL test cluster: run through ctest (fixture hub_pg) or set BUURTPLEIN_TEST_PG_URL. %1")
                     .arg(fileName.isEmpty() ? QString() : fileName + QStringLiteral(": ") + file.errorString());
        return {};
    }
    return QString::fromUtf8(file.readAll()).trimmed();
}

/** The dialects every storage and HTTP test runs on, as data rows. */
inline QStringList dialects()
{
    return {QStringLiteral("sqlite"), QStringLiteral("postgresql")};
}

/** A hub database nobody used yet: an SQLite file in a temporary folder, or a new database in the test cluster, dropped afterwards. */
class FreshDatabase
{
public:
    FreshDatabase() = default;
    FreshDatabase(const FreshDatabase &) = delete;
    FreshDatabase &operator=(const FreshDatabase &) = delete;
    ~FreshDatabase() { drop(); }

    /** Makes the database for @p dialect ("sqlite" or "postgresql"); false and @p error when it cannot. */
    bool create(const QString &dialect, QString *error)
    {
        if (dialect == QLatin1String("sqlite")) {
            if (!m_dir.isValid()) {
                *error = m_dir.errorString();
                return false;
            }
            m_location = m_dir.filePath(QStringLiteral("hub.sqlite"));
            return true;
        }
        const QString base = postgresUrl(error);
        if (base.isEmpty())
            return false;
        m_name = QStringLiteral("tst_%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
        // A database name cannot be bound; this one is made of hex digits only.
        if (!adminExec(base, QStringLiteral("CREATE DATABASE ") + m_name, error))
            return false;
        m_base = base;
        QUrl url(base);
        url.setPath(QLatin1Char('/') + m_name);
        m_location = url.toString();
        return true;
    }

    /** What to pass as --db. */
    QString location() const { return m_location; }
    /** The SQLite file (empty for PostgreSQL). */
    QString sqliteFile() const { return m_base.isEmpty() ? m_location : QString(); }

private:
    static bool adminExec(const QString &base, const QString &sql, QString *error)
    {
        const QUrl url(base);
        const QString connection = QStringLiteral("hubtest-admin-%1").arg(QRandomGenerator::global()->generate());
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setPassword(url.password());
            db.setDatabaseName(url.path().mid(1));
            if (db.open()) {
                QSqlQuery q(db);
                ok = q.exec(sql);
                if (!ok)
                    *error = q.lastError().text();
            } else {
                *error = QStringLiteral("Cannot reach the PostgreSQL test cluster at %1: %2").arg(base, db.lastError().text());
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return ok;
    }

    void drop()
    {
        if (m_base.isEmpty())
            return;
        QString error;
        adminExec(m_base, QStringLiteral("DROP DATABASE IF EXISTS ") + m_name + QStringLiteral(" WITH (FORCE)"), &error);
        m_base.clear();
    }

    QTemporaryDir m_dir;
    QString m_location;
    QString m_base;
    QString m_name;
};

/** A real `buurtplein-hub serve` on 127.0.0.1 and a port of its choosing, at the tests' clock. */
class HubProcess
{
public:
    ~HubProcess() { stop(); }

    /** Starts the hub on @p location (with @p extra serve options) and waits for its "listening on" line; false and @p error when it does not come. */
    bool start(const QString &location, QString *error, const QStringList &extra = {})
    {
#ifdef Q_OS_LINUX
        // A test that crashes or is killed must not leave a hub running.
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
        m_process.start(hubPath(), QStringList{QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                               QStringLiteral("--db"), location} + extra + TestClock::arguments());
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(60000)) {
                *error = QStringLiteral("the hub did not start: ") + QString::fromUtf8(m_process.readAllStandardError());
                return false;
            }
        }
        const QByteArray line = m_process.readLine().trimmed();
        const QByteArray prefix("listening on 127.0.0.1:");
        m_port = line.startsWith(prefix) ? line.mid(prefix.size()).toUShort() : 0;
        if (m_port == 0)
            *error = QStringLiteral("unexpected first line: ") + QString::fromUtf8(line);
        return m_port != 0;
    }

    /** Stops the hub (SIGTERM) and returns everything it logged on stderr. */
    QByteArray stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(30000)) {
                m_process.kill();
                m_process.waitForFinished();
            }
        }
        m_log += m_process.readAllStandardError();
        return m_log;
    }

    /** What the hub logged since the last call (its stderr), for a measurement between two points. */
    QByteArray takeLog()
    {
        m_process.waitForReadyRead(200);
        const QByteArray log = m_process.readAllStandardError();
        m_log += log;
        return log;
    }

    /** @p path on this hub, "http://127.0.0.1:PORT/v1/...". */
    QUrl url(const QString &path) const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)); }

private:
    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_log;
};

/** One HTTP answer: status and body. */
struct Answer {
    int status = 0;        ///< 0 when no HTTP answer came
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString error() const { return json().value(QStringLiteral("error")).toString(); }
};

/** Starts a request; @p method "GET" or "POST", @p body sent as JSON unless @p contentType says otherwise. */
inline QNetworkReply *request(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                              const QByteArray &bearer = {}, const QByteArray &contentType = "application/json")
{
    QNetworkRequest request(url);
    request.setTransferTimeout(60000);
    if (!contentType.isEmpty() && method != "GET")
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    return nam.sendCustomRequest(request, method, body);
}

/** Waits for @p reply to finish and reads it. */
inline Answer finish(QNetworkReply *reply)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    reply->deleteLater();
    return answer;
}

/** Sends one request and waits for its answer. */
inline Answer call(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                   const QByteArray &bearer = {}, const QByteArray &contentType = "application/json")
{
    return finish(request(nam, method, url, body, bearer, contentType));
}

/** Runs buurtplein-hub with @p args at the tests' clock; exit code (-1 when it hung or crashed), stdout and stderr. */
struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline CliRun runHub(const QStringList &args)
{
    QProcess process;
    process.start(hubPath(), args + TestClock::arguments());
    CliRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

/**
 * Through the hub's CLI, organisation @p org ("Welzijn West", welzijn) and a worker token
 * for it in the hub database at @p location: the token, or empty and @p error.
 */
inline QByteArray createWorkerOrganisation(const QString &location, const QString &org, QString *error)
{
    const CliRun made = runHub({QStringLiteral("org"), QStringLiteral("create"), QStringLiteral("--uid"), org, QStringLiteral("--name"),
                                QStringLiteral("Welzijn West"), QStringLiteral("--kind"), QStringLiteral("welzijn"), QStringLiteral("--db"), location});
    const CliRun worker = runHub({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--role"), QStringLiteral("worker"),
                                  QStringLiteral("--org"), org, QStringLiteral("--db"), location});
    if (made.exitCode != 0 || worker.exitCode != 0) {
        *error = QString::fromUtf8(made.err + worker.err);
        return {};
    }
    return worker.out.trimmed();
}

} // namespace Buurtplein::HubTest
