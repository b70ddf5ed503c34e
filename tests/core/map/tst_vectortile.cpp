// SPDX-License-Identifier: GPL-3.0-or-later
// Vector tiles against the real OpenStreetMap tiles of Amsterdam (../shared/data/map):
// every z14 tile decoded, a tile per zoom read the same as Mapbox's own reader reads it,
// one tile's geometry checked, broken tiles refused, and tiles through an MBTiles file
// unchanged.
#include "map/mbtiles.h"
#include "map/vectortile.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Buurtplein;

namespace {
const QString tiles = QStringLiteral(BUURTPLEIN_SHARED_DATA "/map/osm-vector-tiles/tiles");

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QHash<QString, int> countsOf(const QList<VectorLayer> &layers)
{
    QHash<QString, int> out;
    for (const VectorLayer &l : layers)
        out[l.name] += int(l.features.size());
    return out;
}
} // namespace

class TestVectorTile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tileCoordinates_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<int>("z");
        QTest::addColumn<int>("x");
        QTest::addColumn<int>("y");
        // Computed with the slippy-map formula in Python.
        QTest::newRow("Javaplein z14") << 52.364156 << 4.938757 << 14 << 8416 << 5384;
        QTest::newRow("Javaplein z12") << 52.364156 << 4.938757 << 12 << 2104 << 1346;
        QTest::newRow("null island z1") << 0.0001 << 0.0001 << 1 << 1 << 0;
    }

    void tileCoordinates()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(int, z);
        QFETCH(int, x);
        QFETCH(int, y);
        const TileId id = TileId::at(lat, lon, z);
        QCOMPARE(id, (TileId{z, x, y}));
        QCOMPARE(id.tmsRow(), (1 << z) - 1 - y);
        QCOMPARE(TileId::at(lat, lon, 16).ancestor(z), id);
    }

    // Every z14 tile decodes; what the decoder reads of one tile per zoom equals what
    // Mapbox's own reader (@mapbox/vector-tile) reads: per layer the features, each one's
    // type, number of geometry parts and name.
    void decodesAsMapboxsReader()
    {
        int files = 0;
        QDirIterator it(tiles + QStringLiteral("/14"), {QStringLiteral("*.pbf")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QString error;
            QVERIFY2(VectorTile::decode(read(path), &error), qPrintable(path + QLatin1Char(' ') + error));
            ++files;
        }
        QCOMPARE(files, 246); // PROVENANCE.md: 246 z14 tiles

        const QStringList sample = {tiles + QStringLiteral("/10/525/336.pbf"), tiles + QStringLiteral("/12/2104/1346.pbf"),
                                    tiles + QStringLiteral("/13/4208/2692.pbf"), tiles + QStringLiteral("/14/8416/5384.pbf"),
                                    tiles + QStringLiteral("/14/8417/5385.pbf")};
        QProcess node;
        node.start(QStringLiteral("node"), QStringList{QStringLiteral(BUURTPLEIN_SOURCE_DIR "/tests/core/map/count-features.js"),
                                                       QStringLiteral(BUURTPLEIN_TEST_TOOLS "/node_modules")} + sample);
        QVERIFY2(node.waitForFinished(60000), "node did not finish");
        QVERIFY2(node.exitCode() == 0, node.readAllStandardError().constData());
        const QJsonObject mapbox = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
        QCOMPARE(mapbox.size(), sample.size());
        int compared = 0;
        for (const QString &path : sample) {
            QString error;
            const auto layers = VectorTile::decode(read(path), &error);
            QVERIFY2(layers, qPrintable(error));
            const QJsonObject theirs = mapbox.value(path).toObject();
            QCOMPARE(layers->size(), theirs.size());
            for (const VectorLayer &layer : *layers) {
                const QJsonObject their = theirs.value(layer.name).toObject();
                QCOMPARE(layer.extent, their.value(QStringLiteral("extent")).toInt());
                const QJsonArray features = their.value(QStringLiteral("features")).toArray();
                QVERIFY2(layer.features.size() == features.size(), qPrintable(path + QLatin1Char(' ') + layer.name));
                for (qsizetype i = 0; i < features.size(); ++i) {
                    const QJsonArray f = features.at(i).toArray();
                    const VectorFeature &mine = layer.features.at(i);
                    QCOMPARE(int(mine.type), f.at(0).toInt());
                    QCOMPARE(int(mine.parts.size()), f.at(1).toInt());
                    const QString name = mine.text(QStringLiteral("name:latin")).isEmpty() ? mine.text(QStringLiteral("name")) : mine.text(QStringLiteral("name:latin"));
                    QCOMPARE(name, f.at(2).toString());
                    ++compared;
                }
            }
        }
        QVERIFY(compared > 10000);
    }

    // The Javaplein tile: streets with names and classes, buildings as closed outer rings
    // inside the tile's buffer, and only the layers asked for when some are named.
    void javapleinTile()
    {
        QString error;
        const QByteArray data = read(tiles + QStringLiteral("/14/8416/5384.pbf"));
        const auto layers = VectorTile::decode(data, &error);
        QVERIFY2(layers, qPrintable(error));
        QStringList names;
        for (const VectorLayer &l : *layers)
            names << l.name;
        for (const char *wanted : {"transportation", "transportation_name", "building", "water"})
            QVERIFY2(names.contains(QLatin1String(wanted)), qPrintable(names.join(QLatin1Char(','))));
        bool javastraat = false;
        for (const VectorLayer &l : *layers) {
            QCOMPARE(l.extent, 4096);
            for (const VectorFeature &f : l.features) {
                if (l.name == QLatin1String("transportation_name") && f.text(QStringLiteral("name:latin")) == QLatin1String("Javastraat")) {
                    javastraat = true;
                    QCOMPARE(f.type, VectorFeature::Type::Line);
                    QVERIFY(!f.text(QStringLiteral("class")).isEmpty());
                }
                if (l.name == QLatin1String("building")) {
                    QCOMPARE(f.type, VectorFeature::Type::Polygon);
                    QVERIFY(!f.parts.isEmpty());
                    QVERIFY(f.outer.first()); // MVT 2: each polygon starts with an outer ring
                    for (const QList<QPoint> &ring : f.parts) {
                        QVERIFY(ring.size() >= 4);
                        QCOMPARE(ring.first(), ring.last());
                        for (const QPoint &p : ring)
                            QVERIFY(p.x() > -512 && p.x() < 4096 + 512 && p.y() > -512 && p.y() < 4096 + 512);
                    }
                }
            }
        }
        QVERIFY(javastraat);
        const auto some = VectorTile::decode(data, &error, {QStringLiteral("water"), QStringLiteral("building")});
        QVERIFY(some);
        QCOMPARE(some->size(), 2);
    }

    void brokenTilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");
        const QByteArray real = read(tiles + QStringLiteral("/14/8416/5384.pbf"));
        QTest::newRow("cut short") << real.left(real.size() / 2) << "not a vector tile";
        QTest::newRow("text") << QByteArray("<html>404 Not Found</html>") << "not a vector tile";
        QTest::newRow("broken gzip") << QByteArray("\x1f\x8b\x08\x00garbage", 12) << "cannot be inflated";
    }

    void brokenTilesAreRefused()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!VectorTile::decode(data, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    // A folder of tiles into an MBTiles file (gzip inside, TMS rows) and back, unchanged.
    void mbtilesRoundTrip()
    {
        QTemporaryDir dir;
        MbTiles set;
        QVERIFY2(set.open(dir.filePath(QStringLiteral("amsterdam.mbtiles")), MbTiles::Mode::ReadWrite), qPrintable(set.errorString()));
        QString error;
        // The Indische Buurt, zoom 12-14.
        const MbTiles::Bounds indischeBuurt{4.925, 52.355, 4.965, 52.372};
        const auto imported = MbTiles::importDirectory(tiles, set, 12, 14, indischeBuurt, &error);
        QVERIFY2(imported, qPrintable(error));
        QVERIFY(*imported >= 3 && *imported < 20);
        QCOMPARE(set.tileCount(), *imported);
        QCOMPARE(set.zoomRange(), std::make_pair(12, 14));
        QCOMPARE(set.metadata().value(QStringLiteral("format")), QStringLiteral("pbf"));
        QCOMPARE(set.metadata().value(QStringLiteral("attribution")), QStringLiteral("© OpenStreetMap contributors"));
        const auto stored = set.tile({14, 8416, 5384});
        QVERIFY(stored);
        QVERIFY(stored->startsWith("\x1f\x8b"));
        QVERIFY(stored->size() < read(tiles + QStringLiteral("/14/8416/5384.pbf")).size() / 2);
        const auto fromSet = VectorTile::decode(*stored, &error);
        const auto fromFile = VectorTile::decode(read(tiles + QStringLiteral("/14/8416/5384.pbf")), &error);
        QVERIFY(fromSet && fromFile);
        QCOMPARE(countsOf(*fromSet), countsOf(*fromFile));
        QVERIFY(!set.tile({14, 8300, 5384}));  // outside the area
        QVERIFY(!set.tile({14, 1 << 14, 0})); // off the grid
        set.close();

        // Read-only, as the app and the hub open it.
        MbTiles again;
        QVERIFY(again.open(dir.filePath(QStringLiteral("amsterdam.mbtiles"))));
        QCOMPARE(again.tileCount(), *imported);
        QVERIFY(!again.putTile({14, 1, 1}, "x"));
        // Not an MBTiles file, not a folder of tiles.
        MbTiles bad;
        QVERIFY(!bad.open(QStringLiteral(BUURTPLEIN_SHARED_DATA "/map/areas/buurten.geojson")));
        QVERIFY(!bad.errorString().isEmpty());
        QVERIFY(!MbTiles::importDirectory(QStringLiteral(BUURTPLEIN_SHARED_DATA "/map/areas"), set, 0, 22, {}, &error));
        QVERIFY2(error.contains(QLatin1String("holds no")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestVectorTile)
#include "tst_vectortile.moc"
