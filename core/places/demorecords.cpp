// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/demorecords.h"
#include "schedule/dutchholidays.h"
#include "recurrence/occurrenceexpander.h"
#include "recurrence/recurrencerule.h"
#include "storage/vocabulary.h"

#include <QJsonArray>
#include <QSet>
#include <QTimeZone>

namespace Buurtplein::DemoRecords {

namespace {
QStringList strings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray())
        result.append(item.toString());
    return result;
}

int integer(const QJsonObject &o, const char *key, int fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? v.toInt() : fallback;
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// A wall-clock "2026-11-25T10:00" in Amsterdam as a UTC instant; invalid when unreadable.
QDateTime localToUtc(const QString &value)
{
    const QDateTime local = QDateTime::fromString(value, Qt::ISODate);
    if (!local.isValid())
        return {};
    return QDateTime(local.date(), local.time(), QTimeZone("Europe/Amsterdam")).toUTC();
}

Place readPlace(const QJsonObject &o)
{
    Place p;
    p.uid = text(o, "uid");
    p.name = text(o, "name");
    p.kind = text(o, "kind");
    p.street = text(o, "street");
    p.houseNumber = text(o, "houseNumber");
    p.postcode = text(o, "postcode");
    p.city = text(o, "city");
    p.hasCoordinates = o.value(QLatin1String("lat")).isDouble() && o.value(QLatin1String("lon")).isDouble();
    p.lat = o.value(QLatin1String("lat")).toDouble();
    p.lon = o.value(QLatin1String("lon")).toDouble();
    p.gemeenteCode = text(o, "gemeenteCode");
    p.wijkCode = text(o, "wijkCode");
    p.buurtCode = text(o, "buurtCode");
    p.indoorOutdoor = o.value(QLatin1String("indoorOutdoor")).toString(QStringLiteral("indoor"));
    p.accessibility = strings(o.value(QLatin1String("accessibility")));
    p.openingHours = text(o, "openingHours");
    p.source = text(o, "source");
    p.sourceId = text(o, "sourceId");
    return p;
}

Activity readActivity(const QJsonObject &o)
{
    Activity a;
    a.uid = text(o, "uid");
    a.organisationUid = text(o, "organisation");
    a.placeUid = text(o, "place");
    a.title = text(o, "title");
    a.description = text(o, "description");
    const QJsonObject translations = o.value(QLatin1String("translations")).toObject();
    for (auto it = translations.constBegin(); it != translations.constEnd(); ++it) {
        const QJsonObject t = it.value().toObject();
        a.translations.insert(it.key(), Translation{text(t, "title"), text(t, "description")});
    }
    a.category = text(o, "category");
    a.languagesSpoken = strings(o.value(QLatin1String("languagesSpoken")));
    a.audience = o.value(QLatin1String("audience")).toString(QStringLiteral("iedereen"));
    a.costCents = integer(o, "costCents", 0);
    a.costNote = text(o, "costNote");
    a.ageMin = integer(o, "ageMin", -1);
    a.ageMax = integer(o, "ageMax", -1);
    a.capacity = integer(o, "capacity", -1);
    a.registrationRequired = o.value(QLatin1String("registrationRequired")).toBool(false);
    a.hostPresent = o.value(QLatin1String("hostPresent")).toBool(true);
    a.programme = text(o, "programme");
    a.contact = text(o, "contact");
    return a;
}

std::optional<Schedule> readSchedule(const QJsonObject &o, const QString &activityUid, int holidayYears, QString *error)
{
    Schedule s;
    s.uid = text(o, "uid");
    s.activityUid = activityUid;
    s.startDate = QDate::fromString(text(o, "startDate"), Qt::ISODate);
    s.startTime = QTime::fromString(text(o, "startTime"), QStringLiteral("HH:mm"));
    s.durationMinutes = integer(o, "durationMinutes", 60);
    s.rrule = text(o, "rrule");
    s.validFrom = QDate::fromString(text(o, "validFrom"), Qt::ISODate);
    s.validTo = QDate::fromString(text(o, "validTo"), Qt::ISODate);
    if (o.value(QLatin1String("skipHolidays")).toBool(false) && s.startDate.isValid()) {
        for (const Holiday &holiday : DutchHolidays::publicHolidaysBetween(s.startDate, s.startDate.addYears(holidayYears)))
            s.exceptionDays.append(holiday.date);
    }
    for (const QString &day : strings(o.value(QLatin1String("exceptionDays"))))
        s.exceptionDays.append(QDate::fromString(day, Qt::ISODate));
    for (const QString &start : strings(o.value(QLatin1String("extraStarts"))))
        s.extraStarts.append(localToUtc(start));

    QString ruleError;
    if (s.uid.isEmpty() || !s.startDate.isValid() || !s.startTime.isValid() || s.durationMinutes <= 0)
        *error = QStringLiteral("Schedule '%1' of %2 needs a uid, startDate, startTime and a positive duration.").arg(s.uid, activityUid);
    else if (!s.rrule.isEmpty() && !RecurrenceRule::parse(s.rrule, &ruleError))
        *error = QStringLiteral("Schedule %1 has an invalid RRULE: %2").arg(s.uid, ruleError);
    else if (std::any_of(s.exceptionDays.cbegin(), s.exceptionDays.cend(), [](const QDate &d) { return !d.isValid(); })
             || std::any_of(s.extraStarts.cbegin(), s.extraStarts.cend(), [](const QDateTime &d) { return !d.isValid(); }))
        *error = QStringLiteral("Schedule %1 has an unreadable exception or extra date.").arg(s.uid);
    else
        return s;
    return std::nullopt;
}
} // namespace

