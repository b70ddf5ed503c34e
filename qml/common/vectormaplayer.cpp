// SPDX-License-Identifier: GPL-3.0-or-later
#include "vectormaplayer.h"
#include "tilerenderer.h"
#include "webmercator.h"

#include "map/mbtiles.h"
#include "map/vectortile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QQuickWindow>
#include <QSGImageNode>
#include <QSGTransformNode>
#include <QSet>
#include <QStandardPaths>

#include <cmath>
#include <memory>

Q_LOGGING_CATEGORY(lcMapTiles, "buurtplein.map.tiles")

namespace Buurtplein {

namespace {
constexpr int MaxCachedImages = 160;
constexpr int MaxDecodedTiles = 12;

// A tile set in the resources is copied to the cache folder once (SQLite reads files).
QString onDisk(const QString &path, QString *error)
{
    if (!path.startsWith(QLatin1String(":/")))
        return path;
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
} // namespace

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

VectorMapLayer::VectorMapLayer(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents);
    qRegisterMetaType<TileLabels>();
    connect(&m_thread, &TileRenderThread::rendered, this, &VectorMapLayer::onRendered, Qt::QueuedConnection);
    connect(&m_thread, &TileRenderThread::opened, this, &VectorMapLayer::onOpened, Qt::QueuedConnection);
    m_thread.setSource(DemoTiles);
    m_thread.start(QThread::LowPriority);
}

VectorMapLayer::~VectorMapLayer()
{
    m_thread.stop();
    m_thread.wait();
}

void VectorMapLayer::setCenterX(double x)
{
    if (qFuzzyCompare(m_centerX, x))
        return;
    m_centerX = x;
    Q_EMIT viewChanged();
    refresh();
}

void VectorMapLayer::setCenterY(double y)
{
    if (qFuzzyCompare(m_centerY, y))
        return;
    m_centerY = y;
    Q_EMIT viewChanged();
    refresh();
}

void VectorMapLayer::setZoom(double zoom)
{
    if (qFuzzyCompare(m_zoom, zoom))
        return;
    m_zoom = zoom;
    Q_EMIT viewChanged();
    refresh();
}

void VectorMapLayer::setSource(const QString &source)
{
    if (m_source == source)
        return;
    m_source = source;
    m_images.clear();
    m_setMinZoom = m_setMaxZoom = -1;
    m_thread.setSource(source.isEmpty() ? DemoTiles : source);
    Q_EMIT sourceChanged();
    refresh();
}

void VectorMapLayer::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size())
        refresh();
}

int VectorMapLayer::tileZoom(double zoom) const
{
    const int whole = int(std::lround(zoom));
    return std::clamp(whole, std::max(0, m_setMinZoom), MaxZoom);
}

QRectF VectorMapLayer::screenRect(const TileId &id) const
{
    const double world = WebMercator::worldSize(m_zoom);
    const double size = world / double(1 << id.z);
    const double left = width() / 2 - m_centerX * world + id.x * size;
    const double top = height() / 2 - m_centerY * world + id.y * size;
    // Whole pixels at the edges, so that neighbouring tiles meet without a seam.
    return QRectF(QPointF(std::floor(left), std::floor(top)), QPointF(std::ceil(left + size), std::ceil(top + size)));
}

void VectorMapLayer::refresh()
{
    QList<TileId> visible;
    if (m_setMaxZoom >= 0 && width() > 0 && height() > 0) {
        const int z = tileZoom(m_zoom);
        const double world = WebMercator::worldSize(m_zoom);
        const double size = world / double(1 << z);
        const double left = m_centerX * world - width() / 2;
        const double top = m_centerY * world - height() / 2;
        const int last = (1 << z) - 1;
        const int x0 = std::clamp(int(std::floor(left / size)), 0, last), x1 = std::clamp(int(std::floor((left + width()) / size)), 0, last);
        const int y0 = std::clamp(int(std::floor(top / size)), 0, last), y1 = std::clamp(int(std::floor((top + height()) / size)), 0, last);
        // From the middle outwards, so that what the person looks at comes first.
        const double cx = (x0 + x1) / 2.0, cy = (y0 + y1) / 2.0;
        for (int y = y0; y <= y1; ++y) {
            for (int x = x0; x <= x1; ++x)
                visible.append({z, x, y});
        }
        std::stable_sort(visible.begin(), visible.end(), [cx, cy](const TileId &a, const TileId &b) {
            return std::hypot(a.x - cx, a.y - cy) < std::hypot(b.x - cx, b.y - cy);
        });
    }
    m_visible = visible;
    QList<TileRenderThread::Job> jobs;
    int pending = 0;
    QSet<quint64> asked;
    for (const TileId &id : std::as_const(m_visible)) {
        // The tile, or where the set lacks it (the edge of a region holds fewer tiles at
        // high zooms), the nearest lower zoom's tile that it has, drawn and cut to size.
        TileId wanted = id;
        for (;;) {
            auto cached = m_images.find(TileRenderThread::key(wanted));
            if (cached == m_images.end())
                break;
            cached->used = ++m_useCounter;
            if (!cached->image.isNull() || wanted.z <= std::max(0, m_setMinZoom)) {
                wanted = TileId{-1, 0, 0};
                break;
            }
            wanted = wanted.ancestor(wanted.z - 1);
        }
        if (wanted.z < 0)
            continue;
        ++pending;
        if (asked.contains(TileRenderThread::key(wanted)))
            continue;
        asked.insert(TileRenderThread::key(wanted));
        const TileId source = wanted.z > m_setMaxZoom ? wanted.ancestor(m_setMaxZoom) : wanted;
        jobs.append({wanted, source});
    }
    m_thread.want(jobs);
    m_pending = pending;
    placeLabels();
    Q_EMIT tilesChanged();
    update();
}

