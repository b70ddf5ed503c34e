// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/tilecoords.h"
#include "common/tilerenderer.h"

#include <QImage>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <memory>

namespace Buurtplein {

/** The labels of one drawn tile, shared between the render thread and the map. */
using TileLabels = std::shared_ptr<const QList<TileRenderer::Label>>;

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
    /** Device pixels per logical pixel and the text scale the labels are drawn at. */
    void setLabelScale(double devicePixelRatio, double textScale);
    /** Replaces the queue with @p jobs. */
    void want(const QList<Job> &jobs);
    void stop();

    /** @p path itself, or for a tile set in the resources (":/...") its copy in the cache folder (SQLite reads files); empty and @p error when it cannot be copied. */
    static QString onDisk(const QString &path, QString *error);

    static quint64 key(const TileId &id) { return (quint64(id.z) << 48) | (quint64(id.x) << 24) | quint64(id.y); }

Q_SIGNALS:
    /** @p image is null when the set has no tile for it (outside the region). */
    void rendered(quint64 target, const QImage &image, const Buurtplein::TileLabels &labels);
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
    double m_devicePixelRatio = 1;
    double m_textScale = 1;
    bool m_sourceChanged = false;
    bool m_stopping = false;
};

} // namespace Buurtplein

Q_DECLARE_METATYPE(Buurtplein::TileLabels)
