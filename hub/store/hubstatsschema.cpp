// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/hubmigrations.h"

namespace Buurtplein::HubMigrations {

namespace {
// The summed counters of one rollup row (docs/statistics.md, "Rollups"); the same list
// in the same order as StatsRollup::Counter.
const char *const counterNames[] = {"logged", "held", "not_held", "attendance", "first_timers", "volunteers", "host_present",
                                    "capacity_sessions", "capacity_sum", "capacity_attendance", "age_logs", "age_0_11",
                                    "age_12_17", "age_18_26", "age_27_66", "age_67_plus", "newcomer_logs",
                                    "new_to_neighbourhood", "joins"};

QString counterColumns()
{
    QString columns;
    for (const char *name : counterNames)
        columns += QStringLiteral(", %1 BIGINT NOT NULL DEFAULT 0").arg(QLatin1String(name));
    return columns;
}

// The dimension tables' columns, the same in version 4 and in its clustered rebuild.
const QString activityColumns = QStringLiteral("(uid TEXT PRIMARY KEY, organisation_uid TEXT NOT NULL, category TEXT NOT NULL,"
                                               " programme TEXT NOT NULL, place_uid TEXT NOT NULL)");
const QString placeColumns = QStringLiteral("(uid TEXT PRIMARY KEY, gemeente TEXT NOT NULL, wijk TEXT NOT NULL, buurt TEXT NOT NULL)");

QString rollupTable(const QString &name)
{
    return QStringLiteral("CREATE TABLE %1 (activity_uid TEXT NOT NULL, place_uid TEXT NOT NULL, period INTEGER NOT NULL%2,"
                          " PRIMARY KEY (activity_uid, place_uid, period))")
        .arg(name, counterColumns());
}
} // namespace

// Released statistics (docs/statistics.md). The rollups are aggregates, not personal
// data, so retention leaves them: they are summed per activity, the session's place
// ('' = the activity's own place, else the moved-to place) and a period, by local day
// (yyyymmdd), ISO week (yyyyww) and month (yyyymm). Dimensions are small tables kept
// current from the catalogue feed at query time (stats_meta.catalogue_change), so that
// corrected place codes change the figures without re-ingesting.
// stats_meta's one row is also the lock that serialises every rollup update.
QStringList statsSchema(SqlDialect dialect)
{
    Q_UNUSED(dialect);
    return {
        rollupTable(QStringLiteral("stats_day")),
        rollupTable(QStringLiteral("stats_week")),
        rollupTable(QStringLiteral("stats_month")),
        QStringLiteral("CREATE INDEX stats_day_period ON stats_day(period)"),
        QStringLiteral("CREATE INDEX stats_week_period ON stats_week(period)"),
        QStringLiteral("CREATE INDEX stats_month_period ON stats_month(period)"),
        // built = 0: the rollups still have to be summed from the raw logs (done by the
        // first write that takes the lock), so a hub upgraded with logs present is right.
        QStringLiteral("CREATE TABLE stats_meta (id INTEGER PRIMARY KEY CHECK (id = 1), catalogue_change BIGINT NOT NULL,"
                       " built INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO stats_meta (id, catalogue_change, built) VALUES (1, 0, 0)"),
        QStringLiteral("CREATE TABLE stats_activity ") + activityColumns,
        QStringLiteral("CREATE TABLE stats_place ") + placeColumns,
        // Sessions cancelled in advance: cancelled overrides; logged = 1 once a log for the
        // occurrence arrived (kept after retention deletes the log).
        QStringLiteral("CREATE TABLE stats_cancelled (occurrence_uid TEXT PRIMARY KEY, activity_uid TEXT NOT NULL,"
                       " day INTEGER NOT NULL, logged INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX stats_cancelled_day ON stats_cancelled(day)"),
        QStringLiteral("CREATE TABLE stats_area (code TEXT PRIMARY KEY, level TEXT NOT NULL"
                       " CHECK (level IN ('gemeente', 'wijk', 'buurt')), name TEXT NOT NULL, parent TEXT NOT NULL,"
                       " lat DOUBLE PRECISION, lon DOUBLE PRECISION)"),
        // What each raw log added to the rollups besides its own fields, so that a revision
        // subtracts exactly that even when the catalogue changed in between.
        QStringLiteral("ALTER TABLE session_log ADD COLUMN stats_place TEXT"),
        QStringLiteral("ALTER TABLE session_log ADD COLUMN stats_capacity INTEGER"),
        QStringLiteral("CREATE INDEX session_log_occurrence ON session_log(occurrence_uid)"),
    };
}

// SQLite keeps a rowid table in rowid order, so a period's rows were scattered over the
// file and each was a lookup from the period index. Clustered by period (WITHOUT ROWID,
// the period first in the key), a table's range is one sequential read, and the small
// dimension tables are looked up once instead of twice. PostgreSQL reads the rollups
// through its period index already and keeps its tables as they were.
QStringList statsClusteredSchema(SqlDialect dialect)
{
    if (dialect.kind() != SqlDialect::Sqlite)
        return {};
    QString counters;
    for (const char *name : counterNames)
        counters += QStringLiteral(", %1").arg(QLatin1String(name));
    QStringList out;
    auto rebuild = [&](const QString &table, const QString &definition, const QString &columns) {
        out << QStringLiteral("CREATE TABLE %1_clustered %2 WITHOUT ROWID").arg(table, definition)
            << QStringLiteral("INSERT INTO %1_clustered (%2) SELECT %2 FROM %1").arg(table, columns)
            << QStringLiteral("DROP TABLE %1").arg(table)
            << QStringLiteral("ALTER TABLE %1_clustered RENAME TO %1").arg(table);
    };
    for (const char *name : {"stats_day", "stats_week", "stats_month"}) {
        rebuild(QLatin1String(name),
                QStringLiteral("(period INTEGER NOT NULL, activity_uid TEXT NOT NULL, place_uid TEXT NOT NULL%1,"
                               " PRIMARY KEY (period, activity_uid, place_uid))")
                    .arg(counterColumns()),
                QStringLiteral("period, activity_uid, place_uid") + counters);
    }
    rebuild(QStringLiteral("stats_activity"), activityColumns, QStringLiteral("uid, organisation_uid, category, programme, place_uid"));
    rebuild(QStringLiteral("stats_place"), placeColumns, QStringLiteral("uid, gemeente, wijk, buurt"));
    return out;
}

// The Cell Key Method (docs/release-rules.md): every session log and every session
// cancelled in advance gets a fixed random record key 0..255, and the rollups sum the
// keys of what they hold. Logs present get their keys here; their sums are added to the
// rollups by StatsRollup::sumRecordKeys() in the same transaction. Rollup rows whose raw
// logs retention already deleted keep a key sum of 0: fixed, like every other.
QStringList statsCellKeySchema(SqlDialect dialect)
{
    const QString random = dialect.kind() == SqlDialect::Postgres ? QStringLiteral("CAST(floor(random() * 256) AS INTEGER)")
                                                                  : QStringLiteral("(abs(random()) % 256)");
    QStringList out = {
        QStringLiteral("ALTER TABLE session_log ADD COLUMN record_key INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE session_log SET record_key = ") + random,
        QStringLiteral("ALTER TABLE stats_cancelled ADD COLUMN record_key INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE stats_cancelled SET record_key = ") + random,
    };
    for (const char *name : {"stats_day", "stats_week", "stats_month"})
        out << QStringLiteral("ALTER TABLE %1 ADD COLUMN key_sum BIGINT NOT NULL DEFAULT 0").arg(QLatin1String(name));
    return out;
}

// Area outlines (GeoJSON geometry text, WGS84) from which places get their buurt by point
// in polygon, and the year of the division (gebiedsindeling) each area code belongs to
// (docs/statistics.md, "Areas"); NULL when the file did not say.
QStringList areaOutlineSchema(SqlDialect dialect)
{
    Q_UNUSED(dialect);
    return {
        QStringLiteral("CREATE TABLE area_outline (code TEXT PRIMARY KEY, name TEXT NOT NULL, division INTEGER NOT NULL,"
                       " geometry TEXT NOT NULL)"),
        QStringLiteral("ALTER TABLE stats_area ADD COLUMN division INTEGER"),
    };
}

} // namespace Buurtplein::HubMigrations
