// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hubclient/hubclient.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

class QObject;

namespace Buurtplein {

/**
 * Where an evaluator's figures come from (docs/statistics.md, In the app): GET requests
 * to the hub's stats routes with the evaluator's key, and a small JSON file on the device
 * with the last answers that were read well, which stands in when the hub cannot be
 * reached. What the answers mean for the person (sentences, models) is the app's part.
 *
 * The file is read, written and removed on a thread of the source's own, one step after
 * the other in the order they were asked for: the caller's thread (the UI thread in the
 * app) never waits for the disk.
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

    /** @p cacheFile keeps the last answers (JSON); empty: none are kept. Starts reading it. */
    StatsSource(HubClient client, const QString &cacheFile);
    /** Waits for the file work asked for so far (a write in progress) to end. */
    ~StatsSource();
    StatsSource(const StatsSource &) = delete;
    StatsSource &operator=(const StatsSource &) = delete;

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

    /**
     * The device's copy of the answer to @p path and @p query from this hub, or std::nullopt
     * when there is none: handed to @p done on @p context's thread, once the file has been
     * read (and after every remember() and clearCache() asked for before).
     */
    void cached(const QString &path, const QUrlQuery &query, QObject *context,
                std::function<void(const std::optional<Copy> &)> done);
    /**
     * Keeps @p body as the answer to @p path and @p query, received @p received (UTC), and
     * writes the file (atomically) without waiting for it; a file that cannot be written is
     * logged and the copy lives on in memory until the app ends.
     */
    void remember(const QString &path, const QUrlQuery &query, const QByteArray &body, const QDateTime &received);
    /** Removes every kept answer and the file (on sign-out, and when the hub or key changes). */
    void clearCache();
    /** Waits until the file work asked for so far is done (tests, and the destructor). */
    void waitForFile();

private:
    struct Offline;

    QString cacheKey(const QString &path, const QUrlQuery &query) const;

    HubClient m_client;
    std::unique_ptr<Offline> m_offline;
    QUrl m_hub;
    QString m_token;
    QList<std::function<void()>> m_waiting;
};

} // namespace Buurtplein
