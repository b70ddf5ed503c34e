// SPDX-License-Identifier: GPL-3.0-or-later
// Statistics commands: `stats` prints a released table, `import-areas` loads CBS area
// names, `place-areas` sets or corrects a place's CBS codes through the catalogue.
#include "places/areaindex.h"
#include "cli/hubcli.h"
#include "stats/areastore.h"
#include "stats/statscsv.h"
#include "stats/statsstore.h"
#include "stats/statstable.h"
#include "store/hubcatalogue.h"
#include "store/hubdatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cstdio>

namespace Buurtplein::HubCli {

std::optional<Release::Rules> releaseRules(const Arguments &options, QString *error)
{
    Release::Rules rules;
    bool ok = true;
    if (options.has(QStringLiteral("k"))) {
        rules.minParticipants = options.value(QStringLiteral("k")).toInt(&ok);
        if (!ok || rules.minParticipants < Release::Rules::MinimumK) {
            *error = QStringLiteral("--k takes a whole number of at least %1: fewer participants per cell could identify people.")
                         .arg(Release::Rules::MinimumK);
            return std::nullopt;
        }
    }
    return rules;
}

int stats(const QStringList &args)
{
    QString error;
    const QStringList names = {QStringLiteral("metric"), QStringLiteral("rows"), QStringLiteral("columns"), QStringLiteral("from"),
                               QStringLiteral("to"), QStringLiteral("format"), QStringLiteral("lang"), QStringLiteral("gemeente"),
                               QStringLiteral("wijk"), QStringLiteral("buurt"), QStringLiteral("category"), QStringLiteral("programme"),
                               QStringLiteral("organisation"), QStringLiteral("k"), QStringLiteral("db")};
    const auto options = Arguments::parse(args, {QStringLiteral("stats"), names,
                                                 {QStringLiteral("metric"), QStringLiteral("rows"), QStringLiteral("from"), QStringLiteral("to")}},
                                          &error);
    if (!options)
        return fail(BadInput, error);
    const auto rules = releaseRules(*options, &error);
    if (!rules)
        return fail(BadInput, error);
    QList<std::pair<QString, QString>> items;
    for (const QString &name : names.mid(0, 13)) {
        if (options->has(name))
            items.append({name, options->value(name)});
    }
    auto request = Stats::parseRequest(items, &error);
    if (!request)
        return fail(BadInput, error);
    request->query.asOf = Stats::hubDate(now());
    return withDatabase(databaseLocation(*options), [&](HubDatabase &db) {
        StatsStore store(db);
        QString why;
        if (!store.refresh(&why))
            return fail(Failed, why);
        const auto cells = store.collect(request->query, &why);
        if (!cells)
            return fail(Failed, why);
        const auto released = Stats::releaseTable(request->query, *cells, *rules, [&store](Stats::Dimension d) { return store.labels(d); },
                                                  request->lang);
        if (!released.error.isEmpty())
            return fail(released.tooLarge ? BadInput : Failed, released.error);
        const QByteArray out = request->format == QLatin1String("csv")
            ? Stats::toCsv(released, request->lang)
            : QJsonDocument(Stats::toJson(released, now().toString(Qt::ISODate))).toJson(QJsonDocument::Indented);
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
        std::fflush(stdout);
        return int(Ok);
    });
}

// FILE is either CBS label points (CSV: level,statcode,statnaam,gemeentecode,lon,lat) or
// GeoJSON outlines whose --code and --name properties hold each area's CBS code and name.
// Outlines also give every place of the catalogue the buurt that contains it, in the same
// transaction; the report says how many places changed.
int importAreas(const QStringList &args)
{
    QString error;
    if (args.isEmpty() || args.first().startsWith(QLatin1String("--")))
        return fail(BadInput, QStringLiteral("import-areas needs a FILE.\nusage: buurtplein-hub ") + usage(QStringLiteral("import-areas")));
    const auto options = Arguments::parse(args.mid(1),
                                          {QStringLiteral("import-areas"),
                                           {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("division"), QStringLiteral("tiles"), QStringLiteral("db")},
                                           {}},
                                          &error);
    if (!options)
        return fail(BadInput, error);
    const QString file = args.first();
    if (!QFileInfo(file).isFile())
        return fail(BadInput, QStringLiteral("There is no file %1.").arg(file));
    int division = 0;
    if (options->has(QStringLiteral("division"))) {
        bool ok = false;
        division = options->value(QStringLiteral("division")).toInt(&ok);
        if (!ok || division < 1900 || division > 2200)
            return fail(BadInput, QStringLiteral("--division is the year of the area division, such as 2022. Nothing was stored."));
    }
    QFile peek(file);
    const bool geoJson = peek.open(QIODevice::ReadOnly) && peek.peek(4096).trimmed().startsWith('{');
    AreaIndex areas;
    if (geoJson) {
        if (!options->has(QStringLiteral("code")) || !options->has(QStringLiteral("name")))
            return fail(BadInput, QStringLiteral("%1 is GeoJSON: name the properties that hold each area's CBS code and name,"
                                                 " e.g. --code cbsCode --name naam. Nothing was stored.").arg(file));
        const AreaIndex::BoundaryOptions boundary{options->value(QStringLiteral("code")), options->value(QStringLiteral("name")), division};
        if (!areas.loadBoundaries(file, boundary, &error))
            return fail(BadInput, error + QStringLiteral(" Nothing was stored."));
    } else {
        if (options->has(QStringLiteral("code")) || options->has(QStringLiteral("name")))
            return fail(BadInput, QStringLiteral("--code and --name name GeoJSON properties; %1 is not GeoJSON. Nothing was stored.").arg(file));
        if (!areas.load(file, &error) || areas.isEmpty())
            return fail(BadInput, (error.isEmpty() ? QStringLiteral("The file has no buurten.") : error) + QStringLiteral(" Nothing was stored."));
    }
    return withDatabase(databaseLocation(*options), [&](HubDatabase &db) {
        HubTransaction tx(db.connection(), db.dialect());
        if (!tx.isActive())
            return fail(Failed, tx.errorString());
        AreaStore store(db);
        const auto count = store.save(areas, &error);
        if (!count)
            return fail(Failed, error);
        QJsonObject report{{QStringLiteral("areas"), *count}, {QStringLiteral("outlines"), areas.boundaryCount()}};
        if (geoJson) {
            // Every outline the hub holds, so that one gemeente's import leaves another's places alone.
            AreaIndex all;
            if (!store.loadOutlines(&all, &error))
                return fail(Failed, error);
            const auto reassigned = store.reassignPlaces(all, &error);
            if (!reassigned)
                return fail(Failed, error + QStringLiteral(" Nothing was stored."));
            report.insert(QStringLiteral("places"), QJsonObject{{QStringLiteral("checked"), reassigned->checked},
                                                                {QStringLiteral("changed"), reassigned->changed},
                                                                {QStringLiteral("outside"), reassigned->outside}});
        }
        if (!tx.commit())
            return fail(Failed, tx.errorString());
        // The region packages carry the outlines: rebuilt when the hub has map tiles.
        if (geoJson) {
            const auto regions = buildTileRegions(db, tilesLocation(*options), &error);
            if (!regions)
                return fail(Failed, error + QStringLiteral(" The areas were stored; run tile-regions again."));
            report.insert(QStringLiteral("regions"), regions->size());
        }
        print(QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact)));
        return int(Ok);
    });
}

