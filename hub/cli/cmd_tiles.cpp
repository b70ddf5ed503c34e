// SPDX-License-Identifier: GPL-3.0-or-later
// import-tiles: map tiles into the hub's MBTiles file (docs/hub.md, "Map tiles");
// tile-regions: a package per gemeente for devices (docs/map.md, "Region packages").
#include "cli/hubcli.h"
#include "map/mbtiles.h"
#include "map/regionpackage.h"
#include "store/hubdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Buurtplein::HubCli {

QString tilesLocation(const Arguments &args)
{
    const QString fromEnvironment = qEnvironmentVariable("BUURTPLEIN_HUB_TILES");
    return args.value(QStringLiteral("tiles"), fromEnvironment.isEmpty() ? QStringLiteral("buurtplein-hub-tiles.mbtiles") : fromEnvironment);
}

QString regionsLocation(const QString &tilesFile)
{
    return tilesFile + QStringLiteral(".regions");
}

std::optional<QJsonArray> buildTileRegions(HubDatabase &db, const QString &tilesFile, QString *error)
{
    if (!QFileInfo::exists(tilesFile))
        return QJsonArray();
    MbTiles set;
    if (!set.open(tilesFile)) {
        *error = set.errorString();
        return std::nullopt;
    }
    // Each gemeente's outlines (buurten, wijken and the gemeente itself) and its name.
    QMap<QString, QList<RegionPackage::Area>> byGemeente;
    QHash<QString, QString> names;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT code, name, division, geometry FROM area_outline ORDER BY code"))) {
        *error = QStringLiteral("Cannot read the area outlines: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    while (q.next()) {
        const QString code = q.value(0).toString();
        byGemeente[RegionPackage::gemeenteOf(code)].append(
            {code, q.value(1).toString(), RegionPackage::levelOf(code), q.value(2).toInt(), q.value(3).toString().toUtf8()});
        if (RegionPackage::levelOf(code) == QLatin1String("gemeente"))
            names.insert(code, q.value(1).toString());
    }
    if (!q.exec(QStringLiteral("SELECT code, name FROM stats_area WHERE level = 'gemeente'"))) {
        *error = QStringLiteral("Cannot read the area names: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    while (q.next()) {
        if (!names.contains(q.value(0).toString()))
            names.insert(q.value(0).toString(), q.value(1).toString());
    }
    byGemeente.remove(QString());

    const QString folder = regionsLocation(tilesFile);
    const QString scratch = folder + QStringLiteral(".building");
    QDir(scratch).removeRecursively();
    if (!QDir().mkpath(scratch)) {
        *error = QStringLiteral("Cannot make the folder %1.").arg(scratch);
        return std::nullopt;
    }
    const QList<TileId> ids = set.tileIds();
    QJsonArray index;
    for (auto it = byGemeente.cbegin(); it != byGemeente.cend(); ++it) {
        const auto bounds = RegionPackage::boundsOf(it.value());
        if (!bounds || std::none_of(ids.cbegin(), ids.cend(), [&](const TileId &id) { return MbTiles::covers(id, 0, 22, *bounds); }))
            continue; // the tile set does not reach this gemeente
        const auto info = RegionPackage::build(set, it.key(), names.value(it.key(), it.key()), it.value(),
                                               QDir(scratch).filePath(it.key() + QStringLiteral(".mbtiles")), error);
        if (!info) {
            QDir(scratch).removeRecursively();
            return std::nullopt;
        }
        index.append(QJsonObject{{QStringLiteral("code"), info->code},
                                 {QStringLiteral("name"), info->name},
                                 {QStringLiteral("bounds"), QJsonArray{info->bounds.west, info->bounds.south, info->bounds.east, info->bounds.north}},
                                 {QStringLiteral("minZoom"), info->minZoom},
                                 {QStringLiteral("maxZoom"), info->maxZoom},
                                 {QStringLiteral("tiles"), info->tiles},
                                 {QStringLiteral("areas"), info->areas},
                                 {QStringLiteral("bytes"), double(info->bytes)},
                                 {QStringLiteral("sha1"), QString::fromLatin1(info->sha1)}});
    }
    QFile indexFile(QDir(scratch).filePath(QStringLiteral("index.json")));
    if (!indexFile.open(QIODevice::WriteOnly) || indexFile.write(QJsonDocument(QJsonObject{{QStringLiteral("regions"), index}}).toJson()) < 0
        || !indexFile.flush()) {
        *error = QStringLiteral("Cannot write %1.").arg(indexFile.fileName());
        QDir(scratch).removeRecursively();
        return std::nullopt;
    }
    indexFile.close();
    // The served folder is replaced in two renames; a device mid-download notices the new ETag.
    const QString old = folder + QStringLiteral(".old");
    QDir(old).removeRecursively();
    if ((QFileInfo::exists(folder) && !QDir().rename(folder, old)) || !QDir().rename(scratch, folder)) {
        *error = QStringLiteral("Cannot put the region packages in place at %1.").arg(folder);
        return std::nullopt;
    }
    QDir(old).removeRecursively();
    return index;
}

int tileRegions(const QStringList &args)
{
    QString error;
    const auto options = Arguments::parse(args, {QStringLiteral("tile-regions"), {QStringLiteral("tiles"), QStringLiteral("db")}, {}}, &error);
    if (!options)
        return fail(BadInput, error);
    const QString tilesFile = tilesLocation(*options);
    if (!QFileInfo::exists(tilesFile))
        return fail(BadInput, QStringLiteral("There is no tile set %1 (import-tiles makes one).").arg(tilesFile));
    return withDatabase(databaseLocation(*options), [&](HubDatabase &db) {
        const auto index = buildTileRegions(db, tilesFile, &error);
        if (!index)
            return fail(Failed, error);
        print(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("regions"), *index}}).toJson(QJsonDocument::Compact)));
        return int(Ok);
    });
}

