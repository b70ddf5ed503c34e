// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sessionlogstore.h"
#include "release/releaserules.h"
#include "worker/sessionlogpayload.h"
#include "store/hubcatalogue.h"
#include "store/hubdatabase.h"
#include "store/joincountstore.h"
#include "store/statsrollup.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Buurtplein {

namespace {
const char *const ageColumns[SessionLog::AgeBandCount] = {"age_0_11", "age_12_17", "age_18_26", "age_27_66", "age_67_plus"};

QVariant nullInt()
{
    return QVariant(QMetaType(QMetaType::Int));
}

// The WHERE makes the upsert keep the highest revision however requests interleave: the
// comparison runs on the row as it is when this statement writes it, on both databases.
QString upsertSql()
{
    QString ages;
    QString ageValues;
    QString ageUpdates;
    for (const char *column : ageColumns) {
        const QString name = QString::fromLatin1(column);
        ages += QStringLiteral(", ") + name;
        ageValues += QStringLiteral(", :") + name;
        ageUpdates += QStringLiteral(", %1 = excluded.%1").arg(name);
    }
    return QStringLiteral("INSERT INTO session_log (uuid, revision, organisation_uid, activity_uid, occurrence_uid, session_start,"
                          " held, not_held_reason, attendance, first_timers, volunteers, host_present%1, new_to_neighbourhood, received, stats_place, stats_capacity, record_key)"
                          " VALUES (:uuid, :revision, :organisation, :activity, :occurrence, :start, :held, :reason, :attendance,"
                          " :first_timers, :volunteers, :host_present%2, :newcomers, :received, :stats_place, :stats_capacity, :record_key)"
                          " ON CONFLICT (uuid) DO UPDATE SET revision = excluded.revision, activity_uid = excluded.activity_uid,"
                          " occurrence_uid = excluded.occurrence_uid, session_start = excluded.session_start, held = excluded.held,"
                          " not_held_reason = excluded.not_held_reason, attendance = excluded.attendance,"
                          " first_timers = excluded.first_timers, volunteers = excluded.volunteers,"
                          " host_present = excluded.host_present%3, new_to_neighbourhood = excluded.new_to_neighbourhood,"
                          " received = excluded.received, stats_place = excluded.stats_place, stats_capacity = excluded.stats_capacity"
                          " WHERE excluded.revision > session_log.revision AND excluded.organisation_uid = session_log.organisation_uid"
                          " RETURNING revision, record_key")
        .arg(ages, ageValues, ageUpdates);
}
// What the stored row of a uuid added to the rollups, to be taken away when a revision
// replaces it; std::nullopt when there is none (or another organisation's, never replaced).
std::optional<StatsRollup::LogFigures> storedFigures(QSqlQuery &q, const QString &uuid, const QString &organisationUid,
                                                     QString *occurrence)
{
    q.bindValue(QStringLiteral(":uuid"), uuid);
    if (!q.exec() || !q.next() || q.value(0).toString() != organisationUid) {
        q.finish();
        return std::nullopt;
    }
    bool recorded = true;
    const StatsRollup::LogFigures f = StatsRollup::figuresOfRow(q, occurrence, &recorded);
    q.finish();
    return f;
}

// The logs @p organisationUid holds of @p occurrences, by occurrence, oldest first: read
// once per request, as the catalogue's places are, not once per log.
std::optional<QHash<QString, QList<StoredSessionLog>>> heldLogs(HubDatabase &db, const QStringList &occurrences,
                                                               const QString &organisationUid, QString *error)
{
    QHash<QString, QList<StoredSessionLog>> out;
    for (qsizetype start = 0; start < occurrences.size(); start += HubDatabase::InListSize) {
        const QStringList part = occurrences.mid(start, HubDatabase::InListSize);
        QSqlQuery &q = db.statement(QStringLiteral("SELECT occurrence_uid, uuid, revision, held, attendance, received FROM session_log"
                                                   " WHERE organisation_uid = ? AND occurrence_uid IN (%1) ORDER BY received, uuid")
                                        .arg(HubDatabase::placeholders(int(part.size()))));
        q.bindValue(0, organisationUid);
        for (int i = 0; i < part.size(); ++i)
            q.bindValue(1 + i, part.at(i));
        if (!q.exec()) {
            *error = QStringLiteral("Cannot read the sessions' logs: ") + q.lastError().text();
            q.finish();
            return std::nullopt;
        }
        while (q.next())
            out[q.value(0).toString()].append({q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt() != 0, q.value(4).toInt(),
                                               q.value(5).toLongLong()});
        q.finish();
    }
    return out;
}

// Whether another log of @p organisationUid than @p log holds its session (@p held, kept
// current through the request): the first such log (its conflict), or none, after the one
// @p log replaces gave way (deleted, its figures taken out of @p deltas). std::nullopt and
// @p error when the database failed.
std::optional<std::optional<StoredSessionLog>> otherLog(QList<StoredSessionLog> &held, QSqlQuery &remove, QSqlQuery &old,
                                                        const SessionLog &log, const QString &organisationUid, qint64 joins,
                                                        StatsRollup::Deltas *deltas, QString *error)
{
    const auto replaced = std::find_if(held.begin(), held.end(), [&](const StoredSessionLog &l) {
        return !log.replaces.isEmpty() && l.uuid == log.replaces;
    });
    if (replaced != held.end()) {
        QString occurrence;
        const auto gone = storedFigures(old, log.replaces, organisationUid, &occurrence);
        remove.bindValue(QStringLiteral(":uuid"), log.replaces);
        if (!gone || !remove.exec()) {
            *error = QStringLiteral("Cannot replace session log %1: %2").arg(log.replaces, remove.lastError().text());
            return std::nullopt;
        }
        remove.finish();
        StatsRollup::LogFigures figures = *gone;
        figures.joins = joins; // a log carries its session's joins: the replacing log brings them back
        deltas->add(figures.activityUid, figures.placeUid, figures.sessionStart, StatsRollup::countersOf(figures), -1);
        held.erase(replaced);
    }
    for (const StoredSessionLog &l : std::as_const(held)) {
        if (l.uuid != log.uuid)
            return std::optional<StoredSessionLog>(l);
    }
    return std::optional<StoredSessionLog>();
}
} // namespace

