// SPDX-License-Identifier: GPL-3.0-or-later
#include "ics/icsrecurrence.h"

#include <QDateTime>

namespace Buurtplein::IcsRecurrence {

namespace {

QString at(int line, const QString &sentence)
{
    return line > 0 ? QStringLiteral("line %1: %2").arg(line).arg(sentence) : sentence;
}

} // namespace

IcsZone zoneOf(const IcsTime &time, const IcsZones &zones)
{
    if (time.isUtc)
        return IcsZones::utc();
    if (time.hasTzid)
        return zones.resolve(time.tzid);
    return IcsZones::floating();
}

std::optional<qint64> instantOf(const IcsTime &time, const IcsZones &zones, const ZoneRules &dateZone, QString *error)
{
    if (time.isDate)
        return dateZone.toUtc(time.date, QTime(0, 0));
    const IcsZone zone = zoneOf(time, zones);
    if (!zone.rules) {
        *error = zone.error;
        return std::nullopt;
    }
    return zone.rules->toUtc(time.date, time.time);
}

std::optional<RecurrenceSet> toRecurrenceSet(const IcsEvent &event, const IcsZones &zones, QString *error, QStringList *warnings)
{
    if (!event.problem.isEmpty()) {
        *error = event.problem;
        return std::nullopt;
    }
    const IcsZone zone = event.start.isDate ? IcsZones::floating() : zoneOf(event.start, zones);
    if (!zone.rules) {
        *error = at(event.line, zone.error);
        return std::nullopt;
    }
    if (!zone.note.isEmpty() && warnings)
        warnings->append(at(event.line, zone.note));

    RecurrenceSet set;
    set.zone = zone.rules;
    set.startDate = event.start.date;
    set.allDay = event.start.isDate;
    set.startTime = set.allDay ? QTime(0, 0) : event.start.time;
    const qint64 startUtc = set.zone->toUtc(set.startDate, set.startTime);

    QString problem;
    if (event.durationSecs >= 0) {
        set.durationSecs = event.durationSecs;
    } else if (event.end.isValid()) {
        const auto end = instantOf(event.end, zones, *set.zone, &problem);
        if (!end) {
            *error = at(event.line, problem);
            return std::nullopt;
        }
        set.durationSecs = *end - startUtc;
    } else {
        // RFC 5545 3.6.1: a DATE event lasts one day, a DATE-TIME event ends when it starts.
        set.durationSecs = set.allDay ? 86400 : 0;
    }
    if (set.durationSecs < 0) {
        *error = at(event.line, QStringLiteral("the event ends (DTEND) before it starts (DTSTART)."));
        return std::nullopt;
    }

    if (!event.rrule.isEmpty()) {
        QString ruleError;
        set.rule = RecurrenceRule::parse(event.rrule, &ruleError);
        if (!set.rule) {
            *error = at(event.line, QStringLiteral("RRULE '%1' cannot be read: %2").arg(event.rrule, ruleError));
            return std::nullopt;
        }
        if (set.allDay && set.rule->untilDate && !set.rule->untilIsDate) {
            set.rule->untilIsDate = true;
            set.rule->untilIsUtc = false;
            set.rule->untilTime = QTime();
            if (warnings)
                warnings->append(at(event.line, QStringLiteral("RRULE UNTIL is a date-time while DTSTART is a date; read as the date %1.")
                                                    .arg(set.rule->untilDate->toString(Qt::ISODate))));
        }
    }
    for (const IcsTime &rdate : event.rdates) {
        const auto instant = instantOf(rdate, zones, *set.zone, &problem);
        if (!instant) {
            *error = at(event.line, problem);
            return std::nullopt;
        }
        set.extraStartsUtc.append(*instant);
    }
    for (const IcsTime &exdate : event.exdates) {
        if (exdate.isDate) {
            set.exceptionDays.append(exdate.date);
            continue;
        }
        const auto instant = instantOf(exdate, zones, *set.zone, &problem);
        if (!instant) {
            *error = at(event.line, problem);
            return std::nullopt;
        }
        set.exceptionStartsUtc.append(*instant);
    }
    return set;
}

std::optional<IcsInstanceChange> changeOf(const IcsInstance &instance, const RecurrenceSet &set, const IcsZones &zones, QString *error)
{
    IcsInstanceChange change;
    QString problem;
    std::optional<qint64> original;
    if (instance.recurrenceId.isDate && !set.allDay)
        original = set.zone->toUtc(instance.recurrenceId.date, set.startTime);
    else
        original = instantOf(instance.recurrenceId, zones, *set.zone, &problem);
    if (!original) {
        *error = at(instance.line, problem);
        return std::nullopt;
    }
    change.originalStartUtc = *original;
    change.cancelled = instance.status == QLatin1String("CANCELLED");

    change.newStartUtc = change.originalStartUtc;
    if (instance.start.isValid()) {
        const auto start = instantOf(instance.start, zones, *set.zone, &problem);
        if (!start) {
            *error = at(instance.line, problem);
            return std::nullopt;
        }
        change.newStartUtc = *start;
    }
    change.newEndUtc = change.newStartUtc + set.durationSecs;
    if (instance.durationSecs >= 0) {
        change.newEndUtc = change.newStartUtc + instance.durationSecs;
    } else if (instance.end.isValid()) {
        const auto end = instantOf(instance.end, zones, *set.zone, &problem);
        if (!end) {
            *error = at(instance.line, problem);
            return std::nullopt;
        }
        change.newEndUtc = *end;
    }
    change.moved = !change.cancelled
        && (change.newStartUtc != change.originalStartUtc || change.newEndUtc != change.originalStartUtc + set.durationSecs);
    return change;
}

std::optional<RecurrenceSet> fromSchedule(const Schedule &schedule, QString *error)
{
    RecurrenceSet set;
    set.zone = ZoneRules::fromIana(schedule.timeZone);
    if (!set.zone) {
        *error = QStringLiteral("Schedule %1 has an unknown time zone '%2'.").arg(schedule.uid, schedule.timeZone);
        return std::nullopt;
    }
    set.startDate = schedule.startDate;
    set.allDay = !schedule.startTime.isValid();
    set.startTime = set.allDay ? QTime(0, 0) : schedule.startTime;
    set.durationSecs = qint64(schedule.durationMinutes) * 60;
    if (!schedule.rrule.isEmpty()) {
        QString ruleError;
        set.rule = RecurrenceRule::parse(schedule.rrule, &ruleError);
        if (!set.rule) {
            *error = QStringLiteral("Schedule %1 has an unreadable rule: %2").arg(schedule.uid, ruleError);
            return std::nullopt;
        }
    }
    for (const QDateTime &t : schedule.extraStarts)
        set.extraStartsUtc.append(t.toSecsSinceEpoch());
    for (const QDateTime &t : schedule.exceptionStarts)
        set.exceptionStartsUtc.append(t.toSecsSinceEpoch());
    set.exceptionDays = schedule.exceptionDays;
    return set;
}

} // namespace Buurtplein::IcsRecurrence
