// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/tilecoords.h"

#include <QHash>
#include <QImage>
#include <QMutex>
#include <QQuickItem>
#include <QThread>
#include <QWaitCondition>

class QSGImageNode;

namespace Buurtplein {

/**
 * Draws the tiles it is asked for on a thread of its own: reads the vector tile from the
 * MBTiles file (a tile set in the app's resources is copied to the cache folder first),
 * decodes it (the last decoded tiles are kept, so over-zoomed tiles reuse one) and draws
 * it with TileRenderer. The queue holds only what the map shows now, newest wish first.
 */
class TileRenderThread : public QThread
{
    Q_OBJECT

public:
    struct Job {
        TileId target;
        TileId source;
    };
    static constexpr int TilePixels = 512; ///< rendered size: sharp at twice the device pixels of a 256 tile

    explicit TileRenderThread(QObject *parent = nullptr) : QThread(parent) {}
    ~TileRenderThread() override;

    /** The tile set to read; "" or a path in the resources (":/...") or on disk. */
    void setSource(const QString &path);
    /** Replaces the queue with @p jobs. */
    void want(const QList<Job> &jobs);
    void stop();

    static quint64 key(const TileId &id) { return (quint64(id.z) << 48) | (quint64(id.x) << 24) | quint64(id.y); }

Q_SIGNALS:
    /** @p image is null when the set has no tile for it (outside the region). */
    void rendered(quint64 target, const QImage &image);
    /** The set opened (or failed: @p error), with the zooms it holds. */
    void opened(int minZoom, int maxZoom, const QString &error);

protected:
    void run() override;

private:
    QMutex m_lock;
    QWaitCondition m_wake;
    QList<Job> m_queue;
    QString m_source;
    quint64 m_current = 0; ///< the tile being drawn (its key); 0: none
    bool m_sourceChanged = false;
    bool m_stopping = false;
};

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

    /** The whole zoom the tiles of @p zoom are drawn at, within the set's zooms (over-zoom above them). */
    int tileZoom(double zoom) const;

Q_SIGNALS:
    void viewChanged();
    void sourceChanged();
    void tilesChanged();

protected:
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *) override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    void refresh();
    void onRendered(quint64 key, const QImage &image);
    void onOpened(int minZoom, int maxZoom, const QString &error);
    QRectF screenRect(const TileId &id) const;

    struct Cached {
        QImage image; // null: no tile there
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
    quint64 m_useCounter = 0;
    int m_pending = 0;
};

} // namespace Buurtplein