void VectorMapLayer::setObstacles(const QVariantList &rects)
{
    m_obstacleList = rects;
    m_obstacles.clear();
    for (const QVariant &r : rects)
        m_obstacles.append(r.toRectF());
    Q_EMIT obstaclesChanged();
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
    refresh();
}

QStringList VectorMapLayer::labelsShown() const
{
    QStringList out;
    for (const Placed &p : m_placed)
        out.append(p.text);
    return out;
}

// Greedy placement over the visible tiles' labels, most important first (and those shown
// a moment ago before the rest, so that panning does not make them flicker): a label is
// shown when it lies wholly in view, clear of every placed label and of the obstacles,
// and the same name is not shown within 300 px. A turned label is a chain of circles
// along its length; an upright one its rectangle.
void VectorMapLayer::placeLabels()
{
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

void VectorMapLayer::onRendered(quint64 key, const QImage &image, const TileLabels &labels)
{
    m_images.insert(key, {image, labels, ++m_useCounter});
    if (m_images.size() > MaxCachedImages) {
        // Forget the least recently shown tiles that are not on screen.
        QSet<quint64> onScreen;
        for (const TileId &id : std::as_const(m_visible))
            onScreen.insert(TileRenderThread::key(id));
        QList<std::pair<quint64, quint64>> byUse;
        for (auto it = m_images.cbegin(); it != m_images.cend(); ++it) {
            if (!onScreen.contains(it.key()))
                byUse.append({it->used, it.key()});
        }
        std::sort(byUse.begin(), byUse.end());
        for (qsizetype i = 0; i < byUse.size() && m_images.size() > MaxCachedImages * 3 / 4; ++i)
            m_images.remove(byUse.at(i).second);
    }
    refresh();
}

void VectorMapLayer::onOpened(int minZoom, int maxZoom, const QString &error)
{
    m_setMinZoom = minZoom;
    m_setMaxZoom = maxZoom;
    if (m_error != error) {
        m_error = error;
        Q_EMIT sourceChanged();
    }
    refresh();
}

QSGNode *VectorMapLayer::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    QSGNode *root = old;
    if (!root) {
        root = new QSGNode;
        m_tileRoot = new QSGNode;
        m_labelRoot = new QSGNode;
        root->appendChildNode(m_tileRoot);
        root->appendChildNode(m_labelRoot);
        m_nodes.clear();
        m_labelNodes.clear();
    }
    QQuickWindow *w = window();
    QHash<quint64, Shown> kept;
    for (const TileId &id : std::as_const(m_visible)) {
        const quint64 key = TileRenderThread::key(id);
        // The tile itself, else the nearest lower zoom's tile that is drawn, cut to this one.
        QImage image;
        QRectF part;
        qint64 imageKey = 0;
        for (int up = 0; up <= 6 && id.z - up >= 0; ++up) {
            const TileId a = id.ancestor(id.z - up);
            const auto cached = m_images.constFind(TileRenderThread::key(a));
            if (cached == m_images.cend() || cached->image.isNull())
                continue;
            image = cached->image;
            const int n = 1 << up;
            const double side = double(image.width()) / n;
            part = QRectF((id.x - (a.x << up)) * side, (id.y - (a.y << up)) * side, side, side);
            imageKey = image.cacheKey() * 8 + up;
            break;
        }
        Shown shown = m_nodes.take(key);
        if (imageKey == 0) {
            if (shown.node) {
                m_tileRoot->removeChildNode(shown.node);
                delete shown.node;
            }
            continue;
        }
        if (!shown.node || shown.imageKey != imageKey) {
            if (shown.node) {
                m_tileRoot->removeChildNode(shown.node);
                delete shown.node;
            }
            const QImage picture = part.size() == QSizeF(image.size()) ? image : image.copy(part.toAlignedRect());
            shown.node = w->createImageNode();
            shown.node->setTexture(w->createTextureFromImage(picture));
            shown.node->setOwnsTexture(true);
            shown.node->setFiltering(QSGTexture::Linear);
            shown.imageKey = imageKey;
            m_tileRoot->appendChildNode(shown.node);
        }
        shown.node->setRect(screenRect(id));
        kept.insert(key, shown);
    }
    // Tiles that left the view.
    for (const Shown &gone : std::as_const(m_nodes)) {
        m_tileRoot->removeChildNode(gone.node);
        delete gone.node;
    }
    m_nodes = kept;

    // The labels, over the tiles.
    QHash<quint64, QSGTransformNode *> keptLabels;
    for (const Placed &p : std::as_const(m_placed)) {
        QSGTransformNode *node = m_labelNodes.take(p.id);
        if (!node) {
            node = new QSGTransformNode;
            QSGImageNode *image = w->createImageNode();
            image->setTexture(w->createTextureFromImage(p.image));
            image->setOwnsTexture(true);
            image->setFiltering(QSGTexture::Linear);
            image->setRect(QRectF(-p.size.width() / 2, -p.size.height() / 2, p.size.width(), p.size.height()));
            node->appendChildNode(image);
            m_labelRoot->appendChildNode(node);
        }
        QMatrix4x4 matrix;
        matrix.translate(float(std::round(p.centre.x())), float(std::round(p.centre.y())));
        matrix.rotate(float(p.angle), 0, 0, 1);
        node->setMatrix(matrix);
        keptLabels.insert(p.id, node);
    }
    for (QSGTransformNode *gone : std::as_const(m_labelNodes)) {
        m_labelRoot->removeChildNode(gone);
        delete gone; // and its image node, which owns its texture
    }
    m_labelNodes = keptLabels;
    return root;
}

} // namespace Buurtplein
