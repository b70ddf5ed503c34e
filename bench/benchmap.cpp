// SPDX-License-Identifier: GPL-3.0-or-later
// bench-map: the offline map's cost (issue 20). See BENCHMARKS.md.
//  1. Per tile: decode (gzip + protobuf), draw one 512 px tile of the demo's tile set and
//     make its labels, at its own zoom 14 and over-zoomed to 16 and 18, against drawing an empty tile (the
//     image and painter every tile needs) in the same run.
//  2. Panning and zooming: frame times of a map window (the tile layer the app's map draws
//     with, 400 x 800) over the demo area while it pans and zooms frame by frame, against
//     the same gestures over an empty map (no tile set) in the same run.
#include "percentile.h"
#include "common/tilerenderer.h"
#include "common/vectormaplayer.h"
#include "common/webmercator.h"
#include "map/mbtiles.h"
#include "map/vectortile.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

#include "app/qmlmodules.h"

using namespace Buurtplein;

namespace {
double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

struct FrameTimes {
    QList<double> ms;
    bool ok = true;
};

// Drives @p layer through a pan and a zoom, one step per frame, and times each frame from
// the step to its swap. The tiles draw on their own thread meanwhile, as in the app.
FrameTimes gestures(QQuickWindow *window, VectorMapLayer *layer, double lat, double lon)
{
    FrameTimes out;
    const QPointF start = WebMercator::toUnit(lat, lon);
    QList<std::function<void()>> steps;
    for (int i = 0; i < 120; ++i) // pan east-south-east, 8 px and 3 px a frame at zoom 16, as a drag sets both
        steps.append([=] {
            layer->setZoom(16);
            layer->setCenterX(start.x() + i * 8 / WebMercator::worldSize(16));
            layer->setCenterY(start.y() + i * 3 / WebMercator::worldSize(16));
        });
    for (int i = 0; i <= 80; ++i) // zoom in from 14 to 18
        steps.append([=] { layer->setZoom(14 + i * 0.05); });
    QElapsedTimer clock;
    qint64 stepAt = 0;
    int next = 0;
    QEventLoop loop;
    auto doStep = [&] {
        if (next >= steps.size()) {
            loop.quit();
            return;
        }
        stepAt = clock.nsecsElapsed();
        steps.at(next++)();
        window->requestUpdate();
    };
    const auto swapped = QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
        if (next > 0)
            out.ms.append(ms(clock.nsecsElapsed() - stepAt));
        QMetaObject::invokeMethod(window, doStep, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    QTimer::singleShot(120000, &loop, [&] { out.ok = false; loop.quit(); });
    clock.start();
    doStep();
    loop.exec();
    QObject::disconnect(swapped);
    return out;
}
} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption repsOption(QStringLiteral("reps"), QStringLiteral("Rounds of each measurement (default 3)."), QStringLiteral("N"),
                                        QStringLiteral("3"));
    parser.addOption(repsOption);
    parser.process(app);
    const int reps = std::max(1, parser.value(repsOption).toInt());

