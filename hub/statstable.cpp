// SPDX-License-Identifier: GPL-3.0-or-later
#include "statstable.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace Buurtplein::Stats {

namespace {
using C = StatsRollup::Counter;

qint64 planned(const CellSums &s) { return s.counters[C::Held] + s.counters[C::NotHeld] + s.cancelledInAdvance; }

// A metric: its unit and the one or two counts it is released as (numerator, denominator).
struct Metric {
    QString unit;
    std::function<qint64(const CellSums &)> numerator;
    std::function<qint64(const CellSums &)> denominator; ///< empty for counts
};

std::function<qint64(const CellSums &)> counter(C c)
{
    return [c](const CellSums &s) { return s.counters[c]; };
}

const QList<std::pair<QString, Metric>> &metrics()
{
    const QString count = QStringLiteral("count"), share = QStringLiteral("share"), mean = QStringLiteral("mean");
    static const QList<std::pair<QString, Metric>> list = {
        {QStringLiteral("sessions_planned"), {count, planned, {}}},
        {QStringLiteral("sessions_held"), {count, counter(C::Held), {}}},
        {QStringLiteral("sessions_cancelled"), {count, [](const CellSums &s) { return s.counters[C::NotHeld] + s.cancelledInAdvance; }, {}}},
        {QStringLiteral("share_held"), {share, counter(C::Held), planned}},
        {QStringLiteral("attendance"), {count, counter(C::Attendance), {}}},
        {QStringLiteral("mean_attendance"), {mean, counter(C::Attendance), counter(C::Held)}},
        {QStringLiteral("first_timer_share"), {share, counter(C::FirstTimers), counter(C::Attendance)}},
        {QStringLiteral("host_present_share"), {share, counter(C::HostPresent), counter(C::Held)}},
        {QStringLiteral("volunteers"), {count, counter(C::Volunteers), {}}},
        {QStringLiteral("joins"), {count, counter(C::Joins), {}}},
        {QStringLiteral("joins_per_attendance"), {share, counter(C::Joins), counter(C::Attendance)}},
        {QStringLiteral("capacity_use"), {share, counter(C::CapacityAttendance), counter(C::CapacitySum)}},
        {QStringLiteral("age_0_11"), {count, counter(C::Age0to11), {}}},
        {QStringLiteral("age_12_17"), {count, counter(C::Age12to17), {}}},
        {QStringLiteral("age_18_26"), {count, counter(C::Age18to26), {}}},
        {QStringLiteral("age_27_66"), {count, counter(C::Age27to66), {}}},
        {QStringLiteral("age_67_plus"), {count, counter(C::Age67plus), {}}},
        {QStringLiteral("new_to_neighbourhood"), {count, counter(C::Newcomers), {}}},
    };
    return list;
}

const Metric *metricNamed(const QString &name)
{
    for (const auto &[n, m] : metrics()) {
        if (n == name)
            return &m;
    }
    return nullptr;
}

QString quarterOf(const QString &month) { return month.left(4) + QStringLiteral("-Q") + QString::number((month.mid(5).toInt() + 2) / 3); }
QString yearOf(const QString &month) { return month.left(4); }

// The keys of a period dimension over the range, in order; months for Month, Quarter and Year fine axes.
QStringList periodKeys(Dimension d, QDate from, QDate to)
{
    QStringList keys;
    if (d == Dimension::Week) {
        for (QDate day = from.addDays(1 - from.dayOfWeek()); day <= to; day = day.addDays(7)) {
            int isoYear = 0;
            const int week = day.weekNumber(&isoYear);
            keys.append(QStringLiteral("%1-W%2").arg(isoYear).arg(week, 2, 10, QLatin1Char('0')));
        }
        return keys;
    }
    for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1)) {
        const QString month = m.toString(QStringLiteral("yyyy-MM"));
        const QString key = d == Dimension::Quarter ? quarterOf(month) : d == Dimension::Year ? yearOf(month) : month;
        if (keys.isEmpty() || keys.last() != key)
            keys.append(key);
    }
    return keys;
}

