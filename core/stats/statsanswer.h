// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * A released table as the hub's GET /v1/stats/table answers it (docs/statistics.md).
 * Only released figures ever reach a device; a suppressed figure is a state, never zero.
 */
namespace Buurtplein::StatsAnswer {

/** One released figure: a value, or suppressed ("fewer than k"). */
struct Figure {
    bool suppressed = true;
    double value = 0; ///< meaningful only when not suppressed
};

/** One dimension of a table: its name ("period:month") and its keys with their labels. */
struct Axis {
    QString dimension; ///< empty for the single "total" column of a one-dimensional table
    QStringList keys;
    QStringList labels;
};

/** The release rules a table was released under; published with it. */
struct Rules {
    int k = 10;
    int minSessions = 3;
    int maxNoise = 4;  ///< no released figure is further than this from the true one (the Cell Key Method)
};

/** A released table with its margins. */
struct Table {
    QString metric;
    QString unit; ///< "count", "share" (0..1) or "mean"
    QString from; ///< YYYY-MM-DD
    QString to;
    QMap<QString, QString> filters;
    Axis rows;
    Axis columns;
    QList<QList<Figure>> cells; ///< rows x columns
    QList<Figure> rowTotals;
    QList<Figure> columnTotals;
    Figure grandTotal;
    Rules rules;
    QDateTime generated; ///< when the hub released it; invalid when the answer left it out

    const Figure &cell(int row, int column) const { return cells.at(row).at(column); }
};

/** Reads @p answer strictly: std::nullopt and a sentence in @p error when it is not a released table. */
std::optional<Table> read(const QJsonObject &answer, QString *error);

} // namespace Buurtplein::StatsAnswer
