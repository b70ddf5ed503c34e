// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/statsrollup.h"
#include "store/hubcatalogue.h"
#include "store/hubdatabase.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <map>

namespace Buurtplein::StatsRollup {

namespace {
const char *const granularities[] = {"stats_day", "stats_week", "stats_month"};

int periodFor(const Periods &p, int granularity)
{
    return granularity == 0 ? p.day : granularity == 1 ? p.week : p.month;
}

// Adds @p rows rows of (activity, place, period, counters...) to @p table; the keys must differ.
QString upsertSql(const QString &table, int rows)
{
    QString names, values, sums;
    for (const QString &c : columns()) {
        names += QStringLiteral(", ") + c;
        values += QStringLiteral(", ?");
        sums += QStringLiteral("%1%2 = %3.%2 + excluded.%2").arg(sums.isEmpty() ? QString() : QStringLiteral(", "), c, table);
    }
    const QStringList row(rows, QStringLiteral("(?, ?, ?%1)").arg(values));
    return QStringLiteral("INSERT INTO %1 (activity_uid, place_uid, period%2) VALUES %3"
                          " ON CONFLICT (activity_uid, place_uid, period) DO UPDATE SET %4")
        .arg(table, names, row.join(QLatin1Char(',')), sums);
}

QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

bool fail(QString *error, const QString &what, const QSqlQuery &q)
{
    *error = what + QStringLiteral(": ") + q.lastError().text();
    return false;
}
} // namespace

const QList<QString> &columns()
{
    static const QList<QString> names = {
        QStringLiteral("logged"), QStringLiteral("held"), QStringLiteral("not_held"), QStringLiteral("attendance"),
        QStringLiteral("first_timers"), QStringLiteral("volunteers"), QStringLiteral("host_present"),
        QStringLiteral("capacity_sessions"), QStringLiteral("capacity_sum"), QStringLiteral("capacity_attendance"),
        QStringLiteral("age_logs"), QStringLiteral("age_0_11"), QStringLiteral("age_12_17"), QStringLiteral("age_18_26"),
        QStringLiteral("age_27_66"), QStringLiteral("age_67_plus"), QStringLiteral("newcomer_logs"),
        QStringLiteral("new_to_neighbourhood"), QStringLiteral("joins"), QStringLiteral("key_sum")};
    return names;
}

Periods periodsOf(qint64 utcSeconds)
{
    static const QTimeZone amsterdam("Europe/Amsterdam");
    const QDate d = QDateTime::fromSecsSinceEpoch(utcSeconds, amsterdam).date();
    int isoYear = 0;
    const int week = d.weekNumber(&isoYear);
    return {d.year() * 10000 + d.month() * 100 + d.day(), isoYear * 100 + week, d.year() * 100 + d.month()};
}

Counters countersOf(const LogFigures &log)
{
    Counters c{};
    c[Logged] = 1;
    c[Held] = log.held ? 1 : 0;
    c[NotHeld] = log.held ? 0 : 1;
    c[Attendance] = log.attendance;
    c[FirstTimers] = log.firstTimers;
    c[Volunteers] = log.volunteers;
    c[HostPresent] = log.held && log.hostPresent ? 1 : 0;
    if (log.held && log.capacity > 0) {
        c[CapacitySessions] = 1;
        c[CapacitySum] = log.capacity;
        c[CapacityAttendance] = log.attendance;
    }
    if (log.ages.size() == 5) {
        c[AgeLogs] = 1;
        for (int band = 0; band < 5; ++band)
            c[Age0to11 + band] = log.ages.at(band);
    }
    if (log.newcomers >= 0) {
        c[NewcomerLogs] = 1;
        c[Newcomers] = log.newcomers;
    }
    c[Joins] = log.joins;
    c[KeySum] = log.recordKey;
    return c;
}

QString figureColumns()
{
    return QStringLiteral("activity_uid, occurrence_uid, session_start, held, attendance, first_timers, volunteers, host_present,"
                          " age_0_11, age_12_17, age_18_26, age_27_66, age_67_plus, new_to_neighbourhood, stats_place, stats_capacity,"
                          " record_key");
}

LogFigures figuresOfRow(const QSqlQuery &row, QString *occurrence, bool *recorded)
{
    LogFigures f;
    f.activityUid = row.value(1).toString();
    *occurrence = row.value(2).toString();
    f.sessionStart = row.value(3).toLongLong();
    f.held = row.value(4).toInt() != 0;
    f.attendance = row.value(5).toInt();
    f.firstTimers = row.value(6).toInt();
    f.volunteers = row.value(7).toInt();
    f.hostPresent = row.value(8).toInt() != 0;
    if (!row.value(9).isNull()) {
        for (int band = 0; band < 5; ++band)
            f.ages.append(row.value(9 + band).toInt());
    }
    f.newcomers = row.value(14).isNull() ? -1 : row.value(14).toInt();
    *recorded = !row.value(15).isNull();
    f.placeUid = row.value(15).toString();
    f.capacity = row.value(16).isNull() ? -1 : row.value(16).toInt();
    f.recordKey = row.value(17).toInt();
    return f;
}

bool lock(HubDatabase &db, QString *error)
{
    QSqlQuery q(db.connection());
    const QString forUpdate = db.dialect().kind() == SqlDialect::Postgres ? QStringLiteral(" FOR UPDATE") : QString();
    if (!q.exec(QStringLiteral("SELECT built FROM stats_meta WHERE id = 1") + forUpdate) || !q.next())
        return fail(error, QStringLiteral("Cannot lock the statistics"), q);
    if (q.value(0).toInt() != 0)
        return true;
    q.finish();
    return rebuild(db, error);
}

void Deltas::add(const QString &activityUid, const QString &placeUid, qint64 sessionStart, const Counters &counters, int sign)
{
    const Periods periods = periodsOf(sessionStart);
    for (int g = 0; g < 3; ++g) {
        Counters &sum = m_sums[g][Key{activityUid, placeUid, periodFor(periods, g)}];
        for (int i = 0; i < CounterCount; ++i)
            sum[i] += sign * counters[i];
    }
}

bool Deltas::write(HubDatabase &db, QString *error)
{
    // SQLite has no round trips, and Qt's driver looks each of a statement's parameters up
    // by index (quadratic in their number: 100 rows per statement took minutes for a
    // rebuild of a million logs), so there one row per statement.
    const int perStatement = db.dialect().kind() == SqlDialect::Postgres ? 100 : 1;
    for (int g = 0; g < 3; ++g) {
        QList<const std::pair<const Key, Counters> *> entries;
        for (const auto &entry : m_sums[g]) {
            // A revision that changes nothing leaves nothing to write.
            if (std::any_of(entry.second.cbegin(), entry.second.cend(), [](qint64 v) { return v != 0; }))
                entries.append(&entry);
        }
        for (qsizetype start = 0; start < entries.size(); start += perStatement) {
            const qsizetype n = std::min<qsizetype>(perStatement, entries.size() - start);
            QSqlQuery &q = db.statement(upsertSql(QLatin1String(granularities[g]), int(n)));
            int p = 0;
            for (qsizetype i = start; i < start + n; ++i) {
                const Key &k = entries.at(i)->first;
                // An empty QString binds as NULL; the key columns are NOT NULL.
                q.bindValue(p++, notNull(std::get<0>(k)));
                q.bindValue(p++, notNull(std::get<1>(k)));
                q.bindValue(p++, std::get<2>(k));
                for (qint64 v : entries.at(i)->second)
                    q.bindValue(p++, v);
            }
            const bool ok = q.exec();
            q.finish();
            if (!ok)
                return fail(error, QStringLiteral("Cannot update the statistics"), q);
        }
        m_sums[g].clear();
    }
    return true;
}

bool addJoins(HubDatabase &db, const QString &occurrenceUid, qint64 delta, Deltas *deltas, QString *error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT activity_uid, COALESCE(stats_place, ''), session_start FROM session_log WHERE occurrence_uid = ?"));
    q.addBindValue(occurrenceUid);
    if (!q.exec())
        return fail(error, QStringLiteral("Cannot read the logs of an occurrence"), q);
    Counters c{};
    c[Joins] = delta;
    while (q.next())
        deltas->add(q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), c, 1);
    return true;
}

