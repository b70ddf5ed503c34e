// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/areaoutlines.h"

#include <QColor>
#include <QPointer>
#include <QQuickPaintedItem>
#include <QVariantMap>

namespace Buurtplein {

/**
 * Area outlines on a map (issue 20), drawn in the map canvas's projection (its origin
 * and world size). The evaluator's choropleth: each area filled with its class's colour,
 * hatched where the figure is suppressed, thin where the table has no figure for it (the
 * names and figures stay on the layer above). The resident's neighbourhood chooser: every
 * buurt thin, the one chosen (highlighted) marked.
 */
class AreaOutlineLayer : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Buurtplein::AreaOutlines *source READ source WRITE setSource NOTIFY sourceChanged)
    /** Area code -> fill: a colour ("#74b8af"), "suppressed" (hatched) or absent (outline only). */
    Q_PROPERTY(QVariantMap fills READ fills WRITE setFills NOTIFY fillsChanged)
    /** The area drawn marked (the resident's choice); empty: none. */
    Q_PROPERTY(QString highlighted READ highlighted WRITE setHighlighted NOTIFY fillsChanged)
    /** The pen of an area without a fill: faint under the evaluator's figures, clear for the resident's chooser. */
    Q_PROPERTY(QColor lineColor READ lineColor WRITE setLineColor NOTIFY fillsChanged)
    Q_PROPERTY(double lineWidth READ lineWidth WRITE setLineWidth NOTIFY fillsChanged)
    Q_PROPERTY(QPointF origin READ origin WRITE setOrigin NOTIFY viewChanged)
    Q_PROPERTY(double worldSize READ worldSize WRITE setWorldSize NOTIFY viewChanged)
    /** Areas drawn filled (or marked) in the last paint, and those drawn as an outline only (tests). */
    Q_PROPERTY(int drawnAreas READ drawnAreas NOTIFY painted)
    Q_PROPERTY(int outlinedAreas READ outlinedAreas NOTIFY painted)

public:
    explicit AreaOutlineLayer(QQuickItem *parent = nullptr);

    AreaOutlines *source() const { return m_source; }
    void setSource(AreaOutlines *source);
    QColor lineColor() const { return m_lineColor; }
    void setLineColor(const QColor &color);
    double lineWidth() const { return m_lineWidth; }
    void setLineWidth(double width);
    QString highlighted() const { return m_highlighted; }
    void setHighlighted(const QString &code);
    QVariantMap fills() const { return m_fills; }
    void setFills(const QVariantMap &fills);
    QPointF origin() const { return m_origin; }
    void setOrigin(const QPointF &origin);
    double worldSize() const { return m_worldSize; }
    void setWorldSize(double size);
    int drawnAreas() const { return m_drawn; }
    int outlinedAreas() const { return m_outlined; }

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void sourceChanged();
    void fillsChanged();
    void viewChanged();
    void painted();

private:
    QPointer<AreaOutlines> m_source;
    QVariantMap m_fills;
    QString m_highlighted;
    QColor m_lineColor = QColor(0x1f, 0x5f, 0x5b, 70);
    double m_lineWidth = 1;
    QPointF m_origin;
    double m_worldSize = 256;
    int m_drawn = 0;
    int m_outlined = 0;
};

} // namespace Buurtplein
