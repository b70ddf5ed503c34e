// SPDX-License-Identifier: GPL-3.0-or-later
// The map of the resident's gemeente on the device (issue 20): MapRegion against a real
// hub on loopback that built Amsterdam's package from the real tiles and buurten. It
// lists what the hub has (the one around the resident first), downloads it on its own
// thread, goes on from a broken download with Range (the hub answers 206), starts over
// when the part is of another version, keeps the package across restarts, notices and
// fetches a newer one, throws away a damaged download while the map keeps the one it
// has, says so when the hub is down, and removes it all on request.
#include "common/mapregion.h"
#include "common/webmercator.h"
#include "hubtest.h"
#include "map/regionpackage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Buurtplein;
using namespace Buurtplein::HubTest;

namespace {
const QString tileFolder = QStringLiteral(BUURTPLEIN_SHARED_DATA "/map/osm-vector-tiles/tiles");
const QString buurtOutlines = QStringLiteral(BUURTPLEIN_SHARED_DATA "/map/areas/buurten.geojson");
const QString wijkOutlines = QStringLiteral(BUURTPLEIN_SHARED_DATA "/map/areas/wijken_derived.geojson");

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QStringList packagesIn(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.mbtiles")}, QDir::Files, QDir::Name);
}
} // namespace

class TestMapRegion : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FreshDatabase m_db;
    QString m_tiles;
    HubProcess m_hub;

    QString hubPackage() const { return m_tiles + QStringLiteral(".regions/GM0363.mbtiles"); }
    QString hubUrl() const { return m_hub.url(QString()).toString(); }

    // A MapRegion on @p folder once it has read what the folder holds.
    static std::unique_ptr<MapRegion> open(const QString &folder)
    {
        auto region = std::make_unique<MapRegion>(folder);
        QSignalSpy restored(region.get(), &MapRegion::regionChanged);
        if (!restored.wait(10000))
            return nullptr;
        return region;
    }

    static bool lookAt(MapRegion &region, const QString &hub, bool hasLocation = true)
    {
        QSignalSpy offers(&region, &MapRegion::offersChanged);
        QSignalSpy problem(&region, &MapRegion::problemChanged);
        region.look(hub, hasLocation, 52.3642, 4.9388); // Javaplein
        QElapsedTimer waited;
        waited.start();
        while (region.state() != MapRegion::Idle && waited.elapsed() < 30000)
            QTest::qWait(20);
        return offers.count() > 0 && problem.isEmpty();
    }

    static bool fetch(MapRegion &region, const QString &code)
    {
        QSignalSpy done(&region, &MapRegion::finished);
        if (!region.download(code))
            return false;
        return done.wait(60000) && done.first().first().toBool();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_db.create(QStringLiteral("sqlite"), &error), qPrintable(error));
        m_tiles = m_dir.filePath(QStringLiteral("tiles.mbtiles"));
        // The gemeente's name from the CBS areas, the Indische Buurt's tiles and Amsterdam's buurten: a package of a few MB.
        CliRun run = runHub({"import-areas", BUURTPLEIN_ASSETS "/demo/cbs_areas_amsterdam.csv", "--db", m_db.location()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runHub({"import-tiles", tileFolder, "--min-zoom", "12", "--max-zoom", "14", "--bbox", "4.90,52.34,4.99,52.39",
                             "--tiles", m_tiles, "--db", m_db.location()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runHub({"import-areas", buurtOutlines, "--code", "cbsCode", "--name", "naam", "--division", "2022", "--tiles", m_tiles,
                      "--db", m_db.location()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(QFileInfo::exists(hubPackage()));
        QVERIFY2(m_hub.start(m_db.location(), &error, {QStringLiteral("--tiles"), m_tiles}), qPrintable(error));
    }

    void fetchesKeepsAndRemoves()
    {
        const QString folder = m_dir.filePath(QStringLiteral("device-1"));
        auto region = open(folder);
        QVERIFY(region);
        QVERIFY(!region->hasRegion());
        QVERIFY(region->source().isEmpty()); // the demo's tiles
        // The demo's outlines, for the neighbourhood chooser: all of Amsterdam's buurten.
        QTRY_COMPARE_WITH_TIMEOUT(region->outlines()->count(), 518, 10000);
        const QVariantMap timor = region->outlines()->outline(QStringLiteral("BU0363MF01"));
        QCOMPARE(timor.value(QStringLiteral("name")).toString(), QStringLiteral("Timorpleinbuurt-Noord"));
        const QPointF javaplein = WebMercator::toUnit(52.3642, 4.9388);
        QCOMPARE(region->outlines()->codeAt(javaplein.x(), javaplein.y()), QStringLiteral("BU0363MF01"));
        const QPointF inside = WebMercator::toUnit(timor.value(QStringLiteral("lat")).toDouble(), timor.value(QStringLiteral("lon")).toDouble());
        QCOMPARE(region->outlines()->codeAt(inside.x(), inside.y()), QStringLiteral("BU0363MF01"));
        QCOMPARE(region->outlines()->codeAt(0.5, 0.5), QString()); // the Gulf of Guinea

        QVERIFY(lookAt(*region, hubUrl()));
        QCOMPARE(region->offers().size(), 1);
        const QVariantMap offer = region->offers().first().toMap();
        QCOMPARE(offer.value(QStringLiteral("code")).toString(), QStringLiteral("GM0363"));
        QCOMPARE(offer.value(QStringLiteral("name")).toString(), QStringLiteral("Amsterdam"));
        QVERIFY(offer.value(QStringLiteral("here")).toBool());
        QVERIFY(!offer.value(QStringLiteral("held")).toBool());
        QCOMPARE(offer.value(QStringLiteral("bytes")).toDouble(), double(QFileInfo(hubPackage()).size()));

        QSignalSpy progress(region.get(), &MapRegion::progressChanged);
        QVERIFY(fetch(*region, QStringLiteral("GM0363")));
        QVERIFY(progress.count() >= 2);
        QCOMPARE(region->receivedBytes(), region->totalBytes());
        QVERIFY(region->hasRegion());
        QCOMPARE(region->regionCode(), QStringLiteral("GM0363"));
        QCOMPARE(region->regionName(), QStringLiteral("Amsterdam"));
        QCOMPARE(fileBytes(region->source()), fileBytes(hubPackage()));
        QString error;
        QVERIFY2(RegionPackage::check(region->source(), &error), qPrintable(error));
        QVERIFY(region->problem().isEmpty());
        const QString first = region->source();

        // A restart finds it; the hub's list now says the device holds the latest.
        region = open(folder);
        QVERIFY(region);
        QCOMPARE(region->source(), first);
        QVERIFY(lookAt(*region, hubUrl()));
        QVERIFY(region->offers().first().toMap().value(QStringLiteral("held")).toBool());
        QVERIFY(!region->offers().first().toMap().value(QStringLiteral("newer")).toBool());

        // The hub rebuilds the package (the wijken join it): newer, fetched under a new name,
        // the old file left alone while the map may draw from it and removed at the next start.
        CliRun run = runHub({"import-areas", wijkOutlines, "--code", "cbsCode", "--name", "naam", "--division", "2022", "--tiles", m_tiles,
                             "--db", m_db.location()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(lookAt(*region, hubUrl()));
        QVERIFY(region->offers().first().toMap().value(QStringLiteral("newer")).toBool());
        QVERIFY(fetch(*region, QStringLiteral("GM0363")));
        QVERIFY(region->source() != first);
        QCOMPARE(RegionPackage::check(region->source(), &error)->areas, 518 + 110);
        QVERIFY(QFileInfo::exists(first));
        const QString second = region->source();
        region = open(folder);
        QCOMPARE(region->source(), second);
        QCOMPARE(packagesIn(folder), QStringList{QFileInfo(second).fileName()});

        // Removed: the demo's tiles again, nothing left behind.
        QSignalSpy changed(region.get(), &MapRegion::regionChanged);
        region->remove();
        QVERIFY(changed.wait(10000));
        QVERIFY(!region->hasRegion());
        QVERIFY(region->source().isEmpty());
        QVERIFY(packagesIn(folder).isEmpty());
    }

    // A download that broke goes on from its last byte: the hub answers 206 and the
    // result is the whole package; a part of another version is thrown away.
    void resumesABrokenDownload()
    {
        const QString folder = m_dir.filePath(QStringLiteral("device-2"));
        QVERIFY(QDir().mkpath(folder));
        const QByteArray whole = fileBytes(hubPackage());
        const QByteArray sha1 = QCryptographicHash::hash(whole, QCryptographicHash::Sha1).toHex();
        writeFile(folder + QStringLiteral("/GM0363.part"), whole.left(whole.size() / 3));
        writeFile(folder + QStringLiteral("/GM0363.part.sha1"), sha1);
        auto region = open(folder);
        QVERIFY(lookAt(*region, hubUrl()));
        QList<double> seen;
        connect(region.get(), &MapRegion::progressChanged, this, [&seen, &region] { seen.append(region->receivedBytes()); });
        QVERIFY(fetch(*region, QStringLiteral("GM0363")));
        // It went on from a third: the first bytes on the device were those already there.
        const double third = double(whole.size() / 3);
        QVERIFY(seen.contains(third));
        QVERIFY(std::none_of(seen.cbegin(), seen.cend(), [third](double v) { return v > 0 && v < third; }));
        QCOMPARE(fileBytes(region->source()), whole);
        const QByteArray log = m_hub.stop();
        QString error;
        QVERIFY2(m_hub.start(m_db.location(), &error, {QStringLiteral("--tiles"), m_tiles}), qPrintable(error));
        QVERIFY2(log.contains("method=GET path=/v1/tiles/regions/GM0363.mbtiles status=206"), log.right(2000).constData());

        // A part of an older version: started over (200), and still the whole package.
        const QString other = m_dir.filePath(QStringLiteral("device-3"));
        QVERIFY(QDir().mkpath(other));
        writeFile(other + QStringLiteral("/GM0363.part"), QByteArray(whole.size() / 2, 'x'));
        writeFile(other + QStringLiteral("/GM0363.part.sha1"), QByteArray(40, '0'));
        region = open(other);
        QVERIFY(lookAt(*region, hubUrl()));
        QVERIFY(fetch(*region, QStringLiteral("GM0363")));
        QCOMPARE(fileBytes(region->source()), whole);
    }

    // A download that does not match the hub's SHA-1 is thrown away with a sentence, and
    // the map keeps drawing the package it had; a hub that is down is said, not waited on.
    void refusesDamageAndSaysWhenTheHubIsDown()
    {
        const QString folder = m_dir.filePath(QStringLiteral("device-4"));
        auto region = open(folder);
        QVERIFY(lookAt(*region, hubUrl()));
        QVERIFY(fetch(*region, QStringLiteral("GM0363")));
        const QString held = region->source();
        // The hub's file changes under its list (same size, other bytes): the SHA-1 fails.
        const QByteArray original = fileBytes(hubPackage());
        QByteArray damaged = original;
        for (qsizetype i = damaged.size() / 2; i < damaged.size() / 2 + 4096; ++i)
            damaged[i] = char(damaged.at(i) ^ 0x5a);
        writeFile(hubPackage(), damaged);
        QVERIFY(lookAt(*region, hubUrl()));
        QSignalSpy done(region.get(), &MapRegion::finished);
        QVERIFY(region->download(QStringLiteral("GM0363")));
        QVERIFY(done.wait(60000));
        QCOMPARE(done.first().first().toBool(), false);
        QVERIFY2(region->problem().contains(QStringLiteral("damaged")), qPrintable(region->problem()));
        QCOMPARE(region->source(), held);
        QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/GM0363.part")));
        writeFile(hubPackage(), original);

        // No hub on that port: a sentence, at once, and the map as it was.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString nowhere = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        QVERIFY(!lookAt(*region, nowhere));
        QVERIFY2(region->problem().contains(QStringLiteral("cannot be reached")), qPrintable(region->problem()));
        QCOMPARE(region->source(), held);
        // No hub address at all.
        region->look(QString());
        QVERIFY2(region->problem().contains(QStringLiteral("no hub")), qPrintable(region->problem()));
    }

    void cleanupTestCase() { m_hub.stop(); }
};

QTEST_GUILESS_MAIN(TestMapRegion)
#include "tst_mapregion.moc"
