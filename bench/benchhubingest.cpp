// SPDX-License-Identifier: GPL-3.0-or-later
// Session logs per second through POST /v1/session-logs on the real buurtplein-hub over
// loopback, in batches as the app pushes them, against the baseline of inserting the
// same rows directly through one prepared QSqlQuery in one transaction, in the same run.
// SQLite always; PostgreSQL too when BUURTPLEIN_BENCH_PG_URL names a server whose user
// may create databases. See BENCHMARKS.md.

#include "benchdialects.h"
#include "hubtest.h"
#include "hubcatalogfixture.h"
#include "worker/sessionlogpayload.h"
#include "store/hubdatabase.h"
#include "store/organisationstore.h"
#include "store/tokenstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTcpSocket>
#include <QUuid>

#include <cstdio>

using namespace Buurtplein;

namespace {

const QString org = QStringLiteral("welzijn-bench");

/** Log @p i as the app would push it: a few activities, a session a day, all counts recorded. */
SessionLog benchLog(int i)
{
    SessionLog log;
    log.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    log.activityUid = QStringLiteral("welzijn-bench:activiteit-%1").arg(i % 50);
    log.occurrenceUid = log.activityUid + QLatin1Char('/')
        + QDateTime(TestClock::today().addDays(-365 + i / 50 % 365), QTime(13, 0), Qt::UTC).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    log.revision = 1 + i % 3;
    log.attendance = 10 + i % 20;
    log.firstTimers = i % 5;
    log.volunteers = 2;
    log.ageBands = {1, 2, 3, 2, 1};
    log.newToNeighbourhood = i % 4;
    return log;
}

/**
 * One kept-alive HTTP/1.1 connection that writes each request in one piece. Through
 * QNetworkAccessManager the headers and the body go out in two writes, and on loopback
 * every request then waits for a delayed ACK (about 40 ms), which would measure TCP
 * rather than the hub.
 */
class RawClient
{
public:
    bool connect(int port, QString *error)
    {
        m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), quint16(port));
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        if (!m_socket.waitForConnected(10000)) {
            *error = m_socket.errorString();
            return false;
        }
        return true;
    }

    bool post(const QByteArray &path, const QByteArray &body, const QByteArray &token, QString *error)
    {
        m_socket.write("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAuthorization: Bearer " + token
                       + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QByteArray answer;
        qsizetype headerEnd = -1;
        qsizetype length = -1;
        while (headerEnd < 0 || answer.size() < headerEnd + 4 + length) {
            if (!m_socket.waitForReadyRead(30000)) {
                *error = QStringLiteral("no answer from the hub: ") + m_socket.errorString();
                return false;
            }
            answer += m_socket.readAll();
            if (headerEnd < 0 && (headerEnd = answer.indexOf("\r\n\r\n")) >= 0) {
                for (const QByteArray &line : answer.left(headerEnd).split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                if (length < 0) {
                    *error = QStringLiteral("an answer without Content-Length");
                    return false;
                }
            }
        }
        if (!answer.startsWith("HTTP/1.1 200")) {
            *error = QStringLiteral("the hub answered: ") + QString::fromUtf8(answer);
            return false;
        }
        return true;
    }

private:
    QTcpSocket m_socket;
};

struct Figures {
    double hubPerSecond = 0;
    double directPerSecond = 0;
    double hubMsPerRequest = 0; ///< as the hub logs it: from routing to the answer, without the network
};

bool prepare(HubDatabase &db, const QString &location, QByteArray *token, QString *error)
{
    if (!db.open(location)) {
        *error = db.errorString();
        return false;
    }
    if (!OrganisationStore(db).create({org, QStringLiteral("Bench"), QStringLiteral("welzijn")}, 1, error))
        return false;
    // The hub counts sessions of activities its catalogue knows: the bench's fifty.
    for (int i = 0; i < 50; ++i) {
        if (!HubTest::catalogueActivity(db, QStringLiteral("welzijn-bench:activiteit-%1").arg(i), org, error))
            return false;
    }
    const auto made = TokenStore(db).create(Role::Worker, org, {}, 1, error);
    if (made)
        *token = made->token.toLatin1();
    return bool(made);
}

/** The baseline: the same rows, one prepared INSERT each, one transaction, no HTTP, no JSON, no checks. */
double directRowsPerSecond(HubDatabase &db, const QList<SessionLog> &logs, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    HubTransaction tx(db.connection(), db.dialect());
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO session_log (uuid, revision, organisation_uid, activity_uid, occurrence_uid, session_start, held,"
                             " not_held_reason, attendance, first_timers, volunteers, host_present, age_0_11, age_12_17, age_18_26,"
                             " age_27_66, age_67_plus, new_to_neighbourhood, received)"
                             " VALUES (?, ?, ?, ?, ?, ?, 1, NULL, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)"));
    for (const SessionLog &log : logs) {
        const QVariantList values = {log.uuid, log.revision, org, log.activityUid, log.occurrenceUid,
                                     SessionLogPayload::occurrenceStart(log.occurrenceUid).value_or(0), log.attendance,
                                     log.firstTimers, log.volunteers, log.ageBands.at(0), log.ageBands.at(1), log.ageBands.at(2),
                                     log.ageBands.at(3), log.ageBands.at(4), log.newToNeighbourhood, 1};
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec()) {
            *error = q.lastError().text();
            return 0;
        }
    }
    if (!tx.commit()) {
        *error = tx.errorString();
        return 0;
    }
    return logs.size() / (double(timer.nsecsElapsed()) / 1e9);
}

