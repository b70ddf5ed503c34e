// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/tilecoords.h"
#include "map/vectortile.h"

#include <QImage>
#include <QPolygonF>

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
 * A name the map may show over the tiles: a street along its longest straight stretch (or,
 * when no straight stretch is long enough, letter by letter along its bend), a
 * neighbourhood, a canal. The map places labels itself, across tiles, so that they avoid
 * each other, the places and the position dot (VectorMapLayer).
 */
struct Label {
    /** One letter of a curved label, drawn on its own where the path takes it. */
    struct Glyph {
        QImage image;    ///< the letter, at @p scale device pixels per logical pixel
        QImage halo;     ///< its halo, drawn under every letter of the label
        QSizeF size;     ///< logical
        double advance = 0; ///< logical pixels to the next letter
    };

    QString text;
    QPointF centre;      ///< in the target tile's pixels (0..pixels)
    double angle = 0;    ///< degrees, clockwise, readable (-90..90)
    int priority = 0;    ///< higher is placed first
    QImage image;        ///< the text with a halo, unrotated, at @p scale device pixels per logical pixel
    QSizeF size;         ///< the image's logical size
    /** A curved label's letters; empty for a straight one. The map lays them along path. */
    QList<Glyph> glyphs;
    QPolygonF path;      ///< a curved label's street in the target tile's pixels, in reading direction
    double along = 0;    ///< tile pixels along path to the label's middle (centre)
};

/**
 * The point @p s along @p path (clamped to its ends); @p angle, when given, receives the
 * clockwise direction of the path there in degrees.
 */
QPointF pointAlong(const QPolygonF &path, double s, double *angle = nullptr);
/** The length of @p path. */
double lengthOf(const QPolygonF &path);

/** The labels of the target tile (see render()), drawn at @p scale (device pixel ratio) and @p textScale. */
QList<Label> labels(const QList<VectorLayer> &layers, const TileId &source, const TileId &target, int pixels, double scale,
                    double textScale = 1.0);

/** The layers render() and labels() read, for VectorTile::decode's filter. */
QList<QString> layersDrawn();

/** The land colour under everything, for the map's own background. */
QColor landColour();

} // namespace Buurtplein::TileRenderer
