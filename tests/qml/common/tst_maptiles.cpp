// SPDX-License-Identifier: GPL-3.0-or-later
// The map's tiles (issue 20): a real OpenStreetMap tile drawn with water, streets and
// buildings where the tile has them, over-zoomed tiles covered, and the map layer in a
// window: tiles arrive from the render thread while the UI thread goes on, a zoom shows
// the lower zoom's tiles scaled instead of holes, and a missing tile set is said.
#include "common/tilerenderer.h"
#include "common/vectormaplayer.h"
#include "common/webmercator.h"
#include "map/vectortile.h"

#include <QFile>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QPolygonF>
#include <QTest>
#include <QTransform>

using namespace Buurtplein;

namespace {
const QString javapleinTile = QStringLiteral(BUURTPLEIN_SHARED_DATA "/map/osm-vector-tiles/tiles/14/8416/5384.pbf");

QList<VectorLayer> decodeFile(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    QString error;
    return VectorTile::decode(file.readAll(), &error, TileRenderer::layersDrawn()).value_or(QList<VectorLayer>());
}

// Share of the pixels of @p image within a small distance of @p colour.
double share(const QImage &image, const QColor &colour)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    qint64 hits = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            if (std::abs(qRed(line[x]) - colour.red()) + std::abs(qGreen(line[x]) - colour.green()) + std::abs(qBlue(line[x]) - colour.blue()) < 12)
                ++hits;
        }
    }
    return double(hits) / (rgb.width() * rgb.height());
}

const QColor water(0xaa, 0xd3, 0xdf);
const QColor building(0xd9, 0xd0, 0xc9);
} // namespace

