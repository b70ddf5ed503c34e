// SPDX-License-Identifier: GPL-3.0-or-later
// WorkerStore's catalogue writes; session logs are in workerlogs.cpp.
#include "worker/workerstore.h"
#include "worker/teamlogged.h"
#include "worker/activitycheck.h"
#include "recurrence/clock.h"
#include "worker/cataloguepayload.h"
#include "storage/database.h"
#include "worker/sessionfinder.h"
#include "storage/vocabulary.h"
#include "worker/workerlog.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcWorker, "buurtplein.worker")

namespace Buurtplein {

namespace {
// The hub's version of a record as the device last heard it (0: the hub has never had
// it), which is what an edit starts from; the record's own version counts local edits.
// @p sql is a constant of this file.
int hubVersion(const QSqlDatabase &db, const QString &sql, const QString &uid)
{
    QSqlQuery q(db);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":uid"), uid);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

const QString kActivityHubVersion = QStringLiteral("SELECT hub_version FROM activity WHERE uid = :uid");
const QString kScheduleHubVersion = QStringLiteral("SELECT hub_version FROM schedule WHERE uid = :uid");
const QString kOverrideHubVersion = QStringLiteral("SELECT hub_version FROM occurrence_override WHERE occurrence_uid = :uid");
} // namespace

WorkerStore::WorkerStore(Database &db, Clock clock)
    : WorkerStore(db.connection(), std::move(clock))
{
}

WorkerStore::WorkerStore(QSqlDatabase db, Clock clock)
    : m_db(db)
    , m_catalogue(db)
    , m_clock(Clocks::orSystem(std::move(clock)))
    , m_outbox(db, m_clock)
{
}

bool WorkerStore::fail(const QString &message)
{
    m_error = message;
    qCDebug(lcWorker) << message;
    return false;
}

bool WorkerStore::mayWrite(const QString &organisationUid)
{
    if (m_organisationUid.isEmpty() || organisationUid == m_organisationUid)
        return true;
    //: Changing an activity of an organisation this device is not enrolled for.
    return fail(QCoreApplication::translate("WorkerStore", "This activity belongs to another organisation. "
                                                           "Only its own social workers can change it."));
}

bool WorkerStore::mayWriteActivity(const QString &activityUid)
{
    const std::optional<Activity> activity = m_catalogue.activity(activityUid);
    if (!activity) {
        //: Changing something of an activity that is not in the catalogue.
        return fail(QCoreApplication::translate("WorkerStore", "This activity is not in the catalogue."));
    }
    return mayWrite(activity->organisationUid);
}

bool WorkerStore::forgetOrganisationData()
{
    Transaction tx(m_db);
    for (const char *table : {"session_log", "outbox"}) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))))
            return fail(QStringLiteral("Cannot empty %1: %2").arg(QLatin1String(table), q.lastError().text()));
    }
    return tx.commit() || fail(QStringLiteral("Cannot commit forgetting the organisation's data."));
}

bool WorkerStore::saveActivity(Activity &activity)
{
    Activity value = activity;
    if (value.uid.isEmpty() && value.organisationUid.isEmpty())
        value.organisationUid = m_organisationUid;
    if (!mayWrite(value.organisationUid))
        return false;
    if (const QList<ActivityCheck::Problem> problems = ActivityCheck::validate(value); !problems.isEmpty())
        return fail(problems.first().message);
    if (value.uid.isEmpty()) {
        if (value.organisationUid.isEmpty()) {
            //: Saving a new activity that belongs to no organisation.
            return fail(QCoreApplication::translate("WorkerStore", "A new activity needs the organisation that runs it."));
        }
        value.uid = value.organisationUid + QLatin1Char(':') + QUuid::createUuid().toString(QUuid::WithoutBraces);
        value.version = 0;
    }
    const std::optional<Activity> stored = m_catalogue.activity(value.uid);
    if (stored && !mayWrite(stored->organisationUid))
        return false;
    if (stored && stored->version != value.version) {
        //: Saving an activity that changed (e.g. by a sync) since the editor opened it.
        return fail(QCoreApplication::translate("WorkerStore", "“%1” was changed elsewhere while you edited it. "
                                                               "Open it again and redo your change.").arg(stored->title));
    }
    Transaction tx(m_db);
    if (!m_catalogue.save(value))
        return fail(m_catalogue.errorString());
    if (!m_outbox.enqueue(Outbox::ActivityKind, value.uid, value.version, CataloguePayload::build(value),
                          hubVersion(m_db, kActivityHubVersion, value.uid)))
        return fail(m_outbox.errorString());
    if (!tx.commit())
        return fail(QStringLiteral("Cannot commit activity %1.").arg(value.uid));
    activity = value;
    return true;
}

