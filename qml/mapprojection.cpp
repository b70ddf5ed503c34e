// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapprojection.h"
#include "terms.h"
#include "webmercator.h"

namespace Buurtplein {

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

} // namespace Buurtplein