    // 1. Tiles.
    MbTiles set;
    if (!set.open(QStringLiteral(BUURTPLEIN_ASSETS "/maps/indische-buurt.mbtiles"))) {
        std::fprintf(stderr, "bench-map: %s\n", qPrintable(set.errorString()));
        return 1;
    }
    QList<double> drawn, empty;
    QHash<int, QList<double>> byZoom;
    QList<TileId> sources;
    for (const TileId &id : set.tileIds()) {
        if (id.z == 14)
            sources.append(id);
    }
    QElapsedTimer clock;
    for (int rep = 0; rep < reps; ++rep) {
        for (const TileId &source : std::as_const(sources)) {
            const QByteArray bytes = set.tile(source).value_or(QByteArray());
            for (const int dz : {0, 2, 4}) {
                const TileId target{source.z + dz, (source.x << dz) + (1 << dz) / 2, (source.y << dz) + (1 << dz) / 3};
                clock.start();
                const QImage blank = TileRenderer::render({}, source, target, TileRenderThread::TilePixels);
                empty.append(ms(clock.nsecsElapsed()));
                clock.start();
                QString error;
                const auto layers = VectorTile::decode(bytes, &error, TileRenderer::layersDrawn());
                const QImage image = layers ? TileRenderer::render(*layers, source, target, TileRenderThread::TilePixels) : QImage();
                const auto labels = layers ? TileRenderer::labels(*layers, source, target, TileRenderThread::TilePixels, 1.0) : QList<TileRenderer::Label>();
                const double t = ms(clock.nsecsElapsed());
                if (image.isNull() || blank.isNull()) {
                    std::fprintf(stderr, "bench-map: tile %s: %s\n", qPrintable(source.path()), qPrintable(error));
                    return 1;
                }
                drawn.append(t);
                byZoom[target.z].append(t);
            }
        }
    }
    const double t50 = Bench::percentile(drawn, 0.5), t95 = Bench::percentile(drawn, 0.95);
    const double e50 = Bench::percentile(empty, 0.5), e95 = Bench::percentile(empty, 0.95);
    std::printf("map-tiles tiles=%lld tile_p50_ms=%.1f tile_p95_ms=%.1f z14_p95_ms=%.1f z16_p95_ms=%.1f z18_p95_ms=%.1f"
                " empty_p50_ms=%.2f empty_p95_ms=%.2f ratio_p95=%.1f\n",
                qint64(drawn.size()), t50, t95, Bench::percentile(byZoom.value(14), 0.95), Bench::percentile(byZoom.value(16), 0.95),
                Bench::percentile(byZoom.value(18), 0.95), e50, e95, e95 > 0 ? t95 / e95 : 0);

    // 2. Pan and zoom.
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QQuickWindow window;
    window.resize(400, 800);
    QQmlComponent component(&engine);
    component.setData("import Buurtplein.Common\nVectorMapLayer { width: 400; height: 800 }", QUrl());
    auto *layer = qobject_cast<VectorMapLayer *>(component.create());
    if (!layer) {
        std::fprintf(stderr, "bench-map: %s\n", qPrintable(component.errorString()));
        return 1;
    }
    layer->setParentItem(window.contentItem());
    window.show();
    QList<double> map, bare;
    int placements = 0;
    for (int rep = 0; rep < reps; ++rep) {
        for (const bool withTiles : {false, true}) {
            layer->setSource(withTiles ? QString() : QStringLiteral("/nonexistent/empty.mbtiles"));
            QEventLoop settle;
            QTimer::singleShot(300, &settle, &QEventLoop::quit);
            settle.exec();
            const int placedBefore = layer->labelPlacements();
            const FrameTimes times = gestures(&window, layer, 52.3630, 4.9380);
            if (withTiles)
                placements += layer->labelPlacements() - placedBefore;
            if (!times.ok) {
                std::fprintf(stderr, "bench-map: the frames stopped coming\n");
                return 1;
            }
            (withTiles ? map : bare).append(times.ms);
        }
    }
    const double m50 = Bench::percentile(map, 0.5), m95 = Bench::percentile(map, 0.95);
    const double b50 = Bench::percentile(bare, 0.5), b95 = Bench::percentile(bare, 0.95);
    // Label placements a frame: the view's steps and the tiles arriving meanwhile, worked out once a frame.
    std::printf("map-frames frames=%lld frame_p50_ms=%.1f frame_p95_ms=%.1f empty_p50_ms=%.1f empty_p95_ms=%.1f ratio_p95=%.2f "
                "placements_per_frame=%.2f\n",
                qint64(map.size()), m50, m95, b50, b95, b95 > 0 ? m95 / b95 : 0,
                map.isEmpty() ? 0.0 : double(placements) / double(map.size()));
    return 0;
}