std::optional<Figures> run(const QString &dialect, int count, int batchSize, QString *error)
{
    QList<SessionLog> logs;
    for (int i = 0; i < count; ++i)
        logs.append(benchLog(i));
    QList<QByteArray> bodies;
    for (int start = 0; start < count; start += batchSize) {
        QJsonArray items;
        for (int i = start; i < std::min(count, start + batchSize); ++i)
            items.append(SessionLogPayload::build(logs.at(i)));
        bodies.append(QJsonDocument(QJsonObject{{QStringLiteral("items"), items}}).toJson(QJsonDocument::Compact));
    }

    Figures figures;
    {
        HubTest::FreshDatabase fresh;
        HubDatabase db;
        QByteArray token;
        if (!fresh.create(dialect, error) || !prepare(db, fresh.location(), &token, error))
            return std::nullopt;
        HubTest::HubProcess hub;
        if (!hub.start(fresh.location(), error))
            return std::nullopt;
        QNetworkAccessManager nam;
        const QUrl url = hub.url(QStringLiteral("/v1/session-logs"));
        // A few warm-up requests (other uuids) so that connection set-up is not measured.
        for (int i = 0; i < 5; ++i) {
            QJsonArray warm{SessionLogPayload::build(benchLog(i))};
            HubTest::call(nam, "POST", url, QJsonDocument(QJsonObject{{QStringLiteral("items"), warm}}).toJson(), token);
        }
        QElapsedTimer timer;
        timer.start();
        RawClient client;
        if (!client.connect(url.port(), error))
            return std::nullopt;
        for (const QByteArray &body : std::as_const(bodies)) {
            if (!client.post(url.path().toLatin1(), body, token, error))
                return std::nullopt;
        }
        figures.hubPerSecond = count / (double(timer.nsecsElapsed()) / 1e9);
        // The hub's own time per request, from its log lines ("... ms=3.1").
        double hubMs = 0;
        int lines = 0;
        for (const QByteArray &line : hub.stop().split('\n')) {
            const qsizetype at = line.indexOf("path=/v1/session-logs status=200 bytes=");
            if (at >= 0 && ++lines > 5)
                hubMs += line.mid(line.lastIndexOf('=') + 1).toDouble();
        }
        figures.hubMsPerRequest = lines > 5 ? hubMs / (lines - 5) : 0;
    }
    {
        HubTest::FreshDatabase fresh;
        HubDatabase db;
        QByteArray token;
        if (!fresh.create(dialect, error) || !prepare(db, fresh.location(), &token, error))
            return std::nullopt;
        figures.directPerSecond = directRowsPerSecond(db, logs, error);
        if (figures.directPerSecond <= 0)
            return std::nullopt;
    }
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Session logs per second through the hub's POST /v1/session-logs."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("logs"), QStringLiteral("How many session logs (default 20000)."), QStringLiteral("N"), QStringLiteral("20000")});
    parser.addOption({QStringLiteral("batch"), QStringLiteral("Logs per request (default 100)."), QStringLiteral("N"), QStringLiteral("100")});
    parser.process(app);
    const int count = parser.value(QStringLiteral("logs")).toInt();
    const int batchSize = parser.value(QStringLiteral("batch")).toInt();
    if (count <= 0 || batchSize <= 0 || batchSize > 500) {
        std::fprintf(stderr, "bench-hubingest: --logs must be positive and --batch 1 to 500\n");
        return 2;
    }
    const QStringList dialects = Bench::benchDialects();
    int code = 0;
    for (const QString &dialect : dialects) {
        QString error;
        const auto figures = run(dialect, count, batchSize, &error);
        if (!figures) {
            std::fprintf(stderr, "bench-hubingest: %s: %s\n", qPrintable(dialect), qPrintable(error));
            code = 1;
            continue;
        }
        std::printf("hubingest %s logs=%d batch=%d hub_logs_per_s=%.0f direct_rows_per_s=%.0f hub/direct=%.3f hub_ms_per_request=%.2f\n",
                    qPrintable(dialect), count, batchSize, figures->hubPerSecond, figures->directPerSecond,
                    figures->hubPerSecond / figures->directPerSecond, figures->hubMsPerRequest);
        std::fflush(stdout);
    }
    return code;
}
