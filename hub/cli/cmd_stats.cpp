// SPDX-License-Identifier: GPL-3.0-or-later
// Statistics commands: `stats` prints a released table, `import-areas` loads CBS area
// names, `place-areas` sets or corrects a place's CBS codes through the catalogue.
#include "places/areaindex.h"
#include "cli/hubcli.h"
#include "stats/statscsv.h"
#include "stats/statsstore.h"
#include "stats/statstable.h"
#include "store/hubcatalogue.h"
#include "store/hubdatabase.h"

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

int importAreas(const QStringList &args)
{
    QString error;
    if (args.isEmpty() || args.first().startsWith(QLatin1String("--")))
        return fail(BadInput, QStringLiteral("import-areas needs a FILE.\nusage: buurtplein-hub ") + usage(QStringLiteral("import-areas")));
    const auto options = Arguments::parse(args.mid(1), {QStringLiteral("import-areas"), {QStringLiteral("db")}, {}}, &error);
    if (!options)
        return fail(BadInput, error);
    AreaIndex areas;
    if (!QFileInfo(args.first()).isFile())
        return fail(BadInput, QStringLiteral("There is no file %1.").arg(args.first()));
    if (!areas.load(args.first(), &error) || areas.isEmpty())
        return fail(BadInput, (error.isEmpty() ? QStringLiteral("The file has no buurten.") : error) + QStringLiteral(" Nothing was stored."));
    return withDatabase(databaseLocation(*options), [&](HubDatabase &db) {
        const auto count = StatsStore(db).importAreas(areas, &error);
        if (!count)
            return fail(Failed, error);
        print(QStringLiteral("imported %1 areas.").arg(*count));
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
    static const QRegularExpression gemeente(QStringLiteral("^GM[0-9]{4}$")), wijk(QStringLiteral("^WK[0-9]{6}$")),
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
