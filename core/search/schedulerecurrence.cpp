// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/schedulerecurrence.h"

#include <QHash>
#include <QVariant>

namespace Buurtplein::ScheduleRecurrence {

namespace {

// Expanding a national catalogue asks for the same few zones a hundred thousand times.
std::shared_ptr<const ZoneRules> zone(const QString &id)
{
    thread_local QHash<QString, std::shared_ptr<const ZoneRules>> cache;
    auto it = cache.constFind(id);
    if (it != cache.constEnd())
        return *it;
    auto rules = id == QLatin1String("Europe/Amsterdam") ? ZoneRules::amsterdam() : ZoneRules::fromIana(id);
    cache.insert(id, rules);
    return rules;
}

} // namespace

std::optional<RecurrenceSet> toRecurrenceSet(const Schedule &schedule, QString *error)
{
    if (!schedule.startDate.isValid()) {
        *error = QStringLiteral("Schedule %1 has no valid start date.").arg(schedule.uid);
        return std::nullopt;
    }
    RecurrenceSet set;
    set.startDate = schedule.startDate;
    set.allDay = !schedule.startTime.isValid();
    set.startTime = set.allDay ? QTime(0, 0) : schedule.startTime;
    set.zone = zone(schedule.timeZone.isEmpty() ? QStringLiteral("Europe/Amsterdam") : schedule.timeZone);
    if (!set.zone) {
        *error = QStringLiteral("Schedule %1 uses the unknown time zone %2.").arg(schedule.uid, schedule.timeZone);
        return std::nullopt;
    }
    set.durationSecs = qint64(schedule.durationMinutes) * 60;
    if (!schedule.rrule.trimmed().isEmpty()) {
        QString ruleError;
        set.rule = RecurrenceRule::parse(schedule.rrule, &ruleError);
        if (!set.rule) {
            *error = QStringLiteral("Schedule %1: %2").arg(schedule.uid, ruleError);
            return std::nullopt;
        }
    }
    for (const QDateTime &dt : schedule.extraStarts)
        set.extraStartsUtc.append(dt.toSecsSinceEpoch());
    set.exceptionDays = schedule.exceptionDays;
    for (const QDateTime &dt : schedule.exceptionStarts)
        set.exceptionStartsUtc.append(dt.toSecsSinceEpoch());
    return set;
}

QList<ExpandedOccurrence> expand(const Schedule &schedule, qint64 fromUtc, qint64 toUtc, QString *error)
{
    const std::optional<RecurrenceSet> set = toRecurrenceSet(schedule, error);
    if (!set)
        return {};
    QList<ExpandedOccurrence> out = OccurrenceExpander::expand(*set, fromUtc, toUtc);
    if (schedule.validFrom.isValid() || schedule.validTo.isValid()) {
        out.removeIf([&](const ExpandedOccurrence &o) {
            return (schedule.validFrom.isValid() && o.localDate < schedule.validFrom)
                || (schedule.validTo.isValid() && o.localDate > schedule.validTo);
        });
    }
    return out;
}

} // namespace Buurtplein::ScheduleRecurrence
