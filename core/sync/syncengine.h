// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/feedapplier.h"
#include "hubclient/hubclient.h"
#include "worker/outbox.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSqlDatabase>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkReply;
class QRandomGenerator;

namespace Buurtplein {

namespace CatalogueSnapshot {
struct Info;
}

/**
 * One device's sync with the hub (SPEC: Sync protocol; docs/sync.md). A cycle,
 * syncOnce(), first drains the outbox (session logs in batches to POST /v1/session-logs,
 * catalogue edits to POST /v1/changes) and then pulls the catalogue feed until an empty
 * page. An outbox row is removed only once the hub's answer for it is committed locally.
 * Network errors, 5xx and 429 keep the rows for a later try (Backoff); other 4xx set a
 * row aside with the hub's sentence. Lives in, and does its work on, the thread it
 * belongs to; no UI.
 */
class SyncEngine : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QDateTime lastSynced READ lastSynced NOTIFY lastSyncedChanged)
    Q_PROPERTY(int waitingCount READ waitingCount NOTIFY countsChanged)
    Q_PROPERTY(int setAsideCount READ setAsideCount NOTIFY countsChanged)
    Q_PROPERTY(QString lastProblem READ lastProblem NOTIFY lastProblemChanged)

public:
    enum State { Idle, Pushing, Pulling, Resyncing, FetchingSnapshot };
    Q_ENUM(State)

    /** Test hooks: the points of a cycle a failpoint may stop the process at (docs/sync.md). */
    enum class Point { AfterSend, AfterAnswer };
    Q_ENUM(Point)

    using Clock = std::function<QDateTime()>;

    /** How the last cycle ended, for the person: from the answer that stopped it. */
    enum Outcome {
        Synced,     ///< the hub answered everything (set-aside rows included)
        Offline,    ///< no answer from the hub at all: no network, or the hub is down
        Refused,    ///< 401: the hub no longer accepts the device's token
        Failed,     ///< the hub answered with an error, or the device could not store the answer
    };
    Q_ENUM(Outcome)

    /** Syncs the device database @p db through @p client. */
    SyncEngine(QSqlDatabase db, HubClient client, QObject *parent = nullptr);
    ~SyncEngine() override;

    /** The hub, e.g. "https://hub.example.nl"; paths /v1/... are added to it. */
    void setHubUrl(const QUrl &url) { m_hub = url; }
    /** The worker's bearer token (the app keeps it in SecureTokenStore); empty: pull only. */
    void setToken(const QByteArray &token) { m_token = token; }
    /** The current UTC time, for backoff and the search window; the system clock when empty. */
    void setClock(Clock clock);
    /** Where backoff draws its jitter; QRandomGenerator::global() when not set. */
    void setRandom(QRandomGenerator *random) { m_random = random; }
    /**
     * When false, a cycle also sends rows whose backoff has not run out: for a person who
     * asks to sync now (the CLI). True by default.
     */
    void setRespectBackoff(bool respect) { m_respectBackoff = respect; }
    /** Session logs per push request (1 to 500); 100 by default. */
    void setBatchSize(int size);
    /** Feed items per page asked for; 500 by default. */
    void setPageSize(int size) { m_pageSize = size; }
    /**
     * Where a device that never synced may download the hub's catalogue snapshot (docs/sync.md,
     * "Snapshot") and keep a broken download for the next cycle; empty (the default): it
     * reads the whole feed instead.
     */
    void setSnapshotFolder(const QString &folder) { m_snapshotFolder = folder; }
    /**
     * True when the last sync installed the hub's snapshot: its search window is then
     * CatalogueSnapshot::FirstWindowWeeks long, and the caller widens it (WindowKeeper).
     */
    bool snapshotInstalled() const { return m_snapshotInstalled; }
    /** Bytes per snapshot request (at least 64 KiB); 4 MiB by default. */
    void setSnapshotChunk(qint64 bytes) { m_snapshotChunk = std::max<qint64>(bytes, 64 * 1024); }

    State state() const { return m_state; }
    bool isRunning() const { return m_state != Idle; }
    /** When the last cycle ended with everything sent that could be and the feed pulled; invalid before. */
    QDateTime lastSynced() const { return m_lastSynced; }
    /** Outbox rows waiting for the hub (set-aside ones not counted). */
    int waitingCount() const;
    /** Outbox rows the hub refused, for the person to look at. */
    int setAsideCount() const;
    /** A sentence about what went wrong last; empty after a clean cycle. */
    QString lastProblem() const { return m_problem; }
    /** How the last cycle ended; Synced before the first. */
    Outcome lastOutcome() const { return m_outcome; }

