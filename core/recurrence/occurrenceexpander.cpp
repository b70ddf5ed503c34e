// SPDX-License-Identifier: GPL-3.0-or-later
#include "recurrence/occurrenceexpander.h"

#include "recurrence/perioddays.h"
#include "recurrence/recurrencelog.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace Buurtplein {

namespace {

constexpr qint64 SecsPerDay = 86400;
constexpr qint64 EpochJulianDay = 2440588;          // 1970-01-01
constexpr qint64 EarliestUtc = -62135596800LL;      // 0001-01-01T00:00:00Z
constexpr qint64 LatestUtc = 253402300799LL;        // 9999-12-31T23:59:59Z
// A rule that selects nothing for this long never will (the Gregorian calendar repeats every 400 years).
constexpr qint64 BarrenDays = 400 * 366;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

QDate dateOfWall(qint64 wall)
{
    return QDate::fromJulianDay(floorDiv(wall, SecsPerDay) + EpochJulianDay);
}

QTime timeOfWall(qint64 wall)
{
    return QTime::fromMSecsSinceStartOfDay(int(wall - floorDiv(wall, SecsPerDay) * SecsPerDay) * 1000);
}

// Gathers the occurrences that fall in the window and survive the exceptions.
class Collector
{
public:
    Collector(const RecurrenceSet &set, const ZoneRules &zone, qint64 fromUtc, qint64 toUtc)
        : m_set(set), m_zone(zone), m_from(fromUtc), m_to(toUtc)
    {
        for (qint64 utc : set.exceptionStartsUtc)
            m_exceptStarts.insert(utc);
        for (const QDate &day : set.exceptionDays)
            m_exceptDays.insert(day.toJulianDay());
    }

    void consider(qint64 startUtc)
    {
        if (startUtc < m_from || startUtc >= m_to || m_exceptStarts.contains(startUtc))
            return;
        const qint64 wall = startUtc + m_zone.offsetAtUtc(startUtc);
        const QDate date = dateOfWall(wall);
        if (m_exceptDays.contains(date.toJulianDay()))
            return;
        ExpandedOccurrence o;
        o.startUtc = startUtc;
        o.localDate = date;
        o.localTime = timeOfWall(wall);
        o.endUtc = startUtc + m_set.durationSecs;
        // A whole-day session lasting N days ends at local midnight, whatever DST did in between.
        if (m_set.allDay && m_set.durationSecs > 0 && m_set.durationSecs % SecsPerDay == 0)
            o.endUtc = m_zone.toUtc(date.addDays(m_set.durationSecs / SecsPerDay), QTime(0, 0));
        m_found.append(o);
    }

    int size() const { return int(m_found.size()); }

