// SPDX-License-Identifier: GPL-3.0-or-later
// CatalogueSnapshot (core/sync/cataloguesnapshot.h): the file a hub writes for a fresh
// device, checked and installed. The end-to-end path through the real hub and CLI is
// tests/endtoend/tst_snapshotsync.
#include "catalogue/cataloguestore.h"
#include "device/devicesettings.h"
#include "places/demoloader.h"
#include "search/searchindex.h"
#include "storage/database.h"
#include "sync/cataloguesnapshot.h"
#include "worker/cataloguepayload.h"
#include "worker/outbox.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace Buurtplein;

namespace {

const QString demoPath = QStringLiteral(BUURTPLEIN_ASSETS "/demo/demo-neighbourhood.json");
constexpr qint64 changeNumber = 4242;

QDateTime now()
{
    return QDateTime(QDate(2026, 11, 20), QTime(11, 0), Qt::UTC);
}

QStringList rows(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    q.exec(sql);
    QStringList out;
    while (q.next()) {
        QStringList columns;
        for (int i = 0; i < q.record().count(); ++i)
            columns.append(q.value(i).toString());
        out.append(columns.join(QLatin1Char('|')));
    }
    return out;
}

// What a device's catalogue and index hold, for comparing two devices.
QStringList contents(QSqlDatabase db)
{
    QStringList out;
    for (const QString &sql : {QStringLiteral("SELECT uid, name, hub_version FROM place ORDER BY uid"),
                               QStringLiteral("SELECT uid, title, hub_version FROM activity ORDER BY uid"),
                               QStringLiteral("SELECT uid, hub_version FROM schedule ORDER BY uid"),
                               QStringLiteral("SELECT occurrence_uid FROM occurrence_override ORDER BY 1"),
                               QStringLiteral("SELECT uid, start, place_id IS NULL FROM occurrence ORDER BY uid"),
                               QStringLiteral("SELECT body FROM activity_fts ORDER BY body"),
                               QStringLiteral("SELECT COUNT(*) FROM place_rtree")})
        out += rows(db, sql);
    return out;
}

bool writeGzip(const QString &path, const QByteArray &data)
{
    gzFile out = gzopen(QFile::encodeName(path).constData(), "wb");
    return out && gzwrite(out, data.constData(), unsigned(data.size())) == int(data.size()) && gzclose(out) == Z_OK;
}

} // namespace