QString coarseKey(Dimension d, const QString &fine)
{
    return d == Dimension::Quarter ? quarterOf(fine) : d == Dimension::Year ? yearOf(fine) : fine;
}

QString periodLabel(Dimension d, const QString &key, bool en)
{
    const QLocale locale(en ? QLocale::English : QLocale::Dutch);
    switch (d) {
    case Dimension::Week: return (en ? QStringLiteral("Week %1, %2") : QStringLiteral("week %1 %2")).arg(key.mid(6).toInt()).arg(key.left(4));
    case Dimension::Month: return locale.standaloneMonthName(key.mid(5).toInt()) + QLatin1Char(' ') + key.left(4);
    case Dimension::Quarter: return (en ? QStringLiteral("Q%1 %2") : QStringLiteral("K%1 %2")).arg(key.mid(6)).arg(key.left(4));
    default: return key;
    }
}

// The released figures of one part's shown table.
struct PartFigures {
    QList<Release::ReleasedValue> cells, rowTotals, columnTotals;
    Release::ReleasedValue grand;
};

Figure combine(const Metric &m, const Release::ReleasedValue &num, const Release::ReleasedValue *den)
{
    Figure f;
    if (num.isSuppressed() || (den && (den->isSuppressed() || den->value == 0)))
        return f;
    f.suppressed = false;
    if (!den) {
        f.value = double(num.value);
        return f;
    }
    const double scale = m.unit == QLatin1String("mean") ? 10 : 100;
    f.value = std::round(double(num.value) / double(den->value) * scale) / scale;
    return f;
}
} // namespace

const QStringList &metricNames()
{
    static const QStringList names = [] {
        QStringList n;
        for (const auto &entry : metrics())
            n.append(entry.first);
        return n;
    }();
    return names;
}

QString unitOf(const QString &metric)
{
    const Metric *m = metricNamed(metric);
    return m ? m->unit : QString();
}