class TestMapTiles : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QQuickWindow> m_window;
    QQmlEngine m_engine;

    VectorMapLayer *layerAt(double lat, double lon, double zoom)
    {
        m_window = std::make_unique<QQuickWindow>();
        m_window->resize(400, 400);
        QQmlComponent component(&m_engine);
        component.setData("import Buurtplein.Common\nVectorMapLayer { width: 400; height: 400 }", QUrl());
        auto *layer = qobject_cast<VectorMapLayer *>(component.create());
        if (!layer) {
            qWarning() << component.errors();
            return nullptr;
        }
        layer->setParentItem(m_window->contentItem());
        layer->setParent(m_window.get());
        const QPointF unit = WebMercator::toUnit(lat, lon);
        layer->setCenterX(unit.x());
        layer->setCenterY(unit.y());
        layer->setZoom(zoom);
        m_window->show();
        return layer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the demo tiles are copied to the cache folder
        m_engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    }

    // The Javaplein tile at zoom 14 holds the Nieuwe Vaart and the Dijksgracht, the
    // blocks of the Indische Buurt and its streets.
    void tileShowsWaterStreetsAndBuildings()
    {
        const QList<VectorLayer> layers = decodeFile(javapleinTile);
        QVERIFY(!layers.isEmpty());
        const TileId id{14, 8416, 5384};
        const QImage image = TileRenderer::render(layers, id, id, 512);
        QCOMPARE(image.size(), QSize(512, 512));
        QVERIFY2(share(image, water) > 0.01, qPrintable(QString::number(share(image, water))));
        QVERIFY2(share(image, building) > 0.05, qPrintable(QString::number(share(image, building))));
        QVERIFY2(share(image, Qt::white) > 0.02, qPrintable(QString::number(share(image, Qt::white)))); // street fill
        // Nothing of it drawn from an empty tile: only land.
        const QImage empty = TileRenderer::render({}, id, id, 512);
        QCOMPARE(share(empty, TileRenderer::landColour()), 1.0);
    }

    // Zoom 16 and 18 drawn from the zoom 14 tile: each a different quarter or sixteenth,
    // covered edge to edge, buildings with their outlines.
    void overZoomedTilesAreDrawnFromTheirAncestor()
    {
        const QList<VectorLayer> layers = decodeFile(javapleinTile);
        const TileId source{14, 8416, 5384};
        const TileId a{16, 8416 * 4 + 1, 5384 * 4 + 2};
        const TileId b{16, 8416 * 4 + 2, 5384 * 4 + 2};
        const QImage first = TileRenderer::render(layers, source, a, 512);
        const QImage second = TileRenderer::render(layers, source, b, 512);
        QVERIFY(first != second);
        QVERIFY(share(first, building) + share(first, Qt::white) + share(first, water) > 0.2);
        const QImage deep = TileRenderer::render(layers, source, {18, 8416 * 16 + 5, 5384 * 16 + 9}, 512);
        QVERIFY(share(deep, TileRenderer::landColour()) < 0.99);
    }

    // Street names along their streets, turned to be read, within their tile; water and
    // neighbourhood names; 200 % text makes them larger.
    void labelsOfATile()
    {
        const QList<VectorLayer> layers = decodeFile(javapleinTile);
        const TileId source{14, 8416, 5384};
        // The zoom 16 tile around Javaplein and the Javastraat.
        const TileId target = TileId::at(52.3636, 4.9380, 16);
        const QList<TileRenderer::Label> labels = TileRenderer::labels(layers, source, target, 512, 1.0);
        QStringList names;
        for (const TileRenderer::Label &l : labels) {
            names << l.text;
            QVERIFY(l.angle >= -90 && l.angle <= 90);
            QVERIFY(QRectF(0, 0, 512, 512).contains(l.centre));
            QVERIFY(!l.image.isNull());
            QVERIFY(l.size.width() > l.size.height());
        }
        QVERIFY2(names.contains(QStringLiteral("Javastraat")), qPrintable(names.join(QLatin1String(", "))));
        const QList<TileRenderer::Label> big = TileRenderer::labels(layers, source, target, 512, 1.0, 2.0);
        const auto javastraat = [](const QList<TileRenderer::Label> &list) {
            return *std::find_if(list.cbegin(), list.cend(), [](const TileRenderer::Label &l) { return l.text == QLatin1String("Javastraat"); });
        };
        QVERIFY(javastraat(big).size.height() > 1.6 * javastraat(labels).size.height());
        // At zoom 14: no street names yet, but the neighbourhoods and the water.
        QStringList wide;
        for (const TileRenderer::Label &l : TileRenderer::labels(layers, source, source, 512, 1.0))
            wide << l.text;
        QVERIFY2(wide.contains(QStringLiteral("Oostelijk Havengebied")), qPrintable(wide.join(QLatin1String(", "))));
        QVERIFY2(wide.contains(QStringLiteral("Lozingskanaal")), qPrintable(wide.join(QLatin1String(", "))));
        QVERIFY(!wide.contains(QStringLiteral("Javastraat")));
    }

    // A name longer than any straight stretch of its street follows the bend letter by
    // letter: readable (left to right), on the street, no sharp turn between two letters.
    void curvedNamesFollowTheirStreet()
    {
        const QList<VectorLayer> layers = decodeFile(javapleinTile);
        const TileId source{14, 8416, 5384};
        QStringList curved;
        for (int z = 16; z <= 16; ++z) {
            const int n = 1 << (z - 14);
            for (int dx = 0; dx < n; ++dx) {
                for (int dy = 0; dy < n; ++dy) {
                    const TileId target{z, 8416 * n + dx, 5384 * n + dy};
                    for (const TileRenderer::Label &l : TileRenderer::labels(layers, source, target, 512, 1.0)) {
                        if (l.glyphs.isEmpty())
                            continue;
                        curved << l.text;
                        QCOMPARE(l.glyphs.size(), l.text.size());
                        const double length = TileRenderer::lengthOf(l.path);
                        double letters = 0;
                        for (const TileRenderer::Label::Glyph &g : l.glyphs)
                            letters += g.advance / 2; // a zoom 16 tile of 512 pixels is 256 logical pixels
                        QVERIFY2(l.along - letters / 2 >= 0 && l.along + letters / 2 <= length, qPrintable(l.text));
                        QVERIFY(QRectF(0, 0, 512, 512).contains(l.centre));
                        QVERIFY(QLineF(l.centre, TileRenderer::pointAlong(l.path, l.along)).length() < 0.01);
                        // Letter by letter: no turn over 35 degrees, never upside down.
                        double at = l.along - letters / 2;
                        double previous = 0;
                        for (qsizetype k = 0; k < l.glyphs.size(); ++k) {
                            double angle = 0;
                            TileRenderer::pointAlong(l.path, at + l.glyphs.at(k).advance / 4, &angle);
                            QVERIFY2(std::cos(angle * M_PI / 180) > -0.25, qPrintable(l.text));
                            if (k > 0) {
                                double turn = std::fmod(std::abs(angle - previous), 360.0);
                                QVERIFY2(std::min(turn, 360 - turn) <= 35.01, qPrintable(l.text));
                            }
                            previous = angle;
                            at += l.glyphs.at(k).advance / 2;
                        }
                    }
                }
            }
        }
        QVERIFY2(curved.size() >= 3, qPrintable(curved.join(QLatin1String(", "))));
    }

    // On screen the letters of a curved name sit on their street, in order, at zoom 16.
    void aCurvedNameIsDrawnOnItsStreet()
    {
        const QList<VectorLayer> layers = decodeFile(javapleinTile);
        const TileId source{14, 8416, 5384};
        const TileId target = TileId::at(52.3636, 4.9380, 16);
        const QList<TileRenderer::Label> labels = TileRenderer::labels(layers, source, target, 512, 1.0);
        const auto curved = std::find_if(labels.cbegin(), labels.cend(), [](const TileRenderer::Label &l) { return !l.glyphs.isEmpty(); });
        QVERIFY(curved != labels.cend());
        // The map centred on the label's middle: a zoom 16 tile of 512 pixels is 256 logical pixels.
        VectorMapLayer *layer = layerAt(52.3636, 4.9380, 16.0);
        QVERIFY(layer);
        layer->setCenterX((target.x + curved->centre.x() / 512) / (1 << 16));
        layer->setCenterY((target.y + curved->centre.y() / 512) / (1 << 16));
        QTRY_VERIFY_WITH_TIMEOUT(layer->pendingTiles() == 0 && layer->labelsShown().contains(curved->text), 20000);
        const QList<VectorMapLayer::Placed> placed = layer->placedLabels();
        const auto shown = std::find_if(placed.cbegin(), placed.cend(), [&](const VectorMapLayer::Placed &p) { return p.text == curved->text; });
        QCOMPARE(shown->glyphs.size(), curved->text.size());
        QPolygonF street;
        for (const QPointF &point : curved->path)
            street.append(QPointF(200, 200) + (point - curved->centre) * 0.5);
        auto distanceToStreet = [&street](const QPointF &p) {
            double best = 1e9;
            for (qsizetype i = 1; i < street.size(); ++i) {
                const QLineF segment(street.at(i - 1), street.at(i));
                const QPointF d = segment.p2() - segment.p1();
                const double t = std::clamp(QPointF::dotProduct(p - segment.p1(), d) / QPointF::dotProduct(d, d), 0.0, 1.0);
                best = std::min(best, QLineF(p, segment.p1() + t * d).length());
            }
            return best;
        };
        double along = -1;
        for (const VectorMapLayer::Placed::Glyph &g : shown->glyphs) {
            QVERIFY2(distanceToStreet(g.centre) < 0.75, qPrintable(curved->text));
            // In reading order, one after the other along the street.
            double at = 0;
            double s = 0;
            for (qsizetype i = 1; i < street.size(); ++i) {
                const QLineF segment(street.at(i - 1), street.at(i));
                if (QLineF(g.centre, segment.p1()).length() + QLineF(g.centre, segment.p2()).length() < segment.length() + 0.5) {
                    at = s + QLineF(segment.p1(), g.centre).length();
                    break;
                }
                s += segment.length();
            }
            QVERIFY2(at > along, qPrintable(curved->text));
            along = at;
        }
    }

    // Placed labels never overlap each other, stay wholly in view and keep clear of what
    // the map puts on top (the position dot, places); the same name is not repeated nearby.
    void labelsAvoidEachOtherAndTheDot()
    {
        VectorMapLayer *layer = layerAt(52.3630, 4.9380, 16.5);
        QVERIFY(layer);
        QTRY_VERIFY_WITH_TIMEOUT(layer->pendingTiles() == 0 && !layer->labelsShown().isEmpty(), 20000);
        auto turned = [](const QPointF &centre, double angle, const QSizeF &size) {
            QTransform t;
            t.translate(centre.x(), centre.y());
            t.rotate(angle);
            return t.map(QPolygonF(QRectF(-size.width() / 2, -size.height() / 2, size.width(), size.height())));
        };
        auto boxes = [&](const VectorMapLayer::Placed &p) {
            // The label's turned rectangle, or a curved one's letters, as one polygon.
            if (p.glyphs.isEmpty())
                return turned(p.centre, p.angle, p.size);
            QPolygonF letters;
            for (const VectorMapLayer::Placed::Glyph &g : p.glyphs)
                letters = letters.united(turned(g.centre, g.angle, g.size * 0.8));
            return letters;
        };
        auto check = [&](const QRectF &obstacle) {
            const QList<VectorMapLayer::Placed> placed = layer->placedLabels();
            QVERIFY(placed.size() >= 3);
            for (qsizetype i = 0; i < placed.size(); ++i) {
                const QPolygonF a = boxes(placed.at(i));
                QVERIFY2(QRectF(0, 0, 400, 400).contains(a.boundingRect()), qPrintable(placed.at(i).text));
                if (!obstacle.isNull())
                    QVERIFY2(!a.intersects(QPolygonF(obstacle.adjusted(4, 4, -4, -4))), qPrintable(placed.at(i).text + QLatin1String(" covers the dot")));
                for (qsizetype j = i + 1; j < placed.size(); ++j) {
                    // Circles along each label keep them apart; their rectangles may touch at the corners.
                    const QRectF overlap = a.intersected(boxes(placed.at(j))).boundingRect();
                    QVERIFY2(overlap.width() * overlap.height() < 0.25 * placed.at(i).size.height() * placed.at(i).size.height(),
                             qPrintable(placed.at(i).text + QLatin1String(" / ") + placed.at(j).text));
                    if (placed.at(i).text == placed.at(j).text)
                        QVERIFY(QLineF(placed.at(i).centre, placed.at(j).centre).length() >= 300);
                }
            }
        };
        check({});
        // A dot put on the first label's place pushes it away.
        const VectorMapLayer::Placed first = layer->placedLabels().first();
        const QRectF dot(first.centre - QPointF(14, 14), QSizeF(28, 28));
        layer->setObstacles({dot});
        m_window->grabWindow(); // placed with the next frame
        QVERIFY(!layer->labelsShown().isEmpty());
        check(dot);
    }

    // In a window: the tiles around Javaplein come from the render thread; the frame then
    // shows buildings and streets. Zooming in shows the zoom 16 tiles scaled at once
    // (a stand-in, no land-coloured holes) until the zoom 17 tiles are drawn.
    void layerDrawsTilesInAWindow()
    {
        VectorMapLayer *layer = layerAt(52.3630, 4.9380, 16);
        QVERIFY(layer);
        QTRY_VERIFY_WITH_TIMEOUT(layer->error().isEmpty() && layer->shownTiles() > 0 && layer->pendingTiles() == 0, 20000);
        QCOMPARE(layer->tileZoom(16.2), 16);
        const QImage frame = m_window->grabWindow();
        QVERIFY2(share(frame, building) > 0.05, qPrintable(QString::number(share(frame, building))));
        QVERIFY(share(frame, TileRenderer::landColour()) < 0.5);

        layer->setZoom(17);
        const QImage standIn = m_window->grabWindow();
        QVERIFY(layer->pendingTiles() > 0); // nothing of zoom 17 is drawn yet...
        QVERIFY2(share(standIn, building) > 0.05, qPrintable(QString::number(share(standIn, building)))); // ...but zoom 16 stands in
        QTRY_VERIFY_WITH_TIMEOUT(layer->pendingTiles() == 0, 20000);
        // Beyond the tile set (zoom 14) the tiles are over-zoomed, up to 19.
        QCOMPARE(layer->tileZoom(21), VectorMapLayer::MaxZoom);
    }

    // One step of a pan sets the centre's x and y, a pinch the zoom too, and the places'
    // markers move: the layer works out its tiles and places its labels once for the
    // frame, not once for each.
    void aPanStepIsWorkedOutOnce()
    {
        VectorMapLayer *layer = layerAt(52.3630, 4.9380, 16);
        QVERIFY(layer);
        QTRY_VERIFY_WITH_TIMEOUT(layer->pendingTiles() == 0 && !layer->labelsShown().isEmpty(), 20000);
        m_window->grabWindow();
        const int refreshes = layer->refreshes();
        const int placements = layer->labelPlacements();
        layer->setCenterX(layer->centerX() + 1e-6);
        layer->setCenterY(layer->centerY() + 1e-6);
        layer->setZoom(16.05);
        layer->setObstacles({QRectF(10, 10, 24, 24)});
        QCOMPARE(layer->refreshes(), refreshes); // nothing before the frame...
        m_window->grabWindow();
        QCOMPARE(layer->refreshes(), refreshes + 1); // ...and then once
        QCOMPARE(layer->labelPlacements(), placements + 1);
        // The markers alone moved: the labels are placed again, the tiles stay.
        layer->setObstacles({QRectF(12, 10, 24, 24)});
        m_window->grabWindow();
        QCOMPARE(layer->refreshes(), refreshes + 1);
        QCOMPARE(layer->labelPlacements(), placements + 2);
    }

    // Outside the demo's tiles the map is land, not an error; a file that is no tile set
    // is said once and the layer draws nothing.
    void outsideAndMissingTiles()
    {
        VectorMapLayer *layer = layerAt(52.0908, 5.1222, 15); // Utrecht
        QVERIFY(layer);
        QTRY_VERIFY_WITH_TIMEOUT(layer->shownTiles() > 0 && layer->pendingTiles() == 0, 20000);
        QCOMPARE(share(m_window->grabWindow(), building), 0.0);

        QSignalSpy changed(layer, &VectorMapLayer::sourceChanged);
        layer->setSource(QStringLiteral(BUURTPLEIN_SHARED_DATA "/map/areas/buurten.geojson"));
        QTRY_VERIFY_WITH_TIMEOUT(!layer->error().isEmpty(), 10000);
        QVERIFY2(layer->error().contains(QLatin1String("not an MBTiles file")), qPrintable(layer->error()));
        QCOMPARE(layer->pendingTiles(), 0);
    }
};

QTEST_MAIN(TestMapTiles)
#include "tst_maptiles.moc"
