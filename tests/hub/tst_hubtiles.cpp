// SPDX-License-Identifier: GPL-3.0-or-later
// Map tiles on the hub (issue 20): import-tiles of the real Amsterdam tiles into an
// MBTiles file, served over HTTP by a real hub: gzip as stored or inflated, ETag and 304,
// a week's cache lifetime, 404 for a tile the set lacks, 400 for coordinates off the
// grid; refused imports leave the served set as it was.
#include "hubtest.h"
#include "map/mbtiles.h"
#include "map/vectortile.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

using namespace Buurtplein;
using namespace Buurtplein::HubTest;

namespace {
const QString tiles = QStringLiteral(BUURTPLEIN_SHARED_DATA "/map/osm-vector-tiles/tiles");

struct TileAnswer {
    int status = 0;
    QByteArray body;
    QByteArray encoding;
    QByteArray etag;
    QByteArray cacheControl;
    QByteArray contentType;
};

TileAnswer get(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &acceptEncoding, const QByteArray &ifNoneMatch = {})
{
    QNetworkRequest request(url);
    request.setTransferTimeout(30000);
    request.setRawHeader("Accept-Encoding", acceptEncoding); // set by hand: Qt then leaves the body as sent
    if (!ifNoneMatch.isEmpty())
        request.setRawHeader("If-None-Match", ifNoneMatch);
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    TileAnswer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), reply->rawHeader("Content-Encoding"),
                 reply->rawHeader("ETag"), reply->rawHeader("Cache-Control"), reply->rawHeader("Content-Type")};
    reply->deleteLater();
    return a;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestHubTiles : public QObject
{
    Q_OBJECT

private slots:
    void servesImportedTiles()
    {
        QTemporaryDir dir;
        const QString set = dir.filePath(QStringLiteral("tiles.mbtiles"));
        // The Indische Buurt first (the folder named relative to the working folder, "../.."
        // and all, as a person types it), then all of zoom 10-12 added to it.
        CliRun run = runHub({"import-tiles", QDir::current().relativeFilePath(tiles), "--min-zoom", "13", "--max-zoom", "14", "--bbox", "4.915,52.352,4.975,52.375", "--tiles", set});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const int first = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("imported")).toInt();
        QVERIFY(first > 5);
        run = runHub({"import-tiles", tiles, "--max-zoom", "12", "--tiles", set});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(QStringLiteral("imported")).toInt(), 2 + 8 + 24); // PROVENANCE.md: z10 2, z11 8, z12 24
        QCOMPARE(report.value(QStringLiteral("tiles")).toInt(), first + 34);
        QCOMPARE(report.value(QStringLiteral("minZoom")).toInt(), 10);
        QCOMPARE(report.value(QStringLiteral("maxZoom")).toInt(), 14);

        // Refused: exit 2, and the set as it was.
        const QList<std::pair<QStringList, QByteArray>> refused = {
            {{"import-tiles", dir.filePath(QStringLiteral("nothing"))}, "There is no file or folder"},
            {{"import-tiles", tiles, "--bbox", "4.9,52.3,4.8,52.4"}, "--bbox is WEST,SOUTH,EAST,NORTH"},
            {{"import-tiles", tiles, "--min-zoom", "14", "--max-zoom", "12"}, "--min-zoom and --max-zoom"},
            {{"import-tiles", QStringLiteral(BUURTPLEIN_SHARED_DATA "/map/areas")}, "holds no {z}/{x}/{y}.pbf tiles"},
            {{"import-tiles", QStringLiteral(BUURTPLEIN_SHARED_DATA "/map/areas/buurten.geojson")}, "not an MBTiles file"},
        };
        for (const auto &[args, message] : refused) {
            run = runHub(args + QStringList{"--tiles", set});
            QVERIFY2(run.exitCode == 2, qPrintable(args.join(QLatin1Char(' ')) + QLatin1Char(' ') + QString::fromUtf8(run.err)));
            QVERIFY2(run.err.contains(message), run.err.constData());
        }
        {
            MbTiles check;
            QVERIFY(check.open(set));
            QCOMPARE(check.tileCount(), first + 34);
        }

        FreshDatabase fresh;
        QString error;
        QVERIFY2(fresh.create(QStringLiteral("sqlite"), &error), qPrintable(error));
        HubProcess hub;
        QVERIFY2(hub.start(fresh.location(), &error, {QStringLiteral("--tiles"), set}), qPrintable(error));
        QNetworkAccessManager nam;
        const QUrl javaplein = hub.url(QStringLiteral("/v1/tiles/14/8416/5384.pbf"));
        const QByteArray original = fileBytes(tiles + QStringLiteral("/14/8416/5384.pbf"));

        // As stored, gzip, to a client that takes it: the original tile once inflated.
        const TileAnswer zipped = get(nam, javaplein, "gzip");
        QCOMPARE(zipped.status, 200);
        QCOMPARE(zipped.encoding, QByteArray("gzip"));
        QCOMPARE(zipped.contentType, QByteArray("application/vnd.mapbox-vector-tile"));
        QVERIFY(zipped.body.size() < original.size() / 2);
        QCOMPARE(VectorTile::inflate(zipped.body).value_or(QByteArray()), original);
        QCOMPARE(zipped.cacheControl, QByteArray("public, max-age=604800"));
        QVERIFY(zipped.etag.startsWith('"'));
        // Inflated for one that does not; the same ETag (the same tile).
        const TileAnswer plain = get(nam, javaplein, "identity");
        QCOMPARE(plain.status, 200);
        QVERIFY(plain.encoding.isEmpty());
        QCOMPARE(plain.body, original);
        QCOMPARE(plain.etag, zipped.etag);
        // Revalidation.
        const TileAnswer again = get(nam, javaplein, "gzip", zipped.etag);
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());
        QCOMPARE(get(nam, hub.url(QStringLiteral("/v1/tiles/14/8417/5384.pbf")), "gzip", zipped.etag).status, 200);

        // A tile on the grid that the set lacks; coordinates off the grid; not a tile.
        QCOMPARE(get(nam, hub.url(QStringLiteral("/v1/tiles/14/8000/5384.pbf")), "gzip").status, 404);
        QCOMPARE(get(nam, hub.url(QStringLiteral("/v1/tiles/15/16833/10769.pbf")), "gzip").status, 404); // beyond the set's zooms
        for (const char *bad : {"/v1/tiles/14/16384/5384.pbf", "/v1/tiles/23/0/0.pbf", "/v1/tiles/-1/0/0.pbf", "/v1/tiles/14/x/5384.pbf",
                                "/v1/tiles/14/8416/5384.pbf?style=dark"}) {
            const TileAnswer a = get(nam, hub.url(QString::fromLatin1(bad)), "gzip");
            QVERIFY2(a.status == 400, bad);
        }
        QCOMPARE(get(nam, hub.url(QStringLiteral("/v1/tiles/14/8416/5384.png")), "gzip").status, 404);
        hub.stop();

        // A hub without tiles says so.
        HubProcess bare;
        QVERIFY2(bare.start(fresh.location(), &error, {QStringLiteral("--tiles"), dir.filePath(QStringLiteral("none.mbtiles"))}) == false,
                 "serve --tiles with a missing file must be refused");
        HubProcess plainHub;
        QVERIFY2(plainHub.start(fresh.location(), &error), qPrintable(error));
        const TileAnswer none = get(nam, plainHub.url(QStringLiteral("/v1/tiles/14/8416/5384.pbf")), "gzip");
        QCOMPARE(none.status, 404);
        QVERIFY2(none.body.contains("serves no map tiles"), none.body.constData());
    }
};

QTEST_GUILESS_MAIN(TestHubTiles)
#include "tst_hubtiles.moc"
