// SPDX-License-Identifier: GPL-3.0-or-later
// Areas by point in polygon: the 518 Amsterdam buurt outlines of the 2022 division, the
// 110 wijk outlines dissolved from them by another tool, and the 1,462 places of the
// city's file located in both.
#include "places/areaindex.h"
#include "places/polygonindex.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

using namespace Buurtplein;

namespace {
const QString buurten = QStringLiteral(BUURTPLEIN_SHARED_DATA "/map/areas/buurten.geojson");
const QString wijken = QStringLiteral(BUURTPLEIN_SHARED_DATA "/map/areas/wijken_derived.geojson");
const QString labelPoints = QStringLiteral(BUURTPLEIN_SHARED_DATA "/places/cbs_labelpoints_gemeente2015_wijk2014_buurt2014.csv");
const QString places = QStringLiteral(BUURTPLEIN_SHARED_DATA "/places/amsterdam_maatschappelijke_voorzieningen.geojson");
const AreaIndex::BoundaryOptions buurtOptions{QStringLiteral("cbsCode"), QStringLiteral("naam"), 2022};

QByteArray collection(const QString &features)
{
    return QStringLiteral(R"({"type": "FeatureCollection", "features": [%1]})").arg(features).toUtf8();
}

QString feature(const QString &code, const QString &geometry)
{
    return QStringLiteral(R"({"type": "Feature", "properties": {"code": "%1", "name": "Gebied %1"}, "geometry": %2})").arg(code, geometry);
}

// A 10 x 10 square at (0, 50) with a 4 x 4 hole in its middle; counter-clockwise outside.
const QString squareWithHole = QStringLiteral(R"({"type": "Polygon", "coordinates": [
    [[0, 50], [10, 50], [10, 60], [0, 60], [0, 50]],
    [[3, 53], [3, 57], [7, 57], [7, 53], [3, 53]]]})");
// Two islands, the second one clockwise.
const QString islands = QStringLiteral(R"({"type": "MultiPolygon", "coordinates": [
    [[[20, 50], [22, 50], [22, 52], [20, 52], [20, 50]]],
    [[[30, 50], [30, 52], [32, 52], [32, 50], [30, 50]]]]})");
// A C shape whose centroid lies in its mouth.
const QString crescent = QStringLiteral(R"({"type": "Polygon", "coordinates": [
    [[40, 50], [46, 50], [46, 51], [41, 51], [41, 55], [46, 55], [46, 56], [40, 56], [40, 50]]]})");

struct PlacePoint {
    QString id;
    double lat = 0;
    double lon = 0;
};

QList<PlacePoint> cityPlaces()
{
    QFile file(places);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<PlacePoint> out;
    const QJsonArray features = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("features")).toArray();
    for (const QJsonValue &f : features) {
        const QJsonArray xy = f[QStringLiteral("geometry")][QStringLiteral("coordinates")].toArray();
        if (xy.size() == 2)
            out.append({f[QStringLiteral("properties")][QStringLiteral("MVZN_ID")].toString(), xy.at(1).toDouble(), xy.at(0).toDouble()});
    }
    return out;
}

double metres(double lat1, double lon1, double lat2, double lon2)
{
    const double x = (lon2 - lon1) * M_PI / 180 * std::cos((lat1 + lat2) / 2 * M_PI / 180);
    const double y = (lat2 - lat1) * M_PI / 180;
    return std::sqrt(x * x + y * y) * 6371000.0;
}
} // namespace

