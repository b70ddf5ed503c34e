// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/areaindex.h"
#include "devicefixture.h"
#include "device/locationresolver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Buurtplein;

namespace {

// The expected points come straight from the shipped files, not through the code under test.
QJsonArray demoPlaces()
{
    QFile file(DeviceFixture::demoPath);
    file.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("places")).toArray();
}

GeoPoint meanOfPlaces(const QString &field, const QString &prefix)
{
    double lat = 0;
    double lon = 0;
    int n = 0;
    for (const QJsonValue &value : demoPlaces()) {
        const QJsonObject place = value.toObject();
        if (!place.value(field).toString().startsWith(prefix))
            continue;
        lat += place.value(QLatin1String("lat")).toDouble();
        lon += place.value(QLatin1String("lon")).toDouble();
        ++n;
    }
    return n == 0 ? GeoPoint{qQNaN(), qQNaN()} : GeoPoint{lat / n, lon / n};
}

QList<QStringList> csvRows()
{
    QFile file(DeviceFixture::areasPath);
    file.open(QIODevice::ReadOnly | QIODevice::Text);
    QList<QStringList> rows;
    file.readLine(); // header: level,statcode,statnaam,gemeentecode,lon,lat
    while (!file.atEnd())
        rows.append(QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(',')));
    return rows;
}

GeoPoint labelPoint(const QString &code)
{
    for (const QStringList &row : csvRows()) {
        if (row.value(1) == code)
            return GeoPoint{row.value(5).toDouble(), row.value(4).toDouble()};
    }
    return GeoPoint{qQNaN(), qQNaN()};
}

} // namespace

