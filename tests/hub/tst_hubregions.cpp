// SPDX-License-Identifier: GPL-3.0-or-later
// Region packages (issue 20, docs/map.md): import-tiles and import-areas build one
// MBTiles package per gemeente (its tiles and its outlines) from the real Amsterdam tiles
// and buurten, on both dialects; a real hub lists and serves them whole or from a byte on
// (Range, If-Range), so a download resumes; a rebuilt package gets a new ETag and a
// resume across it starts over; a damaged or foreign file fails the device's check.
#include "hubtest.h"
#include "map/mbtiles.h"
#include "map/regionpackage.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

using namespace Buurtplein;
using namespace Buurtplein::HubTest;

namespace {
const QString tileFolder = QStringLiteral(BUURTPLEIN_SHARED_DATA "/map/osm-vector-tiles/tiles");
const QString buurtOutlines = QStringLiteral(BUURTPLEIN_SHARED_DATA "/map/areas/buurten.geojson");
const QString wijkOutlines = QStringLiteral(BUURTPLEIN_SHARED_DATA "/map/areas/wijken_derived.geojson");

struct Reply {
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
};

Reply get(QNetworkAccessManager &nam, const QUrl &url, const QList<std::pair<QByteArray, QByteArray>> &headers = {})
{
    QNetworkRequest request(url);
    request.setTransferTimeout(60000);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Reply out{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), {}};
    for (const auto &[name, value] : reply->rawHeaderPairs())
        out.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return out;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestHubRegions : public QObject
{
    Q_OBJECT

private slots:
    void dialect_data()
    {
        QTest::addColumn<QString>("dialect");
        for (const QString &d : dialects())
            QTest::newRow(qPrintable(d)) << d;
    }

    void packagesFollowTilesAndOutlines_data() { dialect_data(); }
    void packagesFollowTilesAndOutlines()
    {
        QFETCH(QString, dialect);
        FreshDatabase fresh;
        QString error;
        QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
        QTemporaryDir dir;
        const QString set = dir.filePath(QStringLiteral("tiles.mbtiles"));
        const QString folder = set + QStringLiteral(".regions");

        // Tiles first: no outlines yet, so no package.
        CliRun run = runHub({"import-tiles", tileFolder, "--min-zoom", "12", "--max-zoom", "14", "--tiles", set, "--db", fresh.location()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("regions")).toInt(), 0);
        // The buurten: Amsterdam's package, with every buurt and the tiles that cover them.
        run = runHub({"import-areas", buurtOutlines, "--code", "cbsCode", "--name", "naam", "--division", "2022", "--tiles", set, "--db", fresh.location()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("regions")).toInt(), 1);
        const QString package = folder + QStringLiteral("/GM0363.mbtiles");
        auto info = RegionPackage::check(package, &error);
        QVERIFY2(info, qPrintable(error));
        QCOMPARE(info->code, QStringLiteral("GM0363"));
        QCOMPARE(info->areas, 518);
        QCOMPARE(info->minZoom, 12);
        QCOMPARE(info->maxZoom, 14);
        // Every tile of the set that overlaps the buurten's bounds, and no other.
        MbTiles whole;
        QVERIFY(whole.open(set));
        int expected = 0;
        for (const TileId &id : whole.tileIds())
            expected += MbTiles::covers(id, 0, 22, info->bounds) ? 1 : 0;
        QCOMPARE(info->tiles, expected);
        QVERIFY(info->tiles > 100 && info->tiles < whole.tileCount() + 1);
        // The bounds hold the Indische Buurt and Nieuw-West, and not Utrecht.
        QVERIFY(info->bounds.west < 4.80 && info->bounds.east > 4.98 && info->bounds.south > 52.2 && info->bounds.north < 52.45);
        const auto outlines = RegionPackage::areas(package, &error);
        const auto timor = std::find_if(outlines.cbegin(), outlines.cend(), [](const RegionPackage::Area &a) { return a.code == QLatin1String("BU0363MF01"); });
        QVERIFY(timor != outlines.cend());
        QCOMPARE(timor->name, QStringLiteral("Timorpleinbuurt-Noord"));
        QCOMPARE(timor->level, QStringLiteral("buurt"));
        QCOMPARE(timor->division, 2022);

        // Served: the list, and the package whole with its ETag.
        HubProcess hub;
        QVERIFY2(hub.start(fresh.location(), &error, {QStringLiteral("--tiles"), set}), qPrintable(error));
        QNetworkAccessManager nam;
        const Reply list = get(nam, hub.url(QStringLiteral("/v1/tiles/regions")));
        QCOMPARE(list.status, 200);
        const QJsonArray regions = QJsonDocument::fromJson(list.body).object().value(QStringLiteral("regions")).toArray();
        QCOMPARE(regions.size(), 1);
        QCOMPARE(regions[0][QStringLiteral("code")].toString(), QStringLiteral("GM0363"));
        QCOMPARE(regions[0][QStringLiteral("bytes")].toDouble(), double(QFileInfo(package).size()));
        QCOMPARE(get(nam, hub.url(QStringLiteral("/v1/tiles/regions")), {{"If-None-Match", list.headers.value("etag")}}).status, 304);

        const QUrl url = hub.url(QStringLiteral("/v1/tiles/regions/GM0363.mbtiles"));
        const QByteArray original = fileBytes(package);
        const Reply full = get(nam, url);
        QCOMPARE(full.status, 200);
        QCOMPARE(full.body, original);
        QCOMPARE(full.headers.value("accept-ranges"), QByteArray("bytes"));
        const QByteArray etag = full.headers.value("etag");
        QCOMPARE(etag, '"' + QCryptographicHash::hash(original, QCryptographicHash::Sha1).toHex() + '"');
        QCOMPARE(regions[0][QStringLiteral("sha1")].toString().toLatin1(), etag.mid(1, 40));
        QCOMPARE(get(nam, url, {{"If-None-Match", etag}}).status, 304);

        // Resumed from a byte on, as a device does after a broken connection.
        const qint64 size = original.size();
        Reply part = get(nam, url, {{"Range", "bytes=1000000-"}, {"If-Range", etag}});
        QCOMPARE(part.status, 206);
        QCOMPARE(part.body, original.mid(1000000));
        QCOMPARE(part.headers.value("content-range"), "bytes 1000000-" + QByteArray::number(size - 1) + '/' + QByteArray::number(size));
        part = get(nam, url, {{"Range", "bytes=10-19"}});
        QCOMPARE(part.status, 206);
        QCOMPARE(part.body, original.mid(10, 10));
        part = get(nam, url, {{"Range", "bytes=-100"}});
        QCOMPARE(part.body, original.right(100));
        // Beyond the end: 416 with the size; a range of another version: the whole file.
        part = get(nam, url, {{"Range", "bytes=" + QByteArray::number(size) + '-'}});
        QCOMPARE(part.status, 416);
        QCOMPARE(part.headers.value("content-range"), "bytes */" + QByteArray::number(size));
        part = get(nam, url, {{"Range", "bytes=1000000-"}, {"If-Range", "\"0123456789\""}});
        QCOMPARE(part.status, 200);
        QCOMPARE(part.body.size(), size);

        // Unknown gemeente, not a package name, a query.
        Reply bad = get(nam, hub.url(QStringLiteral("/v1/tiles/regions/GM0344.mbtiles")));
        QCOMPARE(bad.status, 404);
        QVERIFY2(bad.body.contains("no map package of GM0344"), bad.body.constData());
        for (const char *path : {"/v1/tiles/regions/amsterdam.mbtiles", "/v1/tiles/regions/GM0363.zip", "/v1/tiles/regions/GM0363.mbtiles?z=3",
                                 "/v1/tiles/regions?all=1"})
            QVERIFY2(get(nam, hub.url(QString::fromLatin1(path))).status == 400, path);

        // The wijken join the package: a new file, a new ETag, and a resume across it starts over.
        run = runHub({"import-areas", wijkOutlines, "--code", "cbsCode", "--name", "naam", "--division", "2022", "--tiles", set, "--db", fresh.location()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        info = RegionPackage::check(package, &error);
        QVERIFY2(info, qPrintable(error));
        QCOMPARE(info->areas, 518 + 110);
        const Reply after = get(nam, url, {{"Range", "bytes=1000000-"}, {"If-Range", etag}});
        QCOMPARE(after.status, 200);
        QVERIFY(after.headers.value("etag") != etag);
        QCOMPARE(after.body, fileBytes(package));
        hub.stop();

        // tile-regions rebuilds the same, and refuses without a tile set.
        run = runHub({"tile-regions", "--tiles", set, "--db", fresh.location()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("regions")).toArray().size(), 1);
        run = runHub({"tile-regions", "--tiles", dir.filePath(QStringLiteral("none.mbtiles")), "--db", fresh.location()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("There is no tile set"), run.err.constData());
    }

    // What a device checks before it uses a download: a cut-off file, a tile set that is
    // no package, and bytes that are no database are each refused with a sentence.
    void damagedPackagesAreRefused()
    {
        QTemporaryDir dir;
        const QString set = dir.filePath(QStringLiteral("tiles.mbtiles"));
        CliRun run = runHub({"import-tiles", tileFolder, "--min-zoom", "13", "--max-zoom", "14", "--bbox", "4.915,52.352,4.975,52.375", "--tiles", set});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        MbTiles tiles;
        QVERIFY(tiles.open(set));
        const RegionPackage::Area square{QStringLiteral("BU0363MF01"), QStringLiteral("Timorpleinbuurt-Noord"), QStringLiteral("buurt"), 2022,
                                         R"({"type":"Polygon","coordinates":[[[4.93,52.36],[4.94,52.36],[4.94,52.37],[4.93,52.37],[4.93,52.36]]]})"};
        const QString package = dir.filePath(QStringLiteral("GM0363.mbtiles"));
        QString error;
        const auto built = RegionPackage::build(tiles, QStringLiteral("GM0363"), QStringLiteral("Amsterdam"), {square}, package, &error);
        QVERIFY2(built, qPrintable(error));
        QCOMPARE(built->areas, 1);
        QVERIFY(built->tiles >= 2);

        const QByteArray bytes = fileBytes(package);
        auto writeCopy = [&](const QString &name, const QByteArray &content) {
            QFile out(dir.filePath(name));
            out.open(QIODevice::WriteOnly);
            out.write(content);
            return out.fileName();
        };
        const QList<std::pair<QString, QString>> refused = {
            {writeCopy(QStringLiteral("cut.mbtiles"), bytes.left(bytes.size() / 2)), QStringLiteral("not an intact SQLite file")},
            {set, QStringLiteral("names no gemeente")},
            {writeCopy(QStringLiteral("text.mbtiles"), QByteArray(4096, 'x')), QStringLiteral("cannot be used")},
        };
        for (const auto &[path, why] : refused) {
            error.clear();
            QVERIFY2(!RegionPackage::check(path, &error), qPrintable(path));
            QVERIFY2(error.contains(why), qPrintable(error));
        }
        // An outline outside the package's gemeente is refused when building it is checked.
        const RegionPackage::Area elsewhere{QStringLiteral("BU03440101"), QStringLiteral("Utrecht"), QStringLiteral("buurt"), 2022, square.geometry};
        QVERIFY(!RegionPackage::build(tiles, QStringLiteral("GM0363"), QStringLiteral("Amsterdam"), {square, elsewhere},
                                      dir.filePath(QStringLiteral("mixed.mbtiles")), &error));
        QVERIFY2(error.contains("lies outside GM0363"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestHubRegions)
#include "tst_hubregions.moc"
