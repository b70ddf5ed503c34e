// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evaluator/statsclient.h"

#include <QPointer>
#include <QQuickPaintedItem>
#include <QVariantMap>

namespace Buurtplein {

/**
 * The evaluator's choropleth (issue 20): each area's outline from the hub
 * (StatsClient::outlines), filled with its class's colour, hatched where the figure is
 * suppressed, thin where the table has no figure for it. Drawn in the map canvas's
 * projection (its origin and world size); the names and figures stay on the layer above.
 */
class AreaOutlineLayer : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Buurtplein::StatsClient *source READ source WRITE setSource NOTIFY sourceChanged)
    /** Area code -> fill: a colour ("#74b8af"), "suppressed" (hatched) or absent (outline only). */
    Q_PROPERTY(QVariantMap fills READ fills WRITE setFills NOTIFY fillsChanged)
    Q_PROPERTY(QPointF origin READ origin WRITE setOrigin NOTIFY viewChanged)
    Q_PROPERTY(double worldSize READ worldSize WRITE setWorldSize NOTIFY viewChanged)
    /** Areas drawn in the last paint (tests). */
    Q_PROPERTY(int drawnAreas READ drawnAreas NOTIFY painted)

public:
    explicit AreaOutlineLayer(QQuickItem *parent = nullptr);

    StatsClient *source() const { return m_source; }
    void setSource(StatsClient *source);
    QVariantMap fills() const { return m_fills; }
    void setFills(const QVariantMap &fills);
    QPointF origin() const { return m_origin; }
    void setOrigin(const QPointF &origin);
    double worldSize() const { return m_worldSize; }
    void setWorldSize(double size);
    int drawnAreas() const { return m_drawn; }

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void sourceChanged();
    void fillsChanged();
    void viewChanged();
    void painted();

private:
    QPointer<StatsClient> m_source;
    QVariantMap m_fills;
    QPointF m_origin;
    double m_worldSize = 256;
    int m_drawn = 0;
};

} // namespace Buurtplein
