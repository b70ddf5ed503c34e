// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "places/areaindex.h"
#include "catalogue/cataloguestore.h"
#include "storage/database.h"
#include "places/placeimporter.h"

#include <QFileInfo>
#include <QJsonObject>

namespace Buurtplein::Cli {

namespace {
struct Request {
    QString dbPath;
    QString file;
    PlaceImporter::Format format = PlaceImporter::Format::Auto;
    QHash<QString, QString> mapping;
    const AreaIndex *areas = nullptr;
    QString uidPrefix;
    bool hasUidPrefix = false;
};

// Its own scope, so that the catalogue is closed before a refused new one is removed.
std::optional<PlaceImportResult> importInto(const Request &request, QString *error, ExitCode *code)
{
    Database db;
    if (!db.open(request.dbPath)) {
        *code = Failed;
        *error = QStringLiteral("Cannot open the catalogue %1: %2").arg(request.dbPath, db.errorString());
        return std::nullopt;
    }
    CatalogueStore store(db);
    PlaceImporter importer(store);
    importer.setMapping(request.mapping);
    importer.setAreaIndex(request.areas);
    if (request.hasUidPrefix)
        importer.setSource(request.uidPrefix, QString());
    auto result = importer.importFile(request.file, request.format);
    if (!result) {
        *code = BadInput;
        *error = importer.errorString() + QStringLiteral(" Nothing was imported.");
    }
    return result;
}
} // namespace

int importPlaces(const QStringList &args)
{
    QString error;
    const Accepted accepted{QStringLiteral("import-places"),
                            {QStringLiteral("db"), QStringLiteral("format"), QStringLiteral("areas"), QStringLiteral("uid-prefix")},
                            {QStringLiteral("db")}, {QStringLiteral("map")}, {}, 1};
    const auto options = Arguments::parse(args, accepted, &error);
    if (!options)
        return fail(BadInput, error);

    Request request;
    request.dbPath = options->value(QStringLiteral("db"));
    request.file = options->positional().first();
    const QString formatName = options->value(QStringLiteral("format"));
    if (formatName == QLatin1String("geojson"))
        request.format = PlaceImporter::Format::GeoJson;
    else if (formatName == QLatin1String("csv"))
        request.format = PlaceImporter::Format::Csv;
    else if (options->has(QStringLiteral("format")))
        return fail(BadInput, QStringLiteral("Unknown --format '%1'; use geojson or csv.").arg(formatName));

    // Each --map holds one or more comma-separated items: --map name=Naam,lat=Breedte.
    const auto mapping = PlaceImporter::parseMapping(options->values(QStringLiteral("map")), &error);
    if (!mapping)
        return fail(BadInput, error);
    request.mapping = *mapping;

    AreaIndex areas;
    if (options->has(QStringLiteral("areas")) && !areas.load(options->value(QStringLiteral("areas")), &error))
        return fail(BadInput, error);
    request.areas = &areas;
    request.hasUidPrefix = options->has(QStringLiteral("uid-prefix"));
    request.uidPrefix = options->value(QStringLiteral("uid-prefix"));

    const bool existed = QFileInfo::exists(request.dbPath);
    ExitCode code = Ok;
    const auto result = importInto(request, &error, &code);
    if (!result) {
        discardNewCatalogue(request.dbPath, existed);
        return fail(code, error);
    }
    printJson(QJsonDocument(result->toJson()));
    return Ok;
}

} // namespace Buurtplein::Cli