class TestAreaOutlines : public QObject
{
    Q_OBJECT

private:
    AreaIndex m_city;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_city.loadBoundaries(buurten, buurtOptions, &error), qPrintable(error));
        QVERIFY2(m_city.loadBoundaries(wijken, {QStringLiteral("cbsCode"), QStringLiteral("naam"), 2022}, &error), qPrintable(error));
        QCOMPARE(m_city.boundaryCount(), 518 + 110);
    }

    // Expected buurten read off the outlines by a separate even-odd check in Python.
    void locateByOutline_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<QString>("buurt");
        QTest::addColumn<QString>("name");
        QTest::newRow("OBA Javaplein") << 52.364156 << 4.938757 << "BU0363MF01" << "Timorpleinbuurt-Noord";
        QTest::newRow("De Meevaart") << 52.3626 << 4.9423 << "BU0363MG01" << "Makassarpleinbuurt";
        QTest::newRow("Kinderboerderij Sloterpark") << 52.371699 << 4.815131 << "BU0363FE04" << "Sloterpark";
        QTest::newRow("Weesp, part of Amsterdam since 2022") << 52.3075 << 5.0420 << "BU0363SD03" << "Weesp Centrum";
        QTest::newRow("Dam") << 52.3731 << 4.8930 << "BU0363AD05" << "Nieuwe Kerk e.o.";
    }

    void locateByOutline()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(QString, buurt);
        QFETCH(QString, name);
        const auto codes = m_city.locate(lat, lon);
        QVERIFY(codes);
        QVERIFY(codes->byBoundary);
        QCOMPARE(codes->buurt, buurt);
        QCOMPARE(codes->wijk, AreaIndex::wijkCodeOf(buurt));
        QCOMPARE(codes->gemeente, QStringLiteral("GM0363"));
        QCOMPARE(m_city.name(buurt), name);
        QVERIFY(!m_city.name(codes->wijk).isEmpty()); // the wijk outline's name
        const auto area = m_city.area(buurt);
        QVERIFY(area);
        QCOMPARE(area->division, 2022);
        QVERIFY(area->hasBoundary);
    }

    void outsideEveryOutline()
    {
        // Utrecht: no Amsterdam outline holds it, and an outline-only index guesses nothing.
        QVERIFY(!m_city.locate(52.0908, 5.1222));
        // With the national label points as a fallback it gets its 2014 buurt, said to be a guess.
        AreaIndex both;
        QString error;
        QVERIFY2(both.load(labelPoints, &error), qPrintable(error));
        QVERIFY2(both.loadBoundaries(buurten, buurtOptions, &error), qPrintable(error));
        const auto utrecht = both.locate(52.0908, 5.1222);
        QVERIFY(utrecht);
        QVERIFY(!utrecht->byBoundary);
        QCOMPARE(utrecht->buurt, QStringLiteral("BU03440611"));
        // Inside the city the outline wins over the nearer 2014 label point.
        const auto javaplein = both.locate(52.364156, 4.938757);
        QVERIFY(javaplein && javaplein->byBoundary);
        QCOMPARE(javaplein->buurt, QStringLiteral("BU0363MF01"));
        // Names of both divisions stay known, each with its year.
        QCOMPARE(both.name(QStringLiteral("BU03630531")), QStringLiteral("Indische Buurt West"));
        QCOMPARE(both.area(QStringLiteral("BU03630531"))->division, 0);
        QCOMPARE(both.area(QStringLiteral("BU0363MF01"))->division, 2022);
    }

    // Every place of the city's file: the buurt outline that holds it lies in the wijk
    // outline (dissolved separately with GDAL) that holds it, and the nearest label
    // point is compared with the outline.
    void cityPlacesAgreeWithTheWijkOutlines()
    {
        const QList<PlacePoint> points = cityPlaces();
        QCOMPARE(points.size(), 1462);
        const QList<AreaIndex::Area> buurtAreas = m_city.areas(AreaIndex::Level::Buurt);
        QCOMPARE(buurtAreas.size(), 518);
        int located = 0, outside = 0, labelPointDiffers = 0;
        for (const PlacePoint &p : points) {
            const auto codes = m_city.locate(p.lat, p.lon);
            if (!codes) {
                ++outside;
                continue;
            }
            ++located;
            QVERIFY(codes->byBoundary);
            // The wijk outline, found on its own.
            bool inWijk = false;
            PolygonIndex::Shape wijk;
            QString error;
            const auto shape = PolygonIndex::fromGeoJson(m_city.boundary(codes->wijk), &error);
            QVERIFY2(shape, qPrintable(codes->wijk + QLatin1Char(' ') + error));
            inWijk = PolygonIndex::contains(*shape, p.lon, p.lat);
            QVERIFY2(inWijk, qPrintable(QStringLiteral("%1 lies in %2 but not in %3").arg(p.id, codes->buurt, codes->wijk)));
            // The buurt whose label point is nearest.
            QString nearest;
            double best = 1e12;
            for (const AreaIndex::Area &a : buurtAreas) {
                const double d = metres(p.lat, p.lon, a.lat, a.lon);
                if (d < best) {
                    best = d;
                    nearest = a.code;
                }
            }
            labelPointDiffers += nearest != codes->buurt ? 1 : 0;
        }
        qInfo("%d of %d places lie in a buurt outline, %d outside the city; the nearest label point names another buurt for %d",
              located, int(points.size()), outside, labelPointDiffers);
        QVERIFY2(outside * 100 < points.size(), "the city's own places lie in the city");
        // Label points are a guess: they disagree with the outlines for some places, not most.
        QVERIFY(labelPointDiffers > 0);
        QVERIFY(labelPointDiffers * 2 < located);
    }

    void holesAndIslands_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<QString>("buurt");
        QTest::newRow("in the square") << 51.0 << 1.0 << "BU0001AA01";
        QTest::newRow("in the hole") << 55.0 << 5.0 << "";
        QTest::newRow("first island") << 51.0 << 21.0 << "BU0001AA02";
        QTest::newRow("second island, clockwise") << 51.0 << 31.0 << "BU0001AA02";
        QTest::newRow("between the islands") << 51.0 << 26.0 << "";
        QTest::newRow("in the crescent") << 50.5 << 43.0 << "BU0001AA03";
        QTest::newRow("in the crescent's mouth") << 53.0 << 43.0 << "";
    }

    void holesAndIslands()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(QString, buurt);
        AreaIndex index;
        QString error;
        const QByteArray file = collection(feature(QStringLiteral("BU0001AA01"), squareWithHole) + QLatin1Char(',')
                                           + feature(QStringLiteral("BU0001AA02"), islands) + QLatin1Char(',')
                                           + feature(QStringLiteral("BU0001AA03"), crescent));
        QVERIFY2(index.addBoundaries(file, {QStringLiteral("code"), QStringLiteral("name"), 2024}, QStringLiteral("test"), &error), qPrintable(error));
        const auto codes = index.locate(lat, lon);
        QCOMPARE(codes ? codes->buurt : QString(), buurt);
        // The label point of each shape lies inside it, the crescent's too.
        for (const QString &code : {QStringLiteral("BU0001AA01"), QStringLiteral("BU0001AA02"), QStringLiteral("BU0001AA03")}) {
            const auto area = index.area(code);
            QVERIFY(area);
            const auto at = index.locate(area->lat, area->lon);
            QVERIFY2(at && at->buurt == code, qPrintable(code));
        }
        // Stored and read back (as the hub does), the outline answers the same.
        AreaIndex copy;
        for (const QString &code : {QStringLiteral("BU0001AA01"), QStringLiteral("BU0001AA02"), QStringLiteral("BU0001AA03")})
            QVERIFY2(copy.addBoundary(code, index.name(code), 2024, index.boundary(code), &error), qPrintable(error));
        copy.finishBoundaries();
        const auto again = copy.locate(lat, lon);
        QCOMPARE(again ? again->buurt : QString(), buurt);
    }

    void unusableFilesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("codeProperty");
        QTest::addColumn<QString>("message");
        const QString good = feature(QStringLiteral("BU0001AA01"), squareWithHole);
        QTest::newRow("not JSON") << QByteArray("code,name\n") << "code" << "is not JSON";
        QTest::newRow("not a collection") << QByteArray(R"({"type": "Feature"})") << "code" << "not a GeoJSON FeatureCollection";
        QTest::newRow("no features") << collection({}) << "code" << "has no features";
        QTest::newRow("no such property") << collection(good) << "cbsCode" << "has no text property 'cbsCode' (it has: code, name)";
        QTest::newRow("not a CBS code") << collection(feature(QStringLiteral("MF01"), squareWithHole)) << "code" << "is not a CBS code";
        QTest::newRow("a code twice") << collection(good + QLatin1Char(',') + good) << "code" << "repeats the code BU0001AA01";
        QTest::newRow("a point") << collection(feature(QStringLiteral("BU0001AA02"), QStringLiteral(R"({"type": "Point", "coordinates": [4.9, 52.3]})")))
                                 << "code" << "its geometry is a Point";
        QTest::newRow("Rijksdriehoek metres") << collection(feature(QStringLiteral("BU0001AA02"),
                                                                    QStringLiteral(R"({"type": "Polygon", "coordinates": [[[121000, 487000], [122000, 487000], [122000, 488000], [121000, 487000]]]})")))
                                              << "code" << "is the file in WGS84?";
        QTest::newRow("a ring of three") << collection(feature(QStringLiteral("BU0001AA02"), QStringLiteral(R"({"type": "Polygon", "coordinates": [[[4, 52], [5, 52], [4, 52]]]})")))
                                         << "code" << "fewer than four positions";
    }

    void unusableFilesChangeNothing()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, codeProperty);
        QFETCH(QString, message);
        AreaIndex index;
        QString error;
        QVERIFY(index.addBoundaries(collection(feature(QStringLiteral("BU0002AA01"), squareWithHole)), {QStringLiteral("code"), QStringLiteral("name"), 2024},
                                    QStringLiteral("first"), &error));
        // A good feature before the bad one is not added either.
        QByteArray withGoodFirst = file;
        if (file.contains("\"features\": [{"))
            withGoodFirst.replace("\"features\": [", "\"features\": [" + feature(QStringLiteral("BU0003AA01"), squareWithHole).toUtf8() + ",");
        QVERIFY(!index.addBoundaries(withGoodFirst, {codeProperty, QStringLiteral("name"), 2024}, QStringLiteral("bad.geojson"), &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(index.boundaryCount(), 1);
        QVERIFY(!index.area(QStringLiteral("BU0003AA01")));
        QCOMPARE(index.locate(51.0, 1.0)->buurt, QStringLiteral("BU0002AA01"));
    }
};

QTEST_GUILESS_MAIN(TestAreaOutlines)
#include "tst_areaoutlines.moc"
