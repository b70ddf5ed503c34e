// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Buurtplein {

class HubDatabase;

/** One device's absolute count of joins for one occurrence. */
struct JoinCount {
    QString occurrenceUid;
    int count = 0;
};

/**
 * Residents' anonymous join counts (table join_count): per occurrence and per device
 * key an absolute count, of which the hub keeps only the key's SHA-256. The key is a
 * random value the app made; nothing ties it to a person.
 */
class JoinCountStore
{
public:
    /** The most one device may count for one occurrence; more is stored as this. */
    static constexpr int MaxPerClient = 20;
    /** The most occurrences one request may carry. */
    static constexpr int MaxItems = 200;

    explicit JoinCountStore(HubDatabase &db) : m_db(db) {}

    /** Whether @p clientKey is 32 bytes in base64url without padding (43 characters), as the app makes it. */
    static bool isClientKey(const QString &clientKey);

    /** Stores @p counts (already capped) for the key hashed as @p clientKeyHash in one transaction; false and @p error when nothing was stored. */
    bool store(const QString &clientKeyHash, const QList<JoinCount> &counts, qint64 now, QString *error);

    /** The sum of every device's count for @p occurrenceUid. */
    qint64 total(const QString &occurrenceUid) const;
    /** total() of each of @p occurrenceUids that has counts, in a few statements; std::nullopt when the database fails. */
    std::optional<QHash<QString, qint64>> totals(const QStringList &occurrenceUids) const;

private:
    HubDatabase &m_db;
};

/**
 * At most a number of join-count requests per device key in a sliding window (30 an
 * hour by default). Kept in memory in each hub process: several processes behind one
 * proxy each allow that many, and a restart forgets.
 */
class JoinRateLimit
{
public:
    explicit JoinRateLimit(int perWindow = 30, qint64 windowSeconds = 3600)
        : m_perWindow(perWindow), m_window(windowSeconds) {}

    /** Counts a request of @p keyHash at @p now: 0 when allowed, else the seconds until one will be. */
    qint64 admit(const QString &keyHash, qint64 now);

private:
    void forgetBefore(qint64 start);

    int m_perWindow;
    qint64 m_window;
    QHash<QString, QList<qint64>> m_seen; ///< per key hash, the times of its requests in the window, oldest first
    qint64 m_lastSweep = 0;
};

} // namespace Buurtplein