class TestCatalogueSnapshot : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_hub;                 // the hub's catalogue as device records: the demo
    QList<FeedItem> m_items;        // ... as the hub lists them, parents first
    QString m_gz;
    CatalogueSnapshot::Info m_info;

    // A device with the demo catalogue from the feed (the path a snapshot replaces), a join and a setting of its own.
    void deviceFromFeed(Database &device, const QString &name)
    {
        QVERIFY(device.open(m_dir.filePath(name)));
        FeedApplier applier(device.connection(), now);
        QVERIFY2(applier.replaceAll(m_items, changeNumber), qPrintable(applier.errorString()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_hub.open(QStringLiteral(":memory:")));
        CatalogueStore store(m_hub);
        QString error;
        QVERIFY2(DemoLoader::load(store, demoPath, &error), qPrintable(error));
        qint64 change = 0;
        for (const QString &kind : CataloguePayload::kinds()) {
            const QString key = kind == CataloguePayload::OverrideKind ? QStringLiteral("occurrence_uid") : QStringLiteral("uid");
            const QString table = kind == CataloguePayload::OverrideKind ? QStringLiteral("occurrence_override") : kind;
            for (const QString &uid : rows(m_hub.connection(), QStringLiteral("SELECT %1 FROM %2 ORDER BY 1").arg(key, table))) {
                QJsonObject data;
                if (kind == CataloguePayload::OrganisationKind) data = CataloguePayload::build(*store.organisation(uid));
                if (kind == CataloguePayload::PlaceKind) data = CataloguePayload::build(*store.place(uid));
                if (kind == CataloguePayload::ActivityKind) data = CataloguePayload::build(*store.activity(uid));
                if (kind == CataloguePayload::ScheduleKind) data = CataloguePayload::build(*store.schedule(uid));
                if (kind == CataloguePayload::OverrideKind) data = CataloguePayload::build(*store.occurrenceOverride(uid));
                m_items.append({false, kind, uid, ++change, 3, data});
            }
        }
        QVERIFY(m_items.size() > 30);

        CatalogueSnapshot::Writer writer;
        m_gz = m_dir.filePath(QStringLiteral("catalogue.sqlite.gz"));
        QVERIFY2(writer.open(m_dir.filePath(QStringLiteral("building.sqlite"))), qPrintable(writer.errorString()));
        // In pages, as the hub writes it.
        for (qsizetype i = 0; i < m_items.size(); i += 7)
            QVERIFY2(writer.add(m_items.mid(i, 7)), qPrintable(writer.errorString()));
        QVERIFY2(writer.finish(changeNumber, m_gz, &m_info), qPrintable(writer.errorString()));
        QCOMPARE(m_info.records, qint64(m_items.size()));
        QCOMPARE(m_info.changeNumber, changeNumber);
        QCOMPARE(m_info.schemaVersion, Database::latestSchemaVersion());
        QCOMPARE(m_info.sha1.size(), 40);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("building.sqlite"))));
    }

    // The file holds records only; installed, the device holds what the whole feed gives it,
    // its index built for its own clock, and keeps its joins and settings.
    void installedEqualsTheFeed()
    {
        const QString inflated = m_dir.filePath(QStringLiteral("roundtrip.sqlite"));
        QString error;
        QVERIFY2(CatalogueSnapshot::inflate(m_gz, inflated, &error), qPrintable(error));
        QCOMPARE(CatalogueSnapshot::check(inflated, &error), std::optional<qint64>(changeNumber));
        {
            Database file;
            QVERIFY(file.open(inflated));
            QCOMPARE(rows(file.connection(), QStringLiteral("SELECT COUNT(*) FROM occurrence")), QStringList{QStringLiteral("0")});
            QCOMPARE(rows(file.connection(), QStringLiteral("SELECT COUNT(*) FROM activity_fts")), QStringList{QStringLiteral("0")});
            // Nothing of the text index is left in the file (FTS5 keeps deleted text until a merge).
            QCOMPARE(rows(file.connection(), QStringLiteral("SELECT COUNT(*) FROM activity_fts_data WHERE length(block) > 100")),
                     QStringList{QStringLiteral("0")});
        }

        Database viaFeed;
        deviceFromFeed(viaFeed, QStringLiteral("feed.sqlite"));
        Database device;
        QVERIFY(device.open(m_dir.filePath(QStringLiteral("device.sqlite"))));
        QSqlQuery q(device.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO join_record (token, activity_uid, created) VALUES ('t1', 'kept-join', '2026-11-01')")));
        QVERIFY(DeviceSettings(device.connection()).setValue(QStringLiteral("ui.language"), QStringLiteral("tr")));
        const auto copied = CatalogueSnapshot::install(device.connection(), inflated, now(), &error);
        QVERIFY2(copied, qPrintable(error));
        QVERIFY(*copied >= m_items.size());
        // Indexed for its first week only, so that the catalogue shows at once...
        const qint64 weekEnd = now().toSecsSinceEpoch() + (7 * CatalogueSnapshot::FirstWindowWeeks + 1) * 24 * 3600;
        QVERIFY(rows(device.connection(), QStringLiteral("SELECT COUNT(*) FROM occurrence")).value(0).toInt() > 5);
        QCOMPARE(rows(device.connection(), QStringLiteral("SELECT COUNT(*) FROM occurrence WHERE start >= %1").arg(weekEnd)),
                 QStringList{QStringLiteral("0")});
        // ...then widened in small steps, as the app's WindowKeeper does: the same index as the feed's.
        SearchIndex::WindowStep step;
        int steps = 0;
        do {
            QVERIFY2(SearchIndex::advanceWindow(device.connection(), now(), SearchIndex::DefaultWindowWeeks, 2, &step, &error),
                     qPrintable(error));
            QVERIFY(!step.startedOver);
            ++steps;
        } while (!step.done);
        QVERIFY(steps > 2);
        QVERIFY(rows(device.connection(), QStringLiteral("SELECT COUNT(*) FROM occurrence")).value(0).toInt() > 50);
        QCOMPARE(contents(device.connection()), contents(viaFeed.connection()));
        QCOMPARE(DeviceSettings(device.connection()).value(SettingKey::syncFeedCursor), QString::number(changeNumber));
        QCOMPARE(DeviceSettings(device.connection()).value(QStringLiteral("ui.language")), QStringLiteral("tr"));
        QCOMPARE(rows(device.connection(), QStringLiteral("SELECT activity_uid FROM join_record")), QStringList{QStringLiteral("kept-join")});
    }

    // A file that is not what it should be changes nothing on the device.
    void refusesWhatItCannotUse_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("cut short") << "cut" << "cut short";
        QTest::newRow("no database") << "bytes" << "not";
        QTest::newRow("another schema") << "schema" << "schema";
        QTest::newRow("no change number") << "cursor" << "no change number";
        QTest::newRow("a trigger in the file") << "trigger" << "not this app's catalogue tables";
        QTest::newRow("a table of another shape") << "shape" << "not this app's catalogue tables";
    }
    void refusesWhatItCannotUse()
    {
        QFETCH(QString, damage);
        QFETCH(QString, sentence);
        const QString gz = m_dir.filePath(damage + QStringLiteral(".gz"));
        const QString inflated = m_dir.filePath(damage + QStringLiteral(".sqlite"));
        QString error;
        QFile whole(m_gz);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        if (damage == QLatin1String("cut")) {
            QFile out(gz);
            QVERIFY(out.open(QIODevice::WriteOnly) && out.write(whole.read(whole.size() / 2)) > 0);
        } else if (damage == QLatin1String("bytes")) {
            QVERIFY(writeGzip(gz, QByteArray(100000, 'x')));
        } else {
            QVERIFY(QFile::copy(m_gz, gz));
            QVERIFY(CatalogueSnapshot::inflate(gz, inflated, &error));
            {
                Database file;
                QVERIFY(file.open(inflated));
                QSqlQuery q(file.connection());
                if (damage == QLatin1String("schema"))
                    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
                else if (damage == QLatin1String("cursor"))
                    QVERIFY(q.exec(QStringLiteral("DELETE FROM device_setting")));
                else if (damage == QLatin1String("trigger"))
                    QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER sneaky AFTER INSERT ON place BEGIN DELETE FROM organisation; END")));
                else
                    QVERIFY(q.exec(QStringLiteral("ALTER TABLE place ADD COLUMN extra TEXT")));
                QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            }
        }
        Database device;
        deviceFromFeed(device, damage + QStringLiteral("-device.sqlite"));
        const QStringList before = contents(device.connection());
        const bool inflatedOk = (damage != QLatin1String("cut") && damage != QLatin1String("bytes"))
            || CatalogueSnapshot::inflate(gz, inflated, &error);
        const bool installed = inflatedOk && CatalogueSnapshot::install(device.connection(), inflated, now(), &error).has_value();
        QVERIFY(!installed);
        QVERIFY2(error.contains(sentence), qPrintable(error));
        QCOMPARE(contents(device.connection()), before);
        QCOMPARE(DeviceSettings(device.connection()).value(SettingKey::syncFeedCursor), QString::number(changeNumber));
    }

    // A catalogue edit waiting for the hub would be lost: the snapshot is refused and
    // the device keeps everything (the engine then reads the whole feed, which keeps it).
    void waitingEditsRefuseIt()
    {
        Database device;
        QVERIFY(device.open(m_dir.filePath(QStringLiteral("waiting.sqlite"))));
        QVERIFY(Outbox(device.connection()).enqueue(CataloguePayload::ActivityKind, QStringLiteral("new-activity"), 1,
                                                    QJsonObject{{QStringLiteral("uid"), QStringLiteral("new-activity")}}));
        const QString inflated = m_dir.filePath(QStringLiteral("waiting-snapshot.sqlite"));
        QString error;
        QVERIFY(CatalogueSnapshot::inflate(m_gz, inflated, &error));
        QVERIFY(!CatalogueSnapshot::install(device.connection(), inflated, now(), &error));
        QVERIFY2(error.contains(QStringLiteral("wait for the hub")), qPrintable(error));
        QCOMPARE(rows(device.connection(), QStringLiteral("SELECT COUNT(*) FROM activity")), QStringList{QStringLiteral("0")});
        QVERIFY(!DeviceSettings(device.connection()).contains(SettingKey::syncFeedCursor));
    }

    void describesItselfStrictly()
    {
        QString error;
        const auto back = CatalogueSnapshot::Info::fromJson(m_info.toJson(), &error);
        QVERIFY(!back); // builtAt and file are the hub's to fill in
        CatalogueSnapshot::Info info = m_info;
        info.builtAt = now();
        info.file = QStringLiteral("catalogue-4242.sqlite.gz");
        const auto read = CatalogueSnapshot::Info::fromJson(info.toJson(), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->sha1, m_info.sha1);
        QJsonObject sneaky = info.toJson();
        sneaky.insert(QStringLiteral("file"), QStringLiteral("../device.sqlite"));
        QVERIFY(!CatalogueSnapshot::Info::fromJson(sneaky, &error));
    }
};

QTEST_GUILESS_MAIN(TestCatalogueSnapshot)
#include "tst_cataloguesnapshot.moc"
