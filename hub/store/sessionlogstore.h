// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "worker/sessionlog.h"

#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace Buurtplein {

class HubDatabase;

/** A log the hub already holds for a session, as a colleague's device sees it in a conflict. */
struct StoredSessionLog {
    QString uuid;
    int revision = 0;
    bool held = true;
    int attendance = 0;
    qint64 received = 0; ///< seconds since the epoch, UTC
};

/** What the hub did with one pushed session log. */
struct SessionLogOutcome {
    QString uuid;
    int revision = 0;
    bool stored = false; ///< false: the hub already had this revision or a higher one ("kept"), or a conflict
    /** Another log of the organisation holds this session: nothing was stored (docs/protocol.md). */
    std::optional<StoredSessionLog> conflict;
};

/**
 * The hub's raw session logs (table session_log), one row per client uuid at its
 * highest revision. Raw logs are personal data: they leave the hub only through the
 * admin export and the backup, and retention deletes them.
 */
class SessionLogStore
{
public:
    /** The most logs one request may push. */
    static constexpr int MaxBatch = 500;

    explicit SessionLogStore(HubDatabase &db) : m_db(db) {}

    /**
     * The organisation the hub's catalogue gives activity @p activityUid, or an empty
     * string when the catalogue does not know the activity (yet).
     */
    QString catalogueOrganisation(const QString &activityUid) const;

    /**
     * Stores @p logs for @p organisationUid in one transaction, each in one statement
     * that inserts it or raises an existing row to a higher revision, so that retries,
     * duplicates and any order give the same rows. A uuid that belongs to another
     * organisation's log is never changed and is answered as kept. The hub keeps one log
     * per session: a new log of a session the organisation logged under another uuid is
     * not stored but answered with that log as its conflict, unless it names that log in
     * its "replaces", which then gives way to it (its figures leave the rollups).
     * One outcome per log, in order; std::nullopt and @p error when nothing was stored.
     */
    std::optional<QList<SessionLogOutcome>> store(const QList<SessionLog> &logs, const QString &organisationUid, qint64 now,
                                                  QString *error);

    /**
     * The sessions @p organisationUid has a log of that started at or after @p fromUtc
     * (seconds since the epoch), by start: occurrence uids only, no counts. std::nullopt
     * and @p error on failure.
     */
    std::optional<QStringList> loggedOccurrences(const QString &organisationUid, qint64 fromUtc, QString *error) const;

    /** Every raw log, by session start then uuid: its payload with "organisation", "sessionStart" and "received". */
    QJsonArray exportAll(QString *error) const;
    /** The raw logs of organisation @p organisationUid, in exportAll()'s shape and order; on failure empty, with @p error set. */
    QJsonArray exportOrganisation(const QString &organisationUid, QString *error) const;

    /** Deletes, in one transaction, the logs of sessions that started before @p before; how many, or std::nullopt and @p error. */
    std::optional<qint64> deleteStartedBefore(qint64 before, QString *error);
    /** Deletes, in one transaction, every raw log of organisation @p organisationUid; how many, or std::nullopt and @p error. */
    std::optional<qint64> deleteOrganisation(const QString &organisationUid, QString *error);

private:
    QJsonArray exportRows(const QString &organisationUid, QString *error) const;

    HubDatabase &m_db;
};

} // namespace Buurtplein
