// SPDX-License-Identifier: GPL-3.0-or-later
// A fresh device's first sync from the hub's catalogue snapshot (docs/sync.md, "Snapshot"):
// the real buurtplein-hub (build-snapshot, serve) and the real buurtplein-cli sync, on
// SQLite and PostgreSQL. The device must end with exactly the catalogue the feed gives,
// including what changed after the snapshot was built; a download cut off goes on where
// it stopped; a damaged or too old snapshot is never used.
#include "synctest.h"

#include "store/hubcatalogue.h"
#include "store/hubdatabase.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Buurtplein;
using namespace Buurtplein::SyncTest;

class TestSnapshotSync : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

    struct Setup {
        QTemporaryDir snapshots;
        Hub hub;
        QJsonObject info;   ///< what build-snapshot printed
    };

    // A hub with the demo catalogue and a snapshot of it, serving both; the device's worker token.
    bool prepare(Setup &s, const QString &dialect, QString *error)
    {
        s.hub.serveArguments = {QStringLiteral("--snapshots"), s.snapshots.path()};
        if (!s.hub.create(dialect, error))
            return false;
        const CliRun demo = runHub({QStringLiteral("import-demo"), QStringLiteral("--db"), s.hub.location()});
        const CliRun built = runHub({QStringLiteral("build-snapshot"), QStringLiteral("--snapshots"), s.snapshots.path(),
                                     QStringLiteral("--db"), s.hub.location()});
        if (demo.exitCode != 0 || built.exitCode != 0) {
            *error = QString::fromUtf8(demo.err + built.err);
            return false;
        }
        s.info = QJsonDocument::fromJson(built.out).object();
        return true;
    }

    static bool createDevice(DeviceFiles &device, const Setup &s)
    {
        Database db;
        return db.open(device.db()) && device.writeToken(s.hub.workerToken);
    }

    // The hub's catalogue changes after the snapshot: a place renamed, a schedule deleted.
    static bool changeAfterSnapshot(const Hub &hub, QString *renamedPlace, QString *deletedSchedule)
    {
        HubDatabase db;
        if (!db.open(hub.location()))
            return false;
        HubCatalogue catalogue(db);
        const auto places = catalogue.live(QStringLiteral("place"), 0, 1);
        const auto schedules = catalogue.live(QStringLiteral("schedule"), 0, 1);
        if (!places || places->isEmpty() || !schedules || schedules->isEmpty())
            return false;
        QJsonObject place = places->first().data;
        place.insert(QStringLiteral("name"), QStringLiteral("Renamed after the snapshot"));
        *renamedPlace = places->first().uid;
        *deletedSchedule = schedules->first().uid;
        HubTransaction tx(db.connection(), db.dialect());
        return catalogue.upsert(QStringLiteral("place"), *renamedPlace, {}, place).outcome == CatalogueWrite::Stored
            && catalogue.remove(QStringLiteral("schedule"), *deletedSchedule, TestClock::nowSecs()).outcome == CatalogueWrite::Stored
            && tx.commit();
    }

    // The occurrences a device indexed: uid and start, for comparing two devices.
    static QStringList occurrences(const DeviceFiles &device)
    {
        return device.rows(QStringLiteral("SELECT uid, start FROM occurrence ORDER BY 1"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(hubPath()), "buurtplein-hub was not built");
        QVERIFY2(QFileInfo::exists(cliPath()), "buurtplein-cli was not built");
    }

    void aFreshDeviceStartsFromTheSnapshotAndFollowsTheFeed_data()
    {
        QTest::addColumn<QString>("dialect");
        for (const QString &dialect : testedDialects())
            QTest::newRow(qPrintable(dialect)) << dialect;
    }
    void aFreshDeviceStartsFromTheSnapshotAndFollowsTheFeed()
    {
        QFETCH(QString, dialect);
        Setup s;
        QString error;
        QVERIFY2(prepare(s, dialect, &error), qPrintable(error));
        QVERIFY(s.info.value(QStringLiteral("records")).toInteger() > 50);
        QString renamed, deleted;
        QVERIFY(changeAfterSnapshot(s.hub, &renamed, &deleted));

        DeviceFiles device;
        QVERIFY(createDevice(device, s));
        const SyncRun run = device.sync(s.hub);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("catalogue taken from the hub's snapshot"), run.err.constData());
        QVERIFY(s.hub.waitForRequest("/v1/snapshot/" + s.info.value(QStringLiteral("file")).toString().toLatin1(), [] { return true; }));

        // Exactly the hub's catalogue, the changes after the snapshot included.
        qint64 last = 0;
        const QMap<QString, QJsonObject> hubCatalogue = s.hub.catalogue(m_nam, &last);
        const QMap<QString, QJsonObject> deviceCatalogue = device.catalogue();
        QCOMPARE(deviceCatalogue.keys(), hubCatalogue.keys());
        QCOMPARE(deviceCatalogue, hubCatalogue);
        QVERIFY(!deviceCatalogue.contains(QStringLiteral("schedule ") + deleted));
        QVERIFY(device.rows(QStringLiteral("SELECT uid FROM schedule WHERE uid = '%1'").arg(deleted)).isEmpty());
        QCOMPARE(deviceCatalogue.value(QStringLiteral("place ") + renamed).value(QStringLiteral("name")).toString(),
                 QStringLiteral("Renamed after the snapshot"));
        QCOMPARE(run.json().value(QStringLiteral("cursor")).toInteger(), last);
        QVERIFY(last > s.info.value(QStringLiteral("changeNumber")).toInteger());
        // Nothing of the download is left beside the database.
        QCOMPARE(QDir(device.db() + QStringLiteral(".download")).entryList(QDir::Files), QStringList());

        // The same sessions a device gets from the whole feed, and the same search text.
        QFile::remove(QDir(s.snapshots.path()).filePath(QStringLiteral("snapshot.json")));
        DeviceFiles viaFeed;
        QVERIFY(createDevice(viaFeed, s));
        const SyncRun feedRun = viaFeed.sync(s.hub);
        QCOMPARE(feedRun.exitCode, 0);
        QVERIFY2(feedRun.err.contains("not using the hub's catalogue snapshot"), feedRun.err.constData());
        QCOMPARE(viaFeed.catalogue(), deviceCatalogue);
        QVERIFY(occurrences(device).size() > 100);
        QCOMPARE(occurrences(device), occurrences(viaFeed));
        QCOMPARE(device.rows(QStringLiteral("SELECT rowid, body FROM activity_fts ORDER BY 1")).size(),
                 viaFeed.rows(QStringLiteral("SELECT rowid, body FROM activity_fts ORDER BY 1")).size());
        QCOMPARE(device.rows(QStringLiteral("SELECT COUNT(*) FROM place_rtree")), viaFeed.rows(QStringLiteral("SELECT COUNT(*) FROM place_rtree")));
    }

    // A download cut off keeps its part; the next cycle asks only for the rest. A part that
    // is not what the hub sent fails the SHA-1 and is never installed.
    void aCutDownloadGoesOnAndADamagedOneIsRefused_data()
    {
        QTest::addColumn<bool>("damaged");
        QTest::newRow("the first half as sent") << false;
        QTest::newRow("the first half damaged") << true;
    }
    void aCutDownloadGoesOnAndADamagedOneIsRefused()
    {
        QFETCH(bool, damaged);
        Setup s;
        QString error;
        QVERIFY2(prepare(s, QStringLiteral("sqlite"), &error), qPrintable(error));
        QFile file(QDir(s.snapshots.path()).filePath(s.info.value(QStringLiteral("file")).toString()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray half = file.read(file.size() / 2);
        if (damaged)
            half[half.size() / 2] = char(half.at(half.size() / 2) ^ 0x5a);

        DeviceFiles device;
        QVERIFY(createDevice(device, s));
        const QString folder = device.db() + QStringLiteral(".download");
        QVERIFY(QDir().mkpath(folder));
        QFile part(QDir(folder).filePath(QStringLiteral("snapshot.part")));
        QFile tag(part.fileName() + QStringLiteral(".sha1"));
        QVERIFY(part.open(QIODevice::WriteOnly) && part.write(half) == half.size());
        QVERIFY(tag.open(QIODevice::WriteOnly) && tag.write(s.info.value(QStringLiteral("sha1")).toString().toLatin1()) == 40);
        part.close();
        tag.close();

        const SyncRun run = device.sync(s.hub);
        QCOMPARE(run.exitCode, 0);
        // The progress starts at the half it had.
        QVERIFY2(run.err.contains(QStringLiteral("snapshot: %1 of %2 bytes").arg(half.size()).arg(file.size()).toUtf8()), run.err.constData());
        if (damaged)
            QVERIFY2(run.err.contains("SHA-1 differs") && !run.err.contains("catalogue taken from the hub's snapshot"), run.err.constData());
        else
            QVERIFY2(run.err.contains("catalogue taken from the hub's snapshot"), run.err.constData());
        qint64 last = 0;
        QCOMPARE(device.catalogue(), s.hub.catalogue(m_nam, &last));
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList());
    }

    // Deletions the hub no longer keeps could be missing between the snapshot and the
    // feed: such a snapshot is not offered, and the device reads the whole feed.
    void aSnapshotOlderThanTheKeptDeletionsIsNotOffered()
    {
        Setup s;
        QString error;
        QVERIFY2(prepare(s, QStringLiteral("sqlite"), &error), qPrintable(error));
        const qint64 change = s.info.value(QStringLiteral("changeNumber")).toInteger();
        QCOMPARE(call(m_nam, "GET", s.hub.url(QStringLiteral("/v1/snapshot"))).status, 200);
        // Changes after the snapshot, and a purge of tombstones up to the first of them.
        QString renamed, deleted;
        QVERIFY(changeAfterSnapshot(s.hub, &renamed, &deleted));
        // Read before the purge: a reader in small pages would be told to resync after it.
        qint64 last = 0;
        const QMap<QString, QJsonObject> hubCatalogue = s.hub.catalogue(m_nam, &last);
        QVERIFY2(s.hub.exec({QStringLiteral("UPDATE feed_counter SET purged_through = %1 WHERE id = 1").arg(change + 1)}, &error), qPrintable(error));
        const Answer answer = call(m_nam, "GET", s.hub.url(QStringLiteral("/v1/snapshot")));
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.json().value(QStringLiteral("error")).toString(), QStringLiteral("no_snapshot"));

        DeviceFiles device;
        QVERIFY(createDevice(device, s));
        const SyncRun run = device.sync(s.hub);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("not using the hub's catalogue snapshot") && !run.err.contains("taken from the hub's snapshot"), run.err.constData());
        QCOMPARE(device.catalogue(), hubCatalogue);
        QCOMPARE(run.json().value(QStringLiteral("cursor")).toInteger(), last);
    }

    // serve --snapshot-hours builds a snapshot at start when the folder holds none that
    // young, on a thread of its own: the hub answers meanwhile, and then offers it.
    void serveBuildsTheSnapshotOnItsSchedule()
    {
        QTemporaryDir snapshots;
        Hub hub;
        QString error;
        QVERIFY2(hub.prepare(QStringLiteral("sqlite"), &error), qPrintable(error));
        QCOMPARE(runHub({QStringLiteral("import-demo"), QStringLiteral("--db"), hub.location()}).exitCode, 0);
        hub.serveArguments = {QStringLiteral("--snapshots"), snapshots.path(), QStringLiteral("--snapshot-hours"), QStringLiteral("6")};
        QVERIFY2(hub.start(&error), qPrintable(error));
        QCOMPARE(call(m_nam, "GET", hub.url(QStringLiteral("/v1/health"))).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(call(m_nam, "GET", hub.url(QStringLiteral("/v1/snapshot"))).status, 200, 30000);
        const QJsonObject info = call(m_nam, "GET", hub.url(QStringLiteral("/v1/snapshot"))).json();
        qint64 last = 0;
        const QMap<QString, QJsonObject> catalogue = hub.catalogue(m_nam, &last);
        QCOMPARE(info.value(QStringLiteral("changeNumber")).toInteger(), last);
        QCOMPARE(info.value(QStringLiteral("records")).toInteger(), qint64(catalogue.size()));

        // Hours that are no number, or negative, are refused before anything is served.
        const CliRun refused = runHub({QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"),
                                       hub.location(), QStringLiteral("--snapshot-hours"), QStringLiteral("-1")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("--snapshot-hours takes"), refused.err.constData());
    }

    // The file in parts: a range, a range of a file that changed since (If-Range), and a
    // name the hub does not offer.
    void theFileIsServedInRanges()
    {
        Setup s;
        QString error;
        QVERIFY2(prepare(s, QStringLiteral("sqlite"), &error), qPrintable(error));
        const QString path = QStringLiteral("/v1/snapshot/") + s.info.value(QStringLiteral("file")).toString();
        QFile file(QDir(s.snapshots.path()).filePath(s.info.value(QStringLiteral("file")).toString()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray whole = file.readAll();
        QNetworkRequest request(s.hub.url(path));
        request.setRawHeader("Range", "bytes=100-199");
        request.setRawHeader("If-Range", '"' + s.info.value(QStringLiteral("sha1")).toString().toLatin1() + '"');
        QNetworkReply *reply = m_nam.get(request);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 206);
        QCOMPARE(reply->readAll(), whole.mid(100, 100));
        reply->deleteLater();
        request.setRawHeader("If-Range", "\"0000000000000000000000000000000000000000\"");
        reply = m_nam.get(request);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->readAll(), whole);
        reply->deleteLater();
        QCOMPARE(call(m_nam, "GET", s.hub.url(QStringLiteral("/v1/snapshot/catalogue-1.sqlite.gz"))).status, 404);
        QCOMPARE(call(m_nam, "GET", s.hub.url(QStringLiteral("/v1/snapshot/..%2Fhub.sqlite"))).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotSync)
#include "tst_snapshotsync.moc"
