// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/schedulepatterns.h"

#include "recurrence/recurrencerule.h"
#include "schedule/schedulelog.h"
#include "search/schedulerecurrence.h"

#include <QCoreApplication>

#include <algorithm>

namespace Buurtplein {
Q_LOGGING_CATEGORY(lcSchedule, "buurtplein.schedule")
}

namespace Buurtplein::SchedulePatterns {

namespace {

using Kind = SchedulePattern::Kind;
using End = SchedulePattern::End;

constexpr int MinutesPerDay = 24 * 60;

// The @p ordinal-th (1..5, or -1 for the last) @p weekday of a month; invalid when the month has none.
QDate weekdayOfMonth(int year, int month, int ordinal, Qt::DayOfWeek weekday)
{
    const QDate first(year, month, 1);
    if (ordinal < 0) {
        const QDate last(year, month, first.daysInMonth());
        return last.addDays(-((last.dayOfWeek() - weekday + 7) % 7));
    }
    const QDate day = first.addDays((weekday - first.dayOfWeek() + 7) % 7 + 7 * (ordinal - 1));
    return day.month() == month ? day : QDate();
}

template<typename T>
void sortUnique(QList<T> *list)
{
    std::sort(list->begin(), list->end());
    list->erase(std::unique(list->begin(), list->end()), list->end());
}

const QList<std::pair<Kind, QString>> &kindNames()
{
    static const QList<std::pair<Kind, QString>> names = {
        {Kind::Once, QStringLiteral("once")},
        {Kind::Weekly, QStringLiteral("weekly")},
        {Kind::MonthlyByWeekday, QStringLiteral("monthlyByWeekday")},
        {Kind::MonthlyByDay, QStringLiteral("monthlyByDay")},
    };
    return names;
}

const QList<std::pair<End, QString>> &endNames()
{
    static const QList<std::pair<End, QString>> names = {
        {End::Never, QStringLiteral("never")},
        {End::UntilDate, QStringLiteral("until")},
        {End::AfterCount, QStringLiteral("count")},
    };
    return names;
}

template<typename E>
QString nameOf(const QList<std::pair<E, QString>> &names, E value)
{
    for (const auto &[v, name] : names) {
        if (v == value)
            return name;
    }
    return {};
}

template<typename E>
std::optional<E> valueOf(const QList<std::pair<E, QString>> &names, const QString &name)
{
    for (const auto &[v, n] : names) {
        if (n == name)
            return v;
    }
    return std::nullopt;
}

} // namespace

QString kindName(Kind kind)
{
    return nameOf(kindNames(), kind);
}

std::optional<Kind> kindNamed(const QString &name)
{
    return valueOf(kindNames(), name);
}

QString endName(End end)
{
    return nameOf(endNames(), end);
}

std::optional<End> endNamed(const QString &name)
{
    return valueOf(endNames(), name);
}

QDate firstSessionDate(const SchedulePattern &p)
{
    if (!p.startDate.isValid())
        return {};
    switch (p.kind) {
    case Kind::Once:
        return p.startDate;
    case Kind::Weekly:
        for (int i = 0; i < 7; ++i) {
            const QDate day = p.startDate.addDays(i);
            if (p.weekdays.contains(Qt::DayOfWeek(day.dayOfWeek())))
                return day;
        }
        return {};
    case Kind::MonthlyByWeekday:
    case Kind::MonthlyByDay:
        // Every month has each weekday four times, and every day of the month recurs within a year.
        for (int i = 0; i <= 12; ++i) {
            const QDate month = QDate(p.startDate.year(), p.startDate.month(), 1).addMonths(i);
            const QDate day = p.kind == Kind::MonthlyByWeekday
                ? weekdayOfMonth(month.year(), month.month(), p.ordinal, p.weekday)
                : QDate(month.year(), month.month(), p.dayOfMonth);
            if (day.isValid() && day >= p.startDate)
                return day;
        }
        return {};
    }
    return {};
}

SchedulePattern normalised(const SchedulePattern &pattern)
{
    SchedulePattern p = pattern;
    const QDate first = firstSessionDate(p);
    if (first.isValid())
        p.startDate = first;
    sortUnique(&p.weekdays);
    sortUnique(&p.exceptionDays);
    p.exceptionDays.removeAll(QDate());
    const SchedulePattern defaults;
    if (p.kind != Kind::Weekly)
        p.weekdays.clear();
    if (p.kind != Kind::MonthlyByWeekday) {
        p.ordinal = defaults.ordinal;
        p.weekday = defaults.weekday;
    }
    if (p.kind != Kind::MonthlyByDay)
        p.dayOfMonth = defaults.dayOfMonth;
    if (p.kind == Kind::Once) {
        p.interval = defaults.interval;
        p.end = End::Never;
    }
    if (p.end != End::UntilDate)
        p.untilDate = QDate();
    if (p.end != End::AfterCount)
        p.count = defaults.count;
    return p;
}

QString problem(const SchedulePattern &p)
{
    if (!p.startDate.isValid())
        //: Schedule editor: the first session has no date yet.
        return QCoreApplication::translate("SchedulePatterns", "Choose the date of the first session.");
    if (!p.startTime.isValid())
        //: Schedule editor: the sessions have no start time yet.
        return QCoreApplication::translate("SchedulePatterns", "Choose the time the sessions start.");
    if (p.durationMinutes <= 0 || p.durationMinutes > MinutesPerDay)
        //: Schedule editor: the length of a session is out of range.
        return QCoreApplication::translate("SchedulePatterns", "A session must last at least one minute and at most 24 hours.");
    if (p.kind == Kind::Once)
        return {};
    if (p.interval < 1)
        //: Schedule editor: "every 0 weeks" was chosen.
        return QCoreApplication::translate("SchedulePatterns", "Repeat at least every week or every month.");
    if (p.kind == Kind::Weekly && p.weekdays.isEmpty())
        //: Schedule editor: a weekly schedule without any day of the week.
        return QCoreApplication::translate("SchedulePatterns", "Choose at least one day of the week.");
    if (p.kind == Kind::MonthlyByWeekday && !((p.ordinal >= 1 && p.ordinal <= 4) || p.ordinal == SchedulePattern::LastWeekday))
        //: Schedule editor: the "which weekday of the month" choice is out of range.
        return QCoreApplication::translate("SchedulePatterns", "Choose the first, second, third, fourth or last weekday of the month.");
    if (p.kind == Kind::MonthlyByDay && (p.dayOfMonth < 1 || p.dayOfMonth > 31))
        //: Schedule editor: the day of the month is out of range.
        return QCoreApplication::translate("SchedulePatterns", "Choose a day of the month from 1 to 31.");
    if (p.end == End::AfterCount && p.count < 1)
        //: Schedule editor: "stop after 0 sessions" was chosen.
        return QCoreApplication::translate("SchedulePatterns", "The number of sessions must be at least 1.");
    if (p.end == End::UntilDate) {
        if (!p.untilDate.isValid())
            //: Schedule editor: "until a date" was chosen without a date.
            return QCoreApplication::translate("SchedulePatterns", "Choose the date of the last session.");
        if (p.untilDate < p.startDate)
            //: Schedule editor: the end date lies before the start date.
            return QCoreApplication::translate("SchedulePatterns", "The end date is before the start date.");
        const QDate first = firstSessionDate(p);
        if (!first.isValid() || first > p.untilDate)
            //: Schedule editor: the chosen days do not occur between the start and end dates.
            return QCoreApplication::translate("SchedulePatterns", "No session falls between the start date and the end date.");
    }
    return {};
}

std::optional<Schedule> toSchedule(const SchedulePattern &pattern, const Schedule &base, QString *error)
{
    const auto refuse = [error](const QString &sentence) {
        if (error)
            *error = sentence;
        return std::nullopt;
    };
    const QString why = problem(pattern);
    if (!why.isEmpty())
        return refuse(why);
    const SchedulePattern p = normalised(pattern);

    Schedule s = base;
    if (s.timeZone.isEmpty())
        s.timeZone = Schedule().timeZone;
    s.startDate = p.startDate;
    s.startTime = p.startTime;
    s.durationMinutes = p.durationMinutes;
    s.exceptionDays = p.exceptionDays;
    s.exceptionStarts.clear();
    s.extraStarts.clear();
    s.rrule.clear();

    // The zone the search index will expand in; UNTIL must be its instant (RFC 5545 3.3.10).
    QString zoneError;
    const std::optional<RecurrenceSet> set = ScheduleRecurrence::toRecurrenceSet(s, &zoneError);
    if (!set) {
        qCWarning(lcSchedule) << zoneError;
        //: Schedule editor: the schedule's time zone (%1, e.g. Europe/Amsterdam) is unknown to the device.
        return refuse(QCoreApplication::translate("SchedulePatterns", "This device does not know the time zone %1.").arg(s.timeZone));
    }
    if (p.kind == Kind::Once)
        return s;

    RecurrenceRule rule;
    rule.interval = p.interval;
    if (p.kind == Kind::Weekly) {
        rule.frequency = RecurrenceRule::Frequency::Weekly;
        for (Qt::DayOfWeek day : p.weekdays)
            rule.byDay.append(WeekdayNum{0, day});
    } else {
        rule.frequency = RecurrenceRule::Frequency::Monthly;
        if (p.kind == Kind::MonthlyByWeekday)
            rule.byDay.append(WeekdayNum{p.ordinal, p.weekday});
        else
            rule.byMonthDay.append(p.dayOfMonth);
    }
    if (p.end == End::AfterCount)
        rule.count = p.count;
    if (p.end == End::UntilDate) {
        // The instant a session on the last date would start: inclusive, and before the next day's session.
        const QDateTime until = QDateTime::fromSecsSinceEpoch(set->zone->toUtc(p.untilDate, p.startTime), Qt::UTC);
        rule.untilDate = until.date();
        rule.untilTime = until.time();
        rule.untilIsUtc = true;
    }
    s.rrule = rule.toString();
    return s;
}

} // namespace Buurtplein::SchedulePatterns
