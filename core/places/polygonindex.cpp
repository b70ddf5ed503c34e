// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/polygonindex.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace Buurtplein {

namespace {
std::optional<PolygonIndex::Ring> readRing(const QJsonValue &value, QString *error)
{
    const QJsonArray points = value.toArray();
    if (points.size() < 4) {
        *error = QStringLiteral("a ring has fewer than four positions");
        return std::nullopt;
    }
    PolygonIndex::Ring ring;
    ring.reserve(points.size());
    for (const QJsonValue &p : points) {
        const QJsonArray xy = p.toArray();
        if (xy.size() < 2 || !xy.at(0).isDouble() || !xy.at(1).isDouble()) {
            *error = QStringLiteral("a position is not [longitude, latitude]");
            return std::nullopt;
        }
        const double lon = xy.at(0).toDouble();
        const double lat = xy.at(1).toDouble();
        if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
            *error = QStringLiteral("a position lies outside longitude -180..180, latitude -90..90 (is the file in WGS84?)");
            return std::nullopt;
        }
        ring.append(QPointF(lon, lat));
    }
    if (ring.first() != ring.last())
        ring.append(ring.first()); // closed, as RFC 7946 asks; tolerated when a writer forgot
    return ring;
}

std::optional<PolygonIndex::Polygon> readPolygon(const QJsonValue &value, QString *error)
{
    const QJsonArray rings = value.toArray();
    if (rings.isEmpty()) {
        *error = QStringLiteral("a polygon has no rings");
        return std::nullopt;
    }
    PolygonIndex::Polygon polygon;
    for (const QJsonValue &r : rings) {
        auto ring = readRing(r, error);
        if (!ring)
            return std::nullopt;
        polygon.append(*ring);
    }
    return polygon;
}

// Even-odd crossing test of the horizontal ray from (x, y) to the east, over every ring:
// half-open in y, so a vertex on the ray is counted once.
bool insidePolygon(const PolygonIndex::Polygon &polygon, double x, double y)
{
    bool inside = false;
    for (const PolygonIndex::Ring &ring : polygon) {
        for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const QPointF &a = ring.at(i);
            const QPointF &b = ring.at(j);
            if ((a.y() > y) != (b.y() > y)) {
                const double crossX = a.x() + (y - a.y()) * (b.x() - a.x()) / (b.y() - a.y());
                if (x < crossX)
                    inside = !inside;
            }
        }
    }
    return inside;
}

// Signed area and centroid of one ring (shoelace); lon/lat treated as plane coordinates,
// which is exact enough for a label inside a buurt.
double ringArea(const PolygonIndex::Ring &ring, QPointF *centroid)
{
    double area = 0, cx = 0, cy = 0;
    const QPointF origin = ring.first(); // shifted for precision
    for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
        const QPointF a = ring.at(i) - origin;
        const QPointF b = ring.at(i + 1) - origin;
        const double cross = a.x() * b.y() - b.x() * a.y();
        area += cross;
        cx += (a.x() + b.x()) * cross;
        cy += (a.y() + b.y()) * cross;
    }
    area *= 0.5;
    if (centroid)
        *centroid = std::abs(area) > 0 ? QPointF(cx / (6 * area), cy / (6 * area)) + origin : origin;
    return area;
}
} // namespace

std::optional<PolygonIndex::Shape> PolygonIndex::fromGeoJson(const QJsonObject &geometry, QString *error)
{
    const QString type = geometry.value(QStringLiteral("type")).toString();
    const QJsonArray coordinates = geometry.value(QStringLiteral("coordinates")).toArray();
    Shape shape;
    QString why;
    if (type == QLatin1String("Polygon")) {
        auto polygon = readPolygon(coordinates, &why);
        if (!polygon) {
            *error = why;
            return std::nullopt;
        }
        shape.polygons.append(*polygon);
    } else if (type == QLatin1String("MultiPolygon")) {
        for (const QJsonValue &p : coordinates) {
            auto polygon = readPolygon(p, &why);
            if (!polygon) {
                *error = why;
                return std::nullopt;
            }
            shape.polygons.append(*polygon);
        }
    } else {
        *error = type.isEmpty() ? QStringLiteral("it has no geometry") : QStringLiteral("its geometry is a %1, not a Polygon or MultiPolygon").arg(type);
        return std::nullopt;
    }
    if (shape.polygons.isEmpty()) {
        *error = QStringLiteral("its MultiPolygon is empty");
        return std::nullopt;
    }
    double minX = 180, minY = 90, maxX = -180, maxY = -90;
    for (const Polygon &polygon : shape.polygons) {
        for (const QPointF &p : polygon.first()) {
            minX = std::min(minX, p.x());
            minY = std::min(minY, p.y());
            maxX = std::max(maxX, p.x());
            maxY = std::max(maxY, p.y());
        }
    }
    shape.bounds = QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
    return shape;
}

