// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/syncengine.h"
#include "worker/teamlogged.h"
#include "recurrence/clock.h"
#include "hubclient/hubclient.h"
#include "sync/backoff.h"
#include "sync/synclog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace Buurtplein {


namespace {
// The hub answers small requests at once; a minute covers a big feed page on a slow line.
constexpr int TransferTimeoutMs = 60000;
} // namespace

SyncEngine::SyncEngine(QSqlDatabase db, HubClient client, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_client(client)
    , m_outbox(db)
    , m_clock(Clocks::system)
{
    Q_ASSERT(m_client.isValid());
}

SyncEngine::~SyncEngine()
{
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_replies)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
        }
    }
}

void SyncEngine::setClock(Clock clock)
{
    m_clock = Clocks::orSystem(std::move(clock));
    m_outbox = Outbox(m_db, m_clock);
}

void SyncEngine::setBatchSize(int size)
{
    m_batchSize = std::clamp(size, 1, 500);
}

int SyncEngine::waitingCount() const
{
    return m_outbox.pendingCount();
}

int SyncEngine::setAsideCount() const
{
    return int(m_outbox.setAsideItems().size());
}

void SyncEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged();
}

void SyncEngine::syncOnce()
{
    if (isRunning())
        return;
    m_lastAnswer = HubAnswer::Answered;
    if (!m_hub.isValid() || m_hub.scheme().isEmpty()) {
        //: Sync cannot start because the device has no usable hub address.
        end(false, tr("This device has no hub address to sync with."));
        return;
    }
    m_handled.clear();
    m_limit = m_batchSize;
    m_snapshotInstalled = false;
    setState(Pushing);
    pushNext();
}

void SyncEngine::post(const QString &path, const QJsonObject &body, std::function<void(const Answer &)> done)
{
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    send(true, std::move(done), [&](HubClient::Done handler) {
        return m_client.postJson(m_hub, path, json, m_token, this, std::move(handler), TransferTimeoutMs);
    });
}

void SyncEngine::get(const QString &pathAndQuery, std::function<void(const Answer &)> done, bool withToken)
{
    // The catalogue feed is public: the token travels only where the hub asks for it.
    send(false, std::move(done), [&](HubClient::Done handler) {
        return m_client.get(m_hub, pathAndQuery, withToken ? m_token : QByteArray(), this, std::move(handler), TransferTimeoutMs);
    });
}

void SyncEngine::send(bool push, std::function<void(const Answer &)> done,
                      const std::function<QNetworkReply *(HubClient::Done)> &request)
{
    auto sent = std::make_shared<QPointer<QNetworkReply>>();
    QNetworkReply *reply = request([this, sent, push, done = std::move(done)](const HubAnswer &hub) {
        m_replies.removeAll(*sent);
        m_lastAnswer = hub.kind;
        Answer answer;
        answer.status = hub.status;
        answer.networkError = hub.networkError;
        answer.json = hub.json();
        if (Backoff::honoursRetryAfter(answer.status))
            answer.retryAfterMs = Backoff::parseRetryAfter(hub.retryAfter, m_clock());
        qCDebug(lcSync) << (push ? "push" : "pull") << "answered" << answer.status;
        if (push)
            emit reached(Point::AfterAnswer);
        done(answer);
    });
    *sent = reply;
    m_replies.append(reply);
    if (push)
        connect(reply, &QNetworkReply::requestSent, this, [this] { emit reached(Point::AfterSend); });
}

void SyncEngine::pullNext()
{
    setState(Pulling);
    FeedApplier applier(m_db, m_clock);
    // A device that never synced builds its catalogue from the whole feed in one
    // transaction, as a resync does: a record may come before one it names.
    if (!applier.hasCursor()) {
        if (m_snapshotFolder.isEmpty())
            resync();
        else
            fetchSnapshot();
        return;
    }
    const qint64 after = applier.cursor();
    get(QStringLiteral("/v1/feed?after=%1&limit=%2").arg(after).arg(m_pageSize), [this, after](const Answer &answer) {
        if (answer.status == 410 && answer.error() == QLatin1String("resync")) {
            qCInfo(lcSync) << "the hub asks for a resync from cursor" << after;
            resync();
            return;
        }
        if (answer.status != 200) {
            //: The catalogue could not be fetched from the hub; %1 is the reason.
            end(false, tr("The catalogue could not be fetched from the hub: %1").arg(answer.message()));
            return;
        }
        QString error;
        const auto items = FeedApplier::readItems(answer.json.value(QStringLiteral("items")).toArray(), &error);
        if (!items || !answer.json.value(QStringLiteral("items")).isArray()) {
            //: The hub sent catalogue data the app cannot read; %1 says what.
            end(false, tr("The hub sent catalogue changes this device cannot read: %1").arg(error));
            return;
        }
        if (items->isEmpty()) {
            pullTeamLogged();
            return;
        }
        FeedApplier applier(m_db, m_clock);
        if (!applier.applyPage(*items)) {
            // A record may name one that changed again later and so sits on a later
            // page; the rest of the feed, applied together with this page, has it.
            qint64 next = after;
            for (const FeedItem &item : *items)
                next = std::max(next, item.modified);
            qCInfo(lcSync) << "a feed page could not be applied alone; applying it with the rest of the feed";
            fetchAll(next, *items, false);
            return;
        }
        if (applier.cursor() <= after) {
            end(false, tr("The hub's catalogue feed does not move on; try again later."));
            return;
        }
        pullNext();
    });
}