int placeAreas(const QStringList &args)
{
    QString error;
    const auto options = Arguments::parse(args, {QStringLiteral("place-areas"),
                                                 {QStringLiteral("place"), QStringLiteral("gemeente"), QStringLiteral("wijk"),
                                                  QStringLiteral("buurt"), QStringLiteral("db")},
                                                 {QStringLiteral("place")}},
                                          &error);
    if (!options)
        return fail(BadInput, error);
    static const QRegularExpression gemeente(QStringLiteral("^GM[0-9]{4}$")), wijk(QStringLiteral("^WK[0-9]{4}[0-9A-Z]{2}$")),
        buurt(QStringLiteral("^BU[0-9]{4}[0-9A-Z]{4}$"));
    const QString gm = options->value(QStringLiteral("gemeente")), wk = options->value(QStringLiteral("wijk")),
                  bu = options->value(QStringLiteral("buurt"));
    if ((options->has(QStringLiteral("gemeente")) && !gemeente.match(gm).hasMatch())
        || (options->has(QStringLiteral("wijk")) && !wijk.match(wk).hasMatch())
        || (options->has(QStringLiteral("buurt")) && !buurt.match(bu).hasMatch()))
        return fail(BadInput, QStringLiteral("Codes are CBS codes: --gemeente GM0363, --wijk WK036380, --buurt BU03638000."));
    if (!options->has(QStringLiteral("gemeente")) && !options->has(QStringLiteral("wijk")) && !options->has(QStringLiteral("buurt")))
        return fail(BadInput, QStringLiteral("place-areas needs --gemeente, --wijk or --buurt."));
    if ((!bu.isEmpty() && !wk.isEmpty() && AreaIndex::wijkCodeOf(bu) != wk)
        || (!wk.isEmpty() && !gm.isEmpty() && AreaIndex::gemeenteCodeOf(wk) != gm)
        || (!bu.isEmpty() && !gm.isEmpty() && AreaIndex::gemeenteCodeOf(bu) != gm))
        return fail(BadInput, QStringLiteral("The buurt, wijk and gemeente codes do not nest; nothing was changed."));
    return withDatabase(databaseLocation(*options), [&](HubDatabase &db) {
        HubCatalogue catalogue(db);
        const QString uid = options->value(QStringLiteral("place"));
        const auto place = catalogue.find(QStringLiteral("place"), uid);
        if (!place || place->deleted)
            return fail(BadInput, QStringLiteral("There is no place %1 in the catalogue.").arg(uid));
        QJsonObject data = place->data;
        // A buurt implies its wijk and gemeente, so a correction never leaves them disagreeing.
        const QString newBuurt = bu.isEmpty() ? data.value(QStringLiteral("buurtCode")).toString() : bu;
        const QString newWijk = !wk.isEmpty() ? wk : !bu.isEmpty() ? AreaIndex::wijkCodeOf(bu) : data.value(QStringLiteral("wijkCode")).toString();
        const QString newGemeente = !gm.isEmpty() ? gm : !newWijk.isEmpty() && (!bu.isEmpty() || !wk.isEmpty()) ? AreaIndex::gemeenteCodeOf(newWijk)
                                                                                                               : data.value(QStringLiteral("gemeenteCode")).toString();
        data.insert(QStringLiteral("buurtCode"), newBuurt);
        data.insert(QStringLiteral("wijkCode"), newWijk);
        data.insert(QStringLiteral("gemeenteCode"), newGemeente);
        HubTransaction tx(db.connection(), db.dialect());
        const CatalogueWrite write = catalogue.upsert(QStringLiteral("place"), uid, place->organisationUid, data, place->version);
        if (write.outcome == CatalogueWrite::Failed || write.outcome == CatalogueWrite::Conflict || !tx.commit())
            return fail(Failed, write.error.isEmpty() ? QStringLiteral("The place changed meanwhile; try again.") : write.error);
        print(QStringLiteral("place %1: gemeente %2, wijk %3, buurt %4.").arg(uid, newGemeente, newWijk, newBuurt));
        return int(Ok);
    });
}

} // namespace Buurtplein::HubCli