QJsonObject PolygonIndex::toGeoJson(const Shape &shape)
{
    auto polygonJson = [](const Polygon &polygon) {
        QJsonArray rings;
        for (const Ring &ring : polygon) {
            QJsonArray points;
            for (const QPointF &p : ring)
                points.append(QJsonArray{p.x(), p.y()});
            rings.append(points);
        }
        return rings;
    };
    if (shape.polygons.size() == 1)
        return {{QStringLiteral("type"), QStringLiteral("Polygon")}, {QStringLiteral("coordinates"), polygonJson(shape.polygons.first())}};
    QJsonArray polygons;
    for (const Polygon &polygon : shape.polygons)
        polygons.append(polygonJson(polygon));
    return {{QStringLiteral("type"), QStringLiteral("MultiPolygon")}, {QStringLiteral("coordinates"), polygons}};
}

bool PolygonIndex::contains(const Shape &shape, double lon, double lat)
{
    if (lon < shape.bounds.left() || lon > shape.bounds.right() || lat < shape.bounds.top() || lat > shape.bounds.bottom())
        return false;
    return std::any_of(shape.polygons.cbegin(), shape.polygons.cend(), [&](const Polygon &p) { return insidePolygon(p, lon, lat); });
}

QPointF PolygonIndex::labelPoint(const Shape &shape)
{
    const Polygon *largest = nullptr;
    double largestArea = -1;
    QPointF centroid;
    for (const Polygon &polygon : shape.polygons) {
        QPointF c;
        const double area = std::abs(ringArea(polygon.first(), &c));
        if (area > largestArea) {
            largestArea = area;
            largest = &polygon;
            centroid = c;
        }
    }
    if (!largest || insidePolygon(*largest, centroid.x(), centroid.y()))
        return centroid;
    // A crescent or a ring-shaped buurt: the widest inside stretch of the line through the centroid.
    QList<double> crossings;
    const double y = centroid.y();
    for (const Ring &ring : *largest) {
        for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const QPointF &a = ring.at(i);
            const QPointF &b = ring.at(j);
            if ((a.y() > y) != (b.y() > y))
                crossings.append(a.x() + (y - a.y()) * (b.x() - a.x()) / (b.y() - a.y()));
        }
    }
    std::sort(crossings.begin(), crossings.end());
    double bestWidth = -1;
    QPointF best = centroid;
    for (qsizetype i = 0; i + 1 < crossings.size(); i += 2) {
        const double width = crossings.at(i + 1) - crossings.at(i);
        if (width > bestWidth) {
            bestWidth = width;
            best = QPointF((crossings.at(i) + crossings.at(i + 1)) / 2, y);
        }
    }
    return best;
}

int PolygonIndex::add(const Shape &shape)
{
    m_shapes.append(shape);
    m_extent = m_shapes.size() == 1 ? shape.bounds : m_extent.united(shape.bounds);
    m_gridValid = false;
    return int(m_shapes.size() - 1);
}

void PolygonIndex::build()
{
    // About four shapes per cell on average, at most 256 x 256 cells.
    const int side = std::clamp(int(std::ceil(std::sqrt(m_shapes.size() / 4.0))), 1, 256);
    m_columns = side;
    m_rows = side;
    m_cells = QList<QList<int>>(m_columns * m_rows);
    const double cellWidth = m_extent.width() / m_columns;
    const double cellHeight = m_extent.height() / m_rows;
    auto column = [&](double x) { return cellWidth > 0 ? std::clamp(int((x - m_extent.left()) / cellWidth), 0, m_columns - 1) : 0; };
    auto row = [&](double y) { return cellHeight > 0 ? std::clamp(int((y - m_extent.top()) / cellHeight), 0, m_rows - 1) : 0; };
    for (int i = 0; i < m_shapes.size(); ++i) {
        const QRectF &b = m_shapes.at(i).bounds;
        for (int r = row(b.top()); r <= row(b.bottom()); ++r) {
            for (int c = column(b.left()); c <= column(b.right()); ++c)
                m_cells[r * m_columns + c].append(i);
        }
    }
    m_gridValid = true;
}

QList<int> PolygonIndex::containing(double lon, double lat) const
{
    QList<int> found;
    if (m_shapes.isEmpty() || lon < m_extent.left() || lon > m_extent.right() || lat < m_extent.top() || lat > m_extent.bottom())
        return found;
    if (!m_gridValid) {
        for (int i = 0; i < m_shapes.size(); ++i) {
            if (contains(m_shapes.at(i), lon, lat))
                found.append(i);
        }
        return found;
    }
    const double cellWidth = m_extent.width() / m_columns;
    const double cellHeight = m_extent.height() / m_rows;
    const int c = cellWidth > 0 ? std::clamp(int((lon - m_extent.left()) / cellWidth), 0, m_columns - 1) : 0;
    const int r = cellHeight > 0 ? std::clamp(int((lat - m_extent.top()) / cellHeight), 0, m_rows - 1) : 0;
    for (int i : m_cells.at(r * m_columns + c)) {
        if (contains(m_shapes.at(i), lon, lat))
            found.append(i);
    }
    return found;
}

} // namespace Buurtplein