QString SessionLogStore::catalogueOrganisation(const QString &activityUid) const
{
    const auto item = HubCatalogue(m_db).find(QStringLiteral("activity"), activityUid);
    return item ? item->organisationUid : QString();
}

std::optional<QList<SessionLogOutcome>> SessionLogStore::store(const QList<SessionLog> &logs, const QString &organisationUid,
                                                               qint64 now, QString *error)
{
    HubTransaction tx(m_db.connection(), m_db.dialect());
    if (!tx.isActive()) {
        *error = QStringLiteral("Cannot begin storing session logs: ") + tx.errorString();
        return std::nullopt;
    }
    // The rollups change with the raw logs in this transaction, under the statistics lock.
    if (!StatsRollup::lock(m_db, error))
        return std::nullopt;
    QSqlQuery old(m_db.connection());
    old.prepare(QStringLiteral("SELECT organisation_uid, %1 FROM session_log WHERE uuid = :uuid").arg(StatsRollup::figureColumns()));
    // What the catalogue and the join counts say of this request's occurrences, read up
    // front: neither changes in this transaction, and on PostgreSQL a lookup per log is
    // a round trip per log.
    QStringList occurrences;
    for (const SessionLog &log : logs)
        occurrences.append(log.occurrenceUid);
    occurrences.removeDuplicates();
    JoinCountStore joins(m_db);
    const auto places = StatsRollup::movedPlaces(m_db, occurrences);
    const auto joinTotals = joins.totals(occurrences);
    if (!places || !joinTotals) {
        *error = QStringLiteral("Cannot read the sessions' places and join counts.");
        return std::nullopt;
    }
    // The organisation's logs of these sessions: one log per session (a team logs together).
    auto held = heldLogs(m_db, occurrences, organisationUid, error);
    if (!held)
        return std::nullopt;
    QSqlQuery remove(m_db.connection());
    remove.prepare(QStringLiteral("DELETE FROM session_log WHERE uuid = :uuid"));
    QHash<QString, int> capacities;
    QStringList logged;
    QSqlQuery q(m_db.connection());
    if (!q.prepare(upsertSql())) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    StatsRollup::Deltas deltas;
    QList<SessionLogOutcome> outcomes;
    outcomes.reserve(logs.size());
    for (const SessionLog &log : logs) {
        const bool hasBands = log.ageBands.size() == SessionLog::AgeBandCount;
        q.bindValue(QStringLiteral(":uuid"), log.uuid);
        q.bindValue(QStringLiteral(":revision"), qint64(log.revision));
        q.bindValue(QStringLiteral(":organisation"), organisationUid);
        q.bindValue(QStringLiteral(":activity"), log.activityUid);
        q.bindValue(QStringLiteral(":occurrence"), log.occurrenceUid);
        q.bindValue(QStringLiteral(":start"), SessionLogPayload::occurrenceStart(log.occurrenceUid).value_or(0));
        q.bindValue(QStringLiteral(":held"), log.held ? 1 : 0);
        q.bindValue(QStringLiteral(":reason"), log.held ? QVariant(QMetaType(QMetaType::QString)) : QVariant(log.notHeldReason));
        q.bindValue(QStringLiteral(":attendance"), log.attendance);
        q.bindValue(QStringLiteral(":first_timers"), log.firstTimers);
        q.bindValue(QStringLiteral(":volunteers"), log.volunteers);
        q.bindValue(QStringLiteral(":host_present"), log.hostPresent ? 1 : 0);
        for (int band = 0; band < SessionLog::AgeBandCount; ++band)
            q.bindValue(QLatin1Char(':') + QLatin1String(ageColumns[band]), hasBands ? QVariant(log.ageBands.at(band)) : nullInt());
        q.bindValue(QStringLiteral(":newcomers"), log.newToNeighbourhood >= 0 ? QVariant(log.newToNeighbourhood) : nullInt());
        q.bindValue(QStringLiteral(":received"), now);
        StatsRollup::LogFigures figures;
        figures.activityUid = log.activityUid;
        if (!capacities.contains(log.activityUid))
            capacities.insert(log.activityUid, StatsRollup::capacityOf(m_db, log.activityUid));
        figures.placeUid = places->value(log.occurrenceUid);
        figures.capacity = capacities.value(log.activityUid);
        q.bindValue(QStringLiteral(":stats_place"), figures.placeUid);
        q.bindValue(QStringLiteral(":stats_capacity"), figures.capacity);
        // A new log gets its record key here; a revision keeps the stored one (the upsert
        // does not change it), so the same log always adds the same key to its cells.
        q.bindValue(QStringLiteral(":record_key"), Release::newRecordKey());
        QString oldOccurrence;
        const auto replaced = storedFigures(old, log.uuid, organisationUid, &oldOccurrence);
        // A log the hub holds for this session already is its one log; a revision of it
        // is not a second one.
        if (!replaced || oldOccurrence != log.occurrenceUid) {
            const auto conflict = otherLog((*held)[log.occurrenceUid], remove, old, log, organisationUid,
                                           joinTotals->value(log.occurrenceUid), &deltas, error);
            if (!conflict)
                return std::nullopt;
            if (*conflict) {
                outcomes.append({log.uuid, log.revision, false, **conflict});
                continue;
            }
        }
        if (!q.exec()) {
            *error = QStringLiteral("Cannot store session log %1: %2").arg(log.uuid, q.lastError().text());
            return std::nullopt;
        }
        const bool stored = q.next();
        figures.recordKey = stored ? q.value(1).toInt() : 0;
        q.finish();
        outcomes.append({log.uuid, log.revision, stored, std::nullopt});
        if (!stored)
            continue;
        if (!replaced || oldOccurrence != log.occurrenceUid) {
            // This log holds its session now; a revision that named another session leaves that one.
            if (replaced && held->contains(oldOccurrence))
                (*held)[oldOccurrence].removeIf([&](const StoredSessionLog &l) { return l.uuid == log.uuid; });
            (*held)[log.occurrenceUid].append({log.uuid, log.revision, log.held, log.attendance, now});
        }
        if (replaced) {
            StatsRollup::LogFigures gone = *replaced;
            // A revision may name another occurrence than the request's logs do.
            gone.joins = occurrences.contains(oldOccurrence) ? joinTotals->value(oldOccurrence) : joins.total(oldOccurrence);
            deltas.add(gone.activityUid, gone.placeUid, gone.sessionStart, StatsRollup::countersOf(gone), -1);
        }
        figures.sessionStart = SessionLogPayload::occurrenceStart(log.occurrenceUid).value_or(0);
        figures.held = log.held;
        figures.attendance = log.attendance;
        figures.firstTimers = log.firstTimers;
        figures.volunteers = log.volunteers;
        figures.hostPresent = log.hostPresent;
        figures.ages = hasBands ? log.ageBands : QList<int>();
        figures.newcomers = log.newToNeighbourhood;
        figures.joins = joinTotals->value(log.occurrenceUid);
        deltas.add(figures.activityUid, figures.placeUid, figures.sessionStart, StatsRollup::countersOf(figures), 1);
        logged.append(log.occurrenceUid);
    }
    logged.removeDuplicates();
    if (!deltas.write(m_db, error) || !StatsRollup::markLogged(m_db, logged, error))
        return std::nullopt;
    if (!tx.commit()) {
        *error = QStringLiteral("Cannot commit the session logs: ") + tx.errorString();
        return std::nullopt;
    }
    return outcomes;
}

