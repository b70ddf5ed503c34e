// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/mapprojection.h"
#include "common/webmercator.h"

#include <QTest>

using namespace Buurtplein;

class TestMapProjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labelSide_data()
    {
        QTest::addColumn<double>("dotX");
        QTest::addColumn<double>("labelWidth");
        QTest::addColumn<bool>("left");
        QTest::addColumn<double>("room");
        // A 400 px wide map with a 4 px margin: the right side has 400 - 4 - dotX - 14 px.
        QTest::newRow("fits on the right") << 100.0 << 150.0 << false << 282.0;
        QTest::newRow("just fits on the right") << 232.0 << 150.0 << false << 150.0;
        QTest::newRow("near the right edge") << 330.0 << 150.0 << true << 312.0;
        QTest::newRow("at the left edge, long name") << 20.0 << 500.0 << false << 362.0;
        QTest::newRow("in the middle, too long for both") << 200.0 << 500.0 << false << 182.0;
        QTest::newRow("right of the middle, too long for both") << 210.0 << 500.0 << true << 192.0;
    }

    void labelSide()
    {
        QFETCH(double, dotX);
        QFETCH(double, labelWidth);
        QFETCH(bool, left);
        QFETCH(double, room);
        QCOMPARE(MapLabels::onLeft(dotX, labelWidth, 400, 4), left);
        QCOMPARE(MapLabels::room(dotX, left, 400, 4), room);
        // A label that gets less room than it needs is elided, never drawn past the edge.
        const double drawn = std::min(labelWidth, room);
        if (left)
            QVERIFY(dotX - MapLabels::gap - drawn >= 4);
        else
            QVERIFY(dotX + MapLabels::gap + drawn <= 396);
    }

    void ringLabel_data()
    {
        QTest::addColumn<QPointF>("centre");
        QTest::addColumn<double>("radius");
        QTest::addColumn<bool>("shown");
        QTest::addColumn<QPointF>("spot");
        // A 400 x 680 map, a 40 x 18 label, 4 px margin.
        QTest::newRow("whole ring in view: top") << QPointF(200, 340) << 100.0 << true << QPointF(200, 240);
        QTest::newRow("top cut off: bottom") << QPointF(200, 200) << 250.0 << true << QPointF(200, 450);
        QTest::newRow("top and bottom cut off: left") << QPointF(380, 340) << 340.0 << true << QPointF(40, 340);
        QTest::newRow("only the right side in view") << QPointF(20, 340) << 340.0 << true << QPointF(360, 340);
        QTest::newRow("ring around the whole view") << QPointF(200, 340) << 900.0 << false << QPointF();
    }

    void ringLabel()
    {
        QFETCH(QPointF, centre);
        QFETCH(double, radius);
        QFETCH(bool, shown);
        QFETCH(QPointF, spot);
        const std::optional<QPointF> at = MapLabels::ringLabel(centre, radius, QSizeF(400, 680), QSizeF(40, 18), 4);
        QCOMPARE(at.has_value(), shown);
        if (!shown)
            return;
        // The label box stays whole on screen.
        QVERIFY(at->y() - 9 >= 4 && at->y() + 9 <= 676);
        QVERIFY(at->x() - 20 >= 4 && at->x() + 20 <= 396);
        QCOMPARE(*at, spot);
    }

    void fitZoomShowsTheBox_data()
    {
        QTest::addColumn<double>("north");
        QTest::addColumn<double>("west");
        QTest::addColumn<double>("south");
        QTest::addColumn<double>("east");
        QTest::newRow("Indische Buurt") << 52.3655 << 4.9330 << 52.3600 << 4.9466;
        QTest::newRow("tall and narrow") << 52.40 << 4.90 << 52.30 << 4.91;
        QTest::newRow("Amsterdam") << 52.43 << 4.75 << 52.28 << 5.05;
    }

    void fitZoomShowsTheBox()
    {
        QFETCH(double, north);
        QFETCH(double, west);
        QFETCH(double, south);
        QFETCH(double, east);
        const QVariantMap box{{QStringLiteral("north"), north}, {QStringLiteral("west"), west},
                              {QStringLiteral("south"), south}, {QStringLiteral("east"), east}};
        const double zoom = MapProjection::fitZoom(box, 400, 680, 56, 19);
        const QPointF nw = WebMercator::toUnit(north, west);
        const QPointF se = WebMercator::toUnit(south, east);
        const QPointF centre = (nw + se) / 2;
        // At that zoom the box fills the view less the padding on one axis and fits on the other.
        const QVariantMap view = MapProjection::visibleBox(centre.x(), centre.y(), zoom, 400 - 2 * 56, 680 - 2 * 56);
        const double tolerance = 1e-9;
        QVERIFY(view.value(QStringLiteral("north")).toDouble() >= north - tolerance);
        QVERIFY(view.value(QStringLiteral("south")).toDouble() <= south + tolerance);
        QVERIFY(view.value(QStringLiteral("west")).toDouble() <= west + tolerance);
        QVERIFY(view.value(QStringLiteral("east")).toDouble() >= east - tolerance);
        const bool fillsHeight = qAbs(view.value(QStringLiteral("north")).toDouble() - north) < 1e-6;
        const bool fillsWidth = qAbs(view.value(QStringLiteral("west")).toDouble() - west) < 1e-6;
        QVERIFY(fillsHeight || fillsWidth);
        // One more zoom step would cut the box.
        const QVariantMap closer = MapProjection::visibleBox(centre.x(), centre.y(), zoom + 0.1, 400 - 2 * 56, 680 - 2 * 56);
        QVERIFY(closer.value(QStringLiteral("north")).toDouble() < north || closer.value(QStringLiteral("west")).toDouble() > west);
    }

    void fitZoomOfAPointIsTheMaximum()
    {
        const QVariantMap point{{QStringLiteral("north"), 52.36}, {QStringLiteral("west"), 4.93},
                                {QStringLiteral("south"), 52.36}, {QStringLiteral("east"), 4.93}};
        QCOMPARE(MapProjection::fitZoom(point, 400, 680, 56, 17), 17.0);
    }
};

QTEST_GUILESS_MAIN(TestMapProjection)
#include "tst_mapprojection.moc"
