// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/externalopener.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

using namespace Buurtplein;

class TestExternalOpener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void geoUrl_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << 52.364156 << 4.938757 << QStringLiteral("OBA Javaplein")
                               << QStringLiteral("geo:52.364156,4.938757?q=52.364156,4.938757(OBA%20Javaplein)");
        QTest::newRow("accents and apostrophe") << 52.362683 << 4.944911 << QStringLiteral("Jav'Art – café")
                                                << QStringLiteral("geo:52.362683,4.944911?q=52.362683,4.944911(Jav%27Art%20%E2%80%93%20caf%C3%A9)");
        QTest::newRow("brackets and ampersand") << 52.3606 << 4.953 << QStringLiteral("Flevopark (ingang) & tuin")
                                                << QStringLiteral("geo:52.360600,4.953000?q=52.360600,4.953000(Flevopark%20ingang%20tuin)");
        QTest::newRow("no label") << 52.3606 << 4.953 << QString()
                                  << QStringLiteral("geo:52.360600,4.953000?q=52.360600,4.953000");
        QTest::newRow("southern and western") << -33.856784 << -151.215297 << QStringLiteral("Opera")
                                              << QStringLiteral("geo:-33.856784,-151.215297?q=-33.856784,-151.215297(Opera)");
    }

    void geoUrl()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(QString, label);
        QFETCH(QString, expected);
        const QUrl url = ExternalOpener::geoUrl(lat, lon, label);
        QVERIFY(url.isValid());
        QCOMPARE(url.scheme(), QStringLiteral("geo"));
        QCOMPARE(url.toString(QUrl::FullyEncoded), expected);
    }

    void decimalPointWhateverTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        QCOMPARE(ExternalOpener::geoUrl(52.5, 4.25, QString()).toString(), QStringLiteral("geo:52.500000,4.250000?q=52.500000,4.250000"));
        QLocale::setDefault(QLocale::c());
    }

    void webRouteUrlNamesOnlyTheDestination()
    {
        const QUrl url = ExternalOpener::webRouteUrl(52.364156, 4.938757);
        QCOMPARE(url.scheme(), QStringLiteral("https"));
        QCOMPARE(url.host(), QStringLiteral("www.openstreetmap.org"));
        QCOMPARE(url.path(), QStringLiteral("/directions"));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("route"), QUrl::FullyDecoded), QStringLiteral(";52.364156,4.938757"));
        QCOMPARE(query.queryItemValue(QStringLiteral("engine")), QStringLiteral("fossgis_osrm_foot"));
    }

    void noUrlCarriesAnyOtherPoint_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::newRow("geo") << ExternalOpener::geoUrl(52.364156, 4.938757, QStringLiteral("OBA Javaplein"));
        QTest::newRow("web") << ExternalOpener::webRouteUrl(52.364156, 4.938757);
    }

    void noUrlCarriesAnyOtherPoint()
    {
        // Every number in the URL is a coordinate of the destination (or the web map's zoom):
        // there is no room for the resident's position.
        QFETCH(QUrl, url);
        const QString text = url.toString(QUrl::FullyDecoded);
        static const QRegularExpression number(QStringLiteral("-?\\d+(\\.\\d+)?"));
        const QStringList allowed = {QStringLiteral("52.364156"), QStringLiteral("4.938757"), QStringLiteral("17")};
        auto it = number.globalMatch(text);
        int coordinates = 0;
        while (it.hasNext()) {
            const QString found = it.next().captured();
            QVERIFY2(allowed.contains(found), qPrintable(found + QStringLiteral(" in ") + text));
            coordinates += found != QLatin1String("17");
        }
        QVERIFY(coordinates >= 2);
    }
};

QTEST_GUILESS_MAIN(TestExternalOpener)
#include "tst_externalopener.moc"
