// SPDX-License-Identifier: GPL-3.0-or-later
#include "democatalogue.h"
#include "catalogue/cataloguestore.h"
#include "storage/database.h"
#include "places/demoloader.h"
#include "search/geodistance.h"
#include "resident/placesmodel.h"
#include "search/searchindex.h"
#include "common/webmercator.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Buurtplein;

Q_DECLARE_METATYPE(Buurtplein::GeoBox)

namespace {

QStringList uidsOf(const PlacesModel &model)
{
    QStringList uids;
    for (int row = 0; row < model.rowCount(); ++row)
        uids.append(model.index(row).data(PlacesModel::UidRole).toString());
    return uids;
}

GeoBox box(double north, double west, double south, double east)
{
    return GeoBox{south, north, west, east};
}

// Asks, then waits for the model's answer: true when the rows came.
bool loads(PlacesModel &model, const std::function<void()> &ask)
{
    QSignalSpy loaded(&model, &PlacesModel::loaded);
    ask();
    return loaded.wait(10000);
}

// showArea() for the visible box; true when it asked and the rows came.
bool showsArea(PlacesModel &model, double north, double west, double south, double east)
{
    QSignalSpy loaded(&model, &PlacesModel::loaded);
    return model.showArea(north, west, south, east) && loaded.wait(10000);
}

// frameAround()'s answer; empty when none came.
QVariantMap frameOf(PlacesModel &model, double lat, double lon, int count)
{
    QSignalSpy framed(&model, &PlacesModel::framed);
    const int ticket = model.frameAround(lat, lon, count);
    if (!framed.wait(10000) || framed.constFirst().at(0).toInt() != ticket)
        return {};
    return framed.constFirst().at(1).toMap();
}

} // namespace

class TestPlacesModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;      // a file, so that the model reads it on its own thread
    const QDateTime m_now{QDate(2026, 11, 23), QTime(8, 0), Qt::UTC};

    // Every place of the catalogue inside the box, read without the R*Tree the model uses.
    QStringList placesInside(const GeoBox &area)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT uid, lat, lon FROM place WHERE lat IS NOT NULL"));
        QStringList uids;
        if (!q.exec())
            return uids;
        while (q.next()) {
            const double lat = q.value(1).toDouble();
            const double lon = q.value(2).toDouble();
            if (lat >= area.minLat && lat <= area.maxLat && lon >= area.minLon && lon <= area.maxLon)
                uids.append(q.value(0).toString());
        }
        return uids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY(m_dir.isValid());
        QVERIFY2(TestSupport::openDemoCatalogue(m_db, m_now, &error, m_dir.filePath(QStringLiteral("catalogue.sqlite"))),
                 qPrintable(error));
    }

    void placesAroundAPoint()
    {
        PlacesModel model(m_db.connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(m_now);
        QVERIFY(loads(model, [&] { model.loadAround(52.364156, 4.938757, 4000); }));
        QVERIFY(model.rowCount() >= 10);
        double previous = -1;
        bool someCategory = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            const double lat = index.data(PlacesModel::LatRole).toDouble();
            const double lon = index.data(PlacesModel::LonRole).toDouble();
            const double metres = GeoDistance::metres(52.364156, 4.938757, lat, lon);
            QVERIFY(metres <= 4000);
            QVERIFY(metres >= previous); // nearest first
            previous = metres;
            const QPointF unit = WebMercator::toUnit(lat, lon);
            QCOMPARE(index.data(PlacesModel::UnitXRole).toDouble(), unit.x());
            QCOMPARE(index.data(PlacesModel::UnitYRole).toDouble(), unit.y());
            QVERIFY(index.data(PlacesModel::ColorRole).toString().startsWith(QLatin1Char('#')));
            if (!index.data(PlacesModel::CategoryRole).toString().isEmpty()) {
                someCategory = true;
                QVERIFY(index.data(PlacesModel::SessionCountRole).toInt() > 0);
            }
        }
        QVERIFY(someCategory);
        QCOMPARE(model.index(0).data(PlacesModel::UidRole).toString(), QStringLiteral("mvzn:MV2946-1"));
    }

    void smallRadiusFewerPlaces()
    {
        PlacesModel model(m_db.connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(m_now);
        QVERIFY(loads(model, [&] { model.loadAround(52.364156, 4.938757, 4000); }));
        const int wide = model.rowCount();
        QVERIFY(loads(model, [&] { model.loadAround(52.364156, 4.938757, 300); }));
        QVERIFY(model.rowCount() >= 1);
        QVERIFY(model.rowCount() < wide);
        // Far from every demo place: none.
        QVERIFY(loads(model, [&] { model.loadAround(53.2, 6.56, 2000); }));
        QCOMPARE(model.rowCount(), 0);
    }

    void loadBox_data()
    {
        QTest::addColumn<double>("north");
        QTest::addColumn<double>("west");
        QTest::addColumn<double>("south");
        QTest::addColumn<double>("east");
        QTest::addColumn<QStringList>("inside");
        QTest::addColumn<QStringList>("outside");
        QTest::newRow("east of the Javaplein")
            << 52.3660 << 4.9400 << 52.3590 << 4.9480
            << QStringList{QStringLiteral("mvzn:MV1632-1"), QStringLiteral("mvzn:MV1123-1"), QStringLiteral("mvzn:MV1187-1")}
            << QStringList{QStringLiteral("mvzn:MV1233-1"), QStringLiteral("mvzn:MV2946-1"), QStringLiteral("demo:flevopark")};
        QTest::newRow("west of the Javaplein")
            << 52.3660 << 4.9300 << 52.3590 << 4.9380
            << QStringList{QStringLiteral("mvzn:MV1233-1"), QStringLiteral("mvzn:MV1886-1"), QStringLiteral("mvzn:MV1658-1")}
            << QStringList{QStringLiteral("mvzn:MV1632-1"), QStringLiteral("mvzn:MV2946-1"), QStringLiteral("demo:flevopark")};
        QTest::newRow("the whole neighbourhood")
            << 52.3700 << 4.9200 << 52.3550 << 4.9600
            << QStringList{QStringLiteral("mvzn:MV1233-1"), QStringLiteral("mvzn:MV1632-1"), QStringLiteral("demo:flevopark")}
            << QStringList{};
        QTest::newRow("Groningen") << 53.23 << 6.54 << 53.20 << 6.59 << QStringList{}
                                   << QStringList{QStringLiteral("mvzn:MV1233-1")};
    }

    void loadBox()
    {
        QFETCH(double, north);
        QFETCH(double, west);
        QFETCH(double, south);
        QFETCH(double, east);
        QFETCH(QStringList, inside);
        QFETCH(QStringList, outside);
        PlacesModel model(m_db.connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(m_now);
        QVERIFY(loads(model, [&] { model.loadBox(north, west, south, east); }));
        QVERIFY(!model.isTruncated());
        QStringList uids = uidsOf(model);
        for (const QString &uid : inside)
            QVERIFY2(uids.contains(uid), qPrintable(uid));
        for (const QString &uid : outside)
            QVERIFY2(!uids.contains(uid), qPrintable(uid));
        QStringList expected = placesInside(box(north, west, south, east));
        uids.sort();
        expected.sort();
        QCOMPARE(uids, expected);
        // The most active places come first.
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.index(row - 1).data(PlacesModel::SessionCountRole).toInt()
                    >= model.index(row).data(PlacesModel::SessionCountRole).toInt());
    }

    void zoomingOutShowsMore()
    {
        PlacesModel model(m_db.connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(m_now);
        // Zoomed in on the Meevaart: a few places, all in or near the view.
        QVERIFY(showsArea(model, 52.3636, 4.9330, 52.3626, 4.9350));
        const QStringList near = uidsOf(model);
        QVERIFY(near.contains(QStringLiteral("mvzn:MV1233-1")));
        QVERIFY(!near.contains(QStringLiteral("demo:flevopark")));
        // A small pan within what was loaded needs no new load.
        QVERIFY(!model.showArea(52.3637, 4.9331, 52.3627, 4.9351));
        QCOMPARE(uidsOf(model), near);
        // Zoomed out: the Flevopark comes into view, and what was there stays.
        QVERIFY(showsArea(model, 52.3680, 4.9250, 52.3560, 4.9580));
        const QStringList wide = uidsOf(model);
        QVERIFY(wide.size() > near.size());
        QVERIFY(wide.contains(QStringLiteral("demo:flevopark")));
        for (const QString &uid : near)
            QVERIFY2(wide.contains(uid), qPrintable(uid));
        // Panned away to where there are no places.
        QVERIFY(showsArea(model, 52.3100, 4.7700, 52.3000, 4.7900));
        QCOMPARE(model.rowCount(), 0);
    }

    void crowdedAreaKeepsTheMostActive()
    {
        // The demo plus 450 places without activities spread over the same streets.
        Database db;
        QString error;
        QVERIFY2(TestSupport::openDemoCatalogue(db, m_now, &error), qPrintable(error));
        {
            CatalogueStore store(db);
            Transaction tx(db.connection());
            for (int i = 0; i < 450; ++i) {
                Place place;
                place.uid = QStringLiteral("test:crowd-%1").arg(i);
                place.name = QStringLiteral("Crowd %1").arg(i);
                place.kind = QStringLiteral("buurthuis");
                place.lat = 52.3570 + 0.0005 * (i % 24);
                place.lon = 4.9250 + 0.0013 * (i / 24);
                place.hasCoordinates = true;
                QVERIFY2(store.save(place), qPrintable(store.errorString()));
            }
            QVERIFY(tx.commit());
        }
        QVERIFY2(SearchIndex::rebuild(db.connection(), m_now, 8, &error), qPrintable(error));
        PlacesModel model(db.connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(m_now);
        QVERIFY(loads(model, [&] { model.loadBox(52.3700, 4.9200, 52.3550, 4.9600); }));
        QCOMPARE(model.rowCount(), PlacesModel::MaxPlaces);
        QVERIFY(model.isTruncated());
        // Every place with a session this week is among the ones drawn.
        const QStringList drawn = uidsOf(model);
        for (const QString &uid : {QStringLiteral("mvzn:MV2946-1"), QStringLiteral("mvzn:MV1233-1")})
            QVERIFY2(drawn.contains(uid), qPrintable(uid));
        QVERIFY(model.index(0).data(PlacesModel::SessionCountRole).toInt() > 0);
        // Zoomed in far enough, every place of the smaller view is there again.
        QVERIFY(showsArea(model, 52.3600, 4.9300, 52.3580, 4.9340));
        QVERIFY(!model.isTruncated());
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.rowCount() < PlacesModel::MaxPlaces);
    }

    void needsLoad_data()
    {
        QTest::addColumn<GeoBox>("loaded");
        QTest::addColumn<bool>("truncated");
        QTest::addColumn<GeoBox>("lastVisible");
        QTest::addColumn<GeoBox>("visible");
        QTest::addColumn<bool>("load");
        const GeoBox loaded = box(52.40, 4.80, 52.30, 5.00);
        const GeoBox lastVisible = box(52.38, 4.85, 52.32, 4.95);
        QTest::newRow("nothing loaded yet") << GeoBox{} << false << GeoBox{} << lastVisible << true;
        QTest::newRow("panned within") << loaded << false << lastVisible << box(52.39, 4.86, 52.33, 4.96) << false;
        QTest::newRow("panned out") << loaded << false << lastVisible << box(52.41, 4.86, 52.35, 4.96) << true;
        QTest::newRow("zoomed out") << loaded << false << lastVisible << box(52.45, 4.75, 52.25, 5.05) << true;
        QTest::newRow("zoomed in, all there") << loaded << false << lastVisible << box(52.36, 4.88, 52.34, 4.92) << false;
        QTest::newRow("zoomed in, some left out") << loaded << true << lastVisible << box(52.36, 4.88, 52.34, 4.92) << true;
        QTest::newRow("panned within, some left out") << loaded << true << lastVisible << box(52.39, 4.86, 52.33, 4.96) << false;
    }

    void needsLoad()
    {
        QFETCH(GeoBox, loaded);
        QFETCH(bool, truncated);
        QFETCH(GeoBox, lastVisible);
        QFETCH(GeoBox, visible);
        QFETCH(bool, load);
        QCOMPARE(MapArea::needsLoad(loaded, truncated, lastVisible, visible), load);
    }

    void framesTheNearestActivePlaces()
    {
        PlacesModel model(m_db.connection());
        model.setNow(m_now);
        // The label point of Indische Buurt West, as "near me" has it after choosing the area.
        const double lat = 52.3625;
        const double lon = 4.9325;
        const QVariantMap frame = frameOf(model, lat, lon, 4);
        QCOMPARE(frame.value(QStringLiteral("found")).toInt(), 4);
        const GeoBox framed = box(frame.value(QStringLiteral("north")).toDouble(), frame.value(QStringLiteral("west")).toDouble(),
                                  frame.value(QStringLiteral("south")).toDouble(), frame.value(QStringLiteral("east")).toDouble());
        QVERIFY(MapArea::contains(framed, GeoBox{lat, lat, lon, lon}));
        // The four inside are the nearest with sessions; the far end of the neighbourhood is not.
        QVERIFY(loads(model, [&] { model.loadBox(framed.maxLat, framed.minLon, framed.minLat, framed.maxLon); }));
        int active = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            active += model.index(row).data(PlacesModel::SessionCountRole).toInt() > 0;
        QVERIFY(active >= 4);
        QVERIFY(!uidsOf(model).contains(QStringLiteral("demo:buurtmoestuin-flevopark")));
        // Nothing with activities anywhere near: the box is just the point.
        const QVariantMap empty = frameOf(model, 53.2, 6.56, 4);
        QCOMPARE(empty.value(QStringLiteral("found")).toInt(), 0);
        QCOMPARE(empty.value(QStringLiteral("north")).toDouble(), 53.2);
    }

    void opensAroundTheCatalogue()
    {
        PlacesModel model(m_db.connection());
        model.setNow(m_now);
        QVERIFY(loads(model, [&] { model.loadAroundCatalogue(); }));
        QVERIFY(model.rowCount() >= 10);
        QVERIFY(qAbs(model.centreLat() - 52.36) < 0.05);
        QVERIFY(qAbs(model.centreLon() - 4.94) < 0.05);
        // Without a point, the frame is around the catalogue's middle too.
        const QVariantMap frame = frameOf(model, qQNaN(), qQNaN(), 4);
        QCOMPARE(frame.value(QStringLiteral("found")).toInt(), 4);
        QVERIFY(qAbs(frame.value(QStringLiteral("north")).toDouble() - 52.36) < 0.05);
    }

    // A pan never waits for the database: while another connection holds the catalogue
    // locked, the load returns at once, and the places come when the lock is gone.
    void readsOffTheUiThread()
    {
        PlacesModel model(m_db.connection());
        model.setNow(m_now);
        QSignalSpy loaded(&model, &PlacesModel::loaded);
        Database writer;
        QVERIFY(writer.open(m_dir.filePath(QStringLiteral("catalogue.sqlite"))));
        QSqlQuery lock(writer.connection());
        QVERIFY2(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(lock.lastError().text()));
        model.loadBox(52.3700, 4.9200, 52.3550, 4.9600);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(loaded.count(), 0);
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        QVERIFY(loaded.wait(10000));
        QVERIFY(model.rowCount() >= 10);
    }

    // Of loads asked for one after another, only the newest is shown.
    void onlyTheNewestLoadIsShown()
    {
        PlacesModel model(m_db.connection());
        model.setNow(m_now);
        QSignalSpy loaded(&model, &PlacesModel::loaded);
        QSignalSpy counted(&model, &PlacesModel::countChanged);
        model.loadBox(52.3700, 4.9200, 52.3550, 4.9600);
        model.loadBox(53.23, 6.54, 53.20, 6.59); // Groningen: none of the demo's places
        QVERIFY(loaded.wait(10000));
        QTest::qWait(200);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(counted.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPlacesModel)
#include "tst_placesmodel.moc"
