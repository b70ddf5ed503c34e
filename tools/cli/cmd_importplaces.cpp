// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "areaindex.h"
#include "cataloguestore.h"
#include "database.h"
#include "placeimporter.h"

#include <QJsonObject>

namespace Buurtplein::Cli {

// import-places --db DB FILE [--format geojson|csv] [--map field=Column ...] [--areas CBS.csv] [--uid-prefix P]
int importPlaces(const QStringList &args)
{
    // --map may repeat, which Arguments (one value per option) cannot hold: take them out first.
    QStringList rest;
    QStringList mapItems;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--map")) {
            if (i + 1 >= args.size())
                return fail(BadInput, QStringLiteral("Option --map needs a value such as name=Naam."));
            mapItems += args.at(++i).split(QLatin1Char(','), Qt::SkipEmptyParts);
        } else {
            rest.append(args.at(i));
        }
    }
    QString error;
    const auto options = Arguments::parse(rest, {}, &error);
    if (!options)
        return fail(BadInput, error);
    if (!options->has(QStringLiteral("db")) || options->positional().size() != 1)
        return fail(BadInput, QStringLiteral("usage: import-places --db DB FILE [--format geojson|csv] [--map field=Column ...] [--areas CBS.csv]"));

    PlaceImporter::Format format = PlaceImporter::Format::Auto;
    const QString formatName = options->value(QStringLiteral("format"));
    if (formatName == QLatin1String("geojson"))
        format = PlaceImporter::Format::GeoJson;
    else if (formatName == QLatin1String("csv"))
        format = PlaceImporter::Format::Csv;
    else if (!formatName.isEmpty())
        return fail(BadInput, QStringLiteral("Unknown --format '%1'; use geojson or csv.").arg(formatName));

    const auto mapping = PlaceImporter::parseMapping(mapItems, &error);
    if (!mapping)
        return fail(BadInput, error);

    AreaIndex areas;
    if (options->has(QStringLiteral("areas")) && !areas.load(options->value(QStringLiteral("areas")), &error))
        return fail(BadInput, error);

    Database db;
    if (!db.open(options->value(QStringLiteral("db"))))
        return fail(Failed, QStringLiteral("Cannot open the catalogue %1: %2").arg(options->value(QStringLiteral("db")), db.errorString()));
    CatalogueStore store(db);
    PlaceImporter importer(store);
    importer.setMapping(*mapping);
    importer.setAreaIndex(&areas);
    if (options->has(QStringLiteral("uid-prefix")))
        importer.setSource(options->value(QStringLiteral("uid-prefix")), QString());

    const auto result = importer.importFile(options->positional().first(), format);
    if (!result)
        return fail(BadInput, importer.errorString() + QStringLiteral(" Nothing was imported."));
    printJson(QJsonDocument(result->toJson()));
    return Ok;
}

} // namespace Buurtplein::Cli