ReleasedStats releaseTable(const Query &query, const CellMap &cells, const Release::Rules &rules, const LabelSource &labels,
                           const QString &lang)
{
    ReleasedStats out;
    out.metric = query.metric;
    out.query = query;
    out.rules = rules;
    const bool en = lang == QLatin1String("en");
    const Metric *metric = metricNamed(query.metric);
    Q_ASSERT(metric);
    auto linkable = [](Dimension d) { return d == Dimension::Month || d == Dimension::Quarter || d == Dimension::Year; };
    // Month, quarter and year tables of one request nest, so they are released together
    // when the other dimension is not a period; their fine axis is months.
    const bool linkRows = linkable(query.rows) && !isPeriod(query.columns);
    const bool linkColumns = linkable(query.columns) && !isPeriod(query.rows);

    auto axisKeys = [&](Dimension d, bool rowsSide, bool fine) {
        if (d == Dimension::None)
            return QStringList{QStringLiteral("total")};
        if (isPeriod(d))
            return periodKeys(fine ? Dimension::Month : d, query.from, query.to);
        QStringList keys;
        for (auto it = cells.cbegin(); it != cells.cend(); ++it)
            keys.append(rowsSide ? it.key().first : it.key().second);
        keys.sort();
        keys.removeDuplicates();
        return keys;
    };
    const QStringList fineRows = axisKeys(query.rows, true, linkRows);
    const QStringList fineColumns = axisKeys(query.columns, false, linkColumns);
    out.rowKeys = axisKeys(query.rows, true, false);
    out.columnKeys = axisKeys(query.columns, false, false);
    if (qint64(fineRows.size()) * fineColumns.size() > MaxReleaseCells) {
        out.tooLarge = true;
        out.error = QStringLiteral("The table would have %1 cells; at most %2 can be released at once. "
                                   "Narrow it with a gemeente or wijk filter, a shorter period or a coarser dimension.")
                        .arg(qint64(fineRows.size()) * fineColumns.size()).arg(MaxReleaseCells);
        return out;
    }

    // The linked tables: the fine one first, then (when linking) quarters and years.
    QList<Dimension> levels = {Dimension::None};
    if (linkRows || linkColumns)
        levels = {Dimension::Month, Dimension::Quarter, Dimension::Year};
    const Dimension requested = linkRows ? query.rows : query.columns;
    const int shown = (linkRows || linkColumns) ? int(levels.indexOf(requested)) : 0;

    auto labelsOf = [&](Dimension d, const QStringList &keys) {
        QStringList result;
        const QHash<QString, QString> names = isPeriod(d) || d == Dimension::None ? QHash<QString, QString>() : labels(d);
        for (const QString &key : keys) {
            if (d == Dimension::None)
                result.append(en ? QStringLiteral("Total") : QStringLiteral("Totaal"));
            else if (isPeriod(d))
                result.append(periodLabel(d, key, en));
            else if (key.isEmpty())
                result.append(en ? QStringLiteral("unknown") : QStringLiteral("onbekend"));
            else
                result.append(names.value(key, key));
        }
        return result;
    };
    out.rowLabels = labelsOf(query.rows, out.rowKeys);
    out.columnLabels = labelsOf(query.columns, out.columnKeys);

    const int rows = int(out.rowKeys.size()), columns = int(out.columnKeys.size());
    out.cells = QList<Figure>(rows * columns);
    out.rowTotals = QList<Figure>(rows);
    out.columnTotals = QList<Figure>(columns);
    if (rows == 0 || columns == 0)
        return out;

    QList<PartFigures> partFigures;
    const QList<std::function<qint64(const CellSums &)>> partValues =
        metric->denominator ? QList<std::function<qint64(const CellSums &)>>{metric->numerator, metric->denominator}
                            : QList<std::function<qint64(const CellSums &)>>{metric->numerator};
    for (const auto &value : partValues) {
        ReleasedPart part;
        part.shown = shown;
        // Table t's axis keys: fine for t = 0, coarsened by levels[t] along the linked axis.
        QList<QStringList> rowKeysOf, columnKeysOf;
        for (Dimension level : levels) {
            rowKeysOf.append(linkRows && level != Dimension::None ? periodKeys(level, query.from, query.to)
                             : linkRows ? fineRows : out.rowKeys);
            columnKeysOf.append(linkColumns && level != Dimension::None ? periodKeys(level, query.from, query.to)
                                : linkColumns ? fineColumns : out.columnKeys);
        }
        for (int t = 0; t < levels.size(); ++t) {
            Release::Table table = Release::Table::sized(int(rowKeysOf[t].size()), int(columnKeysOf[t].size()));
            for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
                const Dimension rowLevel = linkRows ? levels[t] : query.rows;
                const Dimension columnLevel = linkColumns ? levels[t] : query.columns;
                const int r = int(rowKeysOf[t].indexOf(isPeriod(query.rows) ? coarseKey(rowLevel, it.key().first) : it.key().first));
                const int c = int(columnKeysOf[t].indexOf(isPeriod(query.columns) ? coarseKey(columnLevel, it.key().second) : it.key().second));
                if (r < 0 || c < 0)
                    continue;
                Release::CellCounts &counts = table.cell(r, c);
                counts.sessions += planned(it.value());
                counts.participants += it.value().counters[C::Attendance];
                counts.value += value(it.value());
            }
            part.tables.append(table);
            if (t > 0) {
                Release::Aggregation a;
                a.fineTable = t - 1;
                a.coarseTable = t;
                for (const QString &k : rowKeysOf[t - 1])
                    a.rowMap.append(linkRows ? int(rowKeysOf[t].indexOf(coarseKey(levels[t], k))) : int(a.rowMap.size()));
                for (const QString &k : columnKeysOf[t - 1])
                    a.columnMap.append(linkColumns ? int(columnKeysOf[t].indexOf(coarseKey(levels[t], k))) : int(a.columnMap.size()));
                part.aggregations.append(a);
            }
        }
        const Release::ReleaseResult result = Release::releaseLinked(part.tables, part.aggregations, rules);
        if (!result.ok()) {
            out.error = result.error;
            return out;
        }
        part.released = result.tables;
        const Release::ReleasedTable &t = result.tables.at(shown);
        partFigures.append({t.cells, t.rowTotals, t.columnTotals, t.grandTotal});
        out.parts.append(part);
    }
    auto figure = [&](auto pick) {
        const Release::ReleasedValue &num = pick(partFigures.at(0));
        return combine(*metric, num, partFigures.size() > 1 ? &pick(partFigures.at(1)) : nullptr);
    };
    for (int i = 0; i < rows * columns; ++i)
        out.cells[i] = figure([i](const PartFigures &p) -> const Release::ReleasedValue & { return p.cells.at(i); });
    for (int r = 0; r < rows; ++r)
        out.rowTotals[r] = figure([r](const PartFigures &p) -> const Release::ReleasedValue & { return p.rowTotals.at(r); });
    for (int c = 0; c < columns; ++c)
        out.columnTotals[c] = figure([c](const PartFigures &p) -> const Release::ReleasedValue & { return p.columnTotals.at(c); });
    out.grandTotal = figure([](const PartFigures &p) -> const Release::ReleasedValue & { return p.grand; });
    return out;
}

