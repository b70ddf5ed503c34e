// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Short builders for the schedule patterns the tests write, so each data row reads
// like the sentence a social worker would say.

#include "schedule/schedulepattern.h"

namespace Buurtplein::PatternFixture {

using Kind = SchedulePattern::Kind;
using End = SchedulePattern::End;

inline SchedulePattern base(Kind kind, const QDate &start, const QTime &time, int minutes, int interval)
{
    SchedulePattern p;
    p.kind = kind;
    p.startDate = start;
    p.startTime = time;
    p.durationMinutes = minutes;
    p.interval = interval;
    return p;
}

inline SchedulePattern once(const QDate &start, const QTime &time, int minutes)
{
    return base(Kind::Once, start, time, minutes, 1);
}

inline SchedulePattern weekly(const QDate &start, const QTime &time, int minutes, const QList<Qt::DayOfWeek> &days,
                              int interval = 1)
{
    SchedulePattern p = base(Kind::Weekly, start, time, minutes, interval);
    p.weekdays = days;
    return p;
}

inline SchedulePattern monthlyOnWeekday(const QDate &start, const QTime &time, int minutes, int ordinal,
                                        Qt::DayOfWeek day, int interval = 1)
{
    SchedulePattern p = base(Kind::MonthlyByWeekday, start, time, minutes, interval);
    p.ordinal = ordinal;
    p.weekday = day;
    return p;
}

inline SchedulePattern monthlyOnDay(const QDate &start, const QTime &time, int minutes, int day, int interval = 1)
{
    SchedulePattern p = base(Kind::MonthlyByDay, start, time, minutes, interval);
    p.dayOfMonth = day;
    return p;
}

inline SchedulePattern until(SchedulePattern p, const QDate &last)
{
    p.end = End::UntilDate;
    p.untilDate = last;
    return p;
}

inline SchedulePattern after(SchedulePattern p, int sessions)
{
    p.end = End::AfterCount;
    p.count = sessions;
    return p;
}

inline SchedulePattern except(SchedulePattern p, const QList<QDate> &days)
{
    p.exceptionDays = days;
    return p;
}

} // namespace Buurtplein::PatternFixture
