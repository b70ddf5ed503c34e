// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/webmercator.h"

#include <QtMath>

#include <algorithm>
#include <cmath>

namespace Buurtplein::WebMercator {

namespace {
// Web Mercator is square only up to this latitude; beyond it the map is cut off.
constexpr double maxLatitude = 85.05112878;
constexpr double earthCircumference = 40075016.686; // metres at the equator, WGS84 sphere
} // namespace

QPointF toUnit(double lat, double lon)
{
    const double clamped = std::clamp(lat, -maxLatitude, maxLatitude);
    const double sinLat = std::sin(qDegreesToRadians(clamped));
    const double x = (lon + 180.0) / 360.0;
    const double y = 0.5 - std::log((1 + sinLat) / (1 - sinLat)) / (4 * M_PI);
    return {x, y};
}

QPointF fromUnit(const QPointF &unit)
{
    const double lon = unit.x() * 360.0 - 180.0;
    const double n = M_PI - 2 * M_PI * unit.y();
    const double lat = qRadiansToDegrees(std::atan(std::sinh(n)));
    return {lon, lat};
}

double worldSize(double zoom)
{
    return tileSize * std::pow(2.0, zoom);
}

double metresPerPixel(double lat, double zoom)
{
    return earthCircumference * std::cos(qDegreesToRadians(lat)) / worldSize(zoom);
}

double fitZoom(const QRectF &unitBox, const QSizeF &viewport, double padding)
{
    const double width = std::max(1.0, viewport.width() - 2 * padding);
    const double height = std::max(1.0, viewport.height() - 2 * padding);
    const double scaleX = unitBox.width() > 0 ? width / (unitBox.width() * tileSize) : INFINITY;
    const double scaleY = unitBox.height() > 0 ? height / (unitBox.height() * tileSize) : INFINITY;
    return std::log2(std::min(scaleX, scaleY));
}

ScaleBar scaleBar(double lat, double zoom, double maxPixels)
{
    const double perPixel = metresPerPixel(lat, zoom);
    if (perPixel <= 0 || maxPixels <= 0)
        return {};
    const double maxMetres = perPixel * maxPixels;
    const double power = std::pow(10.0, std::floor(std::log10(maxMetres)));
    double metres = power;
    for (double step : {5.0, 2.0, 1.0}) {
        if (step * power <= maxMetres) {
            metres = step * power;
            break;
        }
    }
    return {metres, metres / perPixel};
}

} // namespace Buurtplein::WebMercator
