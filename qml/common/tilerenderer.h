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

/**
 * A name the map may show over the tiles: a street along its longest straight stretch, a
 * neighbourhood, a canal. The map places labels itself, across tiles, so that they avoid
 * each other, the places and the position dot (VectorMapLayer).
 */
struct Label {
    QString text;
    QPointF centre;      ///< in the target tile's pixels (0..pixels)
    double angle = 0;    ///< degrees, clockwise, readable (-90..90)
    int priority = 0;    ///< higher is placed first
    QImage image;        ///< the text with a halo, unrotated, at @p scale device pixels per logical pixel
    QSizeF size;         ///< the image's logical size
};

/** The labels of the target tile (see render()), drawn at @p scale (device pixel ratio) and @p textScale. */
QList<Label> labels(const QList<VectorLayer> &layers, const TileId &source, const TileId &target, int pixels, double scale,
                    double textScale = 1.0);

/** The layers render() and labels() read, for VectorTile::decode's filter. */
QList<QString> layersDrawn();

/** The land colour under everything, for the map's own background. */
QColor landColour();

} // namespace Buurtplein::TileRenderer