bool markLogged(HubDatabase &db, const QStringList &occurrenceUids, QString *error)
{
    for (qsizetype start = 0; start < occurrenceUids.size(); start += HubDatabase::InListSize) {
        const QStringList part = occurrenceUids.mid(start, HubDatabase::InListSize);
        QSqlQuery &q = db.statement(QStringLiteral("UPDATE stats_cancelled SET logged = 1 WHERE logged = 0 AND occurrence_uid IN (%1)")
                                        .arg(HubDatabase::placeholders(int(part.size()))));
        for (int i = 0; i < part.size(); ++i)
            q.bindValue(i, part.at(i));
        const bool ok = q.exec();
        q.finish();
        if (!ok)
            return fail(error, QStringLiteral("Cannot mark cancelled sessions as logged"), q);
    }
    return true;
}

namespace {
QString movedPlaceOf(const std::optional<CatalogueItem> &item)
{
    if (!item || item->deleted || item->data.value(QStringLiteral("status")).toString() != QLatin1String("moved"))
        return {};
    return item->data.value(QStringLiteral("newPlaceUid")).toString();
}
} // namespace

QString movedPlace(HubDatabase &db, const QString &occurrenceUid)
{
    return movedPlaceOf(HubCatalogue(db).find(QStringLiteral("override"), occurrenceUid));
}