public Q_SLOTS:
    /** Runs one cycle; finished() tells how it ended. Does nothing while a cycle runs. */
    void syncOnce();

Q_SIGNALS:
    void stateChanged();
    void lastSyncedChanged();
    void countsChanged();
    void lastProblemChanged();
    /** A cycle ended: @p synced when the hub answered everything (set-aside rows included). */
    void finished(bool synced);
    /** A snapshot download went on: @p received of @p total bytes; then indexing (@p received == @p total). */
    void snapshotProgress(qint64 received, qint64 total);
    /** Test hook, emitted synchronously: a request was written (AfterSend) or its answer read but not yet committed (AfterAnswer). */
    void reached(Buurtplein::SyncEngine::Point point);

private:
    /** What came back for one request. */
    struct Answer {
        int status = 0;             ///< HTTP status; 0 when no HTTP answer came (network error)
        QString networkError;
        QJsonObject json;
        std::optional<qint64> retryAfterMs;

        /** The hub's sentence, or what went wrong on the way. */
        QString message() const
        {
            const QString sentence = json.value(QStringLiteral("message")).toString();
            if (!sentence.isEmpty())
                return sentence;
            if (status == 0)
                return networkError;
            return QStringLiteral("HTTP %1 %2").arg(status).arg(json.value(QStringLiteral("error")).toString()).trimmed();
        }
        QString error() const { return json.value(QStringLiteral("error")).toString(); }
        /** Worth trying again later: no answer, a server error, too many requests, a timeout. */
        bool transient() const { return status == 0 || status >= 500 || status == 429 || status == 408 || status < 400; }
    };
    void setState(State state);
    void post(const QString &path, const QJsonObject &body, std::function<void(const Answer &)> done);
    void get(const QString &pathAndQuery, std::function<void(const Answer &)> done, bool withToken = false);
    /** Sends what @p request makes, with a handler that reads its answer into @p done; tracks the reply. */
    void send(bool push, std::function<void(const Answer &)> done,
              const std::function<QNetworkReply *(HubClient::Done)> &request);

    // syncpush.cpp: the outbox.
    void pushNext();
    void pushLogs(const QList<OutboxItem> &rows);
    void pushChanges(const QList<OutboxItem> &rows);
    void handleLogsAnswer(const QList<OutboxItem> &rows, const Answer &answer);
    void handleChangesAnswer(const QList<OutboxItem> &rows, const Answer &answer);
    /** Handles an answer that is not a 200 for @p rows; false when the cycle must stop. */
    bool handleRefusal(const QList<OutboxItem> &rows, const Answer &answer);
    void retryAll(const QList<OutboxItem> &rows, const Answer &answer);

    // syncengine.cpp: the feed.
    void pullNext();
    void resync();
    // syncsnapshot.cpp: a first sync from the hub's snapshot.
    /** Asks for the snapshot's description; @p attempt counts starts over (a new snapshot mid-download). */
    void fetchSnapshot(int attempt = 0);
    void fetchSnapshotPart(const CatalogueSnapshot::Info &info, int attempt);
    void installSnapshot(const CatalogueSnapshot::Info &info);
    /** The snapshot cannot be used: @p why is logged and the whole feed read instead. */
    void snapshotUnusable(const QString &why);
    /** Reads the feed from @p after to its end, then applies it with @p collected in one transaction: replacing the catalogue (@p replace) or as one page. */
    void fetchAll(qint64 after, QList<FeedItem> collected, bool replace);
    /** After the catalogue: which sessions the organisation logged on any device (worker/teamlogged.h), then end(true). */
    void pullTeamLogged();
    void setAsideSecondLog(const OutboxItem &row, const QJsonObject &current);
    void end(bool synced, const QString &problem = {});

    QSqlDatabase m_db;
    HubClient m_client;
    Outbox m_outbox;
    QUrl m_hub;
    QByteArray m_token;
    Clock m_clock;
    QRandomGenerator *m_random = nullptr;
    bool m_respectBackoff = true;
    int m_batchSize = 100;
    int m_pageSize = 500;
    QString m_snapshotFolder;
    bool m_snapshotInstalled = false;
    qint64 m_snapshotChunk = 4 * 1024 * 1024;
    int m_limit = 100;              ///< rows per push in this cycle; 1 after a batch was refused
    QSet<QString> m_handled;        ///< outbox uuids answered or tried in this cycle
    State m_state = Idle;
    QDateTime m_lastSynced;
    QString m_problem;
    Outcome m_outcome = Synced;
    HubAnswer::Kind m_lastAnswer = HubAnswer::Answered; ///< of the last answer in this cycle
    QList<QPointer<QNetworkReply>> m_replies;
};

} // namespace Buurtplein
