// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/tilerenderer.h"

#include <QPainter>
#include <QFontMetricsF>
#include <QHash>
#include <QPainterPath>

#include <cmath>

namespace Buurtplein::TileRenderer {

namespace {
const QColor land(0xf2, 0xef, 0xe9);
const QColor water(0xaa, 0xd3, 0xdf);
const QColor grass(0xcd, 0xeb, 0xb0);
const QColor wood(0xad, 0xd1, 0x9e);
const QColor building(0xd9, 0xd0, 0xc9);
const QColor buildingEdge(0xc4, 0xb6, 0xab);
const QColor casing(0xbb, 0xb3, 0xa8);

struct RoadStyle {
    int rank;          // drawing order: higher on top
    double width;      // logical pixels at zoom 16
    QColor fill;
    QColor edge;       // casing; invalid: none
    Qt::PenStyle style = Qt::SolidLine;
};

RoadStyle roadStyle(const QString &cls, const QString &subclass)
{
    if (cls == QLatin1String("motorway"))
        return {9, 9, QColor(0xe8, 0x92, 0xa2), QColor(0xdc, 0x2a, 0x67)};
    if (cls == QLatin1String("trunk"))
        return {8, 9, QColor(0xf9, 0xb2, 0x9c), QColor(0xc8, 0x4e, 0x2f)};
    if (cls == QLatin1String("primary"))
        return {7, 8, QColor(0xfc, 0xd6, 0xa4), QColor(0xa0, 0x6b, 0x00)};
    if (cls == QLatin1String("secondary"))
        return {6, 7, QColor(0xf7, 0xfa, 0xbf), QColor(0x70, 0x7d, 0x05)};
    if (cls == QLatin1String("tertiary"))
        return {5, 6.5, Qt::white, casing};
    if (cls == QLatin1String("minor") || cls == QLatin1String("busway"))
        return {4, 5.5, Qt::white, casing};
    if (cls == QLatin1String("service"))
        return {3, 3, Qt::white, casing};
    if (cls == QLatin1String("track"))
        return {2, 1.6, QColor(0x30, 0x7f, 0xd0), QColor(), Qt::DashLine}; // cycleways in this schema
    if (cls == QLatin1String("path"))
        return {1, 1.3, QColor(0xe0, 0x6a, 0x5a), QColor(), Qt::DotLine};
    if (cls == QLatin1String("pier"))
        return {1, 3, land, casing};
    if (cls == QLatin1String("rail") || cls == QLatin1String("transit")) {
        if (subclass == QLatin1String("tram") || subclass == QLatin1String("light_rail"))
            return {10, 1.4, QColor(0x55, 0x55, 0x55), QColor()};
        return {10, 2.2, QColor(0x77, 0x77, 0x77), QColor(), Qt::DashLine};
    }
    if (cls == QLatin1String("ferry"))
        return {0, 1.2, QColor(0x55, 0x7f, 0xb0), QColor(), Qt::DashLine};
    return {0, 0, QColor(), QColor()};
}

// Pixels per logical pixel grow with zoom like the ground they cover, within limits so
// that streets stay visible at 12 and do not swallow the blocks at 18.
double zoomFactor(int z)
{
    return std::clamp(std::pow(2.0, (z - 16) * 0.75), 0.18, 2.2);
}

QPainterPath pathOf(const VectorFeature &f, const QTransform &t, bool closed)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const QList<QPoint> &part : f.parts) {
        if (part.isEmpty())
            continue;
        path.moveTo(t.map(QPointF(part.first())));
        for (qsizetype i = 1; i < part.size(); ++i)
            path.lineTo(t.map(QPointF(part.at(i))));
        if (closed)
            path.closeSubpath();
    }
    return path;
}

QColor landcoverColour(const QString &cls, const QString &subclass)
{
    if (cls == QLatin1String("wood") || cls == QLatin1String("forest"))
        return wood;
    if (cls == QLatin1String("grass") || cls == QLatin1String("park") || subclass == QLatin1String("park"))
        return grass;
    if (cls == QLatin1String("farmland"))
        return QColor(0xee, 0xf0, 0xd5);
    if (cls == QLatin1String("wetland"))
        return QColor(0xd6, 0xe9, 0xd9);
    if (cls == QLatin1String("sand"))
        return QColor(0xf5, 0xe9, 0xc6);
    return QColor();
}

QColor landuseColour(const QString &cls)
{
    if (cls == QLatin1String("cemetery"))
        return QColor(0xaa, 0xcb, 0xaf);
    if (cls == QLatin1String("pitch") || cls == QLatin1String("stadium") || cls == QLatin1String("playground"))
        return QColor(0xaa, 0xe0, 0xcb);
    if (cls == QLatin1String("school") || cls == QLatin1String("hospital") || cls == QLatin1String("college")
        || cls == QLatin1String("university"))
        return QColor(0xf5, 0xe9, 0xdc);
    if (cls == QLatin1String("industrial") || cls == QLatin1String("railway"))
        return QColor(0xeb, 0xe5, 0xe2);
    return QColor();
}
} // namespace

QList<QString> layersDrawn()
{
    return {QStringLiteral("water"), QStringLiteral("waterway"), QStringLiteral("landcover"), QStringLiteral("landuse"),
            QStringLiteral("park"), QStringLiteral("building"), QStringLiteral("transportation"), QStringLiteral("transportation_name"),
            QStringLiteral("place"), QStringLiteral("water_name")};
}

QColor landColour()
{
    return land;
}

