// SPDX-License-Identifier: GPL-3.0-or-later
// VectorMapLayer's labels: what they keep clear of, and where they go (docs/map.md, "Labels").
#include "common/vectormaplayer.h"

#include <QLineF>
#include <QQuickWindow>
#include <QSet>

#include <cmath>

namespace Buurtplein {

void VectorMapLayer::setObstacles(const QVariantList &rects)
{
    m_obstacleList = rects;
    m_obstacles.clear();
    for (const QVariant &r : rects)
        m_obstacles.append(r.toRectF());
    Q_EMIT obstaclesChanged();
    // The places' markers move with every step of a pan: their labels are placed with the frame's.
    if (window()) {
        m_labelsWanted = true;
        polish();
        return;
    }
    placeLabels();
    update();
}

void VectorMapLayer::setTextScale(double scale)
{
    if (qFuzzyCompare(m_textScale, scale) || scale <= 0)
        return;
    m_textScale = scale;
    // Labels are drawn with the tiles: draw them again at the new size.
    m_images.clear();
    Q_EMIT textScaleChanged();
    requestRefresh();
}

QStringList VectorMapLayer::labelsShown() const
{
    QStringList out;
    for (const Placed &p : m_placed)
        out.append(p.text);
    return out;
}

// A curved label's letters along its street on screen: the street scales with the zoom,
// the letters keep their size and spacing, centred where the tile put the label's middle.
bool VectorMapLayer::layAlong(const TileRenderer::Label &label, const QPointF &tileOrigin, double factor, Placed *placed)
{
    QPolygonF path;
    for (const QPointF &point : label.path)
        path.append(tileOrigin + point * factor);
    const double length = TileRenderer::lengthOf(path);
    double total = 0;
    for (const TileRenderer::Label::Glyph &g : label.glyphs)
        total += g.advance;
    double at = label.along * factor - total / 2;
    if (at < 0 || at + total > length)
        return false;
    placed->glyphs.clear();
    for (const TileRenderer::Label::Glyph &g : label.glyphs) {
        Placed::Glyph glyph;
        glyph.centre = TileRenderer::pointAlong(path, at + g.advance / 2, &glyph.angle);
        glyph.size = g.size;
        glyph.image = g.image;
        glyph.halo = g.halo;
        placed->glyphs.append(glyph);
        at += g.advance;
    }
    placed->centre = TileRenderer::pointAlong(path, label.along * factor, &placed->angle);
    return true;
}

// Greedy placement over the visible tiles' labels, most important first (and those shown
// a moment ago before the rest, so that panning does not make them flicker): a label is
// shown when it lies wholly in view, clear of every placed label and of the obstacles,
// and the same name is not shown within 300 px. A turned label is a chain of circles
// along its length, a curved one a circle per letter.
void VectorMapLayer::placeLabels()
{
    ++m_placements;
    if (window())
        m_thread.setLabelScale(window()->effectiveDevicePixelRatio(), m_textScale);
    struct Candidate {
        Placed placed;
        int rank;
    };
    QSet<quint64> before;
    for (const Placed &p : std::as_const(m_placed))
        before.insert(p.id);
    QList<Candidate> candidates;
    for (const TileId &id : std::as_const(m_visible)) {
        const quint64 tileKey = TileRenderThread::key(id);
        const auto cached = m_images.constFind(tileKey);
        if (cached == m_images.cend() || cached->image.isNull() || !cached->labels)
            continue;
        const QRectF rect = screenRect(id);
        const double factor = rect.width() / TileRenderThread::TilePixels;
        for (qsizetype i = 0; i < cached->labels->size() && i < 255; ++i) {
            const TileRenderer::Label &label = cached->labels->at(i);
            Placed p;
            p.id = tileKey | (quint64(i) << 53);
            p.text = label.text;
            p.centre = rect.topLeft() + label.centre * factor;
            p.angle = label.angle;
            p.size = label.size;
            p.image = label.image;
            if (!label.glyphs.isEmpty() && !layAlong(label, rect.topLeft(), factor, &p))
                continue; // the bend does not hold the letters at this zoom
            candidates.append({p, label.priority + (before.contains(p.id) ? 1000 : 0)});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) { return a.rank > b.rank; });
    struct Circle {
        QPointF c;
        double r;
    };
    auto circlesOf = [](const Placed &p) {
        QList<Circle> out;
        for (const Placed::Glyph &g : p.glyphs)
            out.append({g.centre, g.size.height() / 2});
        if (!p.glyphs.isEmpty())
            return out;
        const double r = p.size.height() / 2;
        const int n = std::max(1, int(std::ceil(p.size.width() / p.size.height())));
        const double rad = p.angle * M_PI / 180;
        const QPointF axis(std::cos(rad), std::sin(rad));
        for (int k = 0; k < n; ++k) {
            const double along = -p.size.width() / 2 + r + k * (p.size.width() - 2 * r) / std::max(1, n - 1);
            out.append({p.centre + axis * along, r});
        }
        return out;
    };
    const QRectF view = QRectF(0, 0, width(), height()).adjusted(4, 4, -4, -4);
    QList<Circle> taken;
    QList<Placed> placed;
    for (const Candidate &candidate : std::as_const(candidates)) {
        const Placed &p = candidate.placed;
        const QList<Circle> circles = circlesOf(p);
        bool clear = true;
        for (const Circle &c : circles) {
            if (!view.contains(QRectF(c.c - QPointF(c.r, c.r), QSizeF(2 * c.r, 2 * c.r)))) {
                clear = false;
                break;
            }
            for (const Circle &t : std::as_const(taken)) {
                if (QLineF(c.c, t.c).length() < c.r + t.r) {
                    clear = false;
                    break;
                }
            }
            for (const QRectF &o : std::as_const(m_obstacles)) {
                const double dx = std::max({o.left() - c.c.x(), 0.0, c.c.x() - o.right()});
                const double dy = std::max({o.top() - c.c.y(), 0.0, c.c.y() - o.bottom()});
                if (dx * dx + dy * dy < c.r * c.r) {
                    clear = false;
                    break;
                }
            }
            if (!clear)
                break;
        }
        if (!clear)
            continue;
        const bool repeated = std::any_of(placed.cbegin(), placed.cend(), [&p](const Placed &q) {
            return q.text == p.text && QLineF(q.centre, p.centre).length() < 300;
        });
        if (repeated)
            continue;
        taken.append(circles);
        placed.append(p);
        if (placed.size() >= 80)
            break;
    }
    const bool changed = placed.size() != m_placed.size()
        || !std::equal(placed.cbegin(), placed.cend(), m_placed.cbegin(), [](const Placed &a, const Placed &b) { return a.id == b.id; });
    m_placed = placed;
    if (changed)
        Q_EMIT labelsChanged();
}

} // namespace Buurtplein
