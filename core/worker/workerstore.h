// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/cataloguetypes.h"
#include "catalogue/cataloguestore.h"
#include "worker/outbox.h"
#include "worker/sessionlog.h"

#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace Buurtplein {

class Database;
struct PlannedSession;

/** A past session that was held (not cancelled) and has no log yet. Times are UTC. */
struct UnloggedSession {
    QString occurrenceUid;
    QString activityUid;
    QString title;
    QDateTime start;
    QDateTime end;
};

/** One of the organisation's activities, as the Work tab lists them. nextStart: UTC, invalid when none comes. */
struct OrganisationActivity {
    QString uid;
    QString title;
    QString category;
    QString status;
    QString placeName;
    int scheduleCount = 0;
    QDateTime nextStart;
};

/** What a held session's log counted. */
struct LoggedCounts {
    int attendance = 0;
    int volunteers = 0;
};

/**
 * What a social worker changes on their device (issue 4): activities, schedules, single
 * sessions and session logs. Each write runs in one transaction together with its
 * outbox row, so a change is never stored without being queued for the hub, nor queued
 * without being stored. Refusals come back as false with a sentence in errorString().
 */
class WorkerStore
{
public:
    using Clock = std::function<QDateTime()>;

    /** How many weeks back a session can still be logged by default. */
    static constexpr int DefaultLogWeeks = 4;

    /** @p clock gives the current UTC time; the system clock when empty. */
    explicit WorkerStore(Database &db, Clock clock = {});
    explicit WorkerStore(QSqlDatabase db, Clock clock = {});

    QString errorString() const { return m_error; }
    QDateTime now() const { return m_clock(); }
    Outbox &outbox() { return m_outbox; }
    const Outbox &outbox() const { return m_outbox; }
    const CatalogueStore &catalogue() const { return m_catalogue; }

    /**
     * The organisation the device is enrolled for. When set, every write must concern an
     * activity of this organisation and is refused with a sentence otherwise; empty (the
     * hub's tools and tests of single writes) means no such check.
     */
    QString organisationUid() const { return m_organisationUid; }
    void setOrganisationUid(const QString &uid) { m_organisationUid = uid; }

    /**
     * Forgets what the device holds for its organisation when it leaves it: every session
     * log (notes included) and every change still waiting for the hub, in one transaction.
     * Catalogue edits already applied stay: the catalogue is public and the next sync
     * brings the hub's version.
     */
    bool forgetOrganisationData();

    int logWindowWeeks() const { return m_logWeeks; }
    void setLogWindowWeeks(int weeks) { m_logWeeks = weeks; }

    /** Creates (uid "<organisationUid>:<uuid>" when empty) or edits @p activity; an edit must carry the version it was read at. */
    bool saveActivity(Activity &activity);
    bool pauseActivity(const QString &uid);
    bool resumeActivity(const QString &uid);
    /** Ends the series: its future sessions leave the search window. */
    bool endActivity(const QString &uid);
    /** Creates or edits @p schedule; an edit must carry the version it was read at. */
    bool saveSchedule(Schedule &schedule);

    /** Cancels one session for @p reasonId, an id of Vocabulary::cancelReasons(). */
    bool cancelSession(const QString &occurrenceUid, const QString &reasonId);
    /** Moves one session; an invalid @p newEndUtc keeps its duration, an empty @p newPlaceUid its place. */
    bool moveSession(const QString &occurrenceUid, const QDateTime &newStartUtc, const QDateTime &newEndUtc,
                     const QString &newPlaceUid = {});
    /** Undoes a cancel or move: the session is as its schedule says again. */
    bool restoreSession(const QString &occurrenceUid);

    /**
     * Stores @p log for a session that has started and is at most logWindowWeeks() old:
     * the first time with a new uuid and revision 1, each edit with the next revision.
     * On success @p log holds what was stored.
     */
    bool logSession(SessionLog &log);
    std::optional<SessionLog> sessionLog(const QString &occurrenceUid) const;
    /** Sessions of @p organisationUid's active activities that ended in the last @p weeksBack weeks before @p nowUtc, not cancelled, not logged; newest first. */
    QList<UnloggedSession> unloggedSessions(const QString &organisationUid, const QDateTime &nowUtc,
                                            int weeksBack = DefaultLogWeeks) const;

    /** Every activity of @p organisationUid with its next session after @p nowUtc (only an active series meets); unordered. */
    QList<OrganisationActivity> organisationActivities(const QString &organisationUid, const QDateTime &nowUtc) const;
    /**
     * What the log of activity @p activityUid's latest held session before @p before
     * counted, not counting the session @p occurrenceUid itself; std::nullopt when there is none.
     */
    std::optional<LoggedCounts> lastHeldCounts(const QString &activityUid, const QString &occurrenceUid,
                                               const QDateTime &before) const;

    /**
     * Forgets the set-aside outbox row @p uuid once the social worker has read the hub's
     * sentence (docs/sync.md, In the app). Only a row the hub refused can go this way; a
     * row still waiting to be sent is refused, so no change is lost unseen. The record's
     * state on the device stays as it is (for a conflict: the hub's version).
     */
    bool dismissSetAside(const QString &uuid);
    /**
     * The social worker keeps their own counts for a session a colleague logged too: the
     * set-aside log @p uuid goes to the hub again, naming the colleague's log it replaces
     * (the hub then keeps this one; docs/sync.md, A team logs together). Only a log set
     * aside for that reason can go this way.
     */
    bool resendReplacing(const QString &uuid);
    /** The sessions a colleague's device logged, as the hub last listed them (worker/teamlogged.h). */
    QSet<QString> teamLogged() const;

private:
    bool fail(const QString &message);
    bool setStatus(const QString &uid, const QString &status);
    /** True when @p organisationUid may be written under organisationUid(); else fails with a sentence. */
    bool mayWrite(const QString &organisationUid);
    /** mayWrite() for the organisation of activity @p activityUid. */
    bool mayWriteActivity(const QString &activityUid);
    std::optional<PlannedSession> session(const QString &occurrenceUid);
    bool saveOverride(OccurrenceOverride change);
    bool writeLog(const SessionLog &log, bool exists);

    QSqlDatabase m_db;
    CatalogueStore m_catalogue;
    Clock m_clock;
    Outbox m_outbox;
    QString m_organisationUid;
    int m_logWeeks = DefaultLogWeeks;
    QString m_error;
};

} // namespace Buurtplein