class TestLocationResolver : public QObject
{
    Q_OBJECT

private:
    Database m_db;
    AreaIndex m_areas;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(DeviceFixture::openDemo(m_db, QStringLiteral(":memory:"), &error), qPrintable(error));
        QVERIFY2(m_areas.load(DeviceFixture::areasPath, &error), qPrintable(error));
    }

    void forArea_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("found");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        for (const QString &code : {QStringLiteral("BU03630531"), QStringLiteral("BU03630532"), QStringLiteral("WK036305"),
                                    QStringLiteral("GM0363"), QStringLiteral("BU04570000")}) {
            const GeoPoint p = labelPoint(code);
            QVERIFY(!qIsNaN(p.lat));
            QTest::addRow("%s", qPrintable(code)) << code << true << p.lat << p.lon;
        }
        QTest::newRow("unknown buurt") << QStringLiteral("BU03639999") << false << 0.0 << 0.0;
        QTest::newRow("empty") << QString() << false << 0.0 << 0.0;
        QTest::newRow("not a code") << QStringLiteral("Indische Buurt") << false << 0.0 << 0.0;
    }

    void forArea()
    {
        QFETCH(QString, code);
        QFETCH(bool, found);
        QFETCH(double, lat);
        QFETCH(double, lon);
        LocationResolver resolver(m_db.connection(), m_areas);
        const auto point = resolver.forArea(code);
        QCOMPARE(bool(point), found);
        if (!found)
            return;
        QVERIFY(qAbs(point->lat - lat) < 1e-9);
        QVERIFY(qAbs(point->lon - lon) < 1e-9);
    }

    void areaMissingFromTheIndexFallsBackToItsPlaces()
    {
        // An index without Indische Buurt Oost: its point comes from the catalogue's places there.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("areas.csv"));
        QFile in(DeviceFixture::areasPath);
        QFile out(path);
        QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
        while (!in.atEnd()) {
            const QByteArray line = in.readLine();
            if (!line.contains("BU03630532"))
                out.write(line);
        }
        out.close();
        AreaIndex partial;
        QString error;
        QVERIFY2(partial.load(path, &error), qPrintable(error));
        LocationResolver resolver(m_db.connection(), partial);
        const auto point = resolver.forArea(QStringLiteral("BU03630532"));
        QVERIFY(point);
        const GeoPoint expected = meanOfPlaces(QStringLiteral("buurtCode"), QStringLiteral("BU03630532"));
        QVERIFY(qAbs(point->lat - expected.lat) < 1e-9);
        QVERIFY(qAbs(point->lon - expected.lon) < 1e-9);
        QVERIFY(qAbs(point->lat - labelPoint(QStringLiteral("BU03630532")).lat) > 1e-4); // not the label point by chance
    }

    void forPostcode_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("prefix");  // the places whose centroid is expected; empty: refused
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("full with space") << QStringLiteral("1094 HW") << QStringLiteral("1094HW") << QString();
        QTest::newRow("full lower case") << QStringLiteral("1094hw") << QStringLiteral("1094HW") << QString();
        QTest::newRow("full, spaces around") << QStringLiteral("  1095 dh ") << QStringLiteral("1095DH") << QString();
        QTest::newRow("four digits") << QStringLiteral("1094") << QStringLiteral("1094") << QString();
        QTest::newRow("unknown letters, known digits") << QStringLiteral("1095 ZZ") << QStringLiteral("1095") << QString();
        QTest::newRow("no places there") << QStringLiteral("1011 AB") << QString()
                                         << QStringLiteral("No meeting places known in postcode area 1011; choose your neighbourhood instead.");
        QTest::newRow("no places, four digits") << QStringLiteral("9999") << QString() << QStringLiteral("postcode area 9999");
        QTest::newRow("words") << QStringLiteral("Javastraat") << QString() << QStringLiteral("is not a postcode");
        QTest::newRow("leading zero") << QStringLiteral("0194 AB") << QString() << QStringLiteral("is not a postcode");
        QTest::newRow("three digits") << QStringLiteral("109") << QString() << QStringLiteral("is not a postcode");
        QTest::newRow("one letter") << QStringLiteral("1094 A") << QString() << QStringLiteral("is not a postcode");
        QTest::newRow("empty") << QString() << QString() << QStringLiteral("is not a postcode");
    }

    void forPostcode()
    {
        QFETCH(QString, typed);
        QFETCH(QString, prefix);
        QFETCH(QString, errorPart);
        LocationResolver resolver(m_db.connection(), m_areas);
        QString error;
        const auto point = resolver.forPostcode(typed, &error);
        if (prefix.isEmpty()) {
            QVERIFY(!point);
            QVERIFY2(error.contains(errorPart), qPrintable(error));
            return;
        }
        QVERIFY2(point, qPrintable(error));
        const GeoPoint expected = meanOfPlaces(QStringLiteral("postcode"), prefix);
        QVERIFY(!qIsNaN(expected.lat));
        QVERIFY(qAbs(point->lat - expected.lat) < 1e-9);
        QVERIFY(qAbs(point->lon - expected.lon) < 1e-9);
    }

    void areasOfTheGemeente()
    {
        LocationResolver resolver(m_db.connection(), m_areas);
        const QList<AreaChoice> choices = resolver.areas();
        int expected = 0;
        for (const QStringList &row : csvRows())
            expected += row.value(3) == QLatin1String("GM0363") && row.value(0) != QLatin1String("gemeente");
        QCOMPARE(choices.size(), expected);
        for (int i = 1; i < choices.size(); ++i)
            QVERIFY2(choices.at(i - 1).name.localeAwareCompare(choices.at(i).name) <= 0, qPrintable(choices.at(i).name));

        QHash<QString, AreaChoice> byCode;
        for (const AreaChoice &choice : choices)
            byCode.insert(choice.code, choice);
        QCOMPARE(byCode.value(QStringLiteral("BU03630531")).name, QStringLiteral("Indische Buurt West"));
        QCOMPARE(byCode.value(QStringLiteral("BU03630531")).level, QStringLiteral("buurt"));
        QCOMPARE(byCode.value(QStringLiteral("WK036305")).level, QStringLiteral("wijk"));
        QCOMPARE(byCode.value(QStringLiteral("BU03630661")).name, QStringLiteral("IJplein/Vogelbuurt"));
        QVERIFY(!byCode.contains(QStringLiteral("BU04570000"))); // Weesp is another gemeente
        QVERIFY(!byCode.contains(QStringLiteral("GM0363")));

        QCOMPARE(resolver.areas(QStringLiteral("GM0457")).size(), 9);
    }

    // A resident types part of a name: names that start with it first, then a word that
    // does, then any that hold it; case, accents and hyphens do not count.
    void findAreas_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QStringList>("leading");
        QTest::addColumn<int>("count");
        QTest::newRow("start, then inside a word")
            << QStringLiteral("indische") << 8
            << QStringList{QStringLiteral("Indische Buurt Oost"), QStringLiteral("Indische Buurt West"), QStringLiteral("Westindische buurt")} << 3;
        QTest::newRow("case and the rest of the name") << QStringLiteral("INDISCHE buurt w") << 8
                                                       << QStringList{QStringLiteral("Indische Buurt West")} << 1;
        QTest::newRow("a space for a hyphen") << QStringLiteral("buitenveldert west") << 8
                                              << QStringList{QStringLiteral("Buitenveldert-West")} << 1;
        QTest::newRow("a word start before a name inside")
            << QStringLiteral("oude") << 8 << QStringList{QStringLiteral("Oude Pijp"), QStringLiteral("Burgwallen-Oude Zijde")} << 2;
        QTest::newRow("names that start with it, by name, up to the limit")
            << QStringLiteral("west") << 3
            << QStringList{QStringLiteral("Westelijk Havengebied"), QStringLiteral("Westindische buurt"), QStringLiteral("Westlandgracht")} << 3;
        QTest::newRow("accents typed") << QStringLiteral("Oudé Pîjp") << 8 << QStringList{QStringLiteral("Oude Pijp")} << 1;
        QTest::newRow("nothing of it") << QStringLiteral("zzzz") << 8 << QStringList{} << 0;
        QTest::newRow("blank") << QStringLiteral("  - ") << 8 << QStringList{} << 0;
    }

    void findAreas()
    {
        QFETCH(QString, text);
        QFETCH(int, limit);
        QFETCH(QStringList, leading);
        QFETCH(int, count);
        LocationResolver resolver(m_db.connection(), m_areas);
        const QList<AreaChoice> found = resolver.findAreas(text, limit);
        QCOMPARE(found.size(), count);
        for (int i = 0; i < leading.size(); ++i)
            QCOMPARE(found.at(i).name, leading.at(i));
        const QString folded = LocationResolver::foldForSearch(text);
        for (const AreaChoice &area : found)
            QVERIFY2(LocationResolver::foldForSearch(area.name).contains(folded), qPrintable(area.name));
    }

    void foldForSearch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("hyphen") << QStringLiteral("Oud-West") << QStringLiteral("oud west");
        QTest::newRow("accents and a slash") << QStringLiteral("Crème / Brûlée") << QStringLiteral("creme brulee");
        QTest::newRow("spaces") << QStringLiteral("  IJburg   West ") << QStringLiteral("ijburg west");
        QTest::newRow("brackets and dots") << QStringLiteral("Bijlmer-Oost (E. G. K)") << QStringLiteral("bijlmer oost e g k");
    }

    void foldForSearch()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(LocationResolver::foldForSearch(text), folded);
    }

    void displayName_data()
    {
        QTest::addColumn<QString>("cbs");
        QTest::addColumn<QString>("shown");
        QTest::newRow("IJ at the start") << QStringLiteral("Ijplein/Vogelbuurt") << QStringLiteral("IJplein/Vogelbuurt");
        QTest::newRow("IJ after a space") << QStringLiteral("Oostelijk Ijsselmeer") << QStringLiteral("Oostelijk IJsselmeer");
        QTest::newRow("ij inside a word") << QStringLiteral("Bijlmer-Oost (E. G. K)") << QStringLiteral("Bijlmer-Oost (E. G. K)");
        QTest::newRow("already right") << QStringLiteral("IJburg West") << QStringLiteral("IJburg West");
        QTest::newRow("trimmed") << QStringLiteral(" Dapperbuurt ") << QStringLiteral("Dapperbuurt");
    }

    void displayName()
    {
        QFETCH(QString, cbs);
        QFETCH(QString, shown);
        QCOMPARE(LocationResolver::displayName(cbs), shown);
    }
};

QTEST_GUILESS_MAIN(TestLocationResolver)
#include "tst_locationresolver.moc"
