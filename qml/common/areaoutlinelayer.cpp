// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluator/areaoutlinelayer.h"
#include "evaluator/statsclient.h"

#include <QPainter>
#include <QPainterPath>

namespace Buurtplein {

AreaOutlineLayer::AreaOutlineLayer(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
}

void AreaOutlineLayer::setSource(StatsClient *source)
{
    if (m_source == source)
        return;
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (m_source)
        connect(m_source, &StatsClient::outlinesChanged, this, [this] { update(); });
    Q_EMIT sourceChanged();
    update();
}

void AreaOutlineLayer::setFills(const QVariantMap &fills)
{
    m_fills = fills;
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
    if (!m_source) {
        Q_EMIT painted();
        return;
    }
    const QRectF view = boundingRect().adjusted(-2, -2, 2, 2);
    const QColor edge(0x1f, 0x5f, 0x5b);
    const QColor muted(0x5f, 0x63, 0x68);
    const auto outlines = m_source->outlines();
    // Areas without a figure first, thin, so that the shaded ones' borders lie on top.
    for (const bool shaded : {false, true}) {
        for (auto it = outlines.cbegin(); it != outlines.cend(); ++it) {
            const QString fill = m_fills.value(it.key()).toString();
            if (fill.isEmpty() == shaded)
                continue;
            QPainterPath path;
            path.setFillRule(Qt::OddEvenFill);
            for (const QPolygonF &ring : it.value()) {
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
                painter->setPen(QPen(QColor(0x1f, 0x5f, 0x5b, 70), 1));
                painter->drawPath(path);
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
    Q_EMIT painted();
}

} // namespace Buurtplein
