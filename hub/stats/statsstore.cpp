// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/statsstore.h"
#include "places/areaindex.h"
#include "worker/sessionlogpayload.h"
#include "store/hubcatalogue.h"
#include "store/hubdatabase.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace Buurtplein {

using namespace Stats;

namespace Stats {

namespace {
const QList<std::pair<QString, Dimension>> &names()
{
    static const QList<std::pair<QString, Dimension>> list = {
        {QStringLiteral("period:week"), Dimension::Week}, {QStringLiteral("period:month"), Dimension::Month},
        {QStringLiteral("period:quarter"), Dimension::Quarter}, {QStringLiteral("period:year"), Dimension::Year},
        {QStringLiteral("area:gemeente"), Dimension::Gemeente}, {QStringLiteral("area:wijk"), Dimension::Wijk},
        {QStringLiteral("area:buurt"), Dimension::Buurt}, {QStringLiteral("category"), Dimension::Category},
        {QStringLiteral("programme"), Dimension::Programme}, {QStringLiteral("organisation"), Dimension::Organisation}};
    return list;
}
} // namespace

std::optional<Dimension> dimensionNamed(const QString &name)
{
    for (const auto &[text, dimension] : names()) {
        if (text == name)
            return dimension;
    }
    return std::nullopt;
}

QString dimensionName(Dimension dimension)
{
    for (const auto &[text, d] : names()) {
        if (d == dimension)
            return text;
    }
    return {};
}

bool isPeriod(Dimension d)
{
    return d == Dimension::Week || d == Dimension::Month || d == Dimension::Quarter || d == Dimension::Year;
}

const QList<QString> &filterNames()
{
    static const QList<QString> list = {QStringLiteral("gemeente"), QStringLiteral("wijk"), QStringLiteral("buurt"),
                                        QStringLiteral("category"), QStringLiteral("programme"), QStringLiteral("organisation")};
    return list;
}

void CellSums::add(const CellSums &other)
{
    for (int i = 0; i < StatsRollup::CounterCount; ++i)
        counters[i] += other.counters.at(i);
    cancelledInAdvance += other.cancelledInAdvance;
    cancelledKeySum += other.cancelledKeySum;
}

} // namespace Stats

namespace {
// Columns of the joined rollup r, activity a and place p; period dimensions are mapped in C++.
QString expression(Dimension d, const QString &period)
{
    switch (d) {
    case Dimension::None: return QStringLiteral("'total'");
    case Dimension::Gemeente: return QStringLiteral("COALESCE(p.gemeente, '')");
    case Dimension::Wijk: return QStringLiteral("COALESCE(p.wijk, '')");
    case Dimension::Buurt: return QStringLiteral("COALESCE(p.buurt, '')");
    case Dimension::Category: return QStringLiteral("COALESCE(a.category, '')");
    case Dimension::Programme: return QStringLiteral("COALESCE(a.programme, '')");
    case Dimension::Organisation: return QStringLiteral("COALESCE(a.organisation_uid, '')");
    default: return period;
    }
}

QString filterColumn(const QString &name)
{
    if (name == QLatin1String("organisation"))
        return QStringLiteral("COALESCE(a.organisation_uid, '')");
    if (name == QLatin1String("category") || name == QLatin1String("programme"))
        return QStringLiteral("COALESCE(a.%1, '')").arg(name);
    return QStringLiteral("COALESCE(p.%1, '')").arg(name);
}

QDate dayDate(int day)
{
    return QDate(day / 10000, day / 100 % 100, day % 100);
}

QString weekKey(int isoYear, int week)
{
    return QStringLiteral("%1-W%2").arg(isoYear).arg(week, 2, 10, QLatin1Char('0'));
}

QString monthKey(int month)
{
    return QStringLiteral("%1-%2").arg(month / 100).arg(month % 100, 2, 10, QLatin1Char('0'));
}

// The key of a period dimension for a rollup row's period value.
QString periodKey(Dimension d, int period, bool byDay, bool weekly)
{
    if (byDay) {
        const QDate date = dayDate(period);
        if (d == Dimension::Week) {
            int isoYear = 0;
            const int week = date.weekNumber(&isoYear);
            return weekKey(isoYear, week);
        }
        return monthKey(period / 100);
    }
    return weekly ? weekKey(period / 100, period % 100) : monthKey(period);
}

int dayOf(QDate d)
{
    return d.year() * 10000 + d.month() * 100 + d.day();
}
} // namespace

