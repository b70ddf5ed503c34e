// SPDX-License-Identifier: GPL-3.0-or-later
// TileRenderer's labels (docs/map.md, "Labels"): street names along a straight stretch or
// letter by letter along a bend, water and neighbourhood names, each with its halo.
#include "common/tilerenderer.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <optional>

namespace Buurtplein::TileRenderer {

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

// A clockwise angle (as the scene graph turns) turned to be read: -90..90.
double readable(double angle)
{
    while (angle > 90)
        angle -= 180;
    while (angle < -90)
        angle += 180;
    return angle;
}

// The clockwise angle of @p line, turned to be read.
double readableAngle(const QLineF &line)
{
    return readable(-line.angle());
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
    label.angle = readable(label.angle);
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

} // namespace Buurtplein::TileRenderer
