// SPDX-License-Identifier: GPL-3.0-or-later
#include "recurrence/perioddays.h"

#include <algorithm>

namespace Buurtplein {

namespace {

using Frequency = RecurrenceRule::Frequency;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

qint64 weekStartJd(qint64 jd, int weekStart)
{
    const int weekday = int(jd % 7) + 1; // Julian day 0 is a Monday
    return jd - (weekday - weekStart + 7) % 7;
}

// The first day of week 1 of @p year: the week (starting on @p weekStart) holding at least four days of the year.
qint64 firstWeekJd(int year, int weekStart)
{
    const qint64 jan1 = QDate(year, 1, 1).toJulianDay();
    const qint64 begin = weekStartJd(jan1, weekStart);
    return jan1 - begin <= 3 ? begin : begin + 7;
}

} // namespace

PeriodDays::PeriodDays(const RecurrenceRule &rule, const QDate &start)
    : m_frequency(rule.frequency)
    , m_start(start)
    , m_weekStart(rule.weekStart)
    , m_monthDays(rule.byMonthDay)
    , m_yearDays(rule.byYearDay)
    , m_weekNumbers(rule.byWeekNo)
    , m_weekdays(rule.byDay)
    , m_byMonthGiven(!rule.byMonth.isEmpty())
{
    QList<int> months = rule.byMonth;
    const bool noDayParts = m_monthDays.isEmpty() && m_yearDays.isEmpty() && m_weekNumbers.isEmpty() && m_weekdays.isEmpty();
    switch (m_frequency) {
    case Frequency::Yearly:
        if (noDayParts) {
            m_monthDays = {start.day()};
            if (months.isEmpty())
                months = {start.month()};
        } else if (!m_weekNumbers.isEmpty() && m_weekdays.isEmpty() && m_monthDays.isEmpty() && m_yearDays.isEmpty()) {
            m_weekdays = {WeekdayNum{0, Qt::DayOfWeek(start.dayOfWeek())}};
        }
        break;
    case Frequency::Monthly:
        if (m_monthDays.isEmpty() && m_weekdays.isEmpty())
            m_monthDays = {start.day()};
        break;
    case Frequency::Weekly:
        if (m_weekdays.isEmpty())
            m_weekdays = {WeekdayNum{0, Qt::DayOfWeek(start.dayOfWeek())}};
        for (const WeekdayNum &d : std::as_const(m_weekdays))
            m_weekOffsets.push_back((d.day - m_weekStart + 7) % 7);
        std::sort(m_weekOffsets.begin(), m_weekOffsets.end());
        m_weekOffsets.erase(std::unique(m_weekOffsets.begin(), m_weekOffsets.end()), m_weekOffsets.end());
        break;
    default:
        break;
    }
    m_anyMonth = months.isEmpty();
    for (int m : std::as_const(months))
        m_months[std::size_t(m)] = true;
}

QDate PeriodDays::periodStart(qint64 index) const
{
    switch (m_frequency) {
    case Frequency::Yearly:
        return QDate(int(m_start.year() + index), 1, 1);
    case Frequency::Monthly: {
        const qint64 months = qint64(m_start.year()) * 12 + (m_start.month() - 1) + index;
        return QDate(int(floorDiv(months, 12)), int(months - floorDiv(months, 12) * 12) + 1, 1);
    }
    case Frequency::Weekly:
        return QDate::fromJulianDay(weekStartJd(m_start.toJulianDay(), m_weekStart) + 7 * index);
    default:
        return m_start.addDays(index);
    }
}

qint64 PeriodDays::periodIndexOf(const QDate &date) const
{
    switch (m_frequency) {
    case Frequency::Yearly:
        return date.year() - m_start.year();
    case Frequency::Monthly:
        return qint64(date.year() - m_start.year()) * 12 + (date.month() - m_start.month());
    case Frequency::Weekly:
        return floorDiv(weekStartJd(date.toJulianDay(), m_weekStart) - weekStartJd(m_start.toJulianDay(), m_weekStart), 7);
    default:
        return m_start.daysTo(date);
    }
}

bool PeriodDays::matchesWeekday(int weekday, int indexInContext, int contextLength) const
{
    for (const WeekdayNum &d : m_weekdays) {
        if (d.day != weekday)
            continue;
        if (d.ordinal == 0)
            return true;
        const int nth = d.ordinal > 0 ? indexInContext / 7 + 1 : -((contextLength - 1 - indexInContext) / 7 + 1);
        if (nth == d.ordinal)
            return true;
    }
    return false;
}

bool PeriodDays::matchesMonthDay(int day, int daysInMonth) const
{
    for (int d : m_monthDays) {
        if (d == day || daysInMonth + 1 + d == day)
            return true;
    }
    return false;
}

void PeriodDays::days(const QDate &periodStart, std::vector<qint64> *out) const
{
    const qint64 firstJd = periodStart.toJulianDay();
    switch (m_frequency) {
    case Frequency::Weekly:
        for (int offset : m_weekOffsets) {
            const qint64 jd = firstJd + offset;
            if (m_anyMonth || m_months[std::size_t(QDate::fromJulianDay(jd).month())])
                out->push_back(jd);
        }
        return;
    case Frequency::Daily: {
        const int weekday = periodStart.dayOfWeek();
        if ((m_anyMonth || m_months[std::size_t(periodStart.month())])
            && (m_monthDays.isEmpty() || matchesMonthDay(periodStart.day(), periodStart.daysInMonth()))
            && (m_weekdays.isEmpty() || matchesWeekday(weekday, 0, 1)))
            out->push_back(firstJd);
        return;
    }
    case Frequency::Monthly:
        if (m_anyMonth || m_months[std::size_t(periodStart.month())])
            monthDays(periodStart.year(), periodStart.month(), -1, 0, out);
        return;
    default: {
        const int year = periodStart.year();
        const int daysInYear = periodStart.daysInYear();
        for (int month = 1; month <= 12; ++month) {
            if (m_anyMonth || m_months[std::size_t(month)])
                monthDays(year, month, firstJd, daysInYear, out);
        }
        return;
    }
    }
}

// The days of one month a monthly rule, or a yearly rule (@p yearStartJd >= 0), selects.
void PeriodDays::monthDays(int year, int month, qint64 yearStartJd, int daysInYear, std::vector<qint64> *out) const
{
    const bool yearly = yearStartJd >= 0;
    const QDate first(year, month, 1);
    const qint64 firstJd = first.toJulianDay();
    const int daysInMonth = first.daysInMonth();
    const int firstWeekday = first.dayOfWeek();
    // A numbered weekday counts within the month, unless a yearly rule has no BYMONTH.
    const bool weekdayInYear = yearly && !m_byMonthGiven;

    std::array<qint64, 4> weekOne{};
    if (!m_weekNumbers.isEmpty()) {
        for (int i = 0; i < 4; ++i)
            weekOne[std::size_t(i)] = firstWeekJd(year - 1 + i, m_weekStart);
    }

    for (int day = 1; day <= daysInMonth; ++day) {
        const qint64 jd = firstJd + day - 1;
        if (!m_monthDays.isEmpty() && !matchesMonthDay(day, daysInMonth))
            continue;
        const int dayOfYear = yearly ? int(jd - yearStartJd) : 0;
        if (!m_yearDays.isEmpty()) {
            const bool hit = std::any_of(m_yearDays.begin(), m_yearDays.end(), [&](int d) {
                return d == dayOfYear + 1 || daysInYear + d == dayOfYear;
            });
            if (!hit)
                continue;
        }
        if (!m_weekNumbers.isEmpty()) {
            int i = jd < weekOne[1] ? 0 : (jd < weekOne[2] ? 1 : 2);
            const int weekNo = int((jd - weekOne[std::size_t(i)]) / 7) + 1;
            const int weeks = int((weekOne[std::size_t(i + 1)] - weekOne[std::size_t(i)]) / 7);
            const bool hit = std::any_of(m_weekNumbers.begin(), m_weekNumbers.end(), [&](int w) {
                return w == weekNo || weeks + 1 + w == weekNo;
            });
            if (!hit)
                continue;
        }
        if (!m_weekdays.isEmpty()) {
            const int weekday = (firstWeekday - 1 + day - 1) % 7 + 1;
            const bool hit = weekdayInYear ? matchesWeekday(weekday, dayOfYear, daysInYear)
                                           : matchesWeekday(weekday, day - 1, daysInMonth);
            if (!hit)
                continue;
        }
        out->push_back(jd);
    }
}

} // namespace Buurtplein
