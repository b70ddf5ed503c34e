// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/schedulepatterns.h"

#include "recurrence/recurrencerule.h"
#include "search/schedulerecurrence.h"

namespace Buurtplein::SchedulePatterns {

namespace {

using Kind = SchedulePattern::Kind;
using End = SchedulePattern::End;
using Frequency = RecurrenceRule::Frequency;

// The parts the words have no sentence for.
bool hasForeignParts(const RecurrenceRule &rule)
{
    return !rule.byHour.isEmpty() || !rule.byMinute.isEmpty() || !rule.bySecond.isEmpty() || !rule.bySetPos.isEmpty()
        || !rule.byYearDay.isEmpty() || !rule.byWeekNo.isEmpty() || !rule.byMonth.isEmpty();
}

bool readWeekly(const RecurrenceRule &rule, const QDate &start, SchedulePattern *p)
{
    p->kind = Kind::Weekly;
    for (const WeekdayNum &d : rule.byDay) {
        if (d.ordinal != 0)
            return false;
        p->weekdays.append(d.day);
    }
    if (p->weekdays.isEmpty())
        p->weekdays.append(Qt::DayOfWeek(start.dayOfWeek()));
    // The week start only groups the days of a week when weeks are skipped.
    return rule.weekStart == Qt::Monday || p->interval == 1 || p->weekdays.size() == 1;
}

bool readRule(const RecurrenceRule &rule, const QDate &start, SchedulePattern *p)
{
    if (hasForeignParts(rule))
        return false;
    p->interval = rule.interval;
    switch (rule.frequency) {
    case Frequency::Daily:
        // Every day, or on some weekdays only: a weekly schedule says the same.
        if (rule.interval != 1 || !rule.byMonthDay.isEmpty())
            return false;
        if (rule.byDay.isEmpty()) {
            p->kind = Kind::Weekly;
            p->weekdays = {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday, Qt::Saturday, Qt::Sunday};
            return true;
        }
        return readWeekly(rule, start, p);
    case Frequency::Weekly:
        return rule.byMonthDay.isEmpty() && readWeekly(rule, start, p);
    case Frequency::Monthly:
        if (rule.byDay.size() + rule.byMonthDay.size() > 1)
            return false;
        if (rule.byDay.size() == 1) {
            p->kind = Kind::MonthlyByWeekday;
            p->ordinal = rule.byDay.first().ordinal;
            p->weekday = rule.byDay.first().day;
            return (p->ordinal >= 1 && p->ordinal <= 4) || p->ordinal == SchedulePattern::LastWeekday;
        }
        p->kind = Kind::MonthlyByDay;
        p->dayOfMonth = rule.byMonthDay.isEmpty() ? start.day() : rule.byMonthDay.first();
        return p->dayOfMonth >= 1;
    default:
        return false;
    }
}

// The last local date whose session start the rule's UNTIL still admits.
QDate lastDate(const RecurrenceRule &rule, const RecurrenceSet &set)
{
    const QDate until = *rule.untilDate;
    if (rule.untilIsDate)
        return until;
    if (!rule.untilIsUtc)
        return set.startTime <= rule.untilTime ? until : until.addDays(-1);
    const qint64 untilUtc = QDateTime(until, rule.untilTime, Qt::UTC).toSecsSinceEpoch();
    const QDate local = QDateTime::fromSecsSinceEpoch(untilUtc + set.zone->offsetAtUtc(untilUtc), Qt::UTC).date();
    return set.zone->toUtc(local, set.startTime) <= untilUtc ? local : local.addDays(-1);
}

} // namespace

std::optional<SchedulePattern> fromSchedule(const Schedule &schedule)
{
    if (!schedule.startTime.isValid() || !schedule.extraStarts.isEmpty())
        return std::nullopt;
    QString error;
    const std::optional<RecurrenceSet> set = ScheduleRecurrence::toRecurrenceSet(schedule, &error);
    if (!set)
        return std::nullopt;

    SchedulePattern p;
    p.kind = Kind::Once;
    p.startDate = schedule.startDate;
    p.startTime = schedule.startTime;
    p.durationMinutes = schedule.durationMinutes;
    if (set->rule) {
        const RecurrenceRule &rule = *set->rule;
        if (!readRule(rule, schedule.startDate, &p))
            return std::nullopt;
        if (rule.count > 0) {
            p.end = End::AfterCount;
            p.count = rule.count;
        } else if (rule.untilDate) {
            p.end = End::UntilDate;
            p.untilDate = lastDate(rule, *set);
        }
    }

    p.exceptionDays = schedule.exceptionDays;
    // A cancelled start is a day off when it is that day's session; any other start cancels nothing.
    for (const QDateTime &start : schedule.exceptionStarts) {
        const qint64 utc = start.toSecsSinceEpoch();
        const QDate local = QDateTime::fromSecsSinceEpoch(utc + set->zone->offsetAtUtc(utc), Qt::UTC).date();
        if (set->zone->toUtc(local, schedule.startTime) == utc)
            p.exceptionDays.append(local);
    }

    const SchedulePattern normal = normalised(p);
    // A DTSTART the rule does not select is a session of its own, which the words cannot say.
    if (normal.startDate != p.startDate || !problem(normal).isEmpty())
        return std::nullopt;
    return normal;
}

} // namespace Buurtplein::SchedulePatterns
