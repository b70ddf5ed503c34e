// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/statsrollup.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace Buurtplein {

class AreaIndex;
class HubDatabase;

namespace Stats {

/** What evaluators may group by (docs/statistics.md). */
enum class Dimension { None, Week, Month, Quarter, Year, Gemeente, Wijk, Buurt, Category, Programme, Organisation };

/** "period:month", "area:buurt", "category", ...; std::nullopt for anything else. */
std::optional<Dimension> dimensionNamed(const QString &name);
/** The API name of @p dimension, "" for None. */
QString dimensionName(Dimension dimension);
bool isPeriod(Dimension dimension);
/** The filter names: gemeente, wijk, buurt, category, programme, organisation. */
const QList<QString> &filterNames();

/** One request for a table, checked. */
struct Query {
    QString metric;
    Dimension rows = Dimension::None;
    Dimension columns = Dimension::None;
    QDate from;
    QDate to;
    QMap<QString, QString> filters; ///< filterNames() -> value
    QDate asOf;                     ///< the hub's date: later periods are left out of period dimensions; invalid = keep all
};

/** The sums behind one cell: the rollup counters and the sessions cancelled in advance. */
struct CellSums {
    StatsRollup::Counters counters{};
    qint64 cancelledInAdvance = 0;
    qint64 cancelledKeySum = 0; ///< the record keys of the sessions cancelled in advance
    void add(const CellSums &other);
    /** The sum of the record keys of everything in the cell (the Cell Key Method). */
    qint64 keySum() const { return counters[StatsRollup::KeySum] + cancelledKeySum; }
};

/**
 * Cells keyed by (row key, column key). Period keys are "2026-W03" for weeks and
 * "2026-01" for months, also when quarters or years were asked (their tables are summed
 * from the months, to be released linked); "total" when a dimension is None.
 */
using CellMap = QHash<std::pair<QString, QString>, CellSums>;

} // namespace Stats

/**
 * Reads released statistics' inputs from the rollups (statsrollup.h), with dimensions
 * from small tables that refresh() keeps current from the catalogue feed.
 */
class StatsStore
{
public:
    explicit StatsStore(HubDatabase &db) : m_db(db) {}

    /** Brings the dimension tables up to the catalogue's last change; false and @p error when the database fails. */
    bool refresh(QString *error);
    /** The true sums for @p query, after refresh(); std::nullopt and @p error when the database fails. */
    std::optional<Stats::CellMap> collect(const Stats::Query &query, QString *error);

    /** The /v1/stats/dimensions answer without metrics and rules; after refresh(). */
    std::optional<QJsonObject> dimensions(QString *error) const;
    /** Label of @p key of @p dimension: area and organisation names; the key itself otherwise. */
    QHash<QString, QString> labels(Stats::Dimension dimension) const;

    /** Adds or replaces the areas of @p areas (AreaStore::save) in one transaction; how many, or std::nullopt and @p error. */
    std::optional<int> importAreas(const AreaIndex &areas, QString *error);

private:
    bool collectSegment(const Stats::Query &query, const QString &table, int first, int last, bool byDay, Stats::CellMap *cells,
                        QString *error);
    bool collectCancelled(const Stats::Query &query, Stats::CellMap *cells, QString *error);

    HubDatabase &m_db;
};

} // namespace Buurtplein
