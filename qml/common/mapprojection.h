// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointF>
#include <QSizeF>
#include <QQmlEngine>
#include <QVariantMap>

#include <optional>

namespace Buurtplein {

/** Where the map puts its labels so that they stay on screen; pure, for tests. */
namespace MapLabels {

/** Pixels between a place's dot (its centre) and the start of its label. */
constexpr double gap = 14;

/**
 * True when the label of a dot at @p dotX goes to the dot's left: it does not fit to
 * the right within @p viewWidth less @p margin, and the left has more room.
 */
bool onLeft(double dotX, double labelWidth, double viewWidth, double margin);
/** The widest a label may be on its side of a dot at @p dotX; longer names elide. */
double room(double dotX, bool left, double viewWidth, double margin);
/**
 * The centre of a distance ring's label: at the top of the ring around @p centre, else
 * its bottom, left or right, whichever first keeps a @p label-sized box within @p view
 * less @p margin; none when no spot does.
 */
std::optional<QPointF> ringLabel(const QPointF &centre, double radius, const QSizeF &view, const QSizeF &label,
                                 double margin);

} // namespace MapLabels

/** Web Mercator for the map page (see webmercator.h): the maths QML should not do itself. */
class MapProjection : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(double labelGap READ labelGap CONSTANT)

public:
    using QObject::QObject;

    /** MapLabels::gap, for the place markers. */
    static double labelGap() { return MapLabels::gap; }

    /** (lat, lon) -> the unit square: x and y in [0, 1]. */
    Q_INVOKABLE static QPointF toUnit(double lat, double lon);
    /** The unit square -> a point whose x is the longitude and y the latitude. */
    Q_INVOKABLE static QPointF fromUnit(double x, double y);
    /** Pixels across the whole world at @p zoom. */
    Q_INVOKABLE static double worldSize(double zoom);
    /** {pixels, text} of a round scale bar at most @p maxPixels long. */
    Q_INVOKABLE static QVariantMap scaleBar(double lat, double zoom, double maxPixels);
    /** The zoom that shows the box {north, west, south, east} in a @p width x @p height view with @p padding, at most @p maxZoom. */
    Q_INVOKABLE static double fitZoom(const QVariantMap &box, double width, double height, double padding, double maxZoom);
    /** {north, west, south, east} of a @p width x @p height view centred on unit (@p centerX, @p centerY) at @p zoom. */
    Q_INVOKABLE static QVariantMap visibleBox(double centerX, double centerY, double zoom, double width, double height);
    /** See MapLabels::onLeft(). */
    Q_INVOKABLE static bool labelOnLeft(double dotX, double labelWidth, double viewWidth, double margin);
    /** See MapLabels::room(). */
    Q_INVOKABLE static double labelRoom(double dotX, bool left, double viewWidth, double margin);
    /** {x, y, visible}: the top-left of a ring's label (see MapLabels::ringLabel()). */
    Q_INVOKABLE static QVariantMap ringLabel(double centreX, double centreY, double radius, double viewWidth,
                                             double viewHeight, double labelWidth, double labelHeight, double margin);
};

} // namespace Buurtplein
