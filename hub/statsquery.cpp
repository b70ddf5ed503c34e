// SPDX-License-Identifier: GPL-3.0-or-later
// The parameters of GET /v1/stats/table and `buurtplein-hub stats`, checked strictly.
#include "statstable.h"

#include <QSet>

namespace Buurtplein::Stats {

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
    if (q.from.addYears(5) <= q.to) {
        *error = QStringLiteral("A table covers at most five years.");
        return std::nullopt;
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
