// SPDX-License-Identifier: GPL-3.0-or-later
#include "ics/icsimporter.h"
#include "catalogue/cataloguestore.h"
#include "storage/database.h"
#include "ics/icsparser.h"
#include "ics/icsrecurrence.h"
#include "ics/icsschedule.h"
#include "search/geodistance.h"
#include "search/textfolding.h"

#include <QFile>
#include <QSet>
#include <QSqlQuery>

namespace Buurtplein::IcsImporter {

namespace {

QString titleOf(const IcsEvent &event)
{
    if (!event.summary.isEmpty())
        return event.summary;
    const QString firstLine = event.description.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (!firstLine.isEmpty())
        return firstLine.left(80);
    if (!event.location.isEmpty())
        return event.location;
    return QStringLiteral("Activiteit uit agenda");
}

struct Series {
    Activity activity;
    Schedule schedule;
    QList<OccurrenceOverride> overrides;
    QString location;               ///< the event's LOCATION, for a place to be matched to it
    std::optional<std::pair<double, double>> geo;
};

/** A catalogue place as LOCATION and GEO are matched against it. */
struct KnownPlace {
    QString uid;
    QString name;       ///< folded
    double lat = 0;
    double lon = 0;
};

QList<KnownPlace> knownPlaces(const CatalogueStore &store)
{
    QList<KnownPlace> places;
    QSqlQuery q(store.connection());
    if (!q.exec(QStringLiteral("SELECT uid, name, lat, lon FROM place")))
        return places;
    while (q.next())
        places.append({q.value(0).toString(), TextFolding::fold(q.value(1).toString()), q.value(2).toDouble(), q.value(3).toDouble()});
    return places;
}

// The place an event's GEO lies at (within 75 m), else the one whose name its LOCATION
// starts with or holds (the longest such name); empty when none does.
QString matchPlace(const Series &series, const QList<KnownPlace> &places)
{
    if (series.geo) {
        const KnownPlace *nearest = nullptr;
        double best = 75;
        for (const KnownPlace &place : places) {
            const double metres = GeoDistance::metres(series.geo->first, series.geo->second, place.lat, place.lon);
            if (metres <= best) {
                best = metres;
                nearest = &place;
            }
        }
        if (nearest)
            return nearest->uid;
    }
    const QString location = TextFolding::fold(series.location);
    if (location.isEmpty())
        return {};
    const KnownPlace *named = nullptr;
    for (const KnownPlace &place : places) {
        // Short names ("Oost") would match too much.
        if (place.name.size() < 5 || !location.contains(place.name))
            continue;
        if (!named || place.name.size() > named->name.size())
            named = &place;
    }
    return named ? named->uid : QString();
}

// Everything one event becomes, or the reason it cannot be imported. Touches no database.
std::optional<Series> seriesOf(const IcsEvent &event, const IcsCalendar &calendar, const IcsImportOptions &options,
                               QString *error, QStringList *warnings)
{
    const auto set = IcsRecurrence::toRecurrenceSet(event, calendar.zones, error, warnings);
    if (!set)
        return std::nullopt;
    Series series;
    const QString uid = activityUid(event.uid);
    const IcsZone zone = event.start.isDate ? IcsZones::floating() : IcsRecurrence::zoneOf(event.start, calendar.zones);
    const auto schedule = IcsSchedule::toSchedule(event, *set, zone, uid, options.horizon.toSecsSinceEpoch(), error, warnings);
    if (!schedule)
        return std::nullopt;
    series.schedule = *schedule;

    series.activity.uid = uid;
    series.activity.title = titleOf(event);
    series.activity.description = event.description.isEmpty() ? QStringLiteral("") : event.description; // never NULL in SQL
    series.activity.category = options.category;
    series.activity.organisationUid = options.organisationUid;
    series.location = event.location.simplified();
    if (event.hasGeo)
        series.geo = std::make_pair(event.lat, event.lon);
    if (event.status == QLatin1String("CANCELLED"))
        series.activity.status = QStringLiteral("ended");

    for (const IcsInstance &instance : event.overrides) {
        const auto change = IcsRecurrence::changeOf(instance, *set, calendar.zones, error);
        if (!change)
            return std::nullopt;
        if (!change->cancelled && !change->moved)
            continue; // only its text changed; a Buurtplein session has no per-session text
        OccurrenceOverride o;
        o.activityUid = uid;
        o.originalStart = QDateTime::fromSecsSinceEpoch(change->originalStartUtc, Qt::UTC);
        o.occurrenceUid = OccurrenceId::make(uid, change->originalStartUtc);
        o.status = change->cancelled ? QStringLiteral("cancelled") : QStringLiteral("moved");
        if (change->moved) {
            o.newStart = QDateTime::fromSecsSinceEpoch(change->newStartUtc, Qt::UTC);
            o.newEnd = QDateTime::fromSecsSinceEpoch(change->newEndUtc, Qt::UTC);
        }
        series.overrides.append(o);
    }
    return series;
}

// Writes one series in its own savepoint, so a refused record leaves no trace of its event.
bool write(Series &series, CatalogueStore &store, const QList<KnownPlace> &places, QString *error)
{
    Transaction tx(store.connection());
    series.activity.placeUid = matchPlace(series, places);
    if (const auto existing = store.activity(series.activity.uid)) {
        Activity updated = *existing;
        updated.title = series.activity.title;
        updated.description = series.activity.description;
        if (!series.activity.organisationUid.isEmpty())
            updated.organisationUid = series.activity.organisationUid;
        if (series.activity.status == QLatin1String("ended"))
            updated.status = series.activity.status;
        // A place someone chose since stays; one without gets what the file now matches.
        if (updated.placeUid.isEmpty())
            updated.placeUid = series.activity.placeUid;
        series.activity = updated;
    }
    if (!store.save(series.activity)) {
        *error = store.errorString();
        return false;
    }
    for (const Schedule &old : store.schedulesOf(series.activity.uid)) {
        if (old.uid == series.schedule.uid) {
            series.schedule.id = old.id;
            series.schedule.version = old.version;
        } else if (!store.removeSchedule(old.uid)) {
            *error = store.errorString();
            return false;
        }
    }
    if (!store.save(series.schedule)) {
        *error = store.errorString();
        return false;
    }
    QSet<QString> current;
    for (OccurrenceOverride &o : series.overrides) {
        current.insert(o.occurrenceUid);
        if (const auto old = store.occurrenceOverride(o.occurrenceUid))
            o.version = old->version;
        if (!store.save(o)) {
            *error = store.errorString();
            return false;
        }
    }
    for (const OccurrenceOverride &old : store.overridesOf(series.activity.uid)) {
        if (!current.contains(old.occurrenceUid) && !store.removeOverride(old.occurrenceUid)) {
            *error = store.errorString();
            return false;
        }
    }
    return tx.commit();
}

} // namespace

QString activityUid(const QString &eventUid)
{
    return QStringLiteral("ics:") + eventUid;
}

IcsImportResult import(const QByteArray &data, CatalogueStore &store, const IcsImportOptions &options)
{
    IcsImportResult result;
    const IcsParseResult parsed = IcsParser::parse(data);
    if (!parsed.ok) {
        result.error = parsed.error;
        return result;
    }
    result.warnings = parsed.calendar.warnings;

    Transaction tx(store.connection());
    if (!tx.isActive()) {
        result.error = QStringLiteral("The catalogue could not start a transaction.");
        return result;
    }
    const QList<KnownPlace> places = knownPlaces(store);
    for (const IcsEvent &event : parsed.calendar.events) {
        QString error;
        auto series = seriesOf(event, parsed.calendar, options, &error, &result.warnings);
        if (!series || !write(*series, store, places, &error)) {
            result.skipped.append({event.uid, error});
            continue;
        }
        result.activityUids.append(series->activity.uid);
        if (!series->location.isEmpty())
            result.locations.insert(series->activity.uid, series->location);
        ++result.imported;
    }
    if (!tx.commit()) {
        result = IcsImportResult();
        result.error = QStringLiteral("The catalogue could not save the import; nothing was changed.");
        return result;
    }
    result.ok = true;
    return result;
}

IcsImportResult importFile(const QString &path, CatalogueStore &store, const IcsImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        IcsImportResult result;
        result.error = QStringLiteral("Cannot open %1: %2").arg(path, file.errorString());
        return result;
    }
    return import(file.readAll(), store, options);
}

} // namespace Buurtplein::IcsImporter