bool WorkerStore::setStatus(const QString &uid, const QString &status)
{
    std::optional<Activity> activity = m_catalogue.activity(uid);
    if (!activity) {
        //: Pausing, resuming or ending an activity that is not in the catalogue.
        return fail(QCoreApplication::translate("WorkerStore", "This activity is not in the catalogue."));
    }
    if (activity->status == status)
        return true;
    activity->status = status;
    return saveActivity(*activity);
}

bool WorkerStore::pauseActivity(const QString &uid)
{
    return setStatus(uid, QStringLiteral("paused"));
}

bool WorkerStore::resumeActivity(const QString &uid)
{
    return setStatus(uid, QStringLiteral("active"));
}

bool WorkerStore::endActivity(const QString &uid)
{
    return setStatus(uid, QStringLiteral("ended"));
}

bool WorkerStore::saveSchedule(Schedule &schedule)
{
    Schedule value = schedule;
    if (value.uid.isEmpty()) {
        value.uid = value.activityUid + QLatin1String(":schedule:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        value.version = 0;
    }
    const std::optional<Schedule> stored = m_catalogue.schedule(value.uid);
    if (stored && stored->version != value.version) {
        //: Saving a schedule that changed (e.g. by a sync) since the editor opened it.
        return fail(QCoreApplication::translate("WorkerStore", "This schedule was changed elsewhere while you edited it. "
                                                               "Open it again and redo your change."));
    }
    if (stored && stored->activityUid != value.activityUid)
        return fail(QStringLiteral("Schedule %1 belongs to activity %2.").arg(value.uid, stored->activityUid));
    if (!mayWriteActivity(value.activityUid))
        return false;
    Transaction tx(m_db);
    if (!m_catalogue.save(value))
        return fail(m_catalogue.errorString());
    if (!m_outbox.enqueue(Outbox::ScheduleKind, value.uid, value.version, CataloguePayload::build(value),
                          hubVersion(m_db, kScheduleHubVersion, value.uid)))
        return fail(m_outbox.errorString());
    if (!tx.commit())
        return fail(QStringLiteral("Cannot commit schedule %1.").arg(value.uid));
    schedule = value;
    return true;
}

std::optional<PlannedSession> WorkerStore::session(const QString &occurrenceUid)
{
    std::optional<PlannedSession> found = SessionFinder::find(m_catalogue, occurrenceUid);
    if (!found) {
        //: Acting on a session that no schedule of its activity has (any more).
        fail(QCoreApplication::translate("WorkerStore", "This session is not in the schedule of its activity."));
    }
    return found;
}

bool WorkerStore::saveOverride(OccurrenceOverride change)
{
    if (!mayWriteActivity(change.activityUid))
        return false;
    if (const auto stored = m_catalogue.occurrenceOverride(change.occurrenceUid))
        change.version = stored->version;
    Transaction tx(m_db);
    if (!m_catalogue.save(change))
        return fail(m_catalogue.errorString());
    if (!m_outbox.enqueue(Outbox::OverrideKind, change.occurrenceUid, change.version, CataloguePayload::build(change),
                          hubVersion(m_db, kOverrideHubVersion, change.occurrenceUid)))
        return fail(m_outbox.errorString());
    return tx.commit() || fail(QStringLiteral("Cannot commit session %1.").arg(change.occurrenceUid));
}

bool WorkerStore::cancelSession(const QString &occurrenceUid, const QString &reasonId)
{
    if (!Vocabulary::isCancelReason(reasonId)) {
        //: Cancelling a session without choosing one of the listed reasons.
        return fail(QCoreApplication::translate("WorkerStore", "Choose why the session is cancelled."));
    }
    const std::optional<PlannedSession> found = session(occurrenceUid);
    if (!found)
        return false;
    OccurrenceOverride change;
    change.occurrenceUid = found->occurrenceUid;
    change.activityUid = found->activityUid;
    change.originalStart = found->originalStart;
    change.status = QStringLiteral("cancelled");
    change.reason = reasonId;
    return saveOverride(change);
}

bool WorkerStore::moveSession(const QString &occurrenceUid, const QDateTime &newStartUtc, const QDateTime &newEndUtc,
                              const QString &newPlaceUid)
{
    if (!newStartUtc.isValid()) {
        //: Moving a session without giving its new start.
        return fail(QCoreApplication::translate("WorkerStore", "Choose the new date and time of the session."));
    }
    if (newEndUtc.isValid() && newEndUtc <= newStartUtc) {
        //: Moving a session to an end time at or before its start.
        return fail(QCoreApplication::translate("WorkerStore", "The session must end after it starts."));
    }
    const std::optional<PlannedSession> found = session(occurrenceUid);
    if (!found)
        return false;
    OccurrenceOverride change;
    change.occurrenceUid = found->occurrenceUid;
    change.activityUid = found->activityUid;
    change.originalStart = found->originalStart;
    change.status = QStringLiteral("moved");
    change.newStart = newStartUtc.toUTC();
    // Without a new end the index and SessionFinder keep the scheduled length.
    change.newEnd = newEndUtc.isValid() ? newEndUtc.toUTC() : QDateTime();
    change.newPlaceUid = newPlaceUid;
    return saveOverride(change);
}

bool WorkerStore::restoreSession(const QString &occurrenceUid)
{
    const std::optional<PlannedSession> found = session(occurrenceUid);
    if (!found)
        return false;
    if (found->status == QLatin1String("scheduled"))
        return true;
    // The override stays as "scheduled" rather than being deleted, so its version keeps
    // rising and the hub (and the outbox) can tell this state from the older ones.
    OccurrenceOverride change;
    change.occurrenceUid = found->occurrenceUid;
    change.activityUid = found->activityUid;
    change.originalStart = found->originalStart;
    change.status = QStringLiteral("scheduled");
    return saveOverride(change);
}

bool WorkerStore::dismissSetAside(const QString &uuid)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE uuid = :uuid AND set_aside = 1"));
    q.bindValue(QStringLiteral(":uuid"), uuid);
    if (!q.exec())
        return fail(q.lastError().text());
    if (q.numRowsAffected() != 1) {
        //: Dismissing a refused change that is no longer set aside (sent meanwhile, or gone).
        return fail(QCoreApplication::translate("WorkerStore", "This change is no longer set aside."));
    }
    return true;
}

