// SPDX-License-Identifier: GPL-3.0-or-later
// import-places and import-ics (the drafts it leaves: cmd_drafts.cpp): the device's own importers (core/places, core/ics) run
// against a scratch device catalogue that holds the hub's live records, and whatever
// the scratch catalogue then holds is written back to the hub catalogue through
// CataloguePayload, in one hub transaction. So an import on the hub behaves exactly as
// on a device: re-importing updates the same records, an .ics series that lost a
// session loses its override, and a refused file changes nothing.
#include "places/areaindex.h"
#include "stats/areastore.h"
#include "worker/cataloguepayload.h"
#include "catalogue/cataloguestore.h"
#include "cli/catalogueimport.h"
#include "cli/hubcli.h"
#include "storage/database.h"
#include "places/demoloader.h"
#include "ics/icsimporter.h"
#include "places/placeimporter.h"
#include "stats/statsstore.h"
#include "store/hubcatalogue.h"
#include "store/hubdatabase.h"
#include "store/draftstore.h"
#include "store/organisationstore.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace Buurtplein::HubCli {

namespace {

// Loads every live hub record into the scratch catalogue, organisations first, so that each record finds what it names.
bool seed(const HubCatalogue &hub, CatalogueStore &store, Seeded *seeded, QString *error)
{
    for (const QString &kind : CataloguePayload::kinds()) {
        const auto items = hub.live(kind);
        if (!items) {
            *error = hub.errorString();
            return false;
        }
        for (const CatalogueItem &item : *items) {
            bool saved = false;
            if (kind == CataloguePayload::OrganisationKind) {
                auto record = CataloguePayload::readOrganisation(item.data, error);
                saved = record && store.save(*record);
            } else if (kind == CataloguePayload::PlaceKind) {
                auto record = CataloguePayload::readPlace(item.data, error);
                saved = record && store.save(*record);
            } else if (kind == CataloguePayload::ActivityKind) {
                auto record = CataloguePayload::readActivity(item.data, error);
                saved = record && store.save(*record);
            } else if (kind == CataloguePayload::ScheduleKind) {
                auto record = CataloguePayload::readSchedule(item.data, error);
                saved = record && store.save(*record);
            } else {
                auto record = CataloguePayload::readOverride(item.data, error);
                saved = record && store.save(*record);
            }
            if (!saved) {
                *error = QStringLiteral("The hub's %1 %2 cannot be loaded: %3").arg(kind, item.uid, error->isEmpty() ? store.errorString() : *error);
                return false;
            }
            (*seeded)[kind].insert(item.uid);
        }
    }
    return true;
}

QStringList uidsOf(const CatalogueStore &store, const QString &kind)
{
    static const QHash<QString, QString> lists = {
        {CataloguePayload::OrganisationKind, QStringLiteral("SELECT uid FROM organisation")},
        {CataloguePayload::PlaceKind, QStringLiteral("SELECT uid FROM place")},
        {CataloguePayload::ActivityKind, QStringLiteral("SELECT uid FROM activity")},
        {CataloguePayload::ScheduleKind, QStringLiteral("SELECT uid FROM schedule")},
        {CataloguePayload::OverrideKind, QStringLiteral("SELECT occurrence_uid FROM occurrence_override")},
    };
    QStringList uids;
    QSqlQuery q(store.connection());
    q.exec(lists.value(kind));
    while (q.next())
        uids.append(q.value(0).toString());
    return uids;
}

// The payload of scratch record (@p kind, @p uid) and, in @p owner, the organisation that may edit it.
QJsonObject payload(const CatalogueStore &store, const QString &kind, const QString &uid, QString *owner)
{
    const auto ownerOf = [&store](const QString &activityUid) {
        const auto activity = store.activity(activityUid);
        return activity ? activity->organisationUid : QString();
    };
    if (kind == CataloguePayload::OrganisationKind) {
        *owner = uid;
        return CataloguePayload::build(store.organisation(uid).value_or(Organisation()));
    }
    if (kind == CataloguePayload::PlaceKind) {
        owner->clear();
        return CataloguePayload::build(store.place(uid).value_or(Place()));
    }
    if (kind == CataloguePayload::ActivityKind) {
        const Activity activity = store.activity(uid).value_or(Activity());
        *owner = activity.organisationUid;
        return CataloguePayload::build(activity);
    }
    if (kind == CataloguePayload::ScheduleKind) {
        const Schedule schedule = store.schedule(uid).value_or(Schedule());
        *owner = ownerOf(schedule.activityUid);
        return CataloguePayload::build(schedule);
    }
    const OccurrenceOverride change = store.occurrenceOverride(uid).value_or(OccurrenceOverride());
    *owner = ownerOf(change.activityUid);
    return CataloguePayload::build(change);
}

// Writes the scratch catalogue back: what it holds is stored (unchanged records are
// left alone), what it lost since seed() is deleted, dependants before what they name.
bool mirror(const CatalogueStore &store, HubCatalogue &hub, const Seeded &seeded, int *changes, QString *error)
{
    const qint64 at = now().toSecsSinceEpoch();
    QHash<QString, QSet<QString>> present;
    for (const QString &kind : CataloguePayload::kinds()) {
        for (const QString &uid : uidsOf(store, kind)) {
            present[kind].insert(uid);
            QString owner;
            const QJsonObject data = payload(store, kind, uid, &owner);
            const CatalogueWrite write = hub.upsert(kind, uid, owner, data);
            if (write.outcome == CatalogueWrite::Failed) {
                *error = write.error;
                return false;
            }
            *changes += write.outcome == CatalogueWrite::Stored ? 1 : 0;
        }
    }
    QStringList reversed = CataloguePayload::kinds();
    std::reverse(reversed.begin(), reversed.end());
    for (const QString &kind : std::as_const(reversed)) {
        for (const QString &uid : seeded.value(kind)) {
            if (present.value(kind).contains(uid))
                continue;
            const CatalogueWrite write = hub.remove(kind, uid, at);
            if (write.outcome == CatalogueWrite::Failed) {
                *error = write.error;
                return false;
            }
            *changes += write.outcome == CatalogueWrite::Stored ? 1 : 0;
        }
    }
    return true;
}

// Takes a new activity a calendar made out of the scratch catalogue into a draft bundle,
// so that mirror() publishes none of it (docs/hub.md, "Drafts").
std::optional<QJsonObject> takeDraft(CatalogueStore &store, const QString &activityUid, const QString &location, QString *error)
{
    QString owner;
    QJsonObject bundle{{QStringLiteral("activity"), payload(store, CataloguePayload::ActivityKind, activityUid, &owner)},
                       {QStringLiteral("location"), location}};
    QJsonArray schedules;
    QJsonArray overrides;
    for (const OccurrenceOverride &o : store.overridesOf(activityUid)) {
        overrides.append(CataloguePayload::build(o));
        if (!store.removeOverride(o.occurrenceUid))
            return std::nullopt;
    }
    for (const Schedule &schedule : store.schedulesOf(activityUid)) {
        schedules.append(CataloguePayload::build(schedule));
        if (!store.removeSchedule(schedule.uid))
            return std::nullopt;
    }
    if (!store.removeActivity(activityUid)) {
        *error = store.errorString();
        return std::nullopt;
    }
    bundle.insert(QStringLiteral("schedules"), schedules);
    bundle.insert(QStringLiteral("overrides"), overrides);
    return bundle;
}

} // namespace

