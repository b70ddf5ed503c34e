// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hubclient/hubclient.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QObject;

namespace Buurtplein {

/**
 * Where an evaluator's figures come from (docs/statistics.md, In the app): GET requests
 * to the hub's stats routes with the evaluator's key, and a small JSON file on the device
 * with the last answers that were read well, which stands in when the hub cannot be
 * reached. What the answers mean for the person (sentences, models) is the app's part.
 */
class StatsSource
{
public:
    /** How long the hub may take over a table. */
    static constexpr int TimeoutMs = 20000;
    /** Answers kept for offline use: every table of a few dashboard sessions; the oldest go first. */
    static constexpr int CacheEntries = 80;

    /** A copy of an earlier answer. */
    struct Copy {
        QByteArray body;
        QDateTime received;     ///< UTC
    };

    /** @p cacheFile keeps the last answers (JSON); empty: none are kept. */
    StatsSource(HubClient client, const QString &cacheFile);

    /** The hub and evaluator key; requests made before wait for them. An empty @p hub or @p token drops the waiting ones. */
    void setCredentials(const QUrl &hub, const QString &token);
    /** True while setCredentials() has not been called with a token yet. */
    bool waitingForToken() const { return m_token.isEmpty(); }

    /**
     * GET @p path with @p query on the hub, once the key is there; @p done runs once, on
     * @p context's thread. @p started runs when the request actually leaves (for a
     * "loading" count), just before it does.
     */
    void get(const QString &path, const QUrlQuery &query, QObject *context, std::function<void(const HubAnswer &)> done,
             const std::function<void()> &started = {});

    /** The device's copy of the answer to @p path and @p query from this hub; std::nullopt when there is none. */
    std::optional<Copy> cached(const QString &path, const QUrlQuery &query);
    /** Keeps @p body as the answer to @p path and @p query, received @p received (UTC); false when the file could not be written. */
    bool remember(const QString &path, const QUrlQuery &query, const QByteArray &body, const QDateTime &received);
    /** Removes every kept answer and the file (on sign-out, and when the hub or key changes). */
    void clearCache();

private:
    QString cacheKey(const QString &path, const QUrlQuery &query) const;
    void readCache();

    HubClient m_client;
    QString m_cacheFile;
    QJsonObject m_cache;
    bool m_cacheRead = false;
    QUrl m_hub;
    QString m_token;
    QList<std::function<void()>> m_waiting;
};

} // namespace Buurtplein
