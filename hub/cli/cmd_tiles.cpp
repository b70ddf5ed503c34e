// SPDX-License-Identifier: GPL-3.0-or-later
// import-tiles: map tiles into the hub's MBTiles file (docs/hub.md, "Map tiles").
#include "cli/hubcli.h"
#include "map/mbtiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace Buurtplein::HubCli {

QString tilesLocation(const Arguments &args)
{
    const QString fromEnvironment = qEnvironmentVariable("BUURTPLEIN_HUB_TILES");
    return args.value(QStringLiteral("tiles"), fromEnvironment.isEmpty() ? QStringLiteral("buurtplein-hub-tiles.mbtiles") : fromEnvironment);
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
                                           {QStringLiteral("min-zoom"), QStringLiteral("max-zoom"), QStringLiteral("bbox"), QStringLiteral("tiles")},
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
    print(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("imported"), *imported}, {QStringLiteral("tiles"), result.tileCount()},
                                                      {QStringLiteral("minZoom"), low}, {QStringLiteral("maxZoom"), high},
                                                      {QStringLiteral("file"), QFileInfo(target).absoluteFilePath()}})
                                  .toJson(QJsonDocument::Compact)));
    return int(Ok);
}

} // namespace Buurtplein::HubCli