int runImport(const QString &location, const Import &import)
{
    return withDatabase(location, [&](HubDatabase &db) {
        HubTransaction tx(db.connection(), db.dialect());
        if (!tx.isActive())
            return fail(Failed, QStringLiteral("Cannot begin the import: ") + tx.errorString());
        Database scratch;
        if (!scratch.open(QStringLiteral(":memory:")))
            return fail(Failed, QStringLiteral("Cannot make a scratch catalogue: ") + scratch.errorString());
        CatalogueStore store(scratch);
        HubCatalogue hub(db);
        Seeded seeded;
        QString error;
        if (!seed(hub, store, &seeded, &error))
            return fail(Failed, error);
        QJsonObject report;
        const int code = import(db, store, seeded, &report);
        if (code != Ok)
            return code;
        int changes = 0;
        if (!mirror(store, hub, seeded, &changes, &error))
            return fail(Failed, error + QStringLiteral(" Nothing was imported."));
        if (!tx.commit())
            return fail(Failed, QStringLiteral("Cannot commit the import: ") + tx.errorString());
        report.insert(QStringLiteral("feedChanges"), changes);
        print(QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact)));
        return int(Ok);
    });
}

namespace {
// FILE comes first; the options after it are read strictly like every other command's.
std::optional<std::pair<QString, Arguments>> parseFileAndOptions(const QStringList &args, const Accepted &accepted, QString *error)
{
    if (args.isEmpty() || args.first().startsWith(QLatin1String("--"))) {
        *error = QStringLiteral("%1 needs a FILE.\nusage: buurtplein-hub %2").arg(accepted.command, usage(accepted.command));
        return std::nullopt;
    }
    const auto options = Arguments::parse(args.mid(1), accepted, error);
    if (!options)
        return std::nullopt;
    if (!QFileInfo(args.first()).isFile()) {
        *error = QStringLiteral("There is no file %1.").arg(args.first());
        return std::nullopt;
    }
    return std::make_pair(args.first(), *options);
}
} // namespace

