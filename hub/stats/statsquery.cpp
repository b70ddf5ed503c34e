// SPDX-License-Identifier: GPL-3.0-or-later
// The parameters of GET /v1/stats/table and `buurtplein-hub stats`, checked strictly.
#include "stats/statstable.h"

#include <QSet>

namespace Buurtplein::Stats {

namespace {
enum class Grid { None, Week, Month, Quarter, Year };

// Which period of the fixed grid [from, to] is, if any.
Grid gridOf(QDate from, QDate to)
{
    if (from.dayOfWeek() == 1 && to == from.addDays(6))
        return Grid::Week;
    if (from.day() != 1)
        return Grid::None;
    if (to == from.addMonths(1).addDays(-1))
        return Grid::Month;
    if ((from.month() - 1) % 3 == 0 && to == from.addMonths(3).addDays(-1))
        return Grid::Quarter;
    if (from.month() == 1 && to == QDate(from.year(), 12, 31))
        return Grid::Year;
    return Grid::None;
}

// Why @p d cannot divide a range of @p grid; empty when it can (weeks divide any range).
QString nestingError(Dimension d, Grid grid)
{
    if (d == Dimension::Month && (grid == Grid::None || grid == Grid::Week))
        return QStringLiteral("Months divide a month, a quarter or a year, not a week.");
    if (d == Dimension::Quarter && grid != Grid::Quarter && grid != Grid::Year)
        return QStringLiteral("Quarters divide a quarter or a year.");
    if (d == Dimension::Year && grid != Grid::Year)
        return QStringLiteral("Years divide a year.");
    return {};
}
} // namespace

std::optional<Request> parseRequest(const QList<std::pair<QString, QString>> &items, QString *error)
{
    static const QStringList known = QStringList{QStringLiteral("metric"), QStringLiteral("rows"), QStringLiteral("columns"),
                                                 QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("format"),
                                                 QStringLiteral("lang")} + filterNames();
    QHash<QString, QString> values;
    for (const auto &[name, value] : items) {
        if (!known.contains(name)) {
            *error = QStringLiteral("The table takes no parameter '%1'.").arg(name);
            return std::nullopt;
        }
        if (values.contains(name)) {
            *error = QStringLiteral("The parameter '%1' may be given only once.").arg(name);
            return std::nullopt;
        }
        values.insert(name, value);
    }
    Request request;
    Query &q = request.query;
    for (const char *required : {"metric", "rows", "from", "to"}) {
        if (values.value(QLatin1String(required)).isEmpty()) {
            *error = QStringLiteral("The table needs the parameter '%1'.").arg(QLatin1String(required));
            return std::nullopt;
        }
    }
    q.metric = values.value(QStringLiteral("metric"));
    if (!metricNames().contains(q.metric)) {
        *error = QStringLiteral("'%1' is not a metric; use one of %2.").arg(q.metric, metricNames().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    const auto rows = dimensionNamed(values.value(QStringLiteral("rows")));
    const auto columns = values.contains(QStringLiteral("columns")) ? dimensionNamed(values.value(QStringLiteral("columns")))
                                                                    : std::optional<Dimension>(Dimension::None);
    if (!rows || !columns) {
        *error = QStringLiteral("rows and columns take period:week, period:month, period:quarter, period:year, area:gemeente,"
                                " area:wijk, area:buurt, category, programme or organisation.");
        return std::nullopt;
    }
    if (*rows == *columns) {
        *error = QStringLiteral("rows and columns must be different dimensions.");
        return std::nullopt;
    }
    q.rows = *rows;
    q.columns = *columns;
    q.from = QDate::fromString(values.value(QStringLiteral("from")), QStringLiteral("yyyy-MM-dd"));
    q.to = QDate::fromString(values.value(QStringLiteral("to")), QStringLiteral("yyyy-MM-dd"));
    if (!q.from.isValid() || !q.to.isValid()) {
        *error = QStringLiteral("from and to are dates written as YYYY-MM-DD.");
        return std::nullopt;
    }
    if (q.from > q.to) {
        *error = QStringLiteral("from must not be after to.");
        return std::nullopt;
    }
    // Released figures are cells of a fixed grid, so that no two requests cover ranges
    // that differ by a few days (docs/release-rules.md, "The period grid").
    const Grid grid = gridOf(q.from, q.to);
    if (grid == Grid::None) {
        *error = QStringLiteral("A table covers one whole period: an ISO week (Monday to Sunday), a calendar month, a quarter"
                                " or a year; %1 to %2 is none of these.")
                     .arg(q.from.toString(Qt::ISODate), q.to.toString(Qt::ISODate));
        return std::nullopt;
    }
    for (Dimension d : {q.rows, q.columns}) {
        const QString nesting = nestingError(d, grid);
        if (!nesting.isEmpty()) {
            *error = nesting;
            return std::nullopt;
        }
    }
    if (q.rows == Dimension::Week || q.columns == Dimension::Week) {
        // Whole ISO weeks, also where they cross the range's edges: a week is one cell.
        q.from = q.from.addDays(1 - q.from.dayOfWeek());
        q.to = q.to.addDays(7 - q.to.dayOfWeek());
    }
    for (const QString &name : filterNames()) {
        if (!values.contains(name))
            continue;
        if (values.value(name).isEmpty() || values.value(name).size() > 200) {
            *error = QStringLiteral("The filter '%1' needs a value.").arg(name);
            return std::nullopt;
        }
        q.filters.insert(name, values.value(name));
    }
    request.format = values.value(QStringLiteral("format"), QStringLiteral("json"));
    request.lang = values.value(QStringLiteral("lang"), QStringLiteral("nl"));
    if (request.format != QLatin1String("json") && request.format != QLatin1String("csv")) {
        *error = QStringLiteral("format is json or csv.");
        return std::nullopt;
    }
    if (request.lang != QLatin1String("nl") && request.lang != QLatin1String("en")) {
        *error = QStringLiteral("lang is nl or en.");
        return std::nullopt;
    }
    return request;
}

} // namespace Buurtplein::Stats
