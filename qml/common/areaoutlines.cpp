// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/areaoutlines.h"
#include "common/webmercator.h"
#include "places/polygonindex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Buurtplein {

void AreaOutlines::set(const Set &outlines)
{
    m_outlines = outlines;
    Q_EMIT changed();
}

QString AreaOutlines::codeAt(double x, double y) const
{
    const QPointF point(x, y);
    QString best;
    double bestArea = 0;
    for (auto it = m_outlines.cbegin(); it != m_outlines.cend(); ++it) {
        const Outline &o = it.value();
        if (!o.bounds.contains(point))
            continue;
        // Even-odd over every ring: inside an outer ring and not in a hole.
        int inside = 0;
        for (const QPolygonF &ring : o.rings)
            inside += ring.containsPoint(point, Qt::OddEvenFill) ? 1 : 0;
        const double area = o.bounds.width() * o.bounds.height();
        if (inside % 2 == 1 && (best.isEmpty() || area < bestArea)) {
            best = o.code;
            bestArea = area;
        }
    }
    return best;
}

QVariantMap AreaOutlines::outline(const QString &code) const
{
    const auto it = m_outlines.constFind(code);
    if (it == m_outlines.cend())
        return {};
    return {{QStringLiteral("code"), it->code}, {QStringLiteral("name"), it->name}, {QStringLiteral("lat"), it->lat}, {QStringLiteral("lon"), it->lon}};
}

std::optional<AreaOutlines::Outline> AreaOutlines::read(const QString &code, const QString &name, const QJsonObject &geometry)
{
    QString error;
    const auto shape = PolygonIndex::fromGeoJson(geometry, &error);
    if (!shape || code.isEmpty())
        return std::nullopt;
    Outline out{code, name, {}, {}, 0, 0};
    for (const PolygonIndex::Polygon &polygon : shape->polygons) {
        for (const PolygonIndex::Ring &ring : polygon) {
            QPolygonF points;
            points.reserve(ring.size());
            for (const QPointF &p : ring) // x = lon, y = lat
                points.append(WebMercator::toUnit(p.y(), p.x()));
            if (points.size() < 3)
                continue;
            out.bounds = out.bounds.isNull() ? points.boundingRect() : out.bounds.united(points.boundingRect());
            out.rings.append(points);
        }
    }
    if (out.rings.isEmpty())
        return std::nullopt;
    const QPointF label = PolygonIndex::labelPoint(*shape);
    out.lon = label.x();
    out.lat = label.y();
    return out;
}

AreaOutlines::Set AreaOutlines::readFeatureCollection(const QByteArray &json)
{
    Set out;
    const QJsonArray features = QJsonDocument::fromJson(json).object().value(QStringLiteral("features")).toArray();
    for (const QJsonValue &f : features) {
        const QJsonObject properties = f[QStringLiteral("properties")].toObject();
        const auto outline = read(properties.value(QStringLiteral("code")).toString(), properties.value(QStringLiteral("name")).toString(),
                                  f[QStringLiteral("geometry")].toObject());
        if (outline)
            out.insert(outline->code, *outline);
    }
    return out;
}

} // namespace Buurtplein
