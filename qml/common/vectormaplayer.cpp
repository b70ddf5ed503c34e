// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/vectormaplayer.h"
#include "common/tilerenderer.h"
#include "common/webmercator.h"

#include <QQuickWindow>
#include <QSGImageNode>
#include <QSGTransformNode>
#include <QSet>

#include <cmath>

namespace Buurtplein {

namespace {
constexpr int MaxCachedImages = 160;
} // namespace

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
    requestRefresh();
}

void VectorMapLayer::setCenterY(double y)
{
    if (qFuzzyCompare(m_centerY, y))
        return;
    m_centerY = y;
    Q_EMIT viewChanged();
    requestRefresh();
}

void VectorMapLayer::setZoom(double zoom)
{
    if (qFuzzyCompare(m_zoom, zoom))
        return;
    m_zoom = zoom;
    Q_EMIT viewChanged();
    requestRefresh();
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
    requestRefresh();
}

void VectorMapLayer::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size())
        requestRefresh();
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

void VectorMapLayer::requestRefresh()
{
    if (!window()) {
        refresh();
        return;
    }
    m_refreshWanted = true;
    polish();
}

void VectorMapLayer::updatePolish()
{
    const bool labels = m_labelsWanted;
    m_labelsWanted = false;
    if (m_refreshWanted) {
        m_refreshWanted = false;
        refresh(); // places the labels too
    } else if (labels) {
        placeLabels();
        update();
    }
}

void VectorMapLayer::refresh()
{
    ++m_refreshes;
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
    requestRefresh();
}

void VectorMapLayer::onOpened(int minZoom, int maxZoom, const QString &error)
{
    m_setMinZoom = minZoom;
    m_setMaxZoom = maxZoom;
    if (m_error != error) {
        m_error = error;
        Q_EMIT sourceChanged();
    }
    requestRefresh();
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
        auto imageNode = [w](const QImage &picture, const QSizeF &size) {
            QSGImageNode *image = w->createImageNode();
            image->setTexture(w->createTextureFromImage(picture));
            image->setOwnsTexture(true);
            image->setFiltering(QSGTexture::Linear);
            image->setRect(QRectF(-size.width() / 2, -size.height() / 2, size.width(), size.height()));
            return image;
        };
        if (!node) {
            node = new QSGTransformNode;
            if (p.glyphs.isEmpty()) {
                node->appendChildNode(imageNode(p.image, p.size));
            } else {
                // A curved label: a turned node per letter under it, every halo before every letter.
                for (const bool halo : {true, false}) {
                    for (const Placed::Glyph &g : p.glyphs) {
                        auto *letter = new QSGTransformNode;
                        letter->appendChildNode(imageNode(halo ? g.halo : g.image, g.size));
                        node->appendChildNode(letter);
                    }
                }
            }
            m_labelRoot->appendChildNode(node);
        }
        if (p.glyphs.isEmpty()) {
            QMatrix4x4 matrix;
            matrix.translate(float(std::round(p.centre.x())), float(std::round(p.centre.y())));
            matrix.rotate(float(p.angle), 0, 0, 1);
            node->setMatrix(matrix);
        } else {
            QSGNode *letter = node->firstChild();
            for (int layer = 0; layer < 2; ++layer) {
                for (const Placed::Glyph &g : p.glyphs) {
                    if (!letter)
                        break;
                    QMatrix4x4 matrix;
                    matrix.translate(float(g.centre.x()), float(g.centre.y()));
                    matrix.rotate(float(g.angle), 0, 0, 1);
                    static_cast<QSGTransformNode *>(letter)->setMatrix(matrix);
                    letter = letter->nextSibling();
                }
            }
        }
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