QJsonObject toJson(const ReleasedStats &stats, const QString &generated)
{
    const bool count = unitOf(stats.metric) == QLatin1String("count");
    auto figure = [&](const Figure &f) {
        if (f.suppressed)
            return QJsonObject{{QStringLiteral("suppressed"), true}};
        return QJsonObject{{QStringLiteral("value"), count ? QJsonValue(qint64(f.value)) : QJsonValue(f.value)}};
    };
    auto list = [&](const QList<Figure> &figures) {
        QJsonArray a;
        for (const Figure &f : figures)
            a.append(figure(f));
        return a;
    };
    QJsonArray cells;
    for (int r = 0; r < stats.rowKeys.size(); ++r)
        cells.append(list(stats.cells.mid(r * stats.columnKeys.size(), stats.columnKeys.size())));
    QJsonObject filters;
    for (auto it = stats.query.filters.cbegin(); it != stats.query.filters.cend(); ++it)
        filters.insert(it.key(), it.value());
    return {{QStringLiteral("metric"), stats.metric},
            {QStringLiteral("unit"), unitOf(stats.metric)},
            {QStringLiteral("from"), stats.query.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), stats.query.to.toString(Qt::ISODate)},
            {QStringLiteral("filters"), filters},
            {QStringLiteral("rows"), QJsonObject{{QStringLiteral("dimension"), dimensionName(stats.query.rows)},
                                                 {QStringLiteral("keys"), QJsonArray::fromStringList(stats.rowKeys)},
                                                 {QStringLiteral("labels"), QJsonArray::fromStringList(stats.rowLabels)}}},
            {QStringLiteral("columns"), QJsonObject{{QStringLiteral("dimension"), dimensionName(stats.query.columns)},
                                                    {QStringLiteral("keys"), QJsonArray::fromStringList(stats.columnKeys)},
                                                    {QStringLiteral("labels"), QJsonArray::fromStringList(stats.columnLabels)}}},
            {QStringLiteral("cells"), cells},
            {QStringLiteral("rowTotals"), list(stats.rowTotals)},
            {QStringLiteral("columnTotals"), list(stats.columnTotals)},
            {QStringLiteral("grandTotal"), figure(stats.grandTotal)},
            {QStringLiteral("rules"), QJsonObject{{QStringLiteral("k"), stats.rules.minParticipants},
                                                  {QStringLiteral("minSessions"), stats.rules.minSessions},
                                                  {QStringLiteral("roundingBase"), stats.rules.roundingBase},
                                                  {QStringLiteral("epsilon"), stats.rules.epsilon}}},
            {QStringLiteral("generated"), generated}};
}

} // namespace Buurtplein::Stats
