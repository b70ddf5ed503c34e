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

namespace {
// Which parts of a label's text an image holds: a curved label's letters are drawn in two
// layers, every halo under every letter, so that one letter's halo never cuts its neighbour.
enum class Ink { HaloAndText, Halo, Text };

QImage labelImage(const QString &text, const QFont &font, const QColor &colour, double scale, QSizeF *size,
                  Ink ink = Ink::HaloAndText)
{
    const QFontMetricsF metrics(font);
    const double halo = 2.5;
    const QSizeF logical(metrics.horizontalAdvance(text) + 2 * halo + 2, metrics.height() + 2 * halo);
    QImage image((logical * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addText(QPointF(halo + 1, halo + metrics.ascent()), font, text);
    if (ink != Ink::Text) {
        painter.setPen(QPen(QColor(255, 255, 255, 230), 2 * halo, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(path);
    }
    if (ink != Ink::Halo) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawPath(path);
    }
    *size = logical;
    return image;
}

// The longest straight stretch of @p f's lines whose middle lies inside @p tile, in tile pixels.
QLineF longestStretch(const VectorFeature &f, const QTransform &t, const QRectF &tile)
{
    QLineF best;
    for (const QList<QPoint> &part : f.parts) {
        for (qsizetype i = 1; i < part.size(); ++i) {
            const QLineF segment(t.map(QPointF(part.at(i - 1))), t.map(QPointF(part.at(i))));
            if (segment.length() > best.length() && tile.contains(segment.center()))
                best = segment;
        }
    }
    return best;
}

// The longest line of @p f whose middle lies inside @p tile, in tile pixels.
QPolygonF longestCourse(const VectorFeature &f, const QTransform &t, const QRectF &tile)
{
    QPolygonF best;
    double bestLength = 0;
    for (const QList<QPoint> &part : f.parts) {
        QPolygonF line;
        for (const QPoint &point : part)
            line.append(t.map(QPointF(point)));
        const double length = lengthOf(line);
        if (length > bestLength && tile.contains(pointAlong(line, length / 2))) {
            best = line;
            bestLength = length;
        }
    }
    return best;
}

// Latin text is drawn letter by letter along a bend; a script whose letters join or
// reorder (Arabic, Indic) is not, so it keeps to straight stretches.
bool drawableByLetter(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x024F && !c.isSpace())
            return false;
    }
    return !text.isEmpty();
}

// The clockwise angle of @p line (as the scene graph turns), turned to be read: -90..90.
double readableAngle(const QLineF &line)
{
    double angle = -line.angle();
    while (angle > 90)
        angle -= 180;
    while (angle < -90)
        angle += 180;
    return angle;
}

QString nameOf(const VectorFeature &f)
{
    const QString latin = f.text(QStringLiteral("name:latin"));
    return latin.isEmpty() ? f.text(QStringLiteral("name")) : latin;
}
} // namespace

double lengthOf(const QPolygonF &path)
{
    double length = 0;
    for (qsizetype i = 1; i < path.size(); ++i)
        length += QLineF(path.at(i - 1), path.at(i)).length();
    return length;
}

QPointF pointAlong(const QPolygonF &path, double s, double *angle)
{
    if (path.isEmpty())
        return {};
    for (qsizetype i = 1; i < path.size(); ++i) {
        const QLineF segment(path.at(i - 1), path.at(i));
        const double length = segment.length();
        if (length <= 0)
            continue;
        if (s <= length || i == path.size() - 1) {
            if (angle)
                *angle = -segment.angle();
            return segment.pointAt(std::clamp(s / length, 0.0, 1.0));
        }
        s -= length;
    }
    return path.last();
}

namespace {
// A curved label for @p text along @p course, or std::nullopt when the street is too short
// or bends too sharply under the letters (more than 35 degrees from one letter to the next).
std::optional<Label> curvedLabel(const QString &text, QPolygonF course, const QFont &font, double scale, double tileToLogical,
                                 QHash<QChar, Label::Glyph> *letters)
{
    // The shape first, from the letters' widths alone; pictures only for a label that holds.
    const QFontMetricsF metrics(font);
    QList<double> advances;
    double total = 0;
    for (const QChar c : text) {
        advances.append(metrics.horizontalAdvance(c));
        total += advances.last();
    }
    const double length = lengthOf(course);
    const double totalTile = total / tileToLogical;
    if (length < totalTile * 1.15)
        return std::nullopt;
    double middle = length / 2;
    // Read from left to right.
    if (pointAlong(course, middle + totalTile / 2).x() < pointAlong(course, middle - totalTile / 2).x()) {
        std::reverse(course.begin(), course.end());
        middle = length - middle;
    }
    double previous = 0;
    double at = middle - totalTile / 2;
    for (qsizetype k = 0; k < advances.size(); ++k) {
        double angle = 0;
        pointAlong(course, at + advances.at(k) / 2 / tileToLogical, &angle);
        double turn = std::fmod(std::abs(angle - previous), 360.0);
        turn = std::min(turn, 360 - turn);
        if (k > 0 && turn > 35)
            return std::nullopt;
        // Upside down: this stretch reads right to left.
        if (std::cos(angle * M_PI / 180) < -0.2)
            return std::nullopt;
        previous = angle;
        at += advances.at(k) / tileToLogical;
    }
    Label label;
    label.text = text;
    label.image = labelImage(text, font, QColor(0x33, 0x33, 0x33), scale, &label.size);
    for (qsizetype k = 0; k < text.size(); ++k) {
        auto known = letters->constFind(text.at(k));
        if (known == letters->cend()) {
            Label::Glyph glyph;
            glyph.advance = advances.at(k);
            glyph.image = labelImage(QString(text.at(k)), font, QColor(0x33, 0x33, 0x33), scale, &glyph.size, Ink::Text);
            glyph.halo = labelImage(QString(text.at(k)), font, QColor(0x33, 0x33, 0x33), scale, &glyph.size, Ink::Halo);
            known = letters->insert(text.at(k), glyph);
        }
        label.glyphs.append(*known);
    }
    label.path = course;
    label.along = middle;
    label.centre = pointAlong(course, middle, &label.angle);
    label.angle = readableAngle(QLineF(label.centre, label.centre + QPointF(std::cos(label.angle * M_PI / 180),
                                                                           std::sin(label.angle * M_PI / 180))));
    return label;
}
} // namespace

QList<Label> labels(const QList<VectorLayer> &layers, const TileId &source, const TileId &target, int pixels, double scale, double textScale)
{
    QList<Label> out;
    const int dz = std::max(0, target.z - source.z);
    auto transformFor = [&](const VectorLayer &l) {
        const double s = pixels * double(1 << dz) / l.extent;
        QTransform t;
        t.translate(-(target.x - (source.x << dz)) * double(pixels), -(target.y - (source.y << dz)) * double(pixels));
        t.scale(s, s);
        return t;
    };
    const QRectF tile(0, 0, pixels, pixels);
    const double tileToLogical = 256.0 / pixels; // a tile is 256 logical pixels at its own zoom
    for (const VectorLayer &layer : layers) {
        const QTransform t = transformFor(layer);
        if (layer.name == QLatin1String("transportation_name") && target.z >= 15) {
            QFont font;
            font.setPixelSize(int(std::round(12 * textScale)));
            const QFontMetricsF metrics(font);
            // Per name, the longest straight stretch inside the tile (a street comes in many pieces).
            struct Stretch {
                QLineF line;
                QPolygonF course;   ///< the longest whole line, for a name that fits no straight stretch
                double courseLength = 0;
                int rank = 0;
            };
            QHash<QString, Stretch> best;
            QHash<QChar, Label::Glyph> letters; // each letter drawn once per tile
            for (const VectorFeature &f : layer.features) {
                const QString name = nameOf(f);
                const QString cls = f.text(QStringLiteral("class"));
                if (name.isEmpty() || f.type != VectorFeature::Type::Line || cls == QLatin1String("rail") || cls == QLatin1String("transit"))
                    continue;
                const int rank = cls == QLatin1String("primary") || cls == QLatin1String("trunk") ? 6
                    : cls == QLatin1String("secondary")                                             ? 5
                    : cls == QLatin1String("tertiary")                                              ? 4
                    : cls == QLatin1String("minor")                                                 ? 3
                                                                                                    : 1;
                if (rank < 3 && target.z < 17)
                    continue;
                Stretch &stretch = best[name];
                const QLineF line = longestStretch(f, t, tile);
                if (line.length() > stretch.line.length()) {
                    stretch.line = line;
                    stretch.rank = std::max(stretch.rank, rank);
                }
                const QPolygonF course = longestCourse(f, t, tile);
                if (const double length = lengthOf(course); length > stretch.courseLength) {
                    stretch.course = course;
                    stretch.courseLength = length;
                    stretch.rank = std::max(stretch.rank, rank);
                }
            }
            for (auto it = best.cbegin(); it != best.cend(); ++it) {
                const QLineF &line = it->line;
                // It must fit along the stretch (in logical pixels of the tile), else follow the bend.
                if (line.isNull() || line.length() * tileToLogical < (metrics.horizontalAdvance(it.key()) + 7) * 0.9) {
                    if (!drawableByLetter(it.key()))
                        continue;
                    if (auto curved = curvedLabel(it.key(), it->course, font, scale, tileToLogical, &letters)) {
                        curved->priority = it->rank * 10;
                        out.append(*curved);
                    }
                    continue;
                }
                Label label;
                label.text = it.key();
                label.image = labelImage(it.key(), font, QColor(0x33, 0x33, 0x33), scale, &label.size);
                label.centre = line.center();
                label.angle = readableAngle(line);
                label.priority = it->rank * 10;
                out.append(label);
            }
        } else if (layer.name == QLatin1String("place") && target.z <= 16) {
            QFont font;
            font.setPixelSize(int(std::round((target.z <= 14 ? 13 : 14) * textScale)));
            font.setBold(true);
            font.setLetterSpacing(QFont::PercentageSpacing, 104);
            for (const VectorFeature &f : layer.features) {
                const QString name = nameOf(f);
                const QString cls = f.text(QStringLiteral("class"));
                if (name.isEmpty() || f.parts.isEmpty() || (cls != QLatin1String("suburb") && cls != QLatin1String("quarter")
                                                            && cls != QLatin1String("neighbourhood") && cls != QLatin1String("town")))
                    continue;
                const QPointF at = t.map(QPointF(f.parts.first().first()));
                if (!tile.contains(at))
                    continue;
                Label label;
                label.text = name;
                label.image = labelImage(name, font, QColor(0x4a, 0x3f, 0x5c), scale, &label.size);
                label.centre = at;
                label.priority = cls == QLatin1String("neighbourhood") ? 70 : 80;
                out.append(label);
            }
        } else if (layer.name == QLatin1String("water_name") && target.z >= 14) {
            QFont font;
            font.setPixelSize(int(std::round(12 * textScale)));
            font.setItalic(true);
            for (const VectorFeature &f : layer.features) {
                const QString name = nameOf(f);
                if (name.isEmpty() || f.parts.isEmpty())
                    continue;
                QPointF at = t.map(QPointF(f.parts.first().first()));
                double angle = 0;
                if (f.type == VectorFeature::Type::Line) {
                    const QLineF best = longestStretch(f, t, tile);
                    if (best.isNull())
                        continue;
                    at = best.center();
                    angle = readableAngle(best);
                }
                if (!tile.contains(at))
                    continue;
                Label label;
                label.text = name;
                label.image = labelImage(name, font, QColor(0x2a, 0x6a, 0x9a), scale, &label.size);
                label.centre = at;
                label.angle = angle;
                label.priority = 20;
                out.append(label);
            }
        }
    }
    // The same tile always gives the same labels in the same order (QHash's order is not).
    std::sort(out.begin(), out.end(), [](const Label &a, const Label &b) {
        return a.priority != b.priority ? a.priority > b.priority : a.text < b.text;
    });
    return out;
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
