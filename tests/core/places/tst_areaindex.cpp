// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/areaindex.h"

#include <QStandardPaths>
#include <QTest>

using namespace Buurtplein;

namespace {
const QString national = QStringLiteral(BUURTPLEIN_SHARED_DATA "/places/cbs_labelpoints_gemeente2015_wijk2014_buurt2014.csv");
const QString amsterdam = QStringLiteral(BUURTPLEIN_ASSETS "/demo/cbs_areas_amsterdam.csv");
} // namespace

class TestAreaIndex : public QObject
{
    Q_OBJECT

private:
    AreaIndex m_national;
    AreaIndex m_amsterdam;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_national.load(national, &error), qPrintable(error));
        QVERIFY2(m_amsterdam.load(amsterdam, &error), qPrintable(error));
    }

    // Expected buurten checked by hand against the label points (distance to the nearest
    // and second-nearest label point in the comment).
    void locate_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<QString>("buurt");
        QTest::addColumn<QString>("wijk");
        QTest::addColumn<QString>("gemeente");
        QTest::addColumn<bool>("inAmsterdamSubset");
        // OBA Javaplein: Indische Buurt West 250 m, Indische Buurt Oost 847 m.
        QTest::newRow("OBA Javaplein") << 52.364156 << 4.938757 << "BU03630531" << "WK036305" << "GM0363" << true;
        // Kinderboerderij Sloterpark: Slotermeer-Zuidwest 254 m, Geuzenveld 1221 m.
        QTest::newRow("Kinderboerderij Sloterpark") << 52.371699 << 4.815131 << "BU03630377" << "WK036303" << "GM0363" << true;
        // Weesp centre (its own gemeente in the 2015 division): Centrum 19 m.
        QTest::newRow("Weesp") << 52.3075 << 5.0420 << "BU04570000" << "WK045700" << "GM0457" << true;
        // Utrecht, Domplein: 127 m; far outside the Amsterdam subset.
        QTest::newRow("Utrecht Dom") << 52.0908 << 5.1222 << "BU03440611" << "WK034406" << "GM0344" << false;
    }

    void locate()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(QString, buurt);
        QFETCH(QString, wijk);
        QFETCH(QString, gemeente);
        QFETCH(bool, inAmsterdamSubset);
        const auto codes = m_national.locate(lat, lon);
        QVERIFY(codes);
        QCOMPARE(codes->buurt, buurt);
        QCOMPARE(codes->wijk, wijk);
        QCOMPARE(codes->gemeente, gemeente);
        QVERIFY(!m_national.name(codes->wijk).isEmpty());

        const auto fromSubset = m_amsterdam.locate(lat, lon);
        QCOMPARE(bool(fromSubset), inAmsterdamSubset);
        if (fromSubset)
            QCOMPARE(fromSubset->buurt, buurt);
    }

    void gemeenteLimitsTheSearch()
    {
        // A point in Weesp, restricted to Amsterdam, gets the nearest Amsterdam buurt instead.
        const auto codes = m_national.locate(52.3075, 5.0420, QStringLiteral("GM0363"));
        QVERIFY(codes);
        QCOMPARE(codes->gemeente, QStringLiteral("GM0363"));
        QVERIFY(codes->buurt.startsWith(QLatin1String("BU0363")));
        QVERIFY(!m_national.locate(52.3075, 5.0420, QStringLiteral("GM0344")));
    }

    void names()
    {
        QCOMPARE(m_amsterdam.name(QStringLiteral("BU03630531")), QStringLiteral("Indische Buurt West"));
        QCOMPARE(m_amsterdam.name(QStringLiteral("WK036305")), QStringLiteral("Stadsdeel Oost"));
        QCOMPARE(m_amsterdam.name(QStringLiteral("GM0363")), QStringLiteral("Amsterdam"));
        QCOMPARE(m_national.name(QStringLiteral("WK008054")), QStringLiteral("Techum & \"De Zuidlanden\""));
        QVERIFY(m_amsterdam.name(QStringLiteral("BU99999999")).isEmpty());
    }

    void pickYourNeighbourhoodList()
    {
        const QList<AreaIndex::Area> buurten = m_amsterdam.areas(AreaIndex::Level::Buurt, QStringLiteral("GM0363"));
        QCOMPARE(buurten.size(), 97); // the 2014 division: Amsterdam 97 buurten, Weesp 8 more
        QCOMPARE(m_amsterdam.areas(AreaIndex::Level::Buurt).size(), 105);
        for (qsizetype i = 1; i < buurten.size(); ++i)
            QVERIFY(buurten.at(i - 1).name.localeAwareCompare(buurten.at(i).name) <= 0);
        QCOMPARE(m_national.areas(AreaIndex::Level::Gemeente).size(), 393);
        QCOMPARE(m_national.areas(AreaIndex::Level::Buurt).size(), 12005);
    }

    void alphanumericBuurtCodes()
    {
        AreaIndex index;
        QVERIFY(index.load(QStringLiteral(BUURTPLEIN_TEST_DATA "/places/areas_alphanumeric.csv")));
        const auto codes = index.locate(52.364156, 4.938757);
        QVERIFY(codes);
        QCOMPARE(codes->buurt, QStringLiteral("BU0363AD03"));
        QCOMPARE(codes->wijk, QStringLiteral("WK0363AD"));
        QCOMPARE(index.name(codes->wijk), QStringLiteral("Indische Buurt"));
        QCOMPARE(index.name(QStringLiteral("BU0363AD04")), QStringLiteral("Indische Buurt Oost, Flevopark"));
    }

    void codeStructure_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("wijk");
        QTest::addColumn<QString>("gemeente");
        QTest::newRow("numeric") << "BU03630531" << "WK036305" << "GM0363";
        QTest::newRow("alphanumeric") << "BU0363AD03" << "WK0363AD" << "GM0363";
        QTest::newRow("not a buurt") << "WK036305" << "" << "GM0363";
    }

    void codeStructure()
    {
        QFETCH(QString, code);
        QFETCH(QString, wijk);
        QFETCH(QString, gemeente);
        QCOMPARE(AreaIndex::wijkCodeOf(code), wijk);
        QCOMPARE(AreaIndex::gemeenteCodeOf(code), gemeente);
    }

    void unusableFilesAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("missing") << QStringLiteral(BUURTPLEIN_TEST_DATA "/places/nope.csv");
        QTest::newRow("wrong columns") << QStringLiteral(BUURTPLEIN_TEST_DATA "/places/areas_wrong_columns.csv");
        QTest::newRow("a geojson") << QStringLiteral(BUURTPLEIN_TEST_DATA "/places/defects.geojson");
    }

    void unusableFilesAreRefused()
    {
        QFETCH(QString, path);
        AreaIndex index = m_amsterdam;
        QString error;
        QVERIFY(!index.load(path, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!index.isEmpty()); // a refused file leaves the loaded areas alone
    }
};

QTEST_GUILESS_MAIN(TestAreaIndex)
#include "tst_areaindex.moc"
