// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/statsanswer.h"

#include <QJsonArray>
#include <QSet>
#include <QRegularExpression>

#include <cmath>

namespace Buurtplein::StatsAnswer {

namespace {
const QStringList knownDimensions{QStringLiteral("period:week"), QStringLiteral("period:month"), QStringLiteral("period:quarter"),
                                  QStringLiteral("period:year"),  QStringLiteral("area:gemeente"), QStringLiteral("area:wijk"),
                                  QStringLiteral("area:buurt"),   QStringLiteral("category"),      QStringLiteral("programme"),
                                  QStringLiteral("organisation")};

bool isDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return shape.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid();
}

// A figure is {"value": n} or {"suppressed": true}; anything else (a bare number, a
// suppressed figure with a value, a negative count) is refused so that a suppressed
// cell can never be shown as a number.
std::optional<Figure> readFigure(const QJsonValue &value, const QString &unit, const QString &where, QString *error)
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
    if (!number.isDouble() || !std::isfinite(number.toDouble()) || number.toDouble() < 0) {
        *error = QStringLiteral("%1 has no value of zero or more.").arg(where);
        return std::nullopt;
    }
    // Counts are released rounded to whole multiples: a fraction is not a released count.
    // (Shares may exceed 1: joins_per_attendance is a share of more joins than attendees.)
    if (unit == QLatin1String("count") && number.toDouble() != std::floor(number.toDouble())) {
        *error = QStringLiteral("%1 is a count but not a whole number.").arg(where);
        return std::nullopt;
    }
    return Figure{false, number.toDouble()};
}

std::optional<QList<Figure>> readFigures(const QJsonValue &value, qsizetype size, const QString &unit, const QString &where,
                                         QString *error)
{
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.size() != size) {
        *error = QStringLiteral("%1 must be a list of %2 figures.").arg(where).arg(size);
        return std::nullopt;
    }
    QList<Figure> figures;
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto figure = readFigure(array.at(i), unit, QStringLiteral("%1[%2]").arg(where).arg(i), error);
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
    // Only the columns may lack a dimension, and then they are the one column "total".
    if (!knownDimensions.contains(axis.dimension) && !(where == QLatin1String("columns") && axis.dimension.isEmpty())) {
        *error = QStringLiteral("\"%1\" has the unknown dimension \"%2\".").arg(where, axis.dimension);
        return std::nullopt;
    }
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
    // An empty key is what was not recorded (an activity without an area or a programme,
    // labelled "onbekend"); a period is always known.
    if (keys->contains(QString()) && (axis.dimension.startsWith(QLatin1String("period:")) || axis.dimension.isEmpty())) {
        *error = QStringLiteral("\"%1\" has an empty period key.").arg(where);
        return std::nullopt;
    }
    if (QSet<QString>(keys->cbegin(), keys->cend()).size() != keys->size()) {
        *error = QStringLiteral("\"%1\" has a key twice.").arg(where);
        return std::nullopt;
    }
    if (axis.dimension.isEmpty() && *keys != QStringList{QStringLiteral("total")}) {
        *error = QStringLiteral("\"%1\" without a dimension must be the one column \"total\".").arg(where);
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
    rules.maxNoise = object.value(QLatin1String("maxNoise")).toInt(-1);
    // A table released under rules weaker than SPEC's minimum, or by another method, is not one to show.
    if (rules.k < 5 || rules.minSessions < 1 || rules.maxNoise < 1
        || object.value(QLatin1String("method")).toString() != QLatin1String("cell-key")) {
        *error = QStringLiteral("The table does not say the rules it was released under (k of at least 5, minimum sessions,"
                                " the cell-key method and its largest perturbation).");
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
    if (!isDate(table.from) || !isDate(table.to)) {
        *error = QStringLiteral("The table does not say the dates it covers (from and to as YYYY-MM-DD).");
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
    if (table.rows.dimension == table.columns.dimension) {
        *error = QStringLiteral("The table has the same dimension for its rows and its columns.");
        return std::nullopt;
    }

    const QJsonArray cells = answer.value(QLatin1String("cells")).toArray();
    if (cells.size() != table.rows.keys.size()) {
        *error = QStringLiteral("The table has %1 rows of cells for %2 row keys.").arg(cells.size()).arg(table.rows.keys.size());
        return std::nullopt;
    }
    for (qsizetype r = 0; r < cells.size(); ++r) {
        auto row = readFigures(cells.at(r), table.columns.keys.size(), table.unit, QStringLiteral("cells[%1]").arg(r), error);
        if (!row)
            return std::nullopt;
        table.cells.append(*row);
    }
    auto rowTotals = readFigures(answer.value(QLatin1String("rowTotals")), table.rows.keys.size(), table.unit,
                                 QStringLiteral("rowTotals"), error);
    auto columnTotals = rowTotals ? readFigures(answer.value(QLatin1String("columnTotals")), table.columns.keys.size(), table.unit,
                                                QStringLiteral("columnTotals"), error)
                                  : std::nullopt;
    auto grandTotal = columnTotals
        ? readFigure(answer.value(QLatin1String("grandTotal")), table.unit, QStringLiteral("grandTotal"), error)
        : std::nullopt;
    if (!grandTotal)
        return std::nullopt;
    table.rowTotals = *rowTotals;
    table.columnTotals = *columnTotals;
    table.grandTotal = *grandTotal;
    // Tables answered in process (the hub's report command, tests) may leave the time out;
    // one that says a time must say a real one.
    const QJsonValue generated = answer.value(QLatin1String("generated"));
    table.generated = QDateTime::fromString(generated.toString(), Qt::ISODate);
    if (!generated.isUndefined() && !table.generated.isValid()) {
        *error = QStringLiteral("The table's \"generated\" is not a time.");
        return std::nullopt;
    }
    return table;
}

} // namespace Buurtplein::StatsAnswer
