// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "release/releaserules.h"
#include "stats/statsstore.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace Buurtplein::Stats {

/** The metrics of GET /v1/stats/table, in the contract's order. */
const QStringList &metricNames();
/** "count", "share" or "mean" for @p metric. */
QString unitOf(const QString &metric);

/** One figure as evaluators see it. */
struct Figure {
    bool suppressed = true;
    double value = 0;
};

/**
 * The most cells one request may release: an answer stays a size a browser and a
 * spreadsheet handle, and all 450 buurten x 12 months (5,400) fit.
 */
constexpr int MaxReleaseCells = 8000;

/** A released table with its keys and labels: what the routes, the CSV and the CLI show. */
struct ReleasedStats {
    QString error;           ///< a sentence when nothing may be released
    bool tooLarge = false;   ///< error is that the request has more than MaxReleaseCells cells: the caller's mistake
    QString metric;
    Query query;
    QStringList rowKeys, rowLabels, columnKeys, columnLabels;
    QList<Figure> cells;     ///< row-major
    QList<Figure> rowTotals, columnTotals;
    Figure grandTotal;
    Release::Rules rules;
    const Figure &cell(int row, int column) const { return cells.at(row * columnKeys.size() + column); }
};

/** Labels of a dimension's keys (area and organisation names), from StatsStore::labels(). */
using LabelSource = std::function<QHash<QString, QString>(Dimension)>;

/**
 * Releases @p query's table from the true sums @p cells under @p rules: every cell and
 * margin on its own by the Cell Key Method (Release::releaseFigure), a ratio from its
 * released numerator and denominator. Labels in @p lang ("nl" or "en").
 */
ReleasedStats releaseTable(const Query &query, const CellMap &cells, const Release::Rules &rules, const LabelSource &labels,
                           const QString &lang);

/** The Europe/Amsterdam date of @p moment: how far the hub's period dimensions reach. */
QDate hubDate(const QDateTime &moment);

/** The "rules" object of the stats answers: thresholds and the perturbation published. */
QJsonObject rulesJson(const Release::Rules &rules);

/** The JSON answer of GET /v1/stats/table (docs/protocol.md, the stats contract). */
QJsonObject toJson(const ReleasedStats &stats, const QString &generated);

} // namespace Buurtplein::Stats

namespace Buurtplein::Stats {

/** The checked request: the query, "json" or "csv", "nl" or "en". */
struct Request {
    Query query;
    QString format = QStringLiteral("json");
    QString lang = QStringLiteral("nl");
};
/**
 * Reads the parameters of GET /v1/stats/table (or the stats command); std::nullopt and a
 * sentence in @p error when bad. The range must be one period of the fixed grid (an ISO
 * week, a month, a quarter or a year) that a period dimension nests in; a week dimension
 * widens it to whole ISO weeks (docs/release-rules.md, "The period grid").
 */
std::optional<Request> parseRequest(const QList<std::pair<QString, QString>> &items, QString *error);

} // namespace Buurtplein::Stats
