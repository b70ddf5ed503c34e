// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointF>
#include <QQmlEngine>
#include <QVariantMap>

namespace Buurtplein {

/** Web Mercator for the map page (see webmercator.h): the maths QML should not do itself. */
class MapProjection : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    /** (lat, lon) -> the unit square: x and y in [0, 1]. */
    Q_INVOKABLE static QPointF toUnit(double lat, double lon);
    /** The unit square -> a point whose x is the longitude and y the latitude. */
    Q_INVOKABLE static QPointF fromUnit(double x, double y);
    /** Pixels across the whole world at @p zoom. */
    Q_INVOKABLE static double worldSize(double zoom);
    /** {pixels, text} of a round scale bar at most @p maxPixels long. */
    Q_INVOKABLE static QVariantMap scaleBar(double lat, double zoom, double maxPixels);
};

} // namespace Buurtplein