std::optional<QStringList> SessionLogStore::loggedOccurrences(const QString &organisationUid, qint64 fromUtc, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT occurrence_uid, session_start FROM session_log"
                             " WHERE organisation_uid = :organisation AND session_start >= :from ORDER BY session_start, occurrence_uid"));
    q.bindValue(QStringLiteral(":organisation"), organisationUid);
    q.bindValue(QStringLiteral(":from"), fromUtc);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

QJsonArray SessionLogStore::exportAll(QString *error) const
{
    return exportRows({}, error);
}

QJsonArray SessionLogStore::exportOrganisation(const QString &organisationUid, QString *error) const
{
    Q_ASSERT(!organisationUid.isEmpty());
    return exportRows(organisationUid, error);
}

// An empty @p organisationUid exports every organisation's logs.
QJsonArray SessionLogStore::exportRows(const QString &organisationUid, QString *error) const
{
    QString ages;
    for (const char *column : ageColumns)
        ages += QStringLiteral(", ") + QString::fromLatin1(column);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString where = organisationUid.isEmpty() ? QString() : QStringLiteral(" WHERE organisation_uid = :organisation");
    q.prepare(QStringLiteral("SELECT uuid, revision, organisation_uid, activity_uid, occurrence_uid, session_start, held,"
                             " not_held_reason, attendance, first_timers, volunteers, host_present, new_to_neighbourhood,"
                             " received%1 FROM session_log%2 ORDER BY session_start, uuid").arg(ages, where));
    if (!organisationUid.isEmpty())
        q.bindValue(QStringLiteral(":organisation"), organisationUid);
    if (!q.exec()) {
        *error = q.lastError().text();
        return {};
    }
    QJsonArray out;
    while (q.next()) {
        SessionLog log;
        log.uuid = q.value(0).toString();
        log.revision = q.value(1).toInt();
        log.activityUid = q.value(3).toString();
        log.occurrenceUid = q.value(4).toString();
        log.held = q.value(6).toInt() != 0;
        log.notHeldReason = q.value(7).toString();
        log.attendance = q.value(8).toInt();
        log.firstTimers = q.value(9).toInt();
        log.volunteers = q.value(10).toInt();
        log.hostPresent = q.value(11).toInt() != 0;
        log.newToNeighbourhood = q.value(12).isNull() ? -1 : q.value(12).toInt();
        if (!q.value(14).isNull()) {
            for (int band = 0; band < SessionLog::AgeBandCount; ++band)
                log.ageBands.append(q.value(14 + band).toInt());
        }
        // The payload the device pushed, from the same whitelist, and what the hub adds to it.
        QJsonObject row = SessionLogPayload::build(log);
        row.insert(QStringLiteral("organisation"), q.value(2).toString());
        row.insert(QStringLiteral("sessionStart"), QDateTime::fromSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC).toString(Qt::ISODate));
        row.insert(QStringLiteral("received"), QDateTime::fromSecsSinceEpoch(q.value(13).toLongLong(), Qt::UTC).toString(Qt::ISODate));
        out.append(row);
    }
    return out;
}