bool StatsStore::collectSegment(const Query &query, const QString &table, int first, int last, bool byDay, CellMap *cells,
                                QString *error)
{
    const bool weekly = query.rows == Dimension::Week || query.columns == Dimension::Week;
    QString sums;
    for (const QString &c : StatsRollup::columns())
        sums += QStringLiteral(", SUM(r.%1)").arg(c);
    QString where = QStringLiteral("r.period BETWEEN ? AND ?");
    for (auto it = query.filters.cbegin(); it != query.filters.cend(); ++it)
        where += QStringLiteral(" AND %1 = ?").arg(filterColumn(it.key()));
    const QString sql = QStringLiteral("SELECT %1, %2%3 FROM %4 r LEFT JOIN stats_activity a ON a.uid = r.activity_uid"
                                       " LEFT JOIN stats_place p ON p.uid = CASE WHEN r.place_uid = '' THEN a.place_uid ELSE r.place_uid END"
                                       " WHERE %5 GROUP BY 1, 2")
                            .arg(expression(query.rows, QStringLiteral("r.period")), expression(query.columns, QStringLiteral("r.period")),
                                 sums, table, where);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(first);
    q.addBindValue(last);
    for (const QString &value : query.filters)
        q.addBindValue(value);
    if (!q.exec()) {
        *error = QStringLiteral("Cannot read the statistics: ") + q.lastError().text();
        return false;
    }
    while (q.next()) {
        auto key = [&](Dimension d, int column) {
            return isPeriod(d) ? periodKey(d, q.value(column).toInt(), byDay, weekly) : q.value(column).toString();
        };
        CellSums sumsOfRow;
        for (int i = 0; i < StatsRollup::CounterCount; ++i)
            sumsOfRow.counters[i] = q.value(2 + i).toLongLong();
        (*cells)[{key(query.rows, 0), key(query.columns, 1)}].add(sumsOfRow);
    }
    return true;
}

bool StatsStore::collectCancelled(const Query &query, CellMap *cells, QString *error)
{
    QString where = QStringLiteral("c.logged = 0 AND c.day BETWEEN ? AND ?");
    for (auto it = query.filters.cbegin(); it != query.filters.cend(); ++it)
        where += QStringLiteral(" AND %1 = ?").arg(filterColumn(it.key()));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1, %2, COUNT(*), SUM(c.record_key) FROM stats_cancelled c LEFT JOIN stats_activity a ON a.uid = c.activity_uid"
                             " LEFT JOIN stats_place p ON p.uid = a.place_uid WHERE %3 GROUP BY 1, 2")
                  .arg(expression(query.rows, QStringLiteral("c.day")), expression(query.columns, QStringLiteral("c.day")), where));
    q.addBindValue(dayOf(query.from));
    q.addBindValue(dayOf(query.to));
    for (const QString &value : query.filters)
        q.addBindValue(value);
    if (!q.exec()) {
        *error = QStringLiteral("Cannot read the cancelled sessions: ") + q.lastError().text();
        return false;
    }
    while (q.next()) {
        auto key = [&](Dimension d, int column) {
            return isPeriod(d) ? periodKey(d, q.value(column).toInt(), true, false) : q.value(column).toString();
        };
        CellSums &sums = (*cells)[{key(query.rows, 0), key(query.columns, 1)}];
        sums.cancelledInAdvance += q.value(2).toLongLong();
        sums.cancelledKeySum += q.value(3).toLongLong();
    }
    return true;
}

// Whole weeks or months inside the range come from their rollup, the days at either edge
// from the daily one, so any from/to is exact and a year reads about 12 or 53 rows per key.
std::optional<CellMap> StatsStore::collect(const Query &query, QString *error)
{
    const bool weekly = query.rows == Dimension::Week || query.columns == Dimension::Week;
    QDate firstWhole = query.from;
    QDate lastWhole = query.to;
    if (weekly) {
        while (firstWhole.dayOfWeek() != 1)
            firstWhole = firstWhole.addDays(1);
        while (lastWhole.dayOfWeek() != 7)
            lastWhole = lastWhole.addDays(-1);
    } else {
        if (firstWhole.day() != 1)
            firstWhole = QDate(firstWhole.year(), firstWhole.month(), 1).addMonths(1);
        if (lastWhole.addDays(1).day() != 1)
            lastWhole = QDate(lastWhole.year(), lastWhole.month(), 1).addDays(-1);
    }
    CellMap cells;
    auto periodOf = [&](QDate d) {
        int isoYear = 0;
        const int week = d.weekNumber(&isoYear);
        return weekly ? isoYear * 100 + week : d.year() * 100 + d.month();
    };
    const QString table = weekly ? QStringLiteral("stats_week") : QStringLiteral("stats_month");
    bool ok = true;
    if (firstWhole > lastWhole) {
        ok = collectSegment(query, QStringLiteral("stats_day"), dayOf(query.from), dayOf(query.to), true, &cells, error);
    } else {
        ok = collectSegment(query, table, periodOf(firstWhole), periodOf(lastWhole), false, &cells, error);
        if (ok && firstWhole > query.from)
            ok = collectSegment(query, QStringLiteral("stats_day"), dayOf(query.from), dayOf(firstWhole.addDays(-1)), true, &cells, error);
        if (ok && lastWhole < query.to)
            ok = collectSegment(query, QStringLiteral("stats_day"), dayOf(lastWhole.addDays(1)), dayOf(query.to), true, &cells, error);
    }
    if (!ok || !collectCancelled(query, &cells, error))
        return std::nullopt;
    return cells;
}

} // namespace Buurtplein
