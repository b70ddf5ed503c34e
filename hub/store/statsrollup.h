// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <map>
#include <optional>
#include <tuple>

class QSqlQuery;

namespace Buurtplein {

class HubDatabase;

/**
 * The rollups behind released statistics (docs/statistics.md): counters summed per
 * activity, session place and day, ISO week and month, kept in step with the raw logs
 * inside the transaction that writes them. Every writer first calls lock(), which on
 * PostgreSQL takes stats_meta's row so that two hub processes cannot interleave their
 * read-modify-write of the same log; SQLite's BEGIN IMMEDIATE already serialises.
 */
namespace StatsRollup {

/** The counters of a rollup row, in the column order of hubstatsschema.cpp. */
enum Counter {
    Logged, Held, NotHeld, Attendance, FirstTimers, Volunteers, HostPresent,
    CapacitySessions, CapacitySum, CapacityAttendance,
    AgeLogs, Age0to11, Age12to17, Age18to26, Age27to66, Age67plus,
    NewcomerLogs, Newcomers, Joins,
    KeySum, ///< the sum of the logs' record keys (the Cell Key Method, docs/release-rules.md)
    CounterCount
};
using Counters = std::array<qint64, CounterCount>;

/** The column names of the counters. */
const QList<QString> &columns();

/** The periods a session starting at @p utcSeconds falls in, by its Europe/Amsterdam date. */
struct Periods {
    int day = 0;   ///< yyyymmdd
    int week = 0;  ///< ISO year * 100 + ISO week
    int month = 0; ///< yyyymm
};
Periods periodsOf(qint64 utcSeconds);

/** What one raw log adds to the rollups. */
struct LogFigures {
    QString activityUid;
    QString placeUid;      ///< the moved-to place, '' for the activity's own place
    qint64 sessionStart = 0;
    bool held = false;
    int attendance = 0;
    int firstTimers = 0;
    int volunteers = 0;
    bool hostPresent = false;
    int capacity = -1;     ///< the activity's capacity when the log was stored, -1 unknown
    QList<int> ages;       ///< empty or five bands
    int newcomers = -1;    ///< -1 not recorded
    qint64 joins = 0;      ///< anonymous joins of the log's occurrence
    int recordKey = 0;     ///< the log's fixed random key 0..255
};
/** @p log as counters. */
Counters countersOf(const LogFigures &log);

/** The session_log columns figuresOfRow() reads, in its order. */
QString figureColumns();
/**
 * What the raw log in @p row added to the rollups, from a row selected as
 * `SELECT <one column of the caller's>, <figureColumns()>`; its occurrence in
 * @p occurrence. @p recorded is false for a log stored before the rollups existed
 * (stats_place NULL): its place and capacity are then still to be looked up.
 */
LogFigures figuresOfRow(const QSqlQuery &row, QString *occurrence, bool *recorded);

/** Takes the rollup lock inside the caller's write transaction and sums the rollups from the raw logs if that is still due. */
bool lock(HubDatabase &db, QString *error);
/**
 * Changes to the rollups summed in memory and written in one go, inside the caller's
 * transaction: a request's logs (each log and revision adds to three rows) or a rebuild.
 * On PostgreSQL a statement is a round trip, so rows go a hundred per upsert there.
 */
class Deltas
{
public:
    /** Adds @p sign (+1 or -1) times @p counters to the rows of (@p activityUid, @p placeUid) for the periods of @p sessionStart. */
    void add(const QString &activityUid, const QString &placeUid, qint64 sessionStart, const Counters &counters, int sign);
    /** Adds the summed changes to the rollup tables and forgets them; false and @p error when the database fails. */
    bool write(HubDatabase &db, QString *error);

private:
    using Key = std::tuple<QString, QString, int>; // activity, place, period
    std::map<Key, Counters> m_sums[3];             // day, week, month
};

/** Adds @p delta joins to the rollups of every raw log of @p occurrenceUid, into @p deltas. */
bool addJoins(HubDatabase &db, const QString &occurrenceUid, qint64 delta, Deltas *deltas, QString *error);
/** Marks sessions cancelled in advance as logged after all, once logs for @p occurrenceUids arrived. */
bool markLogged(HubDatabase &db, const QStringList &occurrenceUids, QString *error);
/** Adds every raw log's record key to the rollups it is in (the migration that introduced the keys). Inside the caller's transaction. */
bool sumRecordKeys(HubDatabase &db, QString *error);
/** Empties the rollups and sums them again from the raw logs (an upgraded hub; tests). Inside the caller's transaction. */
bool rebuild(HubDatabase &db, QString *error);

/** The place a session of @p occurrenceUid is at when an override moved it there, else ''. */
QString movedPlace(HubDatabase &db, const QString &occurrenceUid);
/** movedPlace() of each of @p occurrenceUids that was moved, by occurrence, in a few statements; std::nullopt when the database fails. */
std::optional<QHash<QString, QString>> movedPlaces(HubDatabase &db, const QStringList &occurrenceUids);
/** The capacity the catalogue gives activity @p activityUid, -1 when unlimited or unknown. */
int capacityOf(HubDatabase &db, const QString &activityUid);

} // namespace StatsRollup
} // namespace Buurtplein
