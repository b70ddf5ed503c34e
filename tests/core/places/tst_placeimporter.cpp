// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/areaindex.h"
#include "catalogue/cataloguestore.h"
#include "storage/database.h"
#include "places/placeimporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Buurtplein;

namespace {
const QString amsterdamGeoJson = QStringLiteral(BUURTPLEIN_SHARED_DATA "/places/amsterdam_maatschappelijke_voorzieningen.geojson");
const QString amsterdamCsv = QStringLiteral(BUURTPLEIN_SHARED_DATA "/places/amsterdam_meeting_places_subset.csv");
const QString fixtures = QStringLiteral(BUURTPLEIN_TEST_DATA "/places/");

int placeCount(Database &db)
{
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT COUNT(*) FROM place"));
    return query.next() ? query.value(0).toInt() : -1;
}

// Counts the features a place can be made of, read independently of the importer.
int usableFeatures(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    int usable = 0;
    for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("features")).toArray()) {
        const QJsonObject feature = value.toObject();
        const QJsonArray point = feature.value(QStringLiteral("geometry")).toObject().value(QStringLiteral("coordinates")).toArray();
        const QString name = feature.value(QStringLiteral("properties")).toObject().value(QStringLiteral("Naam")).toString().trimmed();
        if (point.size() == 2 && point.at(0).isDouble() && !name.isEmpty())
            ++usable;
    }
    return usable;
}

QString reasonOf(const QList<ImportIssue> &issues, int row)
{
    QStringList reasons;
    for (const ImportIssue &issue : issues) {
        if (issue.row == row)
            reasons.append(issue.reason);
    }
    return reasons.join(QLatin1Char('|'));
}
} // namespace

