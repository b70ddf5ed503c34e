// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/areaoutlinelayer.h"

#include <QPainter>
#include <QPainterPath>

namespace Buurtplein {

AreaOutlineLayer::AreaOutlineLayer(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
}

void AreaOutlineLayer::setSource(AreaOutlines *source)
{
    if (m_source == source)
        return;
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (m_source)
        connect(m_source, &AreaOutlines::changed, this, [this] { update(); });
    Q_EMIT sourceChanged();
    update();
}

void AreaOutlineLayer::setFills(const QVariantMap &fills)
{
    m_fills = fills;
    Q_EMIT fillsChanged();
    update();
}

void AreaOutlineLayer::setHighlighted(const QString &code)
{
    if (m_highlighted == code)
        return;
    m_highlighted = code;
    Q_EMIT fillsChanged();
    update();
}

void AreaOutlineLayer::setLineColor(const QColor &color)
{
    if (m_lineColor == color)
        return;
    m_lineColor = color;
    Q_EMIT fillsChanged();
    update();
}

void AreaOutlineLayer::setLineWidth(double width)
{
    if (qFuzzyCompare(m_lineWidth, width))
        return;
    m_lineWidth = width;
    Q_EMIT fillsChanged();
    update();
}

void AreaOutlineLayer::setOrigin(const QPointF &origin)
{
    if (m_origin == origin)
        return;
    m_origin = origin;
    Q_EMIT viewChanged();
    update();
}

void AreaOutlineLayer::setWorldSize(double size)
{
    if (qFuzzyCompare(m_worldSize, size))
        return;
    m_worldSize = size;
    Q_EMIT viewChanged();
    update();
}

void AreaOutlineLayer::paint(QPainter *painter)
{
    m_drawn = 0;
    m_outlined = 0;
    if (!m_source) {
        Q_EMIT painted();
        return;
    }
    const QRectF view = boundingRect().adjusted(-2, -2, 2, 2);
    const QColor edge(0x1f, 0x5f, 0x5b);
    const QColor muted(0x5f, 0x63, 0x68);
    const AreaOutlines::Set &outlines = m_source->outlines();
    // Areas without a figure first, thin, so that the shaded ones' borders lie on top.
    for (const bool shaded : {false, true}) {
        for (auto it = outlines.cbegin(); it != outlines.cend(); ++it) {
            const QString fill = m_fills.value(it.key()).toString();
            if (fill.isEmpty() == shaded || it.key() == m_highlighted)
                continue;
            const QRectF box(m_origin + it->bounds.topLeft() * m_worldSize, it->bounds.size() * m_worldSize);
            if (!box.intersects(view))
                continue;
            QPainterPath path;
            path.setFillRule(Qt::OddEvenFill);
            for (const QPolygonF &ring : it->rings) {
                QPolygonF screen;
                screen.reserve(ring.size());
                for (const QPointF &p : ring)
                    screen.append(m_origin + p * m_worldSize);
                path.addPolygon(screen);
                path.closeSubpath();
            }
            if (!path.boundingRect().intersects(view))
                continue;
            if (fill.isEmpty()) {
                painter->setBrush(Qt::NoBrush);
                painter->setPen(QPen(m_lineColor, m_lineWidth));
                painter->drawPath(path);
                ++m_outlined;
                continue;
            }
            if (fill == QLatin1String("suppressed")) {
                // Fewer than k: no shade that could be read as a figure, a hatch that says "not shown".
                painter->setPen(Qt::NoPen);
                painter->setBrush(QColor(255, 255, 255, 200));
                painter->drawPath(path);
                painter->setBrush(QBrush(muted, Qt::BDiagPattern));
                painter->drawPath(path);
                painter->setBrush(Qt::NoBrush);
                painter->setPen(QPen(muted, 1.2, Qt::DashLine));
            } else {
                QColor c(fill);
                c.setAlphaF(0.82);
                painter->setBrush(c);
                painter->setPen(QPen(edge, 1));
            }
            painter->drawPath(path);
            ++m_drawn;
        }
    }
    // The chosen area on top: a tint and a strong border, so it reads at once.
    const auto chosen = outlines.constFind(m_highlighted);
    if (chosen != outlines.cend()) {
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const QPolygonF &ring : chosen->rings) {
            QPolygonF screen;
            for (const QPointF &p : ring)
                screen.append(m_origin + p * m_worldSize);
            path.addPolygon(screen);
            path.closeSubpath();
        }
        painter->setBrush(QColor(0x1f, 0x5f, 0x5b, 50));
        painter->setPen(QPen(edge, 3));
        painter->drawPath(path);
        ++m_drawn;
    }
    Q_EMIT painted();
}

} // namespace Buurtplein
