// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/statstable.h"

#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <optional>

namespace Buurtplein::Stats {

namespace {
using C = StatsRollup::Counter;

qint64 planned(const CellSums &s) { return s.counters[C::Held] + s.counters[C::NotHeld] + s.cancelledInAdvance; }

// The quantities released: each its own cell-key offset (Release::cellKey), so that the
// same quantity gets the same perturbation in every metric it is part of.
enum Quantity {
    Planned, HeldSessions, Cancelled, Attendance, FirstTimers, HostPresent, Volunteers, Joins, CapacityAttendance,
    CapacitySum, Age0to11, Age12to17, Age18to26, Age27to66, Age67plus, Newcomers
};

qint64 quantityOf(Quantity q, const CellSums &s)
{
    switch (q) {
    case Planned: return planned(s);
    case HeldSessions: return s.counters[C::Held];
    case Cancelled: return s.counters[C::NotHeld] + s.cancelledInAdvance;
    case Attendance: return s.counters[C::Attendance];
    case FirstTimers: return s.counters[C::FirstTimers];
    case HostPresent: return s.counters[C::HostPresent];
    case Volunteers: return s.counters[C::Volunteers];
    case Joins: return s.counters[C::Joins];
    case CapacityAttendance: return s.counters[C::CapacityAttendance];
    case CapacitySum: return s.counters[C::CapacitySum];
    case Age0to11: return s.counters[C::Age0to11];
    case Age12to17: return s.counters[C::Age12to17];
    case Age18to26: return s.counters[C::Age18to26];
    case Age27to66: return s.counters[C::Age27to66];
    case Age67plus: return s.counters[C::Age67plus];
    case Newcomers: return s.counters[C::Newcomers];
    }
    return 0;
}

// A metric: its unit and the one or two quantities it is released as (numerator, denominator).
struct Metric {
    QString unit;
    Quantity numerator;
    std::optional<Quantity> denominator; ///< empty for counts
    bool atMostOne = false;              ///< a share of a whole: the perturbed parts may not make it exceed 1
};

const QList<std::pair<QString, Metric>> &metrics()
{
    const QString count = QStringLiteral("count"), share = QStringLiteral("share"), mean = QStringLiteral("mean");
    static const QList<std::pair<QString, Metric>> list = {
        {QStringLiteral("sessions_planned"), {count, Planned, {}}},
        {QStringLiteral("sessions_held"), {count, HeldSessions, {}}},
        {QStringLiteral("sessions_cancelled"), {count, Cancelled, {}}},
        {QStringLiteral("share_held"), {share, HeldSessions, Planned, true}},
        {QStringLiteral("attendance"), {count, Attendance, {}}},
        {QStringLiteral("mean_attendance"), {mean, Attendance, HeldSessions}},
        {QStringLiteral("first_timer_share"), {share, FirstTimers, Attendance, true}},
        {QStringLiteral("host_present_share"), {share, HostPresent, HeldSessions, true}},
        {QStringLiteral("volunteers"), {count, Volunteers, {}}},
        {QStringLiteral("joins"), {count, Joins, {}}},
        {QStringLiteral("joins_per_attendance"), {share, Joins, Attendance}},
        {QStringLiteral("capacity_use"), {share, CapacityAttendance, CapacitySum}},
        {QStringLiteral("age_0_11"), {count, Age0to11, {}}},
        {QStringLiteral("age_12_17"), {count, Age12to17, {}}},
        {QStringLiteral("age_18_26"), {count, Age18to26, {}}},
        {QStringLiteral("age_27_66"), {count, Age27to66, {}}},
        {QStringLiteral("age_67_plus"), {count, Age67plus, {}}},
        {QStringLiteral("new_to_neighbourhood"), {count, Newcomers, {}}},
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

// The first day of period @p key of dimension @p d.
QDate periodStart(Dimension d, const QString &key)
{
    const int year = key.left(4).toInt();
    switch (d) {
    case Dimension::Week: {
        const QDate jan4(year, 1, 4); // ISO week 1 holds 4 January
        return jan4.addDays(1 - jan4.dayOfWeek() + 7 * (key.mid(6).toInt() - 1));
    }
    case Dimension::Month: return QDate(year, key.mid(5).toInt(), 1);
    case Dimension::Quarter: return QDate(year, 3 * key.mid(6).toInt() - 2, 1);
    default: return QDate(year, 1, 1);
    }
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

// The figure of @p sums: its metric's quantities released one by one (a ratio from the
// released numerator and denominator, so it reveals nothing the counts do not).
Figure release(const Metric &m, const CellSums &sums, const Release::Rules &rules, const Release::PerturbationTable &table)
{
    auto part = [&](Quantity q) {
        const Release::CellCounts counts{planned(sums), sums.counters[C::Attendance], quantityOf(q, sums), sums.keySum()};
        return Release::releaseFigure(counts, q, rules, table);
    };
    Figure f;
    const Release::ReleasedValue num = part(m.numerator);
    if (num.isSuppressed())
        return f;
    if (!m.denominator) {
        f.suppressed = false;
        f.value = double(num.value);
        return f;
    }
    const Release::ReleasedValue den = part(*m.denominator);
    if (den.isSuppressed() || den.value <= 0)
        return f;
    f.suppressed = false;
    const double scale = m.unit == QLatin1String("mean") ? 10 : 100;
    f.value = std::round(double(num.value) / double(den.value) * scale) / scale;
    if (m.atMostOne)
        f.value = std::min(f.value, 1.0);
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

    auto axisKeys = [&](Dimension d, bool rowsSide) {
        if (d == Dimension::None)
            return QStringList{QStringLiteral("total")};
        if (isPeriod(d)) {
            // Periods that have not begun by the hub's clock cannot hold figures yet.
            QStringList keys = periodKeys(d, query.from, query.to);
            if (query.asOf.isValid())
                keys.erase(std::remove_if(keys.begin(), keys.end(), [&](const QString &k) { return periodStart(d, k) > query.asOf; }),
                           keys.end());
            return keys;
        }
        QStringList keys;
        for (auto it = cells.cbegin(); it != cells.cend(); ++it)
            keys.append(rowsSide ? it.key().first : it.key().second);
        keys.sort();
        keys.removeDuplicates();
        return keys;
    };
    out.rowKeys = axisKeys(query.rows, true);
    out.columnKeys = axisKeys(query.columns, false);
    if (qint64(out.rowKeys.size()) * out.columnKeys.size() > MaxReleaseCells) {
        out.tooLarge = true;
        out.error = QStringLiteral("The table would have %1 cells; at most %2 can be released at once. "
                                   "Narrow it with a gemeente or wijk filter, a shorter period or a coarser dimension.")
                        .arg(qint64(out.rowKeys.size()) * out.columnKeys.size()).arg(MaxReleaseCells);
        return out;
    }
    const QString error = Release::rulesError(rules);
    if (!error.isEmpty()) {
        out.error = error;
        return out;
    }

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
    // Every figure is the sum of its records, margins included: a margin's records are
    // those of the cells shown in its row or column, so its key is the sum of theirs.
    QList<CellSums> cellSums(rows * columns), rowSums(rows), columnSums(columns);
    CellSums grandSums;
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        const int r = int(out.rowKeys.indexOf(isPeriod(query.rows) ? coarseKey(query.rows, it.key().first) : it.key().first));
        const int c = int(out.columnKeys.indexOf(isPeriod(query.columns) ? coarseKey(query.columns, it.key().second) : it.key().second));
        if (r < 0 || c < 0)
            continue;
        cellSums[r * columns + c].add(it.value());
        rowSums[r].add(it.value());
        columnSums[c].add(it.value());
        grandSums.add(it.value());
    }
    const Release::PerturbationTable table(rules);
    out.cells.reserve(rows * columns);
    for (const CellSums &s : cellSums)
        out.cells.append(release(*metric, s, rules, table));
    for (const CellSums &s : rowSums)
        out.rowTotals.append(release(*metric, s, rules, table));
    for (const CellSums &s : columnSums)
        out.columnTotals.append(release(*metric, s, rules, table));
    out.grandTotal = release(*metric, grandSums, rules, table);
    return out;
}

QDate hubDate(const QDateTime &moment)
{
    static const QTimeZone amsterdam("Europe/Amsterdam");
    return moment.toTimeZone(amsterdam).date();
}

QJsonObject rulesJson(const Release::Rules &rules)
{
    return {{QStringLiteral("k"), rules.minParticipants},
            {QStringLiteral("minSessions"), rules.minSessions},
            {QStringLiteral("method"), QStringLiteral("cell-key")},
            {QStringLiteral("maxNoise"), rules.maxNoise}};
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
            {QStringLiteral("rules"), rulesJson(stats.rules)},
            {QStringLiteral("generated"), generated}};
}

} // namespace Buurtplein::Stats
