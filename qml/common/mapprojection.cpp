// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/mapprojection.h"
#include "common/terms.h"
#include "common/webmercator.h"

#include <algorithm>

namespace Buurtplein {

namespace MapLabels {

bool onLeft(double dotX, double labelWidth, double viewWidth, double margin)
{
    if (dotX + gap + labelWidth <= viewWidth - margin)
        return false;
    return room(dotX, true, viewWidth, margin) > room(dotX, false, viewWidth, margin);
}

double room(double dotX, bool left, double viewWidth, double margin)
{
    return std::max(0.0, left ? dotX - gap - margin : viewWidth - margin - dotX - gap);
}

std::optional<QPointF> ringLabel(const QPointF &centre, double radius, const QSizeF &view, const QSizeF &label,
                                 double margin)
{
    const QPointF spots[] = {{centre.x(), centre.y() - radius}, {centre.x(), centre.y() + radius},
                             {centre.x() - radius, centre.y()}, {centre.x() + radius, centre.y()}};
    for (const QPointF &spot : spots) {
        const double halfW = label.width() / 2;
        const double halfH = label.height() / 2;
        if (spot.x() - halfW >= margin && spot.x() + halfW <= view.width() - margin && spot.y() - halfH >= margin
            && spot.y() + halfH <= view.height() - margin)
            return spot;
    }
    return std::nullopt;
}

} // namespace MapLabels

QPointF MapProjection::toUnit(double lat, double lon)
{
    return WebMercator::toUnit(lat, lon);
}

QPointF MapProjection::fromUnit(double x, double y)
{
    return WebMercator::fromUnit(QPointF(x, y));
}

double MapProjection::worldSize(double zoom)
{
    return WebMercator::worldSize(zoom);
}

QVariantMap MapProjection::scaleBar(double lat, double zoom, double maxPixels)
{
    const WebMercator::ScaleBar bar = WebMercator::scaleBar(lat, zoom, maxPixels);
    return {{QStringLiteral("pixels"), bar.pixels}, {QStringLiteral("text"), Terms::distanceText(bar.metres)}};
}

double MapProjection::fitZoom(const QVariantMap &box, double width, double height, double padding, double maxZoom)
{
    const QPointF northWest = WebMercator::toUnit(box.value(QStringLiteral("north")).toDouble(),
                                                  box.value(QStringLiteral("west")).toDouble());
    const QPointF southEast = WebMercator::toUnit(box.value(QStringLiteral("south")).toDouble(),
                                                  box.value(QStringLiteral("east")).toDouble());
    const double zoom = WebMercator::fitZoom(QRectF(northWest, southEast), QSizeF(width, height), padding);
    return std::min(zoom, maxZoom);
}

QVariantMap MapProjection::visibleBox(double centerX, double centerY, double zoom, double width, double height)
{
    const double size = WebMercator::worldSize(zoom);
    const QPointF northWest = WebMercator::fromUnit(QPointF(centerX - width / 2 / size, centerY - height / 2 / size));
    const QPointF southEast = WebMercator::fromUnit(QPointF(centerX + width / 2 / size, centerY + height / 2 / size));
    return {{QStringLiteral("north"), northWest.y()}, {QStringLiteral("west"), northWest.x()},
            {QStringLiteral("south"), southEast.y()}, {QStringLiteral("east"), southEast.x()}};
}

bool MapProjection::labelOnLeft(double dotX, double labelWidth, double viewWidth, double margin)
{
    return MapLabels::onLeft(dotX, labelWidth, viewWidth, margin);
}

double MapProjection::labelRoom(double dotX, bool left, double viewWidth, double margin)
{
    return MapLabels::room(dotX, left, viewWidth, margin);
}

QVariantMap MapProjection::ringLabel(double centreX, double centreY, double radius, double viewWidth, double viewHeight,
                                     double labelWidth, double labelHeight, double margin)
{
    const std::optional<QPointF> spot = MapLabels::ringLabel(QPointF(centreX, centreY), radius,
                                                             QSizeF(viewWidth, viewHeight),
                                                             QSizeF(labelWidth, labelHeight), margin);
    if (!spot)
        return {{QStringLiteral("x"), 0.0}, {QStringLiteral("y"), 0.0}, {QStringLiteral("visible"), false}};
    return {{QStringLiteral("x"), spot->x() - labelWidth / 2}, {QStringLiteral("y"), spot->y() - labelHeight / 2},
            {QStringLiteral("visible"), true}};
}

} // namespace Buurtplein
