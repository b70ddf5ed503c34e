// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString cli = QStringLiteral(BUURTPLEIN_BIN_DIR "/buurtplein-cli");
const QString fixtures = QStringLiteral(BUURTPLEIN_TEST_DATA "/places/");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &args)
{
    QProcess process;
    process.start(cli, args);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QByteArray digest(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
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
        QStandardPaths::setTestModeEnabled(true);
        if (!QFile::exists(cli))
            QSKIP("buurtplein-cli is not built");
        QVERIFY(m_dir.isValid());
    }

    void importsAndReports()
    {
        const QString db = m_dir.filePath(QStringLiteral("ok.sqlite"));
        const Run result = run({QStringLiteral("import-places"), QStringLiteral("--db"), db,
                                fixtures + QStringLiteral("defects.geojson"),
                                QStringLiteral("--areas"), QStringLiteral(BUURTPLEIN_ASSETS "/demo/cbs_areas_amsterdam.csv")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(json.value(QStringLiteral("imported")).toInt(), 4);
        const QJsonArray skipped = json.value(QStringLiteral("skipped")).toArray();
        QCOMPARE(skipped.size(), 8);
        QCOMPARE(skipped.first().toObject().value(QStringLiteral("row")).toInt(), 2);
        QVERIFY(!skipped.first().toObject().value(QStringLiteral("reason")).toString().isEmpty());
        QCOMPARE(json.value(QStringLiteral("repaired")).toArray().size(), 3);
    }

    void csvWithRepeatedMap()
    {
        const QString db = m_dir.filePath(QStringLiteral("csv.sqlite"));
        const Run result = run({QStringLiteral("import-places"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("csv"),
                                QStringLiteral("--map"), QStringLiteral("name=Naam"), QStringLiteral("--map"), QStringLiteral("Breedte=lat"),
                                QStringLiteral("--map"), QStringLiteral("lon=Lengte"), QStringLiteral("--map"), QStringLiteral("source_id=Code"),
                                fixtures + QStringLiteral("dutch_semicolon.csv")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(QJsonDocument::fromJson(result.out).object().value(QStringLiteral("imported")).toInt(), 3);
    }

    void badFileExitsTwoAndChangesNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("truncated json") << "broken.geojson" << QStringList() << "not valid JSON";
        QTest::newRow("not a collection") << "not_a_collection.geojson" << QStringList() << "FeatureCollection";
        QTest::newRow("missing column") << "bom_crlf.csv" << QStringList{QStringLiteral("--map"), QStringLiteral("name=Naam")} << "Naam";
        QTest::newRow("bad mapping") << "bom_crlf.csv" << QStringList{QStringLiteral("--map"), QStringLiteral("Naam")} << "field=Column";
        QTest::newRow("bad format") << "bom_crlf.csv" << QStringList{QStringLiteral("--format"), QStringLiteral("xls")} << "geojson or csv";
    }

    void badFileExitsTwoAndChangesNothing()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, extra);
        QFETCH(QString, messagePart);
        const QString db = m_dir.filePath(QStringLiteral("bad-%1.sqlite").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        const Run first = run({QStringLiteral("import-places"), QStringLiteral("--db"), db, fixtures + QStringLiteral("bom_crlf.csv")});
        QCOMPARE(first.exitCode, 0);
        const QByteArray before = digest(db);

        const Run bad = run(QStringList{QStringLiteral("import-places"), QStringLiteral("--db"), db, fixtures + file} + extra);
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.out.isEmpty());
        QVERIFY2(QString::fromUtf8(bad.err).contains(messagePart), bad.err.constData());
        QCOMPARE(digest(db), before);
    }
};

QTEST_GUILESS_MAIN(TestImportPlacesCli)
#include "tst_importplacescli.moc"
