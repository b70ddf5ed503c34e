// SPDX-License-Identifier: GPL-3.0-or-later
#include "ics/icsexporter.h"
#include "catalogue/cataloguestore.h"
#include "ics/icsfolding.h"
#include "ics/icsrecurrence.h"
#include "ics/icswriter.h"

namespace Buurtplein::IcsExporter {

namespace {

struct Context {
    const Activity &activity;
    const IcsExportOptions &options;
};

void addAlarm(IcsWriter &w, const Context &c)
{
    if (c.options.reminderMinutes < 0)
        return;
    w.add(QStringLiteral("BEGIN:VALARM"));
    w.add(QStringLiteral("ACTION:DISPLAY"));
    w.add(QStringLiteral("DESCRIPTION:") + IcsFolding::escapeText(c.activity.title));
    w.add(QStringLiteral("TRIGGER:-PT%1M").arg(c.options.reminderMinutes));
    w.add(QStringLiteral("END:VALARM"));
}

// @p placeUid's LOCATION and GEO, when the calendar knows the place.
void addPlace(IcsWriter &w, const Context &c, const QString &placeUid)
{
    const auto it = c.options.places.constFind(placeUid);
    if (placeUid.isEmpty() || it == c.options.places.cend())
        return;
    w.add(QStringLiteral("LOCATION:") + IcsFolding::escapeText(locationText(*it)));
    if (it->hasCoordinates)
        w.add(QStringLiteral("GEO:%1;%2").arg(it->lat, 0, 'f', 6).arg(it->lon, 0, 'f', 6));
}

// @p note (a moved or cancelled session's reason) goes after the description.
void beginEvent(IcsWriter &w, const Context &c, const QString &uid, const QString &placeUid, const QString &note = {})
{
    w.add(QStringLiteral("BEGIN:VEVENT"));
    w.add(QStringLiteral("UID:") + IcsFolding::escapeText(uid));
    w.add(QStringLiteral("DTSTAMP:") + IcsWriter::utcText(c.options.stamp.toSecsSinceEpoch()));
    w.add(QStringLiteral("SUMMARY:") + IcsFolding::escapeText(c.activity.title));
    QString description = c.activity.description;
    if (!note.isEmpty())
        description = description.isEmpty() ? note : note + QStringLiteral("\n\n") + description;
    if (!description.isEmpty())
        w.add(QStringLiteral("DESCRIPTION:") + IcsFolding::escapeText(description));
    addPlace(w, c, placeUid);
}

void addTimes(IcsWriter &w, const RecurrenceSet &set, qint64 startUtc, qint64 endUtc)
{
    w.addTime(QStringLiteral("DTSTART"), set, startUtc);
    w.addTime(QStringLiteral("DTEND"), set, set.allDay ? std::max(endUtc, startUtc + 86400) : endUtc);
}

// Whole exception days become EXDATEs of the sessions on them: RFC 5545 wants EXDATE to
// have DTSTART's value type, and a DATE EXDATE on a timed series is ignored by many apps.
void addSeries(IcsWriter &w, const Context &c, const Schedule &schedule, const RecurrenceSet &set, const QString &uid)
{
    beginEvent(w, c, uid, c.activity.placeUid);
    const qint64 start = set.zone->toUtc(set.startDate, set.startTime);
    addTimes(w, set, start, start + set.durationSecs);
    if (!schedule.rrule.isEmpty())
        w.add(QStringLiteral("RRULE:") + schedule.rrule);
    for (qint64 t : set.extraStartsUtc)
        w.addTime(QStringLiteral("RDATE"), set, t);
    for (qint64 t : set.exceptionStartsUtc)
        w.addTime(QStringLiteral("EXDATE"), set, t);
    for (const QDate &day : set.exceptionDays) {
        RecurrenceSet withoutExceptions = set;
        withoutExceptions.exceptionDays.clear();
        const qint64 dayStart = set.zone->toUtc(day, QTime(0, 0));
        for (const ExpandedOccurrence &o : OccurrenceExpander::expand(withoutExceptions, dayStart, dayStart + 26 * 3600)) {
            if (o.localDate == day)
                w.addTime(QStringLiteral("EXDATE"), set, o.startUtc);
        }
    }
    addAlarm(w, c);
    w.add(QStringLiteral("END:VEVENT"));
}

void addChange(IcsWriter &w, const Context &c, const RecurrenceSet &set, const OccurrenceOverride &o, const QString &uid)
{
    const qint64 original = o.originalStart.toSecsSinceEpoch();
    const bool moved = o.status == QLatin1String("moved") && o.newStart.isValid();
    beginEvent(w, c, uid, moved && !o.newPlaceUid.isEmpty() ? o.newPlaceUid : c.activity.placeUid, o.reason);
    w.addTime(QStringLiteral("RECURRENCE-ID"), set, original);
    if (moved) {
        const qint64 end = o.newEnd.isValid() ? o.newEnd.toSecsSinceEpoch() : o.newStart.toSecsSinceEpoch() + set.durationSecs;
        addTimes(w, set, o.newStart.toSecsSinceEpoch(), end);
    } else {
        addTimes(w, set, original, original + set.durationSecs);
    }
    if (o.status == QLatin1String("cancelled"))
        w.add(QStringLiteral("STATUS:CANCELLED"));
    else
        addAlarm(w, c);
    w.add(QStringLiteral("END:VEVENT"));
}

bool belongsTo(const RecurrenceSet &set, qint64 originalStart)
{
    return !OccurrenceExpander::expand(set, originalStart, originalStart + 1, 1).isEmpty();
}

} // namespace

QString eventUid(const QString &activityUid)
{
    return activityUid.startsWith(QLatin1String("ics:")) ? activityUid.mid(4) : activityUid + QStringLiteral("@buurtplein");
}

namespace {
// Writes @p activity's series and changes into @p w; false and @p error when a schedule is unusable.
bool addActivity(IcsWriter &w, const Activity &activity, const QList<Schedule> &schedules, const QList<OccurrenceOverride> &overrides,
                 const IcsExportOptions &options, QString *error)
{
    QList<RecurrenceSet> sets;
    for (const Schedule &s : schedules) {
        const auto set = IcsRecurrence::fromSchedule(s, error);
        if (!set)
            return false;
        sets.append(*set);
    }
    const Context c{activity, options};
    for (qsizetype i = 0; i < schedules.size(); ++i) {
        // Each series needs its own UID; the first keeps the activity's.
        const QString uid = i == 0 ? eventUid(activity.uid) : eventUid(activity.uid) + QLatin1Char('/') + schedules.at(i).uid;
        addSeries(w, c, schedules.at(i), sets.at(i), uid);
        for (const OccurrenceOverride &o : overrides) {
            if (o.status == QLatin1String("scheduled"))
                continue;
            const bool ours = belongsTo(sets.at(i), o.originalStart.toSecsSinceEpoch());
            if (ours || (i == 0 && std::none_of(sets.cbegin(), sets.cend(), [&](const RecurrenceSet &s) {
                    return belongsTo(s, o.originalStart.toSecsSinceEpoch()); })))
                addChange(w, c, sets.at(i), o, uid);
        }
    }
    return true;
}

IcsWriter calendarWriter(const IcsExportOptions &options)
{
    IcsWriter w;
    if (!options.calendarName.isEmpty())
        w.setName(options.calendarName);
    return w;
}
} // namespace

QString locationText(const Place &place)
{
    QStringList parts{place.name};
    const QString street = (place.street + QLatin1Char(' ') + place.houseNumber).trimmed();
    if (!street.isEmpty())
        parts.append(street);
    const QString town = (place.postcode + QLatin1Char(' ') + place.city).trimmed();
    if (!town.isEmpty())
        parts.append(town);
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

QByteArray exportActivity(const Activity &activity, const QList<Schedule> &schedules, const QList<OccurrenceOverride> &overrides,
                          const IcsExportOptions &options, QString *error)
{
    IcsWriter w = calendarWriter(options);
    QString problem;
    if (!addActivity(w, activity, schedules, overrides, options, &problem)) {
        if (error)
            *error = problem;
        return {};
    }
    return w.calendar();
}

QByteArray exportActivities(const QList<IcsActivity> &activities, const IcsExportOptions &options, QStringList *skipped)
{
    IcsWriter w = calendarWriter(options);
    for (const IcsActivity &a : activities) {
        QString problem;
        IcsWriter one;
        // Written apart first, so that an unusable schedule leaves nothing half-written.
        if (a.schedules.isEmpty() || !addActivity(one, a.activity, a.schedules, a.overrides, options, &problem)) {
            if (skipped)
                skipped->append(a.activity.uid);
            continue;
        }
        addActivity(w, a.activity, a.schedules, a.overrides, options, &problem);
    }
    return w.calendar();
}

QByteArray exportOccurrence(const Activity &activity, const Schedule &schedule, qint64 originalStartUtc,
                            const std::optional<OccurrenceOverride> &change, const IcsExportOptions &options, QString *error)
{
    QString problem;
    const auto set = IcsRecurrence::fromSchedule(schedule, &problem);
    if (!set) {
        if (error)
            *error = problem;
        return {};
    }
    IcsWriter w = calendarWriter(options);
    const Context c{activity, options};
    const bool moved = change && change->status == QLatin1String("moved") && change->newStart.isValid();
    beginEvent(w, c, OccurrenceId::make(activity.uid, originalStartUtc) + QStringLiteral("@buurtplein"),
               moved && !change->newPlaceUid.isEmpty() ? change->newPlaceUid : activity.placeUid,
               change && change->status != QLatin1String("scheduled") ? change->reason : QString());
    qint64 start = originalStartUtc;
    qint64 end = originalStartUtc + set->durationSecs;
    if (moved) {
        start = change->newStart.toSecsSinceEpoch();
        end = change->newEnd.isValid() ? change->newEnd.toSecsSinceEpoch() : start + set->durationSecs;
    }
    addTimes(w, *set, start, end);
    if (change && change->status == QLatin1String("cancelled"))
        w.add(QStringLiteral("STATUS:CANCELLED"));
    else
        addAlarm(w, c);
    w.add(QStringLiteral("END:VEVENT"));
    return w.calendar();
}

QByteArray exportFromStore(const CatalogueStore &store, const QString &activityUid, const QString &occurrenceUid,
                           const IcsExportOptions &options, QString *error)
{
    const auto activity = store.activity(activityUid);
    if (!activity) {
        *error = QStringLiteral("There is no activity '%1'.").arg(activityUid);
        return {};
    }
    const QList<Schedule> schedules = store.schedulesOf(activityUid);
    if (schedules.isEmpty()) {
        *error = QStringLiteral("Activity '%1' has no schedule.").arg(activityUid);
        return {};
    }
    // The activity's place and every place a session moved to: LOCATION and GEO.
    const QList<OccurrenceOverride> overrides = store.overridesOf(activityUid);
    IcsExportOptions withPlaces = options;
    QStringList placeUids{activity->placeUid};
    for (const OccurrenceOverride &o : overrides)
        placeUids.append(o.newPlaceUid);
    for (const QString &uid : placeUids) {
        if (uid.isEmpty() || withPlaces.places.contains(uid))
            continue;
        if (const auto place = store.place(uid))
            withPlaces.places.insert(uid, *place);
    }
    if (occurrenceUid.isEmpty())
        return exportActivity(*activity, schedules, overrides, withPlaces, error);

    // An occurrence id ends in its original start: "<activity>/20260329T013000Z".
    const QDateTime original = QDateTime::fromString(occurrenceUid.section(QLatin1Char('/'), -1), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (original.isValid()) {
        const qint64 t = QDateTime(original.date(), original.time(), Qt::UTC).toSecsSinceEpoch();
        for (const Schedule &s : schedules) {
            QString problem;
            const auto set = IcsRecurrence::fromSchedule(s, &problem);
            if (set && belongsTo(*set, t) && OccurrenceId::make(activityUid, t) == occurrenceUid)
                return exportOccurrence(*activity, s, t, store.occurrenceOverride(occurrenceUid), withPlaces, error);
        }
    }
    *error = QStringLiteral("Activity '%1' has no session '%2'.").arg(activityUid, occurrenceUid);
    return {};
}

} // namespace Buurtplein::IcsExporter
