// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/csvreader.h"
#include "places/placecleaning.h"
#include "storage/vocabulary.h"

#include <QStandardPaths>
#include <QTest>

using namespace Buurtplein;

class TestPlaceCleaning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void houseNumber_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("repaired");
        QTest::addColumn<bool>("warned");
        QTest::newRow("plain") << "319" << "319" << false << false;
        QTest::newRow("letter") << "260B" << "260B" << false << false;
        QTest::newRow("lower letter") << "260b" << "260B" << true << false;
        QTest::newRow("floor") << "73-1" << "73-1" << false << false;
        QTest::newRow("ground floor") << "48-H" << "48-H" << false << false;
        QTest::newRow("letter and floor") << "22A-1" << "22A-1" << false << false;
        QTest::newRow("range") << "634-635" << "634-635" << false << false;
        QTest::newRow("wide range") << "1179-1187" << "1179-1187" << false << false;
        QTest::newRow("letter repeated") << "495A-A" << "495A" << true << false;
        QTest::newRow("addition repeated") << "65-H-H" << "65-H" << true << false;
        QTest::newRow("floor repeated") << "36-2-2" << "36-2" << true << false;
        QTest::newRow("spreadsheet date") << "45749" << "" << true << false;
        QTest::newRow("large number") << "12345" << "12345" << false << true;
        QTest::newRow("spaces") << " 12 " << "12" << false << false;
        QTest::newRow("empty") << "" << "" << false << false;
        QTest::newRow("words") << "naast de kerk" << "NAAST DE KERK" << false << true;
    }

    void houseNumber()
    {
        QFETCH(QString, raw);
        QFETCH(QString, value);
        QFETCH(bool, repaired);
        QFETCH(bool, warned);
        const PlaceCleaning::Fix fix = PlaceCleaning::houseNumber(raw);
        if (!warned)
            QCOMPARE(fix.value, value);
        QCOMPARE(!fix.repair.isEmpty(), repaired);
        QCOMPARE(!fix.warning.isEmpty(), warned);
    }

    void postcode_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("repaired");
        QTest::newRow("normal") << "1014AA" << "1014AA" << false;
        QTest::newRow("space and lower") << "1014 aa" << "1014AA" << true;
        QTest::newRow("empty") << "" << "" << false;
        QTest::newRow("leading zero") << "0123AB" << "" << true;
        QTest::newRow("belgian") << "1000" << "" << true;
    }

    void postcode()
    {
        QFETCH(QString, raw);
        QFETCH(QString, value);
        QFETCH(bool, repaired);
        const PlaceCleaning::Fix fix = PlaceCleaning::postcode(raw);
        QCOMPARE(fix.value, value);
        QCOMPARE(!fix.repair.isEmpty(), repaired);
    }

    void lostAccents_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("warned");
        QTest::newRow("street") << "Hygi?aplein" << "Hygiëaplein" << false;
        QTest::newRow("cafe lower") << "Zwerverscaf?" << "Zwerverscafé" << false;
        QTest::newRow("two in one") << "Bi?nkorf Mari?ndaal" << "Biënkorf Mariëndaal" << false;
        QTest::newRow("unknown letter") << "De Buren d? Oude Raai" << "De Buren d? Oude Raai" << true;
        QTest::newRow("backquote") << "HvdW `t Blommetje" << "HvdW 't Blommetje" << false;
        QTest::newRow("clean") << "De Meevaart" << "De Meevaart" << false;
    }

    void lostAccents()
    {
        QFETCH(QString, raw);
        QFETCH(QString, value);
        QFETCH(bool, warned);
        const PlaceCleaning::Fix fix = PlaceCleaning::lostAccents(raw);
        QCOMPARE(fix.value, value);
        QCOMPARE(!fix.warning.isEmpty(), warned);
        QCOMPARE(!fix.repair.isEmpty(), value != raw);
    }

    void everyAmsterdamCategoryHasAKind_data()
    {
        QTest::addColumn<QString>("categorie");
        QTest::addColumn<QString>("kind");
        QTest::newRow("buurtkamer") << "Buurtkamer" << "buurthuis";
        QTest::newRow("huis van de wijk") << "Huis van de wijk" << "buurthuis";
        QTest::newRow("bibliotheek") << "Bibliotheek" << "bibliotheek";
        QTest::newRow("speeltuin") << "Speeltuingebouw" << "speeltuin";
        QTest::newRow("buurtteam") << "Buurtteamlocatie" << "loket";
        QTest::newRow("school") << "Primair onderwijs" << "school";
        QTest::newRow("schooltuin") << "Schooltuincomplex" << "buurttuin";
        QTest::newRow("zwembad") << "Zwembad" << "zwembad";
        QTest::newRow("osm library") << "library" << "bibliotheek";
        QTest::newRow("vocabulary id") << "theater_cultuur" << "theater_cultuur";
        QTest::newRow("dutch label") << "Multifunctionele accommodatie" << "multifunctionele_accommodatie";
    }

    void everyAmsterdamCategoryHasAKind()
    {
        QFETCH(QString, categorie);
        QFETCH(QString, kind);
        const auto guess = PlaceCleaning::kindFromSource(categorie);
        QVERIFY(guess.known);
        QCOMPARE(guess.kind, kind);
        QVERIFY(Vocabulary::isPlaceKind(guess.kind));
    }

    void vocabularyIdsAreStableAscii()
    {
        for (const auto *list : {&Vocabulary::placeKinds(), &Vocabulary::categories(), &Vocabulary::audiences(),
                                 &Vocabulary::accessibilityFeatures(), &Vocabulary::organisationKinds()}) {
            QSet<QString> seen;
            for (const Vocabulary::Term &term : *list) {
                QVERIFY2(QRegularExpression(QStringLiteral("^[a-z_]+$")).match(term.id).hasMatch(), qPrintable(term.id));
                QVERIFY(!term.label.isEmpty());
                QVERIFY(!seen.contains(term.id));
                seen.insert(term.id);
            }
        }
        QCOMPARE(Vocabulary::categories().size(), 14);
        QVERIFY(Vocabulary::isPlaceKind(QStringLiteral("geen_vaste_plek")));
        QVERIFY(!Vocabulary::isCategory(QStringLiteral("taal & ontmoeting")));
    }

    void csvRecords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("records");
        QTest::addColumn<QString>("lastField");
        QTest::addColumn<int>("lastLine");
        QTest::newRow("crlf") << "a,b\r\n1,2\r\n" << 2 << "2" << 2;
        QTest::newRow("no final newline") << "a,b\n1,2" << 2 << "2" << 2;
        QTest::newRow("quoted comma") << "a,b\n1,\"x,y\"\n" << 2 << "x,y" << 2;
        QTest::newRow("doubled quote") << "a,b\n1,\"say \"\"hi\"\"\"\n" << 2 << "say \"hi\"" << 2;
        QTest::newRow("line break") << "a,b\n\"1\n2\",3\n4,5\n" << 3 << "5" << 4;
        QTest::newRow("blank lines") << "a,b\n\n1,2\n\n" << 2 << "2" << 3;
        QTest::newRow("semicolons") << "a;b\n1,5;2,5\n" << 2 << "2,5" << 2;
        QTest::newRow("empty last field") << "a,b\n1,\n" << 2 << "" << 2;
    }

    void csvRecords()
    {
        QFETCH(QString, text);
        QFETCH(int, records);
        QFETCH(QString, lastField);
        QFETCH(int, lastLine);
        const auto parsed = Csv::parse(text);
        QVERIFY(parsed);
        QCOMPARE(parsed->size(), records);
        QCOMPARE(parsed->last().fields.size(), 2);
        QCOMPARE(parsed->last().fields.last(), lastField);
        QCOMPARE(parsed->last().line, lastLine);
    }
};

QTEST_GUILESS_MAIN(TestPlaceCleaning)
#include "tst_placecleaning.moc"
