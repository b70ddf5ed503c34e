// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace Buurtplein::WebMercator {

/** The size in pixels of the whole world at zoom 0 (one 256 px tile, as on web maps). */
constexpr double tileSize = 256.0;

/** (lat, lon) in degrees -> the world as a unit square: x east from -180°, y south from 85.05°. */
QPointF toUnit(double lat, double lon);

/** The inverse of toUnit(): x is the longitude, y the latitude, in degrees. */
QPointF fromUnit(const QPointF &unit);

/** Pixels per unit of toUnit() at fractional @p zoom. */
double worldSize(double zoom);

/** Metres on the ground that one pixel covers at latitude @p lat and @p zoom. */
double metresPerPixel(double lat, double zoom);

/**
 * The zoom at which the unit-square rectangle @p unitBox fills @p viewport less
 * @p padding pixels on each side; +infinity for a single point.
 */
double fitZoom(const QRectF &unitBox, const QSizeF &viewport, double padding);

/** A scale bar: a round length (1, 2 or 5 times a power of ten) at most @p maxPixels long. */
struct ScaleBar {
    double metres = 0;
    double pixels = 0;
};
ScaleBar scaleBar(double lat, double zoom, double maxPixels);

} // namespace Buurtplein::WebMercator