std::optional<qint64> SessionLogStore::deleteStartedBefore(qint64 before, QString *error)
{
    HubTransaction tx(m_db.connection(), m_db.dialect());
    if (!tx.isActive()) {
        *error = QStringLiteral("Cannot begin deleting session logs: ") + tx.errorString();
        return std::nullopt;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM session_log WHERE session_start < :before"));
    q.bindValue(QStringLiteral(":before"), before);
    if (!q.exec()) {
        *error = QStringLiteral("Cannot delete session logs: ") + q.lastError().text();
        return std::nullopt;
    }
    const qint64 deleted = q.numRowsAffected();
    if (!tx.commit()) {
        *error = QStringLiteral("Cannot commit the deletion: ") + tx.errorString();
        return std::nullopt;
    }
    return deleted;
}

std::optional<qint64> SessionLogStore::deleteOrganisation(const QString &organisationUid, QString *error)
{
    Q_ASSERT(!organisationUid.isEmpty());
    HubTransaction tx(m_db.connection(), m_db.dialect());
    if (!tx.isActive()) {
        *error = QStringLiteral("Cannot begin deleting session logs: ") + tx.errorString();
        return std::nullopt;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM session_log WHERE organisation_uid = :organisation"));
    q.bindValue(QStringLiteral(":organisation"), organisationUid);
    if (!q.exec()) {
        *error = QStringLiteral("Cannot delete session logs: ") + q.lastError().text();
        return std::nullopt;
    }
    const qint64 deleted = q.numRowsAffected();
    if (!tx.commit()) {
        *error = QStringLiteral("Cannot commit the deletion: ") + tx.errorString();
        return std::nullopt;
    }
    return deleted;
}

} // namespace Buurtplein
