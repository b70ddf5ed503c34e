// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recurrence/recurrencerule.h"

#include <QDate>

#include <array>
#include <vector>

namespace Buurtplein {

/**
 * The days a recurrence rule selects in each of its periods (one day, week, month or
 * year of its frequency), with the defaults RFC 5545 takes from DTSTART applied.
 * Periods are numbered from 0, the period holding DTSTART.
 */
class PeriodDays
{
public:
    PeriodDays(const RecurrenceRule &rule, const QDate &start);

    /** The first day of period @p index. */
    QDate periodStart(qint64 index) const;
    /** The index of the period holding @p date, negative before DTSTART's period. */
    qint64 periodIndexOf(const QDate &date) const;
    /** Appends the Julian day numbers of the days selected in the period starting at @p periodStart, ascending. */
    void days(const QDate &periodStart, std::vector<qint64> *out) const;

private:
    bool matchesWeekday(int weekday, int indexInContext, int contextLength) const;
    bool matchesMonthDay(int day, int daysInMonth) const;
    void monthDays(int year, int month, qint64 yearStartJd, int daysInYear, std::vector<qint64> *out) const;

    RecurrenceRule::Frequency m_frequency;
    QDate m_start;
    int m_weekStart;
    std::array<bool, 13> m_months{};    // index 1..12; all true when the rule does not limit months
    bool m_anyMonth = true;
    QList<int> m_monthDays;
    QList<int> m_yearDays;
    QList<int> m_weekNumbers;
    QList<WeekdayNum> m_weekdays;
    bool m_byMonthGiven = false;
    std::vector<int> m_weekOffsets;     // weekly fast path: days after the week start, ascending
};

} // namespace Buurtplein
