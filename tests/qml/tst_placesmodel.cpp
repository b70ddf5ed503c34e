// SPDX-License-Identifier: GPL-3.0-or-later
#include "democatalogue.h"
#include "cataloguestore.h"
#include "database.h"
#include "demoloader.h"
#include "geodistance.h"
#include "placesmodel.h"
#include "searchindex.h"
#include "webmercator.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>

using namespace Buurtplein;

class TestPlacesModel : public QObject
{
    Q_OBJECT

private:
    Database m_db;
    const QDateTime m_now{QDate(2026, 11, 23), QTime(8, 0), Qt::UTC};

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(TestSupport::openDemoCatalogue(m_db, m_now, &error), qPrintable(error));
    }

    void placesAroundAPoint()
    {
        PlacesModel model(m_db.connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(m_now);
        model.loadAround(52.364156, 4.938757, 4000);
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
        model.loadAround(52.364156, 4.938757, 4000);
        const int wide = model.rowCount();
        model.loadAround(52.364156, 4.938757, 300);
        QVERIFY(model.rowCount() >= 1);
        QVERIFY(model.rowCount() < wide);
        // Far from every demo place: none.
        model.loadAround(53.2, 6.56, 2000);
        QCOMPARE(model.rowCount(), 0);
    }

    void opensAroundTheCatalogue()
    {
        PlacesModel model(m_db.connection());
        model.setNow(m_now);
        model.loadAroundCatalogue();
        QVERIFY(model.rowCount() >= 10);
        QVERIFY(qAbs(model.centreLat() - 52.36) < 0.05);
        QVERIFY(qAbs(model.centreLon() - 4.94) < 0.05);
    }
};

QTEST_GUILESS_MAIN(TestPlacesModel)
#include "tst_placesmodel.moc"
