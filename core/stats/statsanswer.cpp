// SPDX-License-Identifier: GPL-3.0-or-later
#include "statsanswer.h"

#include <QJsonArray>

namespace Buurtplein::StatsAnswer {

namespace {
// A figure is {"value": n} or {"suppressed": true}; anything else (a bare number, a
// suppressed figure with a value, a negative count) is refused so that a suppressed
// cell can never be shown as a number.
std::optional<Figure> readFigure(const QJsonValue &value, const QString &where, QString *error)
{
    const QJsonObject object = value.toObject();
    if (!value.isObject() || object.size() != 1) {
        *error = QStringLiteral("%1 is not a released figure.").arg(where);
        return std::nullopt;
    }
    if (object.contains(QLatin1String("suppressed"))) {
        if (object.value(QLatin1String("suppressed")) != QJsonValue(true)) {
            *error = QStringLiteral("%1 has a \"suppressed\" that is not true.").arg(where);
            return std::nullopt;
        }
        return Figure{};
    }
    const QJsonValue number = object.value(QLatin1String("value"));
    if (!number.isDouble() || number.toDouble() < 0) {
        *error = QStringLiteral("%1 has no value of zero or more.").arg(where);
        return std::nullopt;
    }
    return Figure{false, number.toDouble()};
}

std::optional<QList<Figure>> readFigures(const QJsonValue &value, qsizetype size, const QString &where, QString *error)
{
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.size() != size) {
        *error = QStringLiteral("%1 must be a list of %2 figures.").arg(where).arg(size);
        return std::nullopt;
    }
    QList<Figure> figures;
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto figure = readFigure(array.at(i), QStringLiteral("%1[%2]").arg(where).arg(i), error);
        if (!figure)
            return std::nullopt;
        figures.append(*figure);
    }
    return figures;
}

std::optional<QStringList> readStrings(const QJsonValue &value, const QString &where, QString *error)
{
    if (!value.isArray()) {
        *error = QStringLiteral("%1 must be a list of texts.").arg(where);
        return std::nullopt;
    }
    QStringList strings;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString()) {
            *error = QStringLiteral("%1 must be a list of texts.").arg(where);
            return std::nullopt;
        }
        strings.append(item.toString());
    }
    return strings;
}

std::optional<Axis> readAxis(const QJsonValue &value, const QString &where, QString *error)
{
    const QJsonObject object = value.toObject();
    if (!value.isObject() || !object.value(QLatin1String("dimension")).isString()) {
        *error = QStringLiteral("\"%1\" must name its dimension.").arg(where);
        return std::nullopt;
    }
    Axis axis;
    axis.dimension = object.value(QLatin1String("dimension")).toString();
    const auto keys = readStrings(object.value(QLatin1String("keys")), where + QLatin1String(".keys"), error);
    const auto labels = keys ? readStrings(object.value(QLatin1String("labels")), where + QLatin1String(".labels"), error)
                             : std::nullopt;
    if (!labels)
        return std::nullopt;
    // No keys is an empty table: nothing was logged for what was asked.
    if (keys->size() != labels->size()) {
        *error = QStringLiteral("\"%1\" must have as many labels as keys.").arg(where);
        return std::nullopt;
    }
    axis.keys = *keys;
    axis.labels = *labels;
    return axis;
}

std::optional<Rules> readRules(const QJsonValue &value, QString *error)
{
    const QJsonObject object = value.toObject();
    Rules rules;
    rules.k = object.value(QLatin1String("k")).toInt(-1);
    rules.minSessions = object.value(QLatin1String("minSessions")).toInt(-1);
    rules.roundingBase = object.value(QLatin1String("roundingBase")).toInt(-1);
    rules.epsilon = object.value(QLatin1String("epsilon")).toDouble(-1);
    // A table released under rules weaker than SPEC's minimum is not one to show.
    if (rules.k < 5 || rules.minSessions < 1 || rules.roundingBase < 1 || rules.epsilon < 0) {
        *error = QStringLiteral("The table does not say the rules it was released under (k of at least 5, minimum sessions, rounding).");
        return std::nullopt;
    }
    return rules;
}
} // namespace

std::optional<Table> read(const QJsonObject &answer, QString *error)
{
    Table table;
    table.metric = answer.value(QLatin1String("metric")).toString();
    table.unit = answer.value(QLatin1String("unit")).toString();
    table.from = answer.value(QLatin1String("from")).toString();
    table.to = answer.value(QLatin1String("to")).toString();
    if (table.metric.isEmpty() || !QStringList{QStringLiteral("count"), QStringLiteral("share"), QStringLiteral("mean")}.contains(table.unit)) {
        *error = QStringLiteral("The answer is not a released table: it names no metric or unit.");
        return std::nullopt;
    }
    const QJsonObject filters = answer.value(QLatin1String("filters")).toObject();
    for (auto it = filters.begin(); it != filters.end(); ++it)
        table.filters.insert(it.key(), it.value().toString());

    auto rows = readAxis(answer.value(QLatin1String("rows")), QStringLiteral("rows"), error);
    auto columns = rows ? readAxis(answer.value(QLatin1String("columns")), QStringLiteral("columns"), error) : std::nullopt;
    auto rules = columns ? readRules(answer.value(QLatin1String("rules")), error) : std::nullopt;
    if (!rules)
        return std::nullopt;
    table.rows = *rows;
    table.columns = *columns;
    table.rules = *rules;

    const QJsonArray cells = answer.value(QLatin1String("cells")).toArray();
    if (cells.size() != table.rows.keys.size()) {
        *error = QStringLiteral("The table has %1 rows of cells for %2 row keys.").arg(cells.size()).arg(table.rows.keys.size());
        return std::nullopt;
    }
    for (qsizetype r = 0; r < cells.size(); ++r) {
        auto row = readFigures(cells.at(r), table.columns.keys.size(), QStringLiteral("cells[%1]").arg(r), error);
        if (!row)
            return std::nullopt;
        table.cells.append(*row);
    }
    auto rowTotals = readFigures(answer.value(QLatin1String("rowTotals")), table.rows.keys.size(), QStringLiteral("rowTotals"), error);
    auto columnTotals = rowTotals ? readFigures(answer.value(QLatin1String("columnTotals")), table.columns.keys.size(),
                                                QStringLiteral("columnTotals"), error)
                                  : std::nullopt;
    auto grandTotal = columnTotals ? readFigure(answer.value(QLatin1String("grandTotal")), QStringLiteral("grandTotal"), error)
                                   : std::nullopt;
    if (!grandTotal)
        return std::nullopt;
    table.rowTotals = *rowTotals;
    table.columnTotals = *columnTotals;
    table.grandTotal = *grandTotal;
    table.generated = QDateTime::fromString(answer.value(QLatin1String("generated")).toString(), Qt::ISODate);
    return table;
}

} // namespace Buurtplein::StatsAnswer