int importPlaces(const QStringList &args)
{
    QString error;
    const auto parsed = parseFileAndOptions(
        args, {QStringLiteral("import-places"), {QStringLiteral("areas"), QStringLiteral("db")}, {}, {QStringLiteral("map")}}, &error);
    if (!parsed)
        return fail(BadInput, error);
    const QString file = parsed->first;
    // --map field=Column as the CLI reads it: e.g. buurtCode=BU_CODE keeps the codes a file carries.
    const auto mapping = PlaceImporter::parseMapping(parsed->second.values(QStringLiteral("map")), &error);
    if (!mapping)
        return fail(BadInput, error);
    // Each place gets the buurt whose outline (import-areas of GeoJSON) contains it; else,
    // with --areas FILE (CBS label points), the nearest buurt's codes, reported as a guess.
    // Places neither gives keep the codes they had.
    AreaIndex areas;
    if (parsed->second.has(QStringLiteral("areas")) && !areas.load(parsed->second.value(QStringLiteral("areas")), &error))
        return fail(BadInput, error + QStringLiteral(" Nothing was imported."));
    return runImport(databaseLocation(parsed->second), [&](HubDatabase &db, CatalogueStore &store, const Seeded &, QJsonObject *report) {
        QString why;
        if (!AreaStore(db).loadOutlines(&areas, &why))
            return fail(Failed, why);
        PlaceImporter importer(store);
        if (!areas.isEmpty())
            importer.setAreaIndex(&areas);
        importer.setMapping(*mapping);
        const auto result = importer.importFile(file);
        if (!result)
            return fail(BadInput, importer.errorString() + QStringLiteral(" Nothing was imported."));
        *report = result->toJson();
        return int(Ok);
    });
}