void SyncEngine::resync()
{
    setState(Resyncing);
    fetchAll(0, {}, true);
}

void SyncEngine::fetchAll(qint64 after, QList<FeedItem> collected, bool replace)
{
    get(QStringLiteral("/v1/feed?after=%1&limit=%2").arg(after).arg(m_pageSize),
        [this, after, replace, collected = std::move(collected)](const Answer &answer) mutable {
            if (answer.status != 200) {
                end(false, tr("The catalogue could not be fetched from the hub: %1").arg(answer.message()));
                return;
            }
            QString error;
            const auto items = FeedApplier::readItems(answer.json.value(QStringLiteral("items")).toArray(), &error);
            if (!items) {
                end(false, tr("The hub sent catalogue changes this device cannot read: %1").arg(error));
                return;
            }
            qint64 next = after;
            for (const FeedItem &item : *items)
                next = std::max(next, item.modified);
            if (items->isEmpty()) {
                FeedApplier applier(m_db, m_clock);
                if (!(replace ? applier.replaceAll(collected, after) : applier.applyPage(collected))) {
                    //: Catalogue changes from the hub could not be stored; %1 says why.
                    end(false, tr("Catalogue changes from the hub could not be stored: %1").arg(applier.errorString()));
                    return;
                }
                pullTeamLogged();
                return;
            }
            if (next <= after) {
                end(false, tr("The hub's catalogue feed does not move on; try again later."));
                return;
            }
            collected.append(*items);
            fetchAll(next, std::move(collected), replace);
        });
}

void SyncEngine::pullTeamLogged()
{
    if (m_token.isEmpty()) {
        end(true);
        return;
    }
    get(QStringLiteral("/v1/session-logs/logged"), [this](const Answer &answer) {
        // The list only saves a colleague a second log; the hub refuses a second log of a
        // session anyway, so a hub that cannot answer it does not fail the sync.
        const QJsonValue occurrences = answer.json.value(QStringLiteral("occurrences"));
        if (answer.status == 401) {
            // The only request of a cycle with nothing to send that carries the key: the
            // device learns here, not at its next change, that its access was withdrawn.
            end(false, tr("The hub did not accept this device's access: %1").arg(answer.message()));
            return;
        }
        if (answer.status != 200 || !occurrences.isArray()) {
            qCInfo(lcSync) << "the hub did not list the team's logged sessions:" << answer.status << answer.message();
            end(true);
            return;
        }
        QStringList list;
        for (const QJsonValue &value : occurrences.toArray()) {
            if (value.isString())
                list.append(value.toString());
        }
        QString error;
        if (!TeamLogged::replace(m_db, list, &error))
            qCWarning(lcSync) << error;
        end(true);
    }, true);
}

void SyncEngine::end(bool synced, const QString &problem)
{
    setState(Idle);
    m_outcome = synced ? Synced
        : m_lastAnswer == HubAnswer::Offline ? Offline
        : m_lastAnswer == HubAnswer::Refused ? Refused
                                             : Failed;
    if (synced) {
        m_lastSynced = m_clock();
        emit lastSyncedChanged();
        qCInfo(lcSync) << "synced;" << waitingCount() << "waiting," << setAsideCount() << "set aside";
    } else {
        qCWarning(lcSync) << "sync stopped:" << problem;
    }
    // A cycle that reached the hub but had rows set aside still synced; their sentences
    // are on the rows. Only a cycle that stopped says why here.
    if (m_problem != problem) {
        m_problem = problem;
        emit lastProblemChanged();
    }
    emit countsChanged();
    emit finished(synced);
}

} // namespace Buurtplein