QImage render(const QList<VectorLayer> &layers, const TileId &source, const TileId &target, int pixels)
{
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(land);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);

    const int dz = std::max(0, target.z - source.z);
    const double density = pixels / 256.0; // image pixels per logical pixel
    const double zoomed = zoomFactor(target.z) * density;
    auto layer = [&](const char *name) -> const VectorLayer * {
        for (const VectorLayer &l : layers) {
            if (l.name == QLatin1String(name))
                return &l;
        }
        return nullptr;
    };
    auto transformFor = [&](const VectorLayer &l) {
        const double scale = pixels * double(1 << dz) / l.extent;
        const int subX = target.x - (source.x << dz);
        const int subY = target.y - (source.y << dz);
        QTransform t;
        t.translate(-subX * double(pixels), -subY * double(pixels));
        t.scale(scale, scale);
        return t;
    };
    const QRectF visible(-8, -8, pixels + 16, pixels + 16);
    auto fillPolygons = [&](const VectorLayer *l, const std::function<QColor(const VectorFeature &)> &colourOf, const QColor &edge = QColor()) {
        if (!l)
            return;
        const QTransform t = transformFor(*l);
        painter.setPen(edge.isValid() ? QPen(edge, std::max(0.6, 0.5 * density)) : Qt::NoPen);
        for (const VectorFeature &f : l->features) {
            if (f.type != VectorFeature::Type::Polygon)
                continue;
            const QColor c = colourOf(f);
            if (!c.isValid())
                continue;
            const QPainterPath path = pathOf(f, t, true);
            if (!path.controlPointRect().intersects(visible))
                continue;
            painter.setBrush(c);
            painter.drawPath(path);
        }
    };

    fillPolygons(layer("landuse"), [](const VectorFeature &f) { return landuseColour(f.text(QStringLiteral("class"))); });
    fillPolygons(layer("landcover"), [](const VectorFeature &f) { return landcoverColour(f.text(QStringLiteral("class")), f.text(QStringLiteral("subclass"))); });
    fillPolygons(layer("park"), [](const VectorFeature &) { return grass; });
    fillPolygons(layer("water"), [](const VectorFeature &f) {
        return f.text(QStringLiteral("brunnel")) == QLatin1String("tunnel") ? QColor() : water;
    });
    if (const VectorLayer *l = layer("waterway")) {
        const QTransform t = transformFor(*l);
        painter.setBrush(Qt::NoBrush);
        for (const VectorFeature &f : l->features) {
            if (f.type != VectorFeature::Type::Line || f.text(QStringLiteral("brunnel")) == QLatin1String("tunnel"))
                continue;
            const QString cls = f.text(QStringLiteral("class"));
            const double w = (cls == QLatin1String("river") ? 5 : cls == QLatin1String("canal") ? 4 : 1.5) * zoomed;
            painter.setPen(QPen(water, std::max(0.8, w), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.drawPath(pathOf(f, t, false));
        }
    }
    if (target.z >= 14)
        fillPolygons(layer("building"), [](const VectorFeature &) { return building; }, target.z >= 16 ? buildingEdge : QColor());

    if (const VectorLayer *l = layer("transportation")) {
        struct Road {
            RoadStyle style;
            QPainterPath path;
            bool bridge;
            bool tunnel;
        };
        QList<Road> roads;
        const QTransform t = transformFor(*l);
        for (const VectorFeature &f : l->features) {
            if (f.type != VectorFeature::Type::Line)
                continue;
            const RoadStyle style = roadStyle(f.text(QStringLiteral("class")), f.text(QStringLiteral("subclass")));
            if (style.width <= 0 || (style.rank <= 2 && target.z < 15) || (style.rank == 3 && target.z < 14))
                continue;
            QPainterPath path = pathOf(f, t, false);
            if (!path.controlPointRect().intersects(visible))
                continue;
            const QString brunnel = f.text(QStringLiteral("brunnel"));
            roads.append({style, std::move(path), brunnel == QLatin1String("bridge"), brunnel == QLatin1String("tunnel")});
        }
        std::stable_sort(roads.begin(), roads.end(), [](const Road &a, const Road &b) {
            return std::make_pair(a.bridge, a.style.rank) < std::make_pair(b.bridge, b.style.rank);
        });
        painter.setBrush(Qt::NoBrush);
        // Casings of one level first, then their fills, so that crossings merge; bridges
        // get a dark casing over everything below them.
        for (bool bridges : {false, true}) {
            for (const Road &r : std::as_const(roads)) {
                if (r.bridge != bridges || !r.style.edge.isValid())
                    continue;
                const double w = r.style.width * zoomed;
                QColor edge = bridges ? QColor(0x80, 0x78, 0x70) : r.style.edge;
                if (r.tunnel)
                    edge.setAlpha(90);
                painter.setPen(QPen(edge, w + std::max(1.0, 1.2 * density * (bridges ? 1.6 : 1)), Qt::SolidLine,
                                    bridges ? Qt::FlatCap : Qt::RoundCap, Qt::RoundJoin));
                painter.drawPath(r.path);
            }
            for (const Road &r : std::as_const(roads)) {
                if (r.bridge != bridges)
                    continue;
                QColor fill = r.style.fill;
                if (r.tunnel)
                    fill.setAlpha(110);
                const double w = std::max(r.style.edge.isValid() ? 1.0 : 0.8, r.style.width * zoomed);
                painter.setPen(QPen(fill, w, r.style.style, r.style.edge.isValid() ? Qt::RoundCap : Qt::FlatCap, Qt::RoundJoin));
                painter.drawPath(r.path);
            }
        }
    }
    painter.end();
    return image;
}

} // namespace Buurtplein::TileRenderer
