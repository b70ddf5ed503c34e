// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QObject;

namespace Buurtplein {

/**
 * What came back for one request to the hub, sorted the way every caller needs it
 * (docs/sync.md, "What an answer means"): the hub answered, could not be reached, no
 * longer accepts the device's token or key, turned the request down, or failed.
 */
struct HubAnswer {
    enum Kind {
        Answered,   ///< HTTP 2xx, or 304 Not Modified
        Offline,    ///< no HTTP answer at all: no network, the hub is down, or the wait ran out
        Refused,    ///< 401: the hub does not (or no longer) accept the token or key
        Rejected,   ///< another 4xx: the hub read the request and turned it down (403 included)
        Failed,     ///< 5xx or anything else: the hub could not do it now
    };

    Kind kind = Offline;
    int status = 0;             ///< the HTTP status; 0 when none came
    QByteArray body;
    QString networkError;       ///< why no answer came, in Qt's words; empty when one did
    QByteArray retryAfter;      ///< the Retry-After header, as sent

    /** The kind of an answer with HTTP status @p status (0: none came). */
    static Kind kindOf(int status);
    /** Reads a finished @p reply. */
    static HubAnswer of(QNetworkReply *reply);

    bool answered() const { return kind == Answered; }
    /** The body as a JSON object; empty when it is none. */
    QJsonObject json() const;
    /** The hub's error id ("invalid_code") from a JSON error body; empty otherwise. */
    QString errorId() const;
    /** The hub's sentence ("message") from a JSON error body; empty otherwise. */
    QString hubMessage() const;
};

/**
 * Every conversation the app has with a hub goes through this client: it joins the
 * hub's address with the path (HubRequest::url), puts on only the header fields the
 * protocol names (HubRequest::make), carries the bearer token when there is one, gives
 * every request a deadline, and hands back a HubAnswer on the thread of @p context.
 *
 * A client is a light value over a QNetworkAccessManager it does not own: it can be
 * copied into each part that talks to the hub, and a QNetworkAccessManager* converts to
 * one so that tests hand their own manager where a client is expected.
 */
class HubClient
{
public:
    /** The wait for an answer when the caller names none: the hub answers small requests at once. */
    static constexpr int DefaultTimeoutMs = 30000;

    using Done = std::function<void(const HubAnswer &)>;

    HubClient() = default;
    HubClient(QNetworkAccessManager *network); // NOLINT(google-explicit-constructor): see the class comment

    bool isValid() const { return m_network != nullptr; }
    QNetworkAccessManager *network() const { return m_network; }

    /**
     * GET @p pathAndQuery ("/v1/feed?after=3") on @p hub with @p bearer (none when
     * empty). @p done runs once, in @p context's thread, unless @p context is gone first.
     * Returns the reply (owned by the network manager, deleted after @p done) so a caller
     * may abort it or watch it.
     */
    QNetworkReply *get(const QUrl &hub, const QString &pathAndQuery, const QByteArray &bearer, QObject *context, Done done,
                       int timeoutMs = DefaultTimeoutMs) const;
    /**
     * GET bytes @p first to @p last of the file at @p path on @p hub (Range), only if it is
     * still the version @p etag (If-Range: otherwise the hub sends it whole, 200); no token.
     * For files a device downloads in parts and resumes (the catalogue snapshot).
     */
    QNetworkReply *getRange(const QUrl &hub, const QString &path, qint64 first, qint64 last, const QByteArray &etag, QObject *context,
                            Done done, int timeoutMs = DefaultTimeoutMs) const;
    /** POST @p body as JSON to @p path on @p hub; otherwise as get(). */
    QNetworkReply *postJson(const QUrl &hub, const QString &path, const QByteArray &body, const QByteArray &bearer,
                            QObject *context, Done done, int timeoutMs = DefaultTimeoutMs) const;

private:
    QNetworkReply *watch(QNetworkReply *reply, QObject *context, Done done) const;

    QNetworkAccessManager *m_network = nullptr;
};

/**
 * A network manager of the app's own, for the composition root and tools that make one
 * per thread: it owns the QNetworkAccessManager its client() talks through. Lives on,
 * and is used on, the thread that made it.
 */
class HubNetwork
{
public:
    HubNetwork();
    ~HubNetwork();
    HubNetwork(const HubNetwork &) = delete;
    HubNetwork &operator=(const HubNetwork &) = delete;

    HubClient client() const { return HubClient(m_network.get()); }

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace Buurtplein
