// SPDX-License-Identifier: GPL-3.0-or-later
// WorkerStore's session logs: logging, reading, and the sessions still to log.
#include "storage/database.h"
#include "worker/sessionfinder.h"
#include "worker/sessionlogcheck.h"
#include "worker/sessionlogpayload.h"
#include "worker/workerlog.h"
#include "worker/workerstore.h"
#include "worker/teamlogged.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace Buurtplein {

namespace {

const QString kLogColumns = QStringLiteral(
    "uuid, occurrence_uid, activity_uid, held, not_held_reason, attendance, first_timers, volunteers, host_present, "
    "age_bands, new_to_neighbourhood, note, revision, logged_at, updated_at");

QString stamp(const QDateTime &value)
{
    return value.toUTC().toString(Qt::ISODate);
}

// Qt binds a null QString as NULL; the text columns are NOT NULL with '' for "none".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString bandsText(const QList<int> &bands)
{
    QStringList parts;
    for (int count : bands)
        parts.append(QString::number(count));
    return text(parts.join(QLatin1Char(',')));
}

QList<int> bandsFrom(const QString &text)
{
    QList<int> bands;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        bands.append(part.toInt());
    return bands;
}

SessionLog readLog(const QSqlQuery &q)
{
    SessionLog log;
    log.uuid = q.value(0).toString();
    log.occurrenceUid = q.value(1).toString();
    log.activityUid = q.value(2).toString();
    log.held = q.value(3).toBool();
    log.notHeldReason = q.value(4).toString();
    log.attendance = q.value(5).toInt();
    log.firstTimers = q.value(6).toInt();
    log.volunteers = q.value(7).toInt();
    log.hostPresent = q.value(8).toBool();
    log.ageBands = bandsFrom(q.value(9).toString());
    log.newToNeighbourhood = q.value(10).toInt();
    log.note = q.value(11).toString();
    log.revision = q.value(12).toInt();
    log.loggedAt = QDateTime::fromString(q.value(13).toString(), Qt::ISODate).toUTC();
    log.updatedAt = QDateTime::fromString(q.value(14).toString(), Qt::ISODate).toUTC();
    return log;
}

} // namespace

std::optional<SessionLog> WorkerStore::sessionLog(const QString &occurrenceUid) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kLogColumns + QStringLiteral(" FROM session_log WHERE occurrence_uid = :uid"));
    q.bindValue(QStringLiteral(":uid"), occurrenceUid);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readLog(q);
}

bool WorkerStore::writeLog(const SessionLog &log, bool exists)
{
    QSqlQuery q(m_db);
    q.prepare(exists ? QStringLiteral("UPDATE session_log SET held = :held, not_held_reason = :reason, attendance = :attendance, "
                                      "first_timers = :first, volunteers = :volunteers, host_present = :host, age_bands = :bands, "
                                      "new_to_neighbourhood = :newcomers, note = :note, revision = :revision, "
                                      "updated_at = :updated WHERE uuid = :uuid")
                     : QStringLiteral("INSERT INTO session_log (uuid, occurrence_uid, activity_uid, held, not_held_reason, "
                                      "attendance, first_timers, volunteers, host_present, age_bands, new_to_neighbourhood, "
                                      "note, revision, logged_at, updated_at) VALUES (:uuid, :occurrence, :activity, :held, "
                                      ":reason, :attendance, :first, :volunteers, :host, :bands, :newcomers, :note, "
                                      ":revision, :logged, :updated)"));
    q.bindValue(QStringLiteral(":uuid"), log.uuid);
    if (!exists) {
        q.bindValue(QStringLiteral(":occurrence"), log.occurrenceUid);
        q.bindValue(QStringLiteral(":activity"), log.activityUid);
        q.bindValue(QStringLiteral(":logged"), stamp(log.loggedAt));
    }
    q.bindValue(QStringLiteral(":held"), log.held ? 1 : 0);
    q.bindValue(QStringLiteral(":reason"), text(log.held ? QString() : log.notHeldReason));
    q.bindValue(QStringLiteral(":attendance"), log.attendance);
    q.bindValue(QStringLiteral(":first"), log.firstTimers);
    q.bindValue(QStringLiteral(":volunteers"), log.volunteers);
    q.bindValue(QStringLiteral(":host"), log.hostPresent ? 1 : 0);
    q.bindValue(QStringLiteral(":bands"), bandsText(log.ageBands));
    q.bindValue(QStringLiteral(":newcomers"), log.newToNeighbourhood);
    q.bindValue(QStringLiteral(":note"), text(log.note));
    q.bindValue(QStringLiteral(":revision"), log.revision);
    q.bindValue(QStringLiteral(":updated"), stamp(log.updatedAt));
    if (!q.exec())
        return fail(QStringLiteral("Cannot store the log of %1: %2").arg(log.occurrenceUid, q.lastError().text()));
    return true;
}

