// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Buurtplein {

class HubDatabase;

/**
 * One resident's join of one session, or its withdrawal, as the app reports it: the
 * occurrence and the join's key for that occurrence. The app derives the key from the
 * join's own random token and the occurrence (docs/protocol.md), so the keys of two
 * sessions, of two joins or of two devices look unrelated.
 */
struct JoinMark {
    QString occurrenceUid;
    QString key;            ///< 32 bytes in base64url without padding (43 characters)
    bool joined = true;     ///< false: the resident left before the session
};

/**
 * Residents' anonymous joins (table join_key): per occurrence, the SHA-256 of each join
 * key and nothing else. No device key, no time, no address: two rows cannot be tied to
 * one phone. An occurrence's count is its number of rows.
 */
class JoinCountStore
{
public:
    /** An occurrence counts at most this many joins; more are accepted and not stored. */
    static constexpr int MaxPerOccurrence = 500;
    /** The most marks one request may carry. */
    static constexpr int MaxItems = 200;

    explicit JoinCountStore(HubDatabase &db) : m_db(db) {}

    /** Whether @p key is 32 bytes in base64url without padding (43 characters), as the app makes it. */
    static bool isJoinKey(const QString &key);

    /**
     * Applies @p marks in one transaction: a join adds its key to its occurrence (once, and
     * not past MaxPerOccurrence), a withdrawal removes it. How many marks changed a count,
     * or std::nullopt and @p error when nothing was stored.
     */
    std::optional<int> store(const QList<JoinMark> &marks, QString *error);

    /** The number of joins of @p occurrenceUid. */
    qint64 total(const QString &occurrenceUid) const;
    /** total() of each of @p occurrenceUids that has joins, in a few statements; std::nullopt when the database fails. */
    std::optional<QHash<QString, qint64>> totals(const QStringList &occurrenceUids) const;

private:
    HubDatabase &m_db;
};

/**
 * A budget of join marks per network address in a sliding window (300 an hour by
 * default), against floods of fresh keys. It lives in memory only, in each hub process,
 * and holds the addresses as keyed hashes with a secret drawn at start: nothing of it is
 * ever written down (SPEC privacy 4), and a restart forgets.
 */
class JoinBudget
{
public:
    explicit JoinBudget(int perWindow = 300, qint64 windowSeconds = 3600);

    /** Spends @p marks of @p address's budget at @p now: 0 when allowed, else the seconds until that many will be. */
    qint64 spend(const QByteArray &address, int marks, qint64 now);

private:
    void forgetBefore(qint64 start);

    int m_perWindow;
    qint64 m_window;
    QByteArray m_secret;
    QHash<QByteArray, QList<std::pair<qint64, int>>> m_spent; ///< per keyed hash, (time, marks), oldest first
    qint64 m_lastSweep = 0;
};

} // namespace Buurtplein