// SOURCE is a folder of {z}/{x}/{y}.pbf tiles or an .mbtiles file; the tiles within
// --min-zoom..--max-zoom and --bbox WEST,SOUTH,EAST,NORTH are added to (or replace those
// in) the hub's tile set. The set is written to a copy that replaces it only when every
// tile was read and checked, so a bad source leaves the served tiles as they were.
int importTiles(const QStringList &args)
{
    QString error;
    if (args.isEmpty() || args.first().startsWith(QLatin1String("--")))
        return fail(BadInput, QStringLiteral("import-tiles needs a folder of {z}/{x}/{y}.pbf tiles or an .mbtiles file.\nusage: buurtplein-hub ")
                                  + usage(QStringLiteral("import-tiles")));
    const auto options = Arguments::parse(args.mid(1),
                                          {QStringLiteral("import-tiles"),
                                           {QStringLiteral("min-zoom"), QStringLiteral("max-zoom"), QStringLiteral("bbox"), QStringLiteral("tiles"), QStringLiteral("db")},
                                           {}},
                                          &error);
    if (!options)
        return fail(BadInput, error);
    const QString source = args.first();
    const QFileInfo info(source);
    if (!info.exists())
        return fail(BadInput, QStringLiteral("There is no file or folder %1.").arg(source));
    auto zoom = [&](const QString &name, int fallback) -> std::optional<int> {
        if (!options->has(name))
            return fallback;
        bool ok = false;
        const int z = options->value(name).toInt(&ok);
        return ok && z >= 0 && z <= 22 ? std::optional<int>(z) : std::nullopt;
    };
    const auto minZoom = zoom(QStringLiteral("min-zoom"), 0);
    const auto maxZoom = zoom(QStringLiteral("max-zoom"), 22);
    if (!minZoom || !maxZoom || *minZoom > *maxZoom)
        return fail(BadInput, QStringLiteral("--min-zoom and --max-zoom are zoom levels 0-22, the first not above the second."));
    MbTiles::Bounds bounds;
    if (options->has(QStringLiteral("bbox"))) {
        const QStringList parts = options->value(QStringLiteral("bbox")).split(QLatin1Char(','));
        QList<double> v;
        bool numbers = parts.size() == 4;
        for (const QString &p : parts) {
            bool ok = false;
            v.append(p.trimmed().toDouble(&ok));
            numbers = numbers && ok;
        }
        if (!numbers || v[0] >= v[2] || v[1] >= v[3] || v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90)
            return fail(BadInput, QStringLiteral("--bbox is WEST,SOUTH,EAST,NORTH in degrees, such as 4.92,52.35,4.97,52.38."));
        bounds = {v[0], v[1], v[2], v[3]};
    }

    const QString target = tilesLocation(*options);
    const QString scratch = target + QStringLiteral(".importing");
    QFile::remove(scratch);
    if (QFileInfo::exists(target) && !QFile::copy(target, scratch))
        return fail(Failed, QStringLiteral("Cannot copy %1 to add to it.").arg(target));
    std::optional<int> imported;
    {
        MbTiles set;
        if (!set.open(scratch, MbTiles::Mode::ReadWrite)) {
            QFile::remove(scratch);
            return fail(Failed, set.errorString());
        }
        if (info.isDir()) {
            imported = MbTiles::importDirectory(source, set, *minZoom, *maxZoom, bounds, &error);
        } else {
            MbTiles from;
            if (from.open(source))
                imported = MbTiles::importSet(from, set, *minZoom, *maxZoom, bounds, &error);
            else
                error = from.errorString();
        }
    }
    if (!imported) {
        QFile::remove(scratch);
        return fail(BadInput, error + QStringLiteral(" No tile was imported."));
    }
    QFile::remove(target);
    if (!QFile::rename(scratch, target))
        return fail(Failed, QStringLiteral("Cannot put the new tile set in place at %1.").arg(target));
    MbTiles result;
    result.open(target);
    const auto [low, high] = result.zoomRange();
    QJsonObject report{{QStringLiteral("imported"), *imported}, {QStringLiteral("tiles"), result.tileCount()},
                       {QStringLiteral("minZoom"), low}, {QStringLiteral("maxZoom"), high},
                       {QStringLiteral("file"), QFileInfo(target).absoluteFilePath()}};
    result.close();
    // The region packages follow the tiles, when the hub has a database with outlines.
    const QString database = databaseLocation(*options);
    if (QFileInfo::exists(database) || database.startsWith(QLatin1String("postgres"))) {
        const int code = withDatabase(database, [&](HubDatabase &db) {
            const auto regions = buildTileRegions(db, target, &error);
            if (!regions)
                return fail(Failed, error + QStringLiteral(" The tiles were imported; run tile-regions again."));
            report.insert(QStringLiteral("regions"), regions->size());
            return int(Ok);
        });
        if (code != Ok)
            return code;
    }
    print(QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact)));
    return int(Ok);
}

} // namespace Buurtplein::HubCli