bool WorkerStore::logSession(SessionLog &log)
{
    const QList<SessionLogCheck::Problem> problems = SessionLogCheck::validate(log);
    if (!problems.isEmpty())
        return fail(problems.first().message);
    const std::optional<PlannedSession> found = session(log.occurrenceUid);
    if (!found)
        return false;
    if (!log.activityUid.isEmpty() && log.activityUid != found->activityUid)
        return fail(QStringLiteral("Session %1 is not a session of activity %2.").arg(log.occurrenceUid, log.activityUid));
    if (!mayWriteActivity(found->activityUid))
        return false;
    const QDateTime now = m_clock().toUTC();
    const QList<SessionLogCheck::Problem> timing = SessionLogCheck::timing(
        found->start, found->status == QLatin1String("cancelled"), log.held, now, m_logWeeks);
    if (!timing.isEmpty())
        return fail(timing.first().message);
    const std::optional<SessionLog> previous = sessionLog(found->occurrenceUid);
    SessionLog value = log;
    value.occurrenceUid = found->occurrenceUid;
    value.activityUid = found->activityUid;
    value.uuid = previous ? previous->uuid : QUuid::createUuid().toString(QUuid::WithoutBraces);
    value.revision = previous ? previous->revision + 1 : 1;
    value.loggedAt = previous ? previous->loggedAt : now;
    value.updatedAt = now;
    if (value.held)
        value.notHeldReason.clear();
    Transaction tx(m_db);
    if (!writeLog(value, previous.has_value()))
        return false;
    if (!m_outbox.enqueue(Outbox::SessionLogKind, value.uuid, value.revision, SessionLogPayload::build(value)))
        return fail(m_outbox.errorString());
    if (!tx.commit())
        return fail(QStringLiteral("Cannot commit the log of %1.").arg(value.occurrenceUid));
    log = value;
    return true;
}

QList<UnloggedSession> WorkerStore::unloggedSessions(const QString &organisationUid, const QDateTime &nowUtc,
                                                     int weeksBack) const
{
    QList<UnloggedSession> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT a.uid FROM activity a JOIN organisation o ON o.id = a.organisation_id "
                             "WHERE o.uid = :org AND a.status = 'active'"));
    q.bindValue(QStringLiteral(":org"), organisationUid);
    if (!q.exec())
        return out;
    QStringList activities;
    while (q.next())
        activities.append(q.value(0).toString());
    QSet<QString> logged;
    q.prepare(QStringLiteral("SELECT s.occurrence_uid FROM session_log s JOIN activity a ON a.uid = s.activity_uid "
                             "JOIN organisation o ON o.id = a.organisation_id WHERE o.uid = :org"));
    q.bindValue(QStringLiteral(":org"), organisationUid);
    if (q.exec()) {
        while (q.next())
            logged.insert(q.value(0).toString());
    }
    // A colleague's device logged these: the hub keeps one log per session.
    logged.unite(TeamLogged::all(m_db));
    const qint64 to = nowUtc.toSecsSinceEpoch();
    const qint64 from = to - qint64(weeksBack) * 7 * 86400;
    for (const QString &uid : std::as_const(activities)) {
        const std::optional<Activity> activity = m_catalogue.activity(uid);
        if (!activity)
            continue;
        for (const PlannedSession &s : SessionFinder::between(m_catalogue, *activity, from, to)) {
            if (s.status != QLatin1String("cancelled") && s.end <= nowUtc && !logged.contains(s.occurrenceUid))
                out.append({s.occurrenceUid, s.activityUid, s.title, s.start, s.end});
        }
    }
    std::sort(out.begin(), out.end(), [](const UnloggedSession &a, const UnloggedSession &b) {
        return a.start != b.start ? a.start > b.start : a.occurrenceUid < b.occurrenceUid;
    });
    return out;
}

std::optional<LoggedCounts> WorkerStore::lastHeldCounts(const QString &activityUid, const QString &occurrenceUid,
                                                       const QDateTime &before) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT occurrence_uid, attendance, volunteers FROM session_log "
                             "WHERE activity_uid = :activity AND held = 1 AND occurrence_uid <> :occurrence"));
    q.bindValue(QStringLiteral(":activity"), activityUid);
    q.bindValue(QStringLiteral(":occurrence"), occurrenceUid);
    if (!q.exec())
        return std::nullopt;
    const qint64 limit = before.toSecsSinceEpoch();
    qint64 best = 0;
    std::optional<LoggedCounts> out;
    // The session's start is in its uid: the latest one before the limit wins.
    while (q.next()) {
        QString activity;
        qint64 start = 0;
        if (!SessionFinder::parse(q.value(0).toString(), &activity, &start) || start >= limit || (out && start <= best))
            continue;
        best = start;
        out = LoggedCounts{q.value(1).toInt(), q.value(2).toInt()};
    }
    return out;
}

} // namespace Buurtplein