bool WorkerStore::resendReplacing(const QString &uuid)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE outbox SET set_aside = 0, attempts = 0, next_attempt = NULL, last_error = ''"
                             " WHERE uuid = :uuid AND set_aside = 1 AND kind = :kind AND json_extract(payload, '$.replaces') IS NOT NULL"));
    q.bindValue(QStringLiteral(":uuid"), uuid);
    q.bindValue(QStringLiteral(":kind"), Outbox::SessionLogKind);
    if (!q.exec())
        return fail(q.lastError().text());
    if (q.numRowsAffected() != 1) {
        //: Keeping one's own session log over a colleague's, when that log is no longer set aside for this reason.
        return fail(QCoreApplication::translate("WorkerStore", "This log is no longer waiting for your choice."));
    }
    return true;
}

QSet<QString> WorkerStore::teamLogged() const
{
    return TeamLogged::all(m_db);
}

QList<OrganisationActivity> WorkerStore::organisationActivities(const QString &organisationUid, const QDateTime &nowUtc) const
{
    QList<OrganisationActivity> rows;
    // Only an active series meets: a paused one keeps its schedules but holds no sessions.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT a.uid, a.title, a.category, a.status, coalesce(p.name, ''), "
        "(SELECT count(*) FROM schedule s WHERE s.activity_id = a.id), "
        "(SELECT min(o.start) FROM occurrence o WHERE a.status = 'active' AND o.activity_id = a.id "
        "AND o.start >= :now AND o.status != 'cancelled') "
        "FROM activity a JOIN organisation g ON g.id = a.organisation_id LEFT JOIN place p ON p.id = a.place_id "
        "WHERE g.uid = :organisation"));
    q.bindValue(QStringLiteral(":now"), nowUtc.toSecsSinceEpoch());
    q.bindValue(QStringLiteral(":organisation"), organisationUid);
    if (!q.exec()) {
        qCWarning(lcWorker) << "cannot read the organisation's activities:" << q.lastError().text();
        return rows;
    }
    while (q.next()) {
        OrganisationActivity row;
        row.uid = q.value(0).toString();
        row.title = q.value(1).toString();
        row.category = q.value(2).toString();
        row.status = q.value(3).toString();
        row.placeName = q.value(4).toString();
        row.scheduleCount = q.value(5).toInt();
        if (!q.value(6).isNull())
            row.nextStart = QDateTime::fromSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
        rows.append(row);
    }
    return rows;
}

} // namespace Buurtplein