int importIcs(const QStringList &args)
{
    QString error;
    const auto parsed = parseFileAndOptions(args, {QStringLiteral("import-ics"), {QStringLiteral("org"), QStringLiteral("db")}, {QStringLiteral("org")}}, &error);
    if (!parsed)
        return fail(BadInput, error);
    const QString file = parsed->first;
    const QString organisationUid = parsed->second.value(QStringLiteral("org"));
    return runImport(databaseLocation(parsed->second), [&](HubDatabase &db, CatalogueStore &store, const Seeded &seeded, QJsonObject *report) {
        const auto known = OrganisationStore(db).find(organisationUid);
        if (!known)
            return fail(BadInput, QStringLiteral("There is no organisation %1; make it with 'org create' first.").arg(organisationUid));
        // Its record goes to the hub's catalogue with the activities, so that devices can apply them.
        Organisation organisation;
        organisation.uid = known->uid;
        organisation.name = known->name;
        organisation.kind = known->kind;
        if (!store.organisation(organisation.uid) && !store.save(organisation))
            return fail(Failed, store.errorString());
        QHash<QString, QString> owners;
        for (const QString &uid : seeded.value(CataloguePayload::ActivityKind))
            owners.insert(uid, store.activity(uid).value_or(Activity()).organisationUid);

        IcsImportOptions options;
        options.organisationUid = organisationUid;
        options.horizon = now().addYears(2);
        const IcsImportResult result = IcsImporter::importFile(file, store, options);
        if (!result.ok)
            return fail(BadInput, result.error + QStringLiteral(" Nothing was imported."));
        for (const QString &uid : result.activityUids) {
            const QString owner = owners.value(uid);
            if (!owner.isEmpty() && owner != organisationUid)
                return fail(BadInput, QStringLiteral("Activity %1 belongs to organisation %2, not %3. Nothing was imported.").arg(uid, owner, organisationUid));
        }
        // What the hub did not know yet is a draft: residents see it once a person has
        // confirmed its category, cost and audience. Activities confirmed before are updated.
        QJsonArray drafts;
        const QSet<QString> published = seeded.value(CataloguePayload::ActivityKind);
        for (const QString &uid : result.activityUids) {
            if (published.contains(uid))
                continue;
            const auto activity = store.activity(uid);
            QString why;
            const auto bundle = takeDraft(store, uid, result.locations.value(uid), &why);
            if (!activity || !bundle)
                return fail(Failed, QStringLiteral("Cannot keep %1 as a draft: %2").arg(uid, why.isEmpty() ? store.errorString() : why));
            CatalogueDraft draft{uid, organisationUid, *bundle, now().toSecsSinceEpoch()};
            if (!DraftStore(db).save(draft, &why))
                return fail(Failed, why);
            drafts.append(QJsonObject{{QStringLiteral("uid"), uid},
                                      {QStringLiteral("title"), activity->title},
                                      {QStringLiteral("location"), result.locations.value(uid)},
                                      {QStringLiteral("place"), activity->placeUid}});
        }
        QJsonArray skipped;
        for (const IcsSkippedEvent &s : result.skipped)
            skipped.append(QJsonObject{{QStringLiteral("uid"), s.uid}, {QStringLiteral("reason"), s.reason}});
        *report = {{QStringLiteral("imported"), result.imported},
                   {QStringLiteral("drafts"), drafts},
                   {QStringLiteral("skipped"), skipped},
                   {QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings)}};
        return int(Ok);
    });
}

int importDemo(const QStringList &args)
{
    QString error;
    const auto options = Arguments::parse(args, {QStringLiteral("import-demo"), {QStringLiteral("db")}, {}}, &error);
    if (!options)
        return fail(BadInput, error);
    // The neighbourhood the app ships with (assets/demo), so that a demo hub and a demo
    // device start from the same catalogue and the first sync keeps it.
    const int imported = runImport(databaseLocation(*options), [&](HubDatabase &db, CatalogueStore &store, const Seeded &, QJsonObject *report) {
        QString why;
        const auto summary = DemoLoader::load(store, QStringLiteral(":/demo/demo-neighbourhood.json"), &why);
        if (!summary)
            return fail(Failed, why + QStringLiteral(" Nothing was imported."));
        for (const QString &uid : uidsOf(store, CataloguePayload::OrganisationKind)) {
            const std::optional<Organisation> o = store.organisation(uid);
            if (!o || OrganisationStore(db).find(uid))
                continue;
            HubOrganisation organisation;
            organisation.uid = o->uid;
            organisation.name = o->name;
            organisation.kind = o->kind;
            if (!OrganisationStore(db).create(organisation, now().toSecsSinceEpoch(), &why))
                return fail(Failed, why);
        }
        *report = {{QStringLiteral("organisations"), summary->organisations}, {QStringLiteral("places"), summary->places},
                   {QStringLiteral("activities"), summary->activities}, {QStringLiteral("schedules"), summary->schedules},
                   {QStringLiteral("overrides"), summary->overrides}};
        return int(Ok);
    });
    if (imported != Ok)
        return imported;
    // The demo's CBS area names, so that a demo hub's statistics show buurt names.
    AreaIndex areas;
    if (!areas.load(QStringLiteral(":/demo/cbs_areas_amsterdam.csv"), &error))
        return fail(Failed, error);
    return withDatabase(databaseLocation(*options), [&](HubDatabase &db) {
        return StatsStore(db).importAreas(areas, &error) ? int(Ok) : fail(Failed, error);
    });
}

} // namespace Buurtplein::HubCli
