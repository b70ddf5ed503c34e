// SPDX-License-Identifier: GPL-3.0-or-later
#include "ics/icsschedule.h"

#include <QDateTime>

namespace Buurtplein::IcsSchedule {

namespace {

constexpr int MaxStoredSessions = 1000;

QDateTime utc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

int minutes(qint64 secs)
{
    return int((secs + 59) / 60);
}

} // namespace

QString matchingIanaZone(const RecurrenceSet &set, const QStringList &candidates, qint64 untilUtc)
{
    const qint64 first = set.zone->toUtc(set.startDate, set.startTime);
    const QList<ExpandedOccurrence> sessions = OccurrenceExpander::expand(set, first, std::max(untilUtc, first + 1), MaxStoredSessions);
    for (const QString &id : candidates) {
        const auto rules = ZoneRules::fromIana(id);
        if (!rules)
            continue;
        const bool agrees = std::all_of(sessions.cbegin(), sessions.cend(), [&](const ExpandedOccurrence &o) {
            return rules->toUtc(o.localDate, o.localTime) == o.startUtc;
        });
        if (agrees)
            return id;
    }
    return {};
}

std::optional<Schedule> toSchedule(const IcsEvent &event, const RecurrenceSet &set, const IcsZone &zone,
                                   const QString &activityUid, qint64 horizonUtc, QString *error, QStringList *warnings)
{
    Schedule s;
    s.uid = activityUid + QStringLiteral("#schedule");
    s.activityUid = activityUid;
    s.durationMinutes = minutes(set.durationSecs);

    const QString iana = zone.ianaId.isEmpty() ? matchingIanaZone(set, zone.ianaCandidates, horizonUtc) : zone.ianaId;
    if (!iana.isEmpty()) {
        s.timeZone = iana;
        s.startDate = set.startDate;
        s.startTime = set.allDay ? QTime() : set.startTime;
        if (set.rule)
            s.rrule = set.rule->toString();
        s.exceptionDays = set.exceptionDays;
        for (qint64 t : set.exceptionStartsUtc)
            s.exceptionStarts.append(utc(t));
        for (qint64 t : set.extraStartsUtc)
            s.extraStarts.append(utc(t));
        return s;
    }

    const qint64 first = set.zone->toUtc(set.startDate, set.startTime);
    const QList<ExpandedOccurrence> sessions = OccurrenceExpander::expand(set, first, std::max(horizonUtc, first + 1), MaxStoredSessions);
    if (sessions.isEmpty()) {
        *error = QStringLiteral("line %1: the event has no sessions.").arg(event.line);
        return std::nullopt;
    }
    s.timeZone = QStringLiteral("UTC");
    s.startDate = utc(sessions.first().startUtc).date();
    s.startTime = utc(sessions.first().startUtc).time();
    for (qsizetype i = 1; i < sessions.size(); ++i)
        s.extraStarts.append(utc(sessions.at(i).startUtc));
    const bool cut = set.rule && OccurrenceExpander::expand(set, sessions.last().startUtc + 1, sessions.last().startUtc + qint64(100) * 366 * 86400, 1).size() > 0;
    if (warnings)
        warnings->append(QStringLiteral("line %1: time zone '%2' matches no IANA zone; its sessions were stored as UTC times%3.")
                             .arg(event.line).arg(set.zone->id(),
                                  cut ? QStringLiteral(" up to %1").arg(utc(sessions.last().startUtc).date().toString(Qt::ISODate)) : QString()));
    return s;
}

} // namespace Buurtplein::IcsSchedule