std::optional<QHash<QString, QString>> movedPlaces(HubDatabase &db, const QStringList &occurrenceUids)
{
    const auto overrides = HubCatalogue(db).findMany(QStringLiteral("override"), occurrenceUids);
    if (!overrides)
        return std::nullopt;
    QHash<QString, QString> out;
    for (const CatalogueItem &item : *overrides) {
        const QString place = movedPlaceOf(item);
        if (!place.isEmpty())
            out.insert(item.uid, place);
    }
    return out;
}

int capacityOf(HubDatabase &db, const QString &activityUid)
{
    const auto item = HubCatalogue(db).find(QStringLiteral("activity"), activityUid);
    if (!item || item->deleted)
        return -1;
    const int capacity = item->data.value(QStringLiteral("capacity")).toInt(-1);
    return capacity > 0 ? capacity : -1;
}

bool sumRecordKeys(HubDatabase &db, QString *error)
{
    // Logs stored before the rollups existed (stats_place NULL) are summed by rebuild().
    QSqlQuery rows(db.connection());
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT activity_uid, stats_place, session_start, record_key FROM session_log"
                                  " WHERE stats_place IS NOT NULL")))
        return fail(error, QStringLiteral("Cannot read the record keys"), rows);
    Deltas sums;
    while (rows.next()) {
        Counters c{};
        c[KeySum] = rows.value(3).toLongLong();
        sums.add(rows.value(0).toString(), rows.value(1).toString(), rows.value(2).toLongLong(), c, 1);
    }
    rows.finish();
    return sums.write(db, error);
}

bool rebuild(HubDatabase &db, QString *error)
{
    QSqlQuery q(db.connection());
    for (const char *table : granularities) {
        if (!q.exec(QStringLiteral("DELETE FROM ") + QLatin1String(table)))
            return fail(error, QStringLiteral("Cannot empty the rollups"), q);
    }
    QHash<QString, qint64> joins;
    if (!q.exec(QStringLiteral("SELECT occurrence_uid, COUNT(*) FROM join_key GROUP BY occurrence_uid")))
        return fail(error, QStringLiteral("Cannot read the join counts"), q);
    while (q.next())
        joins.insert(q.value(0).toString(), q.value(1).toLongLong());

    // Summed in memory first: one row per key and period, however many logs.
    Deltas sums;
    QList<std::tuple<QString, QString, int>> firstRecorded; // uuid, place, capacity of logs stored before version 4
    QHash<QString, int> capacities;
    // Forward-only streams on SQLite. On QPSQL it is libpq's single-row mode, which the
    // lookups below (movedPlace, capacityOf: other queries on the same connection) end
    // after the first row, so there the result is read whole.
    QSqlQuery rows(db.connection());
    rows.setForwardOnly(db.dialect().kind() != SqlDialect::Postgres);
    if (!rows.exec(QStringLiteral("SELECT uuid, %1 FROM session_log").arg(figureColumns())))
        return fail(error, QStringLiteral("Cannot read the session logs"), rows);
    while (rows.next()) {
        QString occurrence;
        bool recorded = true;
        LogFigures log = figuresOfRow(rows, &occurrence, &recorded);
        if (!recorded) {
            log.placeUid = movedPlace(db, occurrence);
            if (!capacities.contains(log.activityUid))
                capacities.insert(log.activityUid, capacityOf(db, log.activityUid));
            log.capacity = capacities.value(log.activityUid);
            firstRecorded.append({rows.value(0).toString(), log.placeUid, log.capacity});
        }
        log.joins = joins.value(occurrence);
        sums.add(log.activityUid, log.placeUid, log.sessionStart, countersOf(log), 1);
    }
    rows.finish();

    QSqlQuery set(db.connection());
    set.prepare(QStringLiteral("UPDATE session_log SET stats_place = ?, stats_capacity = ? WHERE uuid = ?"));
    for (const auto &[uuid, place, capacity] : firstRecorded) {
        set.addBindValue(place);
        set.addBindValue(capacity);
        set.addBindValue(uuid);
        if (!set.exec())
            return fail(error, QStringLiteral("Cannot record a log's place"), set);
    }

    if (!sums.write(db, error))
        return false;
    if (!q.exec(QStringLiteral("UPDATE stats_meta SET built = 1 WHERE id = 1")))
        return fail(error, QStringLiteral("Cannot mark the rollups built"), q);
    return true;
}

} // namespace Buurtplein::StatsRollup
