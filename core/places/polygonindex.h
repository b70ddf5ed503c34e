// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QRectF>

#include <optional>

namespace Buurtplein {

/**
 * Area outlines in WGS84 (x = longitude, y = latitude) and which of them contains a
 * point. A shape is a GeoJSON Polygon or MultiPolygon: each polygon an outer ring and
 * its holes. Containment is the even-odd rule over a polygon's rings, so holes and
 * either winding order work; a point exactly on a shared border belongs to one of the
 * two neighbours, never to neither.
 *
 * A uniform grid over the shapes' extent keeps a lookup to the few shapes whose
 * bounding box covers the point's cell, so the 12,000 buurten of the country cost
 * about as much per point as the 518 of Amsterdam.
 */
class PolygonIndex
{
public:
    using Ring = QList<QPointF>;
    using Polygon = QList<Ring>;

    struct Shape {
        QList<Polygon> polygons;
        QRectF bounds;
    };

    /** Reads a GeoJSON Polygon or MultiPolygon geometry; std::nullopt with @p error set when it is neither or malformed. */
    static std::optional<Shape> fromGeoJson(const QJsonObject &geometry, QString *error);
    /** The shape as a GeoJSON geometry (Polygon when it has one polygon, else MultiPolygon). */
    static QJsonObject toGeoJson(const Shape &shape);
    /** Whether @p shape contains (lon, lat). */
    static bool contains(const Shape &shape, double lon, double lat);
    /**
     * A point inside the shape to put its label on and to measure distances from: the
     * centroid of its largest polygon when that lies inside, else the middle of the
     * widest inside stretch of the horizontal line through that centroid.
     */
    static QPointF labelPoint(const Shape &shape);

    /** Adds @p shape; its index in the order added is what containing() answers. */
    int add(const Shape &shape);
    /** Builds the lookup grid once the shapes are added; until then containing() scans them all. */
    void build();
    int size() const { return int(m_shapes.size()); }
    const Shape &shape(int index) const { return m_shapes.at(index); }
    /** The indexes of the shapes that contain (lon, lat), in the order added. */
    QList<int> containing(double lon, double lat) const;

private:
    QList<Shape> m_shapes;
    QRectF m_extent;
    bool m_gridValid = false;
    int m_columns = 0;
    int m_rows = 0;
    QList<QList<int>> m_cells;
};

} // namespace Buurtplein