class TestPlaceImporter : public QObject
{
    Q_OBJECT

private:
    Database m_db;
    std::optional<PlaceImportResult> m_amsterdam;
    AreaIndex m_areas;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_db.open(QStringLiteral(":memory:")), qPrintable(m_db.errorString()));
        QVERIFY(m_areas.load(QStringLiteral(BUURTPLEIN_ASSETS "/demo/cbs_areas_amsterdam.csv")));
        CatalogueStore store(m_db);
        PlaceImporter importer(store);
        importer.setAreaIndex(&m_areas);
        m_amsterdam = importer.importFile(amsterdamGeoJson);
        QVERIFY2(m_amsterdam, qPrintable(importer.errorString()));
    }

    void amsterdamKeepsEveryUsableRow()
    {
        QCOMPARE(m_amsterdam->imported, usableFeatures(amsterdamGeoJson));
        QCOMPARE(m_amsterdam->skipped.size(), 1462 - usableFeatures(amsterdamGeoJson));
        QCOMPARE(placeCount(m_db), m_amsterdam->imported);
    }

    void amsterdamDefects_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("reasonPart");
        QTest::addColumn<QString>("uid");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("stored");

        QTest::newRow("accent restored in street") << 32 << "repaired" << "Hygiëastraat" << "mvzn:MV1081-1" << "street" << "Hygiëastraat 4";
        QTest::newRow("accent restored in name") << 83 << "repaired" << "Zeeën" << "mvzn:" << "" << "";
        QTest::newRow("lost letter kept") << 263 << "warnings" << "cannot be known" << "" << "" << "";
        QTest::newRow("spreadsheet date") << 12 << "repaired" << "spreadsheet date (2025-04-02)" << "mvzn:MV1152-1" << "street" << "President Allendelaan ";
        QTest::newRow("repeated addition") << 17 << "repaired" << "'495A'" << "mvzn:MV1143-1" << "street" << "Hoofdweg 495A";
        QTest::newRow("repeated floor") << 724 << "repaired" << "'65-H'" << "mvzn:MV1206-1" << "street" << "Van Speijkstraat 65-H";
        QTest::newRow("range kept") << 33 << "" << "" << "mvzn:MV1112-1" << "street" << "Kantershof 634-635";
        QTest::newRow("floor kept") << 3 << "" << "" << "mvzn:MV1039-1" << "street" << "Burgemeester Van Leeuwenlaan 73-1";
        QTest::newRow("empty district") << 546 << "warnings" << "Stadsdeel is empty" << "" << "" << "";
        QTest::newRow("empty soort") << 130 << "warnings" << "Soort is empty; the kind was taken from Categorie 'Sportveld'" << "mvzn:MV2166-1" << "kind" << "sportaccommodatie";
        QTest::newRow("no address") << 72 << "warnings" << "no street address" << "mvzn:MV1463-1" << "kind" << "loket";
        QTest::newRow("backquote") << 145 << "repaired" << "Sportpark 't Loopveld" << "" << "" << "";
        QTest::newRow("library kind") << 0 << "" << "" << "mvzn:MV2946-1" << "kind" << "bibliotheek";
        QTest::newRow("postcode kept") << 0 << "" << "" << "mvzn:MV1135-1" << "postcode" << "1014AA";
    }

    void amsterdamDefects()
    {
        QFETCH(int, row);
        QFETCH(QString, list);
        QFETCH(QString, reasonPart);
        QFETCH(QString, uid);
        QFETCH(QString, field);
        QFETCH(QString, stored);
        const QList<ImportIssue> &issues = list == QLatin1String("repaired") ? m_amsterdam->repaired
            : list == QLatin1String("warnings") ? m_amsterdam->warnings : m_amsterdam->skipped;
        if (!list.isEmpty())
            QVERIFY2(reasonOf(issues, row).contains(reasonPart), qPrintable(reasonOf(issues, row)));
        else if (row > 0)
            QVERIFY2(reasonOf(m_amsterdam->repaired, row).isEmpty(), qPrintable(reasonOf(m_amsterdam->repaired, row)));
        if (field.isEmpty())
            return;
        const auto place = CatalogueStore(m_db).place(uid);
        QVERIFY(place);
        if (field == QLatin1String("street"))
            QCOMPARE(place->street + QLatin1Char(' ') + place->houseNumber, stored);
        else if (field == QLatin1String("kind"))
            QCOMPARE(place->kind, stored);
        else if (field == QLatin1String("postcode"))
            QCOMPARE(place->postcode, stored);
    }

    void everyQuestionMarkRowIsReported()
    {
        QSet<int> rows;
        for (const auto *list : {&m_amsterdam->repaired, &m_amsterdam->warnings}) {
            for (const ImportIssue &issue : *list) {
                if (issue.reason.contains(QLatin1Char('?')))
                    rows.insert(issue.row);
            }
        }
        QCOMPARE(rows.size(), 38);
    }

    void areaCodesAssigned()
    {
        const auto library = CatalogueStore(m_db).place(QStringLiteral("mvzn:MV2946-1"));
        QVERIFY(library);
        QCOMPARE(library->buurtCode, QStringLiteral("BU03630531"));
        QCOMPARE(library->wijkCode, QStringLiteral("WK036305"));
        QCOMPARE(library->gemeenteCode, QStringLiteral("GM0363"));
        QCOMPARE(library->source, QStringLiteral("Gemeente Amsterdam, Maatschappelijke voorzieningen"));
    }

    void reimportUpdatesInsteadOfDuplicating()
    {
        CatalogueStore store(m_db);
        const int versionBefore = store.place(QStringLiteral("mvzn:MV1135-1"))->version;
        PlaceImporter importer(store);
        const auto again = importer.importFile(amsterdamGeoJson);
        QVERIFY(again);
        QCOMPARE(again->imported, m_amsterdam->imported);
        QCOMPARE(placeCount(m_db), m_amsterdam->imported);
        QVERIFY(store.place(QStringLiteral("mvzn:MV1135-1"))->version > versionBefore);
    }

    void csvSubsetWithMapping_data()
    {
        QTest::addColumn<QStringList>("mapping");
        QTest::newRow("detected") << QStringList();
        QTest::newRow("explicit") << QStringList{QStringLiteral("name=Naam"), QStringLiteral("lat=lat"), QStringLiteral("lon=lon"),
                                                 QStringLiteral("street=Adres"), QStringLiteral("Huisnummer=houseNumber"),
                                                 QStringLiteral("postcode=Postcode"), QStringLiteral("kind=Categorie"),
                                                 QStringLiteral("sourceId=MVZN_ID")};
        // The spelling with underscores of earlier versions, several items in one.
        QTest::newRow("earlier spelling") << QStringList{QStringLiteral("name=Naam,lat=lat,lon=lon"), QStringLiteral("Huisnummer=house_number"),
                                                         QStringLiteral("source_id=MVZN_ID")};
    }

    void csvSubsetWithMapping()
    {
        QFETCH(QStringList, mapping);
        Database db;
        QVERIFY(db.open(QStringLiteral(":memory:")));
        CatalogueStore store(db);
        PlaceImporter importer(store);
        QString error;
        const auto parsed = PlaceImporter::parseMapping(mapping, &error);
        QVERIFY2(parsed, qPrintable(error));
        importer.setMapping(*parsed);
        importer.setSource(QStringLiteral("mvzn"), QString());
        const auto result = importer.importFile(amsterdamCsv, PlaceImporter::Format::Csv);
        QVERIFY2(result, qPrintable(importer.errorString()));
        QCOMPARE(result->imported, 394);
        QVERIFY(result->skipped.isEmpty());
        const auto boeg = store.place(QStringLiteral("mvzn:MV1143-1"));
        QVERIFY(boeg);
        QCOMPARE(boeg->houseNumber, QStringLiteral("495A"));
        QCOMPARE(boeg->kind, QStringLiteral("buurthuis"));
        QCOMPARE(boeg->lat, 52.375917);
        QVERIFY(reasonOf(result->repaired, 17).contains(QStringLiteral("495A-A")));
    }

    void fixtureRows_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("mapping");
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("reasonPart");

        const QString geo = QStringLiteral("defects.geojson");
        QTest::newRow("postcode spaced") << geo << QStringList() << 1 << "repaired" << "'1094HW'";
        QTest::newRow("null geometry") << geo << QStringList() << 2 << "skipped" << "no geometry";
        QTest::newRow("polygon") << geo << QStringList() << 3 << "skipped" << "Polygon";
        QTest::newRow("text coordinates") << geo << QStringList() << 4 << "skipped" << "numeric";
        QTest::newRow("out of range") << geo << QStringList() << 5 << "skipped" << "outside";
        QTest::newRow("null island") << geo << QStringList() << 6 << "skipped" << "0, 0";
        QTest::newRow("blank name") << geo << QStringList() << 7 << "skipped" << "no name";
        QTest::newRow("swapped") << geo << QStringList() << 8 << "repaired" << "exchanged";
        QTest::newRow("duplicate id") << geo << QStringList() << 9 << "skipped" << "row 1";
        QTest::newRow("repeated addition") << geo << QStringList() << 10 << "repaired" << "'48-H'";
        QTest::newRow("unknown kind") << geo << QStringList() << 11 << "warnings" << "ruimteschip";
        QTest::newRow("not a feature") << geo << QStringList() << 12 << "skipped" << "not a GeoJSON Feature";

        const QString csv = QStringLiteral("dutch_semicolon.csv");
        const QStringList map = {QStringLiteral("name=Naam"), QStringLiteral("kind=Soort plek"), QStringLiteral("street=Straat"),
                                 QStringLiteral("houseNumber=Nr"), QStringLiteral("postcode=PC"), QStringLiteral("lat=Breedte"),
                                 QStringLiteral("lon=Lengte"), QStringLiteral("sourceId=Code")};
        QTest::newRow("csv postcode") << csv << map << 2 << "repaired" << "'1094JN'";
        QTest::newRow("csv no coordinates") << csv << map << 6 << "skipped" << "no coordinates";
        QTest::newRow("csv short line") << csv << map << 7 << "skipped" << "8";
    }

    void fixtureRows()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, mapping);
        QFETCH(int, row);
        QFETCH(QString, list);
        QFETCH(QString, reasonPart);
        Database db;
        QVERIFY(db.open(QStringLiteral(":memory:")));
        CatalogueStore store(db);
        PlaceImporter importer(store);
        QString error;
        importer.setMapping(*PlaceImporter::parseMapping(mapping, &error));
        const auto result = importer.importFile(fixtures + file);
        QVERIFY2(result, qPrintable(importer.errorString()));
        const QList<ImportIssue> &issues = list == QLatin1String("repaired") ? result->repaired
            : list == QLatin1String("warnings") ? result->warnings : result->skipped;
        QVERIFY2(reasonOf(issues, row).contains(reasonPart), qPrintable(QStringLiteral("row %1: '%2'").arg(row).arg(reasonOf(issues, row))));
        QCOMPARE(result->imported, placeCount(db));
        QCOMPARE(result->imported, file.endsWith(QLatin1String(".csv")) ? 3 : 4);
    }

    void csvFieldsKeepQuotesAndLineBreaks()
    {
        Database db;
        QVERIFY(db.open(QStringLiteral(":memory:")));
        CatalogueStore store(db);
        PlaceImporter importer(store);
        QString error;
        importer.setMapping(*PlaceImporter::parseMapping({QStringLiteral("name=Naam"), QStringLiteral("lat=Breedte"),
                                                          QStringLiteral("lon=Lengte"), QStringLiteral("sourceId=Code"),
                                                          QStringLiteral("kind=Soort plek")}, &error));
        QVERIFY(importer.importFile(fixtures + QStringLiteral("dutch_semicolon.csv")));
        QCOMPARE(store.place(QStringLiteral("place:A1"))->name, QStringLiteral("Buurthuis \"De Meevaart\""));
        QCOMPARE(store.place(QStringLiteral("place:A2"))->name, QStringLiteral("Bibliotheek; Javaplein"));
        QCOMPARE(store.place(QStringLiteral("place:A2"))->kind, QStringLiteral("bibliotheek"));
        QCOMPARE(store.place(QStringLiteral("place:A3"))->name, QStringLiteral("Speeltuin met twee regels"));
        QCOMPARE(store.place(QStringLiteral("place:A3"))->lon, 4.94385);
    }

    // CBS codes a file carries in columns of its own are kept, whole or derived.
    void areaCodesTheFileCarries_data()
    {
        QTest::addColumn<QString>("buurt"); // the file's BU_CODE
        QTest::addColumn<QString>("wijk");  // the file's WK
        QTest::addColumn<QString>("storedBuurt");
        QTest::addColumn<QString>("storedWijk");
        QTest::addColumn<QString>("storedGemeente");
        QTest::addColumn<QString>("warning"); // part of a warning of the row; empty: none about codes
        QTest::newRow("buurt code") << "BU03630531" << "" << "BU03630531" << "WK036305" << "GM0363" << "";
        QTest::newRow("lower case") << "bu03630531" << "" << "BU03630531" << "WK036305" << "GM0363" << "";
        QTest::newRow("without prefix") << "03630531" << "" << "BU03630531" << "WK036305" << "GM0363" << "";
        QTest::newRow("2022 division, letters") << "BU0363MF01" << "" << "BU0363MF01" << "WK0363MF" << "GM0363" << "";
        QTest::newRow("not a code") << "BU0363" << "" << "" << "" << "" << "BU_CODE 'BU0363' is not a CBS buurt code";
        QTest::newRow("wijk of another buurt") << "BU03630531" << "WK036399" << "BU03630531" << "WK036305" << "GM0363"
                                               << "Wijk WK036399 does not hold buurt BU03630531";
        QTest::newRow("a wijk only") << "" << "WK036305" << "" << "WK036305" << "GM0363" << "";
    }

    void areaCodesTheFileCarries()
    {
        QFETCH(QString, buurt);
        QFETCH(QString, wijk);
        QFETCH(QString, storedBuurt);
        QFETCH(QString, storedWijk);
        QFETCH(QString, storedGemeente);
        QFETCH(QString, warning);
        Database db;
        QVERIFY(db.open(QStringLiteral(":memory:")));
        CatalogueStore store(db);
        PlaceImporter importer(store);
        QString error;
        // BU_CODE is CBS's own column name: found without a mapping.
        const auto mapping = PlaceImporter::parseMapping({QStringLiteral("sourceId=Code,name=Naam,lat=Breedte,lon=Lengte"),
                                                          QStringLiteral("wijkCode=WK")}, &error);
        QVERIFY2(mapping, qPrintable(error));
        importer.setMapping(*mapping);
        const QByteArray csv = QStringLiteral("Code,Naam,Breedte,Lengte,BU_CODE,WK\nA1,Buurthuis,52.3600,4.9400,%1,%2\n")
                                   .arg(buurt, wijk).toUtf8();
        const auto result = importer.importData(csv, PlaceImporter::Format::Csv, QStringLiteral("codes.csv"));
        QVERIFY2(result, qPrintable(importer.errorString()));
        QCOMPARE(result->imported, 1);
        const auto place = store.place(QStringLiteral("place:A1"));
        QVERIFY(place);
        QCOMPARE(place->buurtCode, storedBuurt);
        QCOMPARE(place->wijkCode, storedWijk);
        QCOMPARE(place->gemeenteCode, storedGemeente);
        QCOMPARE(result->areasFromFile, storedGemeente.isEmpty() ? 0 : 1);
        const QString all = reasonOf(result->warnings, 2);
        if (warning.isEmpty())
            QVERIFY2(!all.contains(QStringLiteral("CBS")) && !all.contains(QStringLiteral("does not hold")), qPrintable(all));
        else
            QVERIFY2(all.contains(warning), qPrintable(all));
    }

    // The file's codes win over the outlines, which report where they disagree; a later
    // file without codes keeps them.
    void fileCodesAgainstRealOutlines()
    {
        Database db;
        QVERIFY(db.open(QStringLiteral(":memory:")));
        CatalogueStore store(db);
        AreaIndex outlines;
        QString error;
        QVERIFY2(outlines.loadBoundaries(QStringLiteral(BUURTPLEIN_SHARED_DATA "/map/areas/buurten.geojson"),
                                         {QStringLiteral("cbsCode"), QStringLiteral("naam"), 2022}, &error),
                 qPrintable(error));
        // OBA Javaplein, in the Indische Buurt; the file names a buurt of the 2015 division.
        const QByteArray withCode = "id,name,lat,lon,buurtcode\nA1,OBA Javaplein,52.363009,4.940372,BU03630531\n";
        PlaceImporter first(store);
        first.setAreaIndex(&outlines);
        const auto result = first.importData(withCode, PlaceImporter::Format::Csv, QStringLiteral("codes.csv"));
        QVERIFY2(result, qPrintable(first.errorString()));
        QCOMPARE(result->areasFromFile, 1);
        QCOMPARE(result->areasByOutline, 0);
        QCOMPARE(store.place(QStringLiteral("place:A1"))->buurtCode, QStringLiteral("BU03630531"));
        const QString outlineCode = outlines.locate(52.363009, 4.940372)->buurt;
        QVERIFY(outlineCode != QStringLiteral("BU03630531"));
        const QString said = reasonOf(result->warnings, 2);
        QVERIFY2(said.contains(QStringLiteral("lies in the outline of ") + outlineCode + QStringLiteral("; the file's code was kept")),
                 qPrintable(said));

        PlaceImporter again(store);
        const auto second = again.importData("id,name,lat,lon\nA1,OBA Javaplein,52.363009,4.940372\n",
                                             PlaceImporter::Format::Csv, QStringLiteral("plain.csv"));
        QVERIFY(second);
        QCOMPARE(second->areaCodesKept, 1);
        QCOMPARE(store.place(QStringLiteral("place:A1"))->buurtCode, QStringLiteral("BU03630531"));
    }

    void brokenInputsChangeNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("mapping");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("truncated json") << "broken.geojson" << QStringList() << "not valid JSON";
        QTest::newRow("single feature") << "not_a_collection.geojson" << QStringList() << "FeatureCollection";
        QTest::newRow("unterminated quote") << "unterminated.csv" << QStringList() << "line 2";
        QTest::newRow("empty csv") << "empty.csv" << QStringList() << "empty";
        QTest::newRow("mapped column missing") << "bom_crlf.csv" << QStringList{QStringLiteral("name=Naam")} << "no column 'Naam'";
        QTest::newRow("no coordinates columns") << "dutch_semicolon.csv" << QStringList{QStringLiteral("name=Naam")} << "latitude";
        QTest::newRow("missing file") << "does-not-exist.geojson" << QStringList() << "Cannot read";
    }

    void brokenInputsChangeNothing()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, mapping);
        QFETCH(QString, messagePart);
        Database db;
        QVERIFY(db.open(QStringLiteral(":memory:")));
        CatalogueStore store(db);
        PlaceImporter first(store);
        QVERIFY(first.importFile(fixtures + QStringLiteral("bom_crlf.csv")));
        QCOMPARE(placeCount(db), 2);

        PlaceImporter importer(store);
        QString error;
        importer.setMapping(*PlaceImporter::parseMapping(mapping, &error));
        QVERIFY(!importer.importFile(fixtures + file));
        QVERIFY2(importer.errorString().contains(messagePart), qPrintable(importer.errorString()));
        QCOMPARE(placeCount(db), 2);
    }

    void mappingErrors_data()
    {
        QTest::addColumn<QString>("item");
        QTest::newRow("no equals") << "Naam";
        QTest::newRow("no field") << "Naam=Titel";
        QTest::newRow("empty column") << "name=";
    }

    void mappingErrors()
    {
        QFETCH(QString, item);
        QString error;
        QVERIFY(!PlaceImporter::parseMapping({item}, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlaceImporter)
#include "tst_placeimporter.moc"
