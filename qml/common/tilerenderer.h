// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/tilecoords.h"
#include "map/vectortile.h"

#include <QImage>

namespace Buurtplein::TileRenderer {

/**
 * Draws the vector tile @p source (decoded @p layers, OpenMapTiles schema) as the
 * raster tile @p target of @p pixels x @p pixels: the same tile, or one of its
 * descendants when the map is zoomed in beyond the tile set (over-zoom: the vectors are
 * scaled, so lines stay sharp). Land, parks and green, water and canals, buildings, then
 * roads by class (casing under fill, bridges over the rest, tunnels faded), tram and
 * rail. Widths follow the target's zoom. No labels: the map draws those on top, where
 * they can avoid each other across tiles. Runs on any thread.
 */
QImage render(const QList<VectorLayer> &layers, const TileId &source, const TileId &target, int pixels);

/** The layers render() reads, for VectorTile::decode's filter. */
QList<QString> layersDrawn();

/** The land colour under everything, for the map's own background. */
QColor landColour();

} // namespace Buurtplein::TileRenderer
