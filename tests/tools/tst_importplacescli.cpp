// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Buurtplein::CliTest;

namespace {
const QString fixtures = QStringLiteral(BUURTPLEIN_TEST_DATA "/places/");

QString fileTag()
{
    return QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
}
} // namespace

class TestImportPlacesCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = cliSetupProblem(&m_dir);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void importsAndReports()
    {
        const QString db = m_dir.filePath(QStringLiteral("ok.sqlite"));
        const CliRun result = runCli({QStringLiteral("import-places"), QStringLiteral("--db"), db,
                                      fixtures + QStringLiteral("defects.geojson"),
                                      QStringLiteral("--areas"), QStringLiteral(BUURTPLEIN_ASSETS "/demo/cbs_areas_amsterdam.csv")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonObject json = result.json().object();
        QCOMPARE(json.value(QStringLiteral("imported")).toInt(), 4);
        const QJsonArray skipped = json.value(QStringLiteral("skipped")).toArray();
        QCOMPARE(skipped.size(), 8);
        QCOMPARE(skipped.first().toObject().value(QStringLiteral("row")).toInt(), 2);
        QVERIFY(!skipped.first().toObject().value(QStringLiteral("reason")).toString().isEmpty());
        QCOMPARE(json.value(QStringLiteral("repaired")).toArray().size(), 3);
        QCOMPARE(queryRows(db, QStringLiteral("SELECT count(*) FROM place")), QStringList{QStringLiteral("4")});
    }

    // Every --map is kept, however the items are spread over the options.
    void csvMappings_data()
    {
        QTest::addColumn<QStringList>("maps");
        QTest::newRow("one item per --map") << QStringList{"--map", "name=Naam", "--map", "Breedte=lat", "--map", "lon=Lengte", "--map", "source_id=Code"};
        QTest::newRow("all in one --map") << QStringList{"--map", "name=Naam,Breedte=lat,lon=Lengte,source_id=Code"};
        QTest::newRow("mixed") << QStringList{"--map", "source_id=Code,name=Naam", "--map", "lat=Breedte", "--map", "Lengte=lon"};
    }

    void csvMappings()
    {
        QFETCH(QStringList, maps);
        const QString db = m_dir.filePath(QStringLiteral("csv-%1.sqlite").arg(fileTag()));
        const CliRun result = runCli(QStringList{QStringLiteral("import-places"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("csv"),
                                                 QStringLiteral("--uid-prefix"), QStringLiteral("wijk"), fixtures + QStringLiteral("dutch_semicolon.csv")}
                                     + maps);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(result.json().object().value(QStringLiteral("imported")).toInt(), 3);
        // The Code column became the source id (and with --uid-prefix the uid); Breedte and Lengte, written with decimal commas, the coordinates.
        const QStringList places = queryRows(db, QStringLiteral("SELECT source_id, uid LIKE 'wijk:%', round(lat, 6), round(lon, 6) FROM place ORDER BY source_id"));
        QCOMPARE(places, (QStringList{QStringLiteral("A1|1|52.363009|4.933794"), QStringLiteral("A2|1|52.364156|4.938757"),
                                      QStringLiteral("A3|1|52.360144|4.94385")}));
    }

    // What the file says wrong is tst_placeimporter's; here, that the CLI refuses it and its own options as promised.
    void badFileExitsTwoAndChangesNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("truncated json") << "broken.geojson" << QStringList() << "not valid JSON";
        QTest::newRow("bad mapping") << "bom_crlf.csv" << QStringList{QStringLiteral("--map"), QStringLiteral("Naam")} << "field=Column";
        QTest::newRow("bad second mapping") << "bom_crlf.csv" << QStringList{"--map", "name=name", "--map", "Plaats"} << "'Plaats'";
        QTest::newRow("bad format") << "bom_crlf.csv" << QStringList{QStringLiteral("--format"), QStringLiteral("xls")} << "geojson or csv";
        QTest::newRow("format twice") << "bom_crlf.csv" << QStringList{"--format", "csv", "--format", "csv"} << "--format is given twice";
        QTest::newRow("misspelt option") << "bom_crlf.csv" << QStringList{"--mapping", "name=name"} << "import-places has no option --mapping";
        QTest::newRow("missing areas file") << "bom_crlf.csv" << QStringList{"--areas", "/nonexistent/cbs.csv"} << "/nonexistent/cbs.csv";
        QTest::newRow("two files") << "bom_crlf.csv" << QStringList{fixtures + QStringLiteral("dutch_semicolon.csv")} << "Unexpected argument";
    }

    void badFileExitsTwoAndChangesNothing()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, extra);
        QFETCH(QString, messagePart);
        const QString db = m_dir.filePath(QStringLiteral("bad-%1.sqlite").arg(fileTag()));
        const CliRun first = runCli({QStringLiteral("import-places"), QStringLiteral("--db"), db, fixtures + QStringLiteral("bom_crlf.csv")});
        QCOMPARE(first.exitCode, 0);
        const QStringList before = rowCounts(db);
        QVERIFY(before.contains(QStringLiteral("place: 2")));

        const QString problem = whyNotRefused(runCli(QStringList{QStringLiteral("import-places"), QStringLiteral("--db"), db, fixtures + file} + extra),
                                              messagePart);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(rowCounts(db), before);
    }

    void refusedFileLeavesNoNewCatalogue()
    {
        const QString db = m_dir.filePath(QStringLiteral("never.sqlite"));
        const QString problem = whyNotRefused(runCli({QStringLiteral("import-places"), QStringLiteral("--db"), db, fixtures + QStringLiteral("broken.geojson")}),
                                              QStringLiteral("Nothing was imported"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!QFile::exists(db));
        QVERIFY(!QFile::exists(db + QStringLiteral("-wal")));
    }
};

QTEST_GUILESS_MAIN(TestImportPlacesCli)
#include "tst_importplacescli.moc"
