// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/webmercator.h"

#include <QTest>

using namespace Buurtplein;

class TestWebMercator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toUnit_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        QTest::newRow("null island") << 0.0 << 0.0 << 0.5 << 0.5;
        QTest::newRow("date line west") << 0.0 << -180.0 << 0.0 << 0.5;
        QTest::newRow("top edge") << 85.05112878 << 0.0 << 0.5 << 0.0;
        QTest::newRow("bottom edge") << -85.05112878 << 180.0 << 1.0 << 1.0;
        // Javaplein, Amsterdam: tile 16/33667/21539 on OpenStreetMap holds it.
        QTest::newRow("javaplein") << 52.364156 << 4.938757 << (33667 + 0.5) / 65536.0 << (21539 + 0.5) / 65536.0;
    }

    void toUnit()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(double, x);
        QFETCH(double, y);
        const QPointF unit = WebMercator::toUnit(lat, lon);
        // Within half a zoom-16 tile for the city row, exact for the others.
        QVERIFY2(qAbs(unit.x() - x) <= 0.5 / 65536.0, qPrintable(QString::number(unit.x(), 'g', 12)));
        QVERIFY2(qAbs(unit.y() - y) <= 0.5 / 65536.0, qPrintable(QString::number(unit.y(), 'g', 12)));
    }

    void clampsThePoles()
    {
        QCOMPARE(WebMercator::toUnit(90, 0).y(), WebMercator::toUnit(85.05112878, 0).y());
        QCOMPARE(WebMercator::toUnit(-90, 0).y(), WebMercator::toUnit(-85.05112878, 0).y());
    }

    void roundTrip()
    {
        const QPointF unit = WebMercator::toUnit(52.364156, 4.938757);
        const QPointF back = WebMercator::fromUnit(unit);
        QVERIFY(qAbs(back.x() - 4.938757) < 1e-9);
        QVERIFY(qAbs(back.y() - 52.364156) < 1e-9);
    }

    void metresPerPixel()
    {
        // At the equator, zoom 0: the whole circumference over 256 pixels.
        QVERIFY(qAbs(WebMercator::metresPerPixel(0, 0) - 156543.03) < 0.1);
        // Each zoom level halves it; at 60° latitude it is half the equator's.
        QVERIFY(qAbs(WebMercator::metresPerPixel(0, 1) - 156543.03 / 2) < 0.1);
        QVERIFY(qAbs(WebMercator::metresPerPixel(60, 0) - 156543.03 / 2) < 0.1);
    }

    void scaleBar_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::addColumn<double>("metres");
        // Amsterdam at zoom 16: 1.46 m a pixel, 120 px is 175 m -> 100 m.
        QTest::newRow("street") << 16.0 << 100.0;
        // Zoom 13: 11.7 m a pixel, 120 px is 1400 m -> 1 km.
        QTest::newRow("district") << 13.0 << 1000.0;
        // Zoom 15: 2.92 m a pixel, 120 px is 350 m -> 200 m.
        QTest::newRow("neighbourhood") << 15.0 << 200.0;
        // Zoom 14: 5.84 m a pixel, 120 px is 700 m -> 500 m.
        QTest::newRow("wijk") << 14.0 << 500.0;
    }

    void scaleBar()
    {
        QFETCH(double, zoom);
        QFETCH(double, metres);
        const WebMercator::ScaleBar bar = WebMercator::scaleBar(52.36, zoom, 120);
        QCOMPARE(bar.metres, metres);
        QVERIFY(bar.pixels <= 120);
        QVERIFY(bar.pixels > 40);
        QVERIFY(qAbs(bar.pixels * WebMercator::metresPerPixel(52.36, zoom) - metres) < 1e-6);
    }
};

QTEST_GUILESS_MAIN(TestWebMercator)
#include "tst_webmercator.moc"
