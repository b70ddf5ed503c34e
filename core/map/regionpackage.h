// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/mbtiles.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Buurtplein::RegionPackage {

/**
 * A region package (issue 20, docs/map.md): everything a device needs to show one
 * gemeente's map offline, in one file it fetches in one go. It is an MBTiles file (any
 * map tool reads it) holding the vector tiles that cover the gemeente's outlines, with
 * the MBTiles metadata plus "buurtplein:region" (the GM code) and "bounds", and one table
 * of its own, which the MBTiles specification allows:
 *
 *     buurtplein_area(code TEXT PRIMARY KEY, name TEXT, level TEXT, division INTEGER,
 *                     geometry TEXT)   -- GeoJSON Polygon or MultiPolygon, lon/lat
 *
 * with the gemeente's buurt, wijk and gemeente outlines, so the resident's neighbourhood
 * chooser can draw them without a network.
 */

/** One outline in a package. */
struct Area {
    QString code;   ///< CBS code: GM0363, WK036301, BU0363AD03
    QString name;
    QString level;  ///< buurt, wijk or gemeente
    int division = 0; ///< the year of the area division; 0: not known
    QByteArray geometry; ///< GeoJSON geometry object, compact
};

/** What a package holds. */
struct Info {
    QString code;  ///< the gemeente's CBS code
    QString name;
    MbTiles::Bounds bounds;
    int minZoom = -1;
    int maxZoom = -1;
    int tiles = 0;
    int areas = 0;
    qint64 bytes = 0;
    QByteArray sha1; ///< of the file, hex
};

/** The level of a CBS code by its prefix ("buurt" for BU...), empty when none. */
QString levelOf(const QString &code);
/** The GM code of the gemeente a CBS code lies in (BU0363AD03, WK036301 and GM0363: GM0363). */
QString gemeenteOf(const QString &code);

/** The west, south, east and north that hold every coordinate of @p areas' geometries; std::nullopt when they have none. */
std::optional<MbTiles::Bounds> boundsOf(const QList<Area> &areas);

/**
 * Writes the package of gemeente @p code (named @p name) to @p target, replacing it: the
 * tiles of @p from that overlap @p areas' bounds, every zoom, and @p areas. std::nullopt
 * with @p error when the areas have no coordinates, no tile lies there, or a write fails.
 */
std::optional<Info> build(const MbTiles &from, const QString &code, const QString &name, const QList<Area> &areas,
                          const QString &target, QString *error);

/**
 * Checks the package file @p path as a device must before using a download: an intact
 * SQLite file (quick_check), an MBTiles set with tiles and a region code, its first tile
 * a vector tile, and well-formed outlines. std::nullopt with a sentence in @p error.
 */
std::optional<Info> check(const QString &path, QString *error);

/** The outlines in the package @p path; empty (and @p error set) when it cannot be read. */
QList<Area> areas(const QString &path, QString *error);

} // namespace Buurtplein::RegionPackage