std::optional<Records> read(const QJsonObject &root, QString *error)
{
    Records r;
    auto fail = [error](const QString &message) {
        *error = message;
        return std::nullopt;
    };
    // The demo's schedules skip the Dutch public holidays, computed for as many years as
    // the file asks from each schedule's start: a list typed out once would run out.
    const QJsonObject holidays = root.value(QLatin1String("holidays")).toObject();
    const int holidayYears = integer(holidays, "years", 0);
    if (holidays.value(QLatin1String("computed")).toString() != QLatin1String("dutch-public-holidays") || holidayYears < 1 || holidayYears > 100)
        return fail(QStringLiteral("The demo file's holidays must say {\"computed\": \"dutch-public-holidays\", \"years\": 1 to 100}."));

    QSet<QString> organisationUids;
    for (const QJsonValue &v : root.value(QLatin1String("organisations")).toArray()) {
        const QJsonObject o = v.toObject();
        Organisation organisation{0, text(o, "uid"), text(o, "name"), text(o, "kind"), 0};
        if (organisation.uid.isEmpty() || organisation.name.isEmpty() || !Vocabulary::isOrganisationKind(organisation.kind))
            return fail(QStringLiteral("Organisation '%1' needs a uid, a name and a known kind.").arg(organisation.uid));
        organisationUids.insert(organisation.uid);
        r.organisations.append(organisation);
    }

    QSet<QString> placeUids;
    for (const QJsonValue &v : root.value(QLatin1String("places")).toArray()) {
        const Place place = readPlace(v.toObject());
        if (place.uid.isEmpty() || place.name.isEmpty() || !Vocabulary::isPlaceKind(place.kind) || !place.hasCoordinates)
            return fail(QStringLiteral("Place '%1' needs a uid, a name, a known kind and coordinates.").arg(place.uid));
        for (const QString &feature : place.accessibility) {
            if (!Vocabulary::isAccessibilityFeature(feature))
                return fail(QStringLiteral("Place %1 has an unknown accessibility feature '%2'.").arg(place.uid, feature));
        }
        placeUids.insert(place.uid);
        r.places.append(place);
    }

    QSet<QString> activityUids;
    for (const QJsonValue &v : root.value(QLatin1String("activities")).toArray()) {
        const QJsonObject o = v.toObject();
        const Activity activity = readActivity(o);
        if (activity.uid.isEmpty() || activity.title.isEmpty())
            return fail(QStringLiteral("Every activity needs a uid and a title ('%1').").arg(activity.uid));
        if (!Vocabulary::isCategory(activity.category) || !Vocabulary::isAudience(activity.audience))
            return fail(QStringLiteral("Activity %1 has an unknown category '%2' or audience '%3'.").arg(activity.uid, activity.category, activity.audience));
        if (!organisationUids.contains(activity.organisationUid) || (!activity.placeUid.isEmpty() && !placeUids.contains(activity.placeUid)))
            return fail(QStringLiteral("Activity %1 names an organisation or place the file does not hold.").arg(activity.uid));
        r.activities.append(activity);
        activityUids.insert(activity.uid);
        const QJsonArray schedules = o.value(QLatin1String("schedules")).toArray();
        if (schedules.isEmpty())
            return fail(QStringLiteral("Activity %1 has no schedule.").arg(activity.uid));
        for (const QJsonValue &s : schedules) {
            QString problem;
            const auto schedule = readSchedule(s.toObject(), activity.uid, holidayYears, &problem);
            if (!schedule)
                return fail(problem);
            r.schedules.append(*schedule);
        }
    }

    for (const QJsonValue &v : root.value(QLatin1String("overrides")).toArray()) {
        const QJsonObject o = v.toObject();
        OccurrenceOverride change;
        change.activityUid = text(o, "activity");
        change.originalStart = localToUtc(text(o, "originalStart"));
        change.status = text(o, "status");
        change.reason = text(o, "reason");
        change.newPlaceUid = text(o, "newPlace");
        if (o.contains(QLatin1String("newStart"))) {
            change.newStart = localToUtc(text(o, "newStart"));
            change.newEnd = localToUtc(text(o, "newEnd"));
        }
        const QStringList statuses = {QStringLiteral("scheduled"), QStringLiteral("cancelled"), QStringLiteral("moved")};
        if (!activityUids.contains(change.activityUid) || !change.originalStart.isValid() || !statuses.contains(change.status)
            || (change.status == QLatin1String("moved") && (!change.newStart.isValid() || !change.newEnd.isValid()))
            || (!change.newPlaceUid.isEmpty() && !placeUids.contains(change.newPlaceUid)))
            return fail(QStringLiteral("The override of '%1' at '%2' is incomplete or names an unknown activity or place.")
                            .arg(change.activityUid, text(o, "originalStart")));
        change.occurrenceUid = OccurrenceId::make(change.activityUid, change.originalStart.toSecsSinceEpoch());
        r.overrides.append(change);
    }
    return r;
}

} // namespace Buurtplein::DemoRecords