    QList<ExpandedOccurrence> take(int limit)
    {
        std::sort(m_found.begin(), m_found.end(),
                  [](const ExpandedOccurrence &a, const ExpandedOccurrence &b) { return a.startUtc < b.startUtc; });
        m_found.erase(std::unique(m_found.begin(), m_found.end(),
                                  [](const ExpandedOccurrence &a, const ExpandedOccurrence &b) { return a.startUtc == b.startUtc; }),
                      m_found.end());
        if (m_found.size() > limit)
            m_found.resize(limit);
        return std::move(m_found);
    }

private:
    const RecurrenceSet &m_set;
    const ZoneRules &m_zone;
    qint64 m_from;
    qint64 m_to;
    QSet<qint64> m_exceptStarts;
    QSet<qint64> m_exceptDays;
    QList<ExpandedOccurrence> m_found;
};

// The wall-clock times of day (seconds since midnight) each selected day gets, ascending.
std::vector<int> timesOfDay(const RecurrenceSet &set, const QTime &startTime)
{
    if (set.allDay)
        return {0};
    const RecurrenceRule &rule = *set.rule;
    const QList<int> hours = rule.byHour.isEmpty() ? QList<int>{startTime.hour()} : rule.byHour;
    const QList<int> minutes = rule.byMinute.isEmpty() ? QList<int>{startTime.minute()} : rule.byMinute;
    const QList<int> seconds = rule.bySecond.isEmpty() ? QList<int>{startTime.second()} : rule.bySecond;
    std::vector<int> times;
    for (int h : hours)
        for (int m : minutes)
            for (int s : seconds)
                times.push_back(h * 3600 + m * 60 + s);
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    return times;
}

void applySetPositions(const QList<int> &positions, std::vector<qint64> *candidates)
{
    std::vector<qint64> picked;
    const int n = int(candidates->size());
    for (int pos : positions) {
        const int index = pos > 0 ? pos - 1 : n + pos;
        if (index >= 0 && index < n)
            picked.push_back((*candidates)[std::size_t(index)]);
    }
    std::sort(picked.begin(), picked.end());
    picked.erase(std::unique(picked.begin(), picked.end()), picked.end());
    candidates->swap(picked);
}

void expandRule(const RecurrenceSet &set, const ZoneRules &zone, const QTime &startTime, qint64 fromUtc, qint64 toUtc,
                int limit, Collector *collector)
{
    const RecurrenceRule &rule = *set.rule;
    const qint64 startWall = (set.startDate.toJulianDay() - EpochJulianDay) * SecsPerDay + startTime.msecsSinceStartOfDay() / 1000;
    const PeriodDays periods(rule, set.startDate);
    const std::vector<int> times = timesOfDay(set, startTime);
    const int interval = std::max(1, rule.interval);
    const qint64 lastJd = dateOfWall(toUtc + zone.offsetAtUtc(toUtc)).toJulianDay() + 1;

    // A date UNTIL compares with the local date, a UTC one with the instant, a floating one with the wall clock.
    qint64 untilKey = 0;
    if (rule.untilDate) {
        untilKey = rule.untilIsDate ? rule.untilDate->toJulianDay()
                                    : (rule.untilDate->toJulianDay() - EpochJulianDay) * SecsPerDay
                                          + rule.untilTime.msecsSinceStartOfDay() / 1000;
    }

    int counted = 1; // DTSTART is the first occurrence (RFC 5545 3.8.5.3).
    if (rule.count > 0 && counted >= rule.count)
        return;

    qint64 index = 0;
    if (rule.count == 0) {
        // Without COUNT nothing before the window matters: jump to the period holding it.
        const QDate firstDay = dateOfWall(fromUtc + zone.offsetAtUtc(fromUtc)).addDays(-1);
        const qint64 skip = periods.periodIndexOf(firstDay);
        if (skip > 0)
            index = skip - skip % interval;
    }

    std::vector<qint64> days;
    std::vector<qint64> candidates;
    qint64 lastFruitfulJd = periods.periodStart(index).toJulianDay();
    for (;; index += interval) {
        const QDate periodStart = periods.periodStart(index);
        if (!periodStart.isValid() || periodStart.year() > 9999 || periodStart.toJulianDay() > lastJd)
            return;
        days.clear();
        periods.days(periodStart, &days);
        if (days.empty()) {
            if (periodStart.toJulianDay() - lastFruitfulJd > BarrenDays)
                return;
            continue;
        }
        lastFruitfulJd = periodStart.toJulianDay();
        candidates.clear();
        for (qint64 jd : days)
            for (int t : times)
                candidates.push_back((jd - EpochJulianDay) * SecsPerDay + t);
        if (!rule.bySetPos.isEmpty())
            applySetPositions(rule.bySetPos, &candidates);

        for (qint64 wall : candidates) {
            if (wall <= startWall)
                continue;
            const QDate date = dateOfWall(wall);
            const qint64 utc = zone.toUtc(date, timeOfWall(wall));
            if (rule.untilDate) {
                const bool after = rule.untilIsDate ? date.toJulianDay() > untilKey
                                                    : (rule.untilIsUtc ? utc > untilKey : wall > untilKey);
                if (after)
                    return;
            }
            if (rule.count > 0 && ++counted > rule.count)
                return;
            collector->consider(utc);
            // Two spare ones: a time in a spring-forward gap can sort before the one ahead of it.
            if (collector->size() >= limit + 2)
                return;
        }
    }
}

} // namespace

namespace OccurrenceExpander {

QList<ExpandedOccurrence> expand(const RecurrenceSet &set, qint64 fromUtc, qint64 toUtc, int limit)
{
    fromUtc = std::clamp(fromUtc, EarliestUtc, LatestUtc);
    toUtc = std::clamp(toUtc, EarliestUtc, LatestUtc);
    if (!set.startDate.isValid() || fromUtc >= toUtc || limit <= 0)
        return {};
    Q_ASSERT(set.zone);
    const std::shared_ptr<const ZoneRules> zone = set.zone ? set.zone : ZoneRules::fixed(0);
    const QTime startTime = set.allDay || !set.startTime.isValid() ? QTime(0, 0) : set.startTime;

    Collector collector(set, *zone, fromUtc, toUtc);
    collector.consider(zone->toUtc(set.startDate, startTime));
    if (set.rule) {
        if (set.rule->frequency < RecurrenceRule::Frequency::Daily)
            qCWarning(lcRecurrence) << "Sub-daily recurrence is not supported; only DTSTART is used:" << set.rule->toString();
        else
            expandRule(set, *zone, startTime, fromUtc, toUtc, limit, &collector);
    }
    for (qint64 utc : set.extraStartsUtc)
        collector.consider(utc);
    return collector.take(limit);
}

} // namespace OccurrenceExpander

namespace OccurrenceId {

QString make(const QString &activityUid, qint64 originalStartUtc)
{
    const QDate date = dateOfWall(originalStartUtc);
    const int secs = int(originalStartUtc - floorDiv(originalStartUtc, SecsPerDay) * SecsPerDay);
    char stamp[17];
    const auto put = [&stamp](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            stamp[at + i] = char('0' + value % 10);
    };
    put(0, std::clamp(date.year(), 0, 9999), 4);
    put(4, date.month(), 2);
    put(6, date.day(), 2);
    stamp[8] = 'T';
    put(9, secs / 3600, 2);
    put(11, (secs / 60) % 60, 2);
    put(13, secs % 60, 2);
    stamp[15] = 'Z';
    stamp[16] = '\0';
    return activityUid + QLatin1Char('/') + QLatin1String(stamp, 16);
}

} // namespace OccurrenceId

} // namespace Buurtplein
