// SPDX-License-Identifier: GPL-3.0-or-later
#include "ics/icsimporter.h"
#include "catalogue/cataloguestore.h"
#include "storage/database.h"
#include "ics/icsparser.h"
#include "ics/icsrecurrence.h"
#include "ics/icsschedule.h"

#include <QFile>
#include <QSet>

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
};

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
bool write(Series &series, CatalogueStore &store, QString *error)
{
    Transaction tx(store.connection());
    if (const auto existing = store.activity(series.activity.uid)) {
        Activity updated = *existing;
        updated.title = series.activity.title;
        updated.description = series.activity.description;
        if (!series.activity.organisationUid.isEmpty())
            updated.organisationUid = series.activity.organisationUid;
        if (series.activity.status == QLatin1String("ended"))
            updated.status = series.activity.status;
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
    for (const IcsEvent &event : parsed.calendar.events) {
        QString error;
        auto series = seriesOf(event, parsed.calendar, options, &error, &result.warnings);
        if (!series || !write(*series, store, &error)) {
            result.skipped.append({event.uid, error});
            continue;
        }
        result.activityUids.append(series->activity.uid);
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
