// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/tilecoords.h"
#include "common/tilerenderthread.h"

#include <QHash>
#include <QImage>
#include <QQuickItem>

class QSGImageNode;
class QSGTransformNode;

namespace Buurtplein {

/**
 * The streets, water, green and buildings under the map (issue 20): the vector tiles of
 * the visible area, drawn off the UI thread and composited by the scene graph. While a
 * tile is drawn, a part of a lower zoom's tile that is ready stands in for it, scaled, so
 * panning and zooming never show holes where something was already drawn.
 *
 * The view is the map canvas's: its centre on the unit square (Web Mercator) and its
 * fractional zoom; tiles are drawn at whole zooms and scaled in between.
 */
class VectorMapLayer : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(double centerX READ centerX WRITE setCenterX NOTIFY viewChanged)
    Q_PROPERTY(double centerY READ centerY WRITE setCenterY NOTIFY viewChanged)
    Q_PROPERTY(double zoom READ zoom WRITE setZoom NOTIFY viewChanged)
    /** The MBTiles file; empty: the demo neighbourhood's tiles the app carries. */
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY sourceChanged)
    /** Visible tiles still being drawn. */
    Q_PROPERTY(int pendingTiles READ pendingTiles NOTIFY tilesChanged)
    /** Visible tiles drawn (from the set, or known to be outside it). */
    Q_PROPERTY(int shownTiles READ shownTiles NOTIFY tilesChanged)
    /** Why the tile set could not be opened; empty when it could. */
    Q_PROPERTY(QString error READ error NOTIFY sourceChanged)
    /** What labels keep clear of, in this item's coordinates: the position dot, the places and their names. */
    Q_PROPERTY(QVariantList obstacles READ obstacles WRITE setObstacles NOTIFY obstaclesChanged)
    /** The text scale of the app (200 % text: 2); labels grow with it. */
    Q_PROPERTY(double textScale READ textScale WRITE setTextScale NOTIFY textScaleChanged)
    /** The names shown on the map now (streets, neighbourhoods, water), in placement order. */
    Q_PROPERTY(QStringList labelsShown READ labelsShown NOTIFY labelsChanged)

public:
    static inline const QString DemoTiles = QStringLiteral(":/maps/indische-buurt.mbtiles");
    static constexpr int MaxZoom = 19;

    explicit VectorMapLayer(QQuickItem *parent = nullptr);
    ~VectorMapLayer() override;

    double centerX() const { return m_centerX; }
    double centerY() const { return m_centerY; }
    double zoom() const { return m_zoom; }
    void setCenterX(double x);
    void setCenterY(double y);
    void setZoom(double zoom);
    QString source() const { return m_source; }
    void setSource(const QString &source);
    int pendingTiles() const { return m_pending; }
    int shownTiles() const { return int(m_visible.size()) - m_pending; }
    QString error() const { return m_error; }
    QVariantList obstacles() const { return m_obstacleList; }
    void setObstacles(const QVariantList &rects);
    double textScale() const { return m_textScale; }
    void setTextScale(double scale);
    QStringList labelsShown() const;

    /** A placed label: where on screen, turned how, and the rectangles it covers. */
    struct Placed {
        /** One letter of a curved label where it is drawn. */
        struct Glyph {
            QPointF centre;
            double angle = 0;
            QSizeF size;
            QImage image;
            QImage halo;
        };
        quint64 id = 0;
        QString text;
        QPointF centre;
        double angle = 0;
        QSizeF size;
        QImage image;
        QList<Glyph> glyphs;    ///< a curved label's letters along its street; empty: image at centre and angle
    };
    /** The labels placed now. */
    QList<Placed> placedLabels() const { return m_placed; }

    /** The whole zoom the tiles of @p zoom are drawn at, within the set's zooms (over-zoom above them). */
    int tileZoom(double zoom) const;

    /** How many times the layer worked out its tiles and labels (once a frame at most, in a window). */
    int refreshes() const { return m_refreshes; }
    /** How many times the labels were placed (once a frame at most, in a window). */
    int labelPlacements() const { return m_placements; }

Q_SIGNALS:
    void viewChanged();
    void sourceChanged();
    void tilesChanged();
    void obstaclesChanged();
    void textScaleChanged();
    void labelsChanged();

protected:
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *) override;
    void updatePolish() override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    /**
     * One step of a pan sets the centre's x and y (and a pinch the zoom too), tiles arrive
     * several a frame: in a window the work waits for the frame's polish and is done once;
     * without one, at once.
     */
    void requestRefresh();
    void refresh();
    void placeLabels();
    /** Lays a curved @p label's letters along its street on screen into @p placed; false when they do not fit there. */
    static bool layAlong(const TileRenderer::Label &label, const QPointF &tileOrigin, double factor, Placed *placed);
    void onRendered(quint64 key, const QImage &image, const TileLabels &labels);
    void onOpened(int minZoom, int maxZoom, const QString &error);
    QRectF screenRect(const TileId &id) const;

    struct Cached {
        QImage image; // null: no tile there
        TileLabels labels;
        quint64 used = 0;
    };
    struct Shown {
        QSGImageNode *node = nullptr;
        qint64 imageKey = 0;
    };

    TileRenderThread m_thread;
    double m_centerX = 0.5;
    double m_centerY = 0.5;
    double m_zoom = 16;
    QString m_source;
    QString m_error;
    int m_setMinZoom = -1;
    int m_setMaxZoom = -1;
    QList<TileId> m_visible;
    QHash<quint64, Cached> m_images;
    QHash<quint64, Shown> m_nodes; // render thread's, touched only in updatePaintNode
    QHash<quint64, QSGTransformNode *> m_labelNodes; // likewise
    QSGNode *m_tileRoot = nullptr;
    QSGNode *m_labelRoot = nullptr;
    QList<Placed> m_placed;
    QVariantList m_obstacleList;
    QList<QRectF> m_obstacles;
    double m_textScale = 1;
    quint64 m_useCounter = 0;
    int m_pending = 0;
    bool m_refreshWanted = false;
    bool m_labelsWanted = false;    ///< the obstacles moved: the labels are placed again at the polish
    int m_refreshes = 0;            ///< refresh() runs
    int m_placements = 0;           ///< placeLabels() runs
};

} // namespace Buurtplein
