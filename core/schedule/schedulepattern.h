// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QTime>

namespace Buurtplein {

/**
 * A schedule as a social worker chooses it in words: "every Tuesday and Thursday from
 * 14:00 for 90 minutes, until 19 December". SchedulePatterns turns it into a Schedule
 * with a standard RRULE and back. Fields a kind does not use keep their defaults.
 */
struct SchedulePattern {
    Q_GADGET
public:
    enum class Kind { Once, Weekly, MonthlyByWeekday, MonthlyByDay };
    Q_ENUM(Kind)
    enum class End { Never, UntilDate, AfterCount };
    Q_ENUM(End)

    /** The ordinal meaning "the last such weekday of the month". */
    static constexpr int LastWeekday = -1;

    Kind kind = Kind::Weekly;
    QDate startDate;                ///< the first session's local date
    QTime startTime;                ///< local wall-clock time of every session
    int durationMinutes = 60;
    int interval = 1;               ///< every N weeks (Weekly) or N months (Monthly*)
    QList<Qt::DayOfWeek> weekdays;  ///< Weekly: the days of the week, Monday first
    int ordinal = 1;                ///< MonthlyByWeekday: 1..4, or LastWeekday
    Qt::DayOfWeek weekday = Qt::Monday; ///< MonthlyByWeekday: which weekday
    int dayOfMonth = 1;             ///< MonthlyByDay: 1..31; months without that day are skipped
    End end = End::Never;
    QDate untilDate;                ///< End::UntilDate: the last local date a session may fall on
    int count = 0;                  ///< End::AfterCount: the number of sessions, DTSTART included
    QList<QDate> exceptionDays;     ///< whole days without a session (holidays), ascending

    bool operator==(const SchedulePattern &o) const
    {
        return kind == o.kind && startDate == o.startDate && startTime == o.startTime
            && durationMinutes == o.durationMinutes && interval == o.interval && weekdays == o.weekdays
            && ordinal == o.ordinal && weekday == o.weekday && dayOfMonth == o.dayOfMonth && end == o.end
            && untilDate == o.untilDate && count == o.count && exceptionDays == o.exceptionDays;
    }
    bool operator!=(const SchedulePattern &o) const { return !(*this == o); }
};

} // namespace Buurtplein

Q_DECLARE_METATYPE(Buurtplein::SchedulePattern)
