// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/tilerenderthread.h"

#include "map/mbtiles.h"
#include "map/vectortile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <memory>

Q_LOGGING_CATEGORY(lcMapTiles, "buurtplein.map.tiles")

namespace Buurtplein {

namespace {
constexpr int MaxDecodedTiles = 12;
} // namespace

QString TileRenderThread::onDisk(const QString &path, QString *error)
{
    if (!path.startsWith(QLatin1String(":/")))
        return path;
    // The render thread and MapRegion's thread may both ask at once.
    static QMutex copying;
    QMutexLocker locker(&copying);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/maps");
    const QString copy = folder + QLatin1Char('/') + QFileInfo(path).fileName();
    const QFileInfo resource(path);
    const QFileInfo existing(copy);
    if (existing.exists() && existing.size() == resource.size())
        return copy;
    QDir().mkpath(folder);
    QFile::remove(copy);
    if (!QFile::copy(path, copy)) {
        *error = QStringLiteral("Cannot copy the map tiles to %1.").arg(folder);
        return {};
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

TileRenderThread::~TileRenderThread()
{
    stop();
    wait();
}

void TileRenderThread::setSource(const QString &path)
{
    QMutexLocker locker(&m_lock);
    m_source = path;
    m_sourceChanged = true;
    m_queue.clear();
    m_wake.wakeOne();
}

void TileRenderThread::setLabelScale(double devicePixelRatio, double textScale)
{
    QMutexLocker locker(&m_lock);
    m_devicePixelRatio = devicePixelRatio;
    m_textScale = textScale;
}

void TileRenderThread::want(const QList<Job> &jobs)
{
    QMutexLocker locker(&m_lock);
    m_queue.clear();
    for (const Job &job : jobs) {
        if (key(job.target) != m_current) // being drawn already
            m_queue.append(job);
    }
    m_wake.wakeOne();
}

void TileRenderThread::stop()
{
    QMutexLocker locker(&m_lock);
    m_stopping = true;
    m_queue.clear();
    m_wake.wakeOne();
}

void TileRenderThread::run()
{
    MbTiles set;
    // The last decoded source tiles, most recent last.
    QList<std::pair<quint64, std::shared_ptr<QList<VectorLayer>>>> decoded;
    const QList<QString> layers = TileRenderer::layersDrawn();
    for (;;) {
        Job job;
        bool reopen = false;
        QString source;
        double labelScale = 1, textScale = 1;
        {
            QMutexLocker locker(&m_lock);
            while (!m_stopping && !m_sourceChanged && m_queue.isEmpty())
                m_wake.wait(&m_lock);
            if (m_stopping)
                return;
            if (m_sourceChanged) {
                reopen = true;
                source = m_source;
                m_sourceChanged = false;
            } else {
                job = m_queue.takeFirst();
                m_current = key(job.target);
                labelScale = m_devicePixelRatio;
                textScale = m_textScale;
            }
        }
        if (reopen) {
            decoded.clear();
            QString error;
            const QString path = onDisk(source, &error);
            if (path.isEmpty() || !set.open(path)) {
                if (error.isEmpty())
                    error = set.errorString();
                qCWarning(lcMapTiles) << error;
                Q_EMIT opened(-1, -1, error);
            } else {
                const auto [low, high] = set.zoomRange();
                Q_EMIT opened(low, high, QString());
            }
            continue;
        }
        const quint64 sourceKey = key(job.source);
        std::shared_ptr<QList<VectorLayer>> tile;
        for (qsizetype i = 0; i < decoded.size(); ++i) {
            if (decoded.at(i).first == sourceKey) {
                tile = decoded.at(i).second;
                decoded.move(i, decoded.size() - 1);
                break;
            }
        }
        if (!tile) {
            const auto bytes = set.tile(job.source);
            if (bytes) {
                QString error;
                auto layersRead = VectorTile::decode(*bytes, &error, layers);
                if (layersRead)
                    tile = std::make_shared<QList<VectorLayer>>(std::move(*layersRead));
                else
                    qCWarning(lcMapTiles) << "tile" << job.source.path() << error;
            }
            if (!tile)
                tile = std::make_shared<QList<VectorLayer>>(); // none: an empty marker, not asked again
            decoded.append({sourceKey, tile});
            if (decoded.size() > MaxDecodedTiles)
                decoded.removeFirst();
        }
        const QImage image = tile->isEmpty() ? QImage() : TileRenderer::render(*tile, job.source, job.target, TilePixels);
        const TileLabels labels = std::make_shared<const QList<TileRenderer::Label>>(
            tile->isEmpty() ? QList<TileRenderer::Label>() : TileRenderer::labels(*tile, job.source, job.target, TilePixels, labelScale, textScale));
        Q_EMIT rendered(key(job.target), image, labels);
        QMutexLocker locker(&m_lock);
        m_current = 0;
    }
}

} // namespace Buurtplein
