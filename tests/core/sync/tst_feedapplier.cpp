// SPDX-License-Identifier: GPL-3.0-or-later
#include "worker/cataloguepayload.h"
#include "catalogue/cataloguestore.h"
#include "storage/database.h"
#include "places/demoloader.h"
#include "device/devicesettings.h"
#include "sync/feedapplier.h"
#include "worker/outbox.h"
#include "search/searchindex.h"
#include "search/windowkeeper.h"

#include <QJsonArray>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace Buurtplein;

namespace {

const QString demoPath = QStringLiteral(BUURTPLEIN_ASSETS "/demo/demo-neighbourhood.json");
/** The hub's version of every record in these tests: not what a fresh device would count to. */
constexpr int hubVersion = 7;

QDateTime now()
{
    return QDateTime(QDate(2026, 11, 20), QTime(11, 0), Qt::UTC);
}

// The uids of one kind's rows, by uid.
QStringList uidsOf(const QSqlDatabase &db, const QString &kind)
{
    const QString sql = kind == CataloguePayload::OverrideKind ? QStringLiteral("SELECT occurrence_uid FROM occurrence_override ORDER BY 1")
                                                               : QStringLiteral("SELECT uid FROM %1 ORDER BY 1").arg(kind);
    QSqlQuery q(db);
    q.exec(sql);
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

std::optional<QJsonObject> record(const CatalogueStore &store, const QString &kind, const QString &uid)
{
    if (kind == CataloguePayload::OrganisationKind)
        if (auto v = store.organisation(uid)) return CataloguePayload::build(*v);
    if (kind == CataloguePayload::PlaceKind)
        if (auto v = store.place(uid)) return CataloguePayload::build(*v);
    if (kind == CataloguePayload::ActivityKind)
        if (auto v = store.activity(uid)) return CataloguePayload::build(*v);
    if (kind == CataloguePayload::ScheduleKind)
        if (auto v = store.schedule(uid)) return CataloguePayload::build(*v);
    if (kind == CataloguePayload::OverrideKind)
        if (auto v = store.occurrenceOverride(uid)) return CataloguePayload::build(*v);
    return std::nullopt;
}

/** Every record of the catalogue as the feed carries it, keyed "kind uid". */
QMap<QString, QJsonObject> snapshot(const QSqlDatabase &db)
{
    const CatalogueStore store(db);
    QMap<QString, QJsonObject> out;
    for (const QString &kind : CataloguePayload::kinds()) {
        for (const QString &uid : uidsOf(db, kind))
            out.insert(kind + QLatin1Char(' ') + uid, *record(store, kind, uid));
    }
    return out;
}

/** The demo neighbourhood as a hub would list it from after=0, every record at hubVersion. */
QJsonArray demoFeed(const QSqlDatabase &hub)
{
    QJsonArray items;
    int change = 100;
    for (const auto &[key, data] : snapshot(hub).asKeyValueRange()) {
        QJsonObject withVersion = data;
        withVersion.insert(QStringLiteral("version"), hubVersion);
        items.append(QJsonObject{{QStringLiteral("state"), QStringLiteral("updated")},
                                 {QStringLiteral("kind"), key.section(QLatin1Char(' '), 0, 0)},
                                 {QStringLiteral("id"), key.section(QLatin1Char(' '), 1)},
                                 {QStringLiteral("modified"), ++change},
                                 {QStringLiteral("version"), hubVersion},
                                 {QStringLiteral("data"), withVersion}});
    }
    return items;
}

QJsonObject tombstone(const QString &kind, const QString &id, int change)
{
    return {{QStringLiteral("state"), QStringLiteral("deleted")}, {QStringLiteral("kind"), kind}, {QStringLiteral("id"), id},
            {QStringLiteral("modified"), change}, {QStringLiteral("version"), hubVersion + 1}, {QStringLiteral("data"), QJsonValue()}};
}

int count(const QSqlDatabase &db, const QString &sql, const QString &bound = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    if (!bound.isNull())
        q.bindValue(0, bound);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

int occurrencesOf(const QSqlDatabase &db, const QString &activityUid)
{
    return count(db, QStringLiteral("SELECT count(*) FROM occurrence o JOIN activity a ON a.id = o.activity_id WHERE a.uid = ?"), activityUid);
}

QList<FeedItem> read(const QJsonArray &items)
{
    QString error;
    const auto list = FeedApplier::readItems(items, &error);
    if (!list)
        qWarning() << error;
    return list.value_or(QList<FeedItem>());
}

} // namespace

class TestFeedApplier : public QObject
{
    Q_OBJECT

private:
    Database m_hub;     // the demo neighbourhood, standing in for the hub's catalogue
    QJsonArray m_feed;

    bool applyAll(Database &device)
    {
        FeedApplier applier(device.connection(), now);
        return applier.applyPage(read(m_feed)) || (qWarning() << applier.errorString(), false);
    }

    QMap<QString, QJsonObject> expected() const
    {
        QMap<QString, QJsonObject> out;
        for (const QJsonValue &item : m_feed)
            out.insert(item[QStringLiteral("kind")].toString() + QLatin1Char(' ') + item[QStringLiteral("id")].toString(),
                       item[QStringLiteral("data")].toObject());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_hub.open(QStringLiteral(":memory:")));
        CatalogueStore store(m_hub);
        QString error;
        QVERIFY2(DemoLoader::load(store, demoPath, &error), qPrintable(error));
        m_feed = demoFeed(m_hub.connection());
        QVERIFY(m_feed.size() > 30);
    }

    // A whole catalogue in one page, its items in any order: records come out as the hub
    // has them, at the hub's versions, searchable, and the cursor is the last change.
    void appliesDemoPageInAnyOrder_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::newRow("feed order") << 0u;
        QTest::newRow("shuffled 1") << 1u;
        QTest::newRow("shuffled 2") << 2u;
        QTest::newRow("reversed") << 99u;
    }

    void appliesDemoPageInAnyOrder()
    {
        QFETCH(quint32, seed);
        QJsonArray items = m_feed;
        QVariantList list = items.toVariantList();
        if (seed == 99)
            std::reverse(list.begin(), list.end());
        else if (seed)
            std::shuffle(list.begin(), list.end(), QRandomGenerator(seed));
        items = QJsonArray::fromVariantList(list);
        Database device;
        QVERIFY(device.open(QStringLiteral(":memory:")));
        FeedApplier applier(device.connection(), now);
        QVERIFY(!applier.hasCursor());
        QVERIFY2(applier.applyPage(read(items)), qPrintable(applier.errorString()));
        QCOMPARE(snapshot(device.connection()), expected());
        QCOMPARE(applier.cursor(), qint64(100 + m_feed.size()));
        QVERIFY(applier.hasCursor());
        // Every record is at the hub's version, and knows it as the hub's: the base of its next edit.
        for (const char *table : {"organisation", "place", "activity", "schedule", "occurrence_override"}) {
            QCOMPARE(count(device.connection(), QStringLiteral("SELECT count(*) FROM %1 WHERE version <> %2 OR hub_version <> %2")
                                                    .arg(QLatin1String(table)).arg(hubVersion)), 0);
        }
        // The search window holds the sessions; the cancelled one is shown as cancelled.
        QVERIFY(occurrencesOf(device.connection(), QStringLiteral("demo:taalcafe-javaplein")) > 0);
        QCOMPARE(count(device.connection(), QStringLiteral("SELECT count(*) FROM occurrence WHERE status = 'cancelled'")), 1);
        QCOMPARE(count(device.connection(), QStringLiteral("SELECT count(*) FROM activity_fts WHERE body LIKE ?"), QStringLiteral("%Taalcaf%")), 1);
    }

    // A page moves the search window one step, not the whole way: a new day on a national
    // catalogue would hold the page's transaction (and every writer) for seconds. Here 600
    // daily series, 500 per step: the first page leaves the stored window, the second
    // finishes the move.
    void aPageMovesTheWindowOneStep()
    {
        Database device;
        QVERIFY(device.open(QStringLiteral(":memory:")));
        const QSqlDatabase db = device.connection();
        QSqlQuery q(db);
        const int series = WindowKeeper::DefaultStepSeries + 100;
        for (int i = 0; i < series; ++i) {
            QVERIFY(q.exec(QStringLiteral("INSERT INTO activity (uid, title, category, languages_spoken, audience, cost_cents, status) "
                                          "VALUES ('daily-%1', 'Dagelijks %1', 'taal_ontmoeting', 'nl', 'iedereen', 0, 'active')").arg(i)));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schedule (uid, activity_id, start_date, start_time, duration_minutes, rrule) "
                                          "VALUES ('daily-%1/s', %2, '2026-01-01', '10:00:00', 60, 'FREQ=DAILY')")
                               .arg(i).arg(q.lastInsertId().toLongLong())));
        }
        QString error;
        QVERIFY2(SearchIndex::rebuild(db, now(), SearchIndex::DefaultWindowWeeks, &error), qPrintable(error));
        const auto window = [&db](const char *key) {
            QSqlQuery w(db);
            return w.exec(QStringLiteral("SELECT value FROM index_state WHERE key = '%1'").arg(QLatin1String(key))) && w.next()
                ? w.value(0).toLongLong() : -1;
        };
        const qint64 from = window("window_from");
        const qint64 to = window("window_to");
        // Series with a session in the day that comes into the window.
        const auto reachingTheNewDay = [&db, to] {
            return count(db, QStringLiteral("SELECT count(DISTINCT activity_id) FROM occurrence WHERE original_start >= ?"),
                         QString::number(to));
        };
        QCOMPARE(reachingTheNewDay(), 0);
        const QDateTime tomorrow = now().addDays(1);
        FeedApplier applier(db, [tomorrow] { return tomorrow; });
        QVERIFY2(applier.applyPage({}), qPrintable(applier.errorString()));
        QCOMPARE(window("window_from"), from);
        QCOMPARE(reachingTheNewDay(), WindowKeeper::DefaultStepSeries);
        QVERIFY2(applier.applyPage({}), qPrintable(applier.errorString()));
        QCOMPARE(window("window_from"), from + 24 * 3600);
        QCOMPARE(window("window_to"), to + 24 * 3600);
        QCOMPARE(reachingTheNewDay(), series);
    }

    // One item the device cannot apply refuses the whole page: nothing of it is stored, the cursor stays.
    void badItemRefusesPage_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("activity names an unknown place") << "activity" << "placeUid" << QJsonValue(QStringLiteral("place:nowhere"));
        QTest::newRow("activity with an unknown category") << "activity" << "category" << QJsonValue(QStringLiteral("ranking"));
        QTest::newRow("place with an extra field") << "place" << "owner" << QJsonValue(QStringLiteral("x"));
        QTest::newRow("schedule with a broken rule") << "schedule" << "rrule" << QJsonValue(QStringLiteral("FREQ=SOMETIMES"));
        QTest::newRow("organisation with a mistyped name") << "organisation" << "name" << QJsonValue(42);
        QTest::newRow("override of an unknown activity") << "override" << "activityUid" << QJsonValue(QStringLiteral("demo:none"));
    }

    void badItemRefusesPage()
    {
        QFETCH(QString, kind);
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        Database device;
        QVERIFY(device.open(QStringLiteral(":memory:")));
        // A device that synced part of the feed already.
        FeedApplier applier(device.connection(), now);
        QJsonArray organisations;
        for (const QJsonValue &item : m_feed) {
            if (item[QStringLiteral("kind")].toString() == CataloguePayload::OrganisationKind)
                organisations.append(item);
        }
        QVERIFY(applier.applyPage(read(organisations)));
        const auto before = snapshot(device.connection());
        const qint64 cursor = applier.cursor();

        QJsonArray page = m_feed;
        bool spoilt = false;
        for (qsizetype i = page.size() - 1; i >= 0 && !spoilt; --i) {
            QJsonObject item = page.at(i).toObject();
            if (item.value(QStringLiteral("kind")).toString() != kind)
                continue;
            QJsonObject data = item.value(QStringLiteral("data")).toObject();
            data.insert(key, value);
            item.insert(QStringLiteral("data"), data);
            page.replace(i, item);
            spoilt = true;
        }
        QVERIFY(spoilt);
        QVERIFY(!applier.applyPage(read(page)));
        QVERIFY2(!applier.errorString().isEmpty(), "a refusal says why");
        QCOMPARE(snapshot(device.connection()), before);
        QCOMPARE(applier.cursor(), cursor);
        QCOMPARE(count(device.connection(), QStringLiteral("SELECT count(*) FROM occurrence o JOIN activity a ON a.id = o.activity_id "
                                                           "WHERE a.uid = 'demo:taalcafe-javaplein'")), 0);
    }

    void readItemsRefusesMalformed_data()
    {
        QTest::addColumn<QJsonObject>("item");
        QTest::addColumn<QString>("message");
        const QJsonObject good = m_feed.at(0).toObject();
        auto with = [good](const QString &key, const QJsonValue &value) {
            QJsonObject o = good;
            if (value.isUndefined())
                o.remove(key);
            else
                o.insert(key, value);
            return o;
        };
        QTest::newRow("unknown state") << with(QStringLiteral("state"), QStringLiteral("created")) << "state";
        QTest::newRow("unknown kind") << with(QStringLiteral("kind"), QStringLiteral("person")) << "kind";
        QTest::newRow("no id") << with(QStringLiteral("id"), QJsonValue(QJsonValue::Undefined)) << "id";
        QTest::newRow("fractional change") << with(QStringLiteral("modified"), 3.5) << "modified";
        QTest::newRow("extra key") << with(QStringLiteral("ip"), QStringLiteral("127.0.0.1")) << "unknown key 'ip'";
        QTest::newRow("data of another record") << with(QStringLiteral("id"), QStringLiteral("org:other")) << "carries the record";
        QTest::newRow("updated without data") << with(QStringLiteral("data"), QJsonValue()) << "needs its record";
    }

    void readItemsRefusesMalformed()
    {
        QFETCH(QJsonObject, item);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!FeedApplier::readItems(QJsonArray{m_feed.at(1), item}, &error));
        QVERIFY2(error.contains(message) && error.startsWith(QLatin1String("Feed item 1")), qPrintable(error));
    }

    // Tombstones remove records and their sessions from the search window.
    void appliesDeletions()
    {
        Database device;
        QVERIFY(device.open(QStringLiteral(":memory:")));
        QVERIFY(applyAll(device));
        const QSqlDatabase db = device.connection();
        const QString activity = QStringLiteral("demo:inloop-meevaart");
        const QStringList overrides = uidsOf(db, CataloguePayload::OverrideKind).filter(activity);
        QCOMPARE(overrides.size(), 1);
        QVERIFY(occurrencesOf(db, activity) > 0);
        const qint64 last = 100 + m_feed.size();
        QJsonArray page{tombstone(CataloguePayload::OverrideKind, overrides.first(), int(last + 1)),
                        tombstone(CataloguePayload::ActivityKind, activity, int(last + 2)),
                        // Already gone, or never on this device: nothing to do.
                        tombstone(CataloguePayload::PlaceKind, QStringLiteral("place:never-seen"), int(last + 3))};
        FeedApplier applier(db, now);
        QVERIFY2(applier.applyPage(read(page)), qPrintable(applier.errorString()));
        QVERIFY(!CatalogueStore(db).activity(activity));
        QVERIFY(uidsOf(db, CataloguePayload::OverrideKind).filter(activity).isEmpty());
        QCOMPARE(occurrencesOf(db, activity), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM occurrence WHERE status = 'cancelled'")), 0);
        QCOMPARE(applier.cursor(), last + 3);
        // An empty page (the end of the feed) keeps the cursor.
        QVERIFY(applier.applyPage({}));
        QCOMPARE(applier.cursor(), last + 3);
    }

    // An edit still waiting for the hub is not overwritten by the feed before the hub answered it.
    void keepsRecordWaitingForHub()
    {
        Database device;
        QVERIFY(device.open(QStringLiteral(":memory:")));
        QVERIFY(applyAll(device));
        const QSqlDatabase db = device.connection();
        CatalogueStore store(db);
        Activity mine = *store.activity(QStringLiteral("demo:taalcafe-javaplein"));
        mine.title = QStringLiteral("Taalcafé (nieuwe tijd)");
        QVERIFY(store.save(mine));
        QVERIFY(Outbox(db).enqueue(Outbox::ActivityKind, mine.uid, mine.version, CataloguePayload::build(mine)));

        QJsonArray page;
        for (const QJsonValue &value : m_feed) {
            QJsonObject item = value.toObject();
            if (item.value(QStringLiteral("id")).toString() != mine.uid)
                continue;
            item.insert(QStringLiteral("modified"), 1000);
            page.append(item);
        }
        FeedApplier applier(db, now);
        QVERIFY(applier.applyPage(read(page)));
        QCOMPARE(store.activity(mine.uid)->title, mine.title);
        QCOMPARE(applier.cursor(), 1000);
        // The device's edit counts on its own version; the hub's stays what the hub said.
        const auto versions = [&] {
            return QStringLiteral("%1/%2").arg(count(db, QStringLiteral("SELECT version FROM activity WHERE uid = ?"), mine.uid))
                .arg(count(db, QStringLiteral("SELECT hub_version FROM activity WHERE uid = ?"), mine.uid));
        };
        QCOMPARE(versions(), QStringLiteral("%1/%2").arg(hubVersion + 1).arg(hubVersion));
        // The hub stored an earlier payload while this edit waited: only the hub's version moves.
        QVERIFY(applier.setHubVersion(Outbox::ActivityKind, mine.uid, hubVersion + 3));
        QCOMPARE(versions(), QStringLiteral("%1/%2").arg(hubVersion + 1).arg(hubVersion + 3));
        QVERIFY(applier.setVersion(Outbox::ActivityKind, mine.uid, hubVersion + 4));
        QCOMPARE(versions(), QStringLiteral("%1/%1").arg(hubVersion + 4));
    }

    // A resync makes the catalogue the hub's and leaves what is the device's own.
    void replaceAllKeepsDeviceData()
    {
        Database device;
        QVERIFY(device.open(QStringLiteral(":memory:")));
        QVERIFY(applyAll(device));
        const QSqlDatabase db = device.connection();
        CatalogueStore store(db);
        // Something only this device has (e.g. from an old demo), a join, a setting, a waiting log.
        Activity stale;
        stale.uid = QStringLiteral("demo:stale");
        stale.organisationUid = QStringLiteral("org:oba");
        stale.title = QStringLiteral("Opgeheven spreekuur");
        stale.category = QStringLiteral("spreekuur_advies");
        QVERIFY2(store.save(stale), qPrintable(store.errorString()));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO join_record (token, activity_uid, occurrence_uid, created) "
                                      "VALUES ('t1', 'demo:stale', '', '2026-11-01T10:00:00Z')")));
        QVERIFY(DeviceSettings(db).setValue(SettingKey::uiLanguage, QStringLiteral("ar")));
        QVERIFY(Outbox(db).enqueue(Outbox::SessionLogKind, QStringLiteral("log-1"), 1, {{QStringLiteral("uuid"), QStringLiteral("log-1")}}));

        // The hub dropped one activity (its tombstone long purged) and renamed another.
        QJsonArray hub;
        int change = 5000;
        for (const QJsonValue &value : m_feed) {
            QJsonObject item = value.toObject();
            if (item.value(QStringLiteral("id")).toString() == QLatin1String("demo:inloop-meevaart")
                || item.value(QStringLiteral("data"))[QStringLiteral("activityUid")].toString() == QLatin1String("demo:inloop-meevaart"))
                continue;
            if (item.value(QStringLiteral("id")).toString() == QLatin1String("demo:taalcafe-javaplein")) {
                QJsonObject data = item.value(QStringLiteral("data")).toObject();
                data.insert(QStringLiteral("title"), QStringLiteral("Taalcafé Javaplein"));
                item.insert(QStringLiteral("data"), data);
            }
            item.insert(QStringLiteral("modified"), ++change);
            hub.append(item);
        }
        // A record read twice while the pages came in: its later state, a deletion, counts.
        hub.append(tombstone(CataloguePayload::ActivityKind, QStringLiteral("demo:dialoog-meevaart"), ++change));
        QMap<QString, QJsonObject> expectedHub;
        for (const QJsonValue &item : hub) {
            const QString key = item[QStringLiteral("kind")].toString() + QLatin1Char(' ') + item[QStringLiteral("id")].toString();
            if (item[QStringLiteral("state")].toString() == QLatin1String("deleted")) {
                expectedHub.remove(key);
                for (const QString &k : expectedHub.keys()) {
                    if (expectedHub.value(k).value(QStringLiteral("activityUid")).toString() == item[QStringLiteral("id")].toString())
                        expectedHub.remove(k);
                }
            } else {
                expectedHub.insert(key, item[QStringLiteral("data")].toObject());
            }
        }

        FeedApplier applier(db, now);
        QVERIFY2(applier.replaceAll(read(hub), change), qPrintable(applier.errorString()));
        QCOMPARE(snapshot(db), expectedHub);
        QCOMPARE(applier.cursor(), change);
        QCOMPARE(occurrencesOf(db, QStringLiteral("demo:inloop-meevaart")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM activity_fts WHERE body LIKE ?"), QStringLiteral("%Opgeheven%")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM join_record")), 1);
        QCOMPARE(DeviceSettings(db).value(SettingKey::uiLanguage), QStringLiteral("ar"));
        QCOMPARE(Outbox(db).pendingCount(), 1);

        // A resync with one bad record changes nothing at all.
        QJsonArray bad = m_feed;
        QJsonObject item = bad.last().toObject();
        QJsonObject data = item.value(QStringLiteral("data")).toObject();
        data.insert(QStringLiteral("placeUid"), QStringLiteral("place:nowhere"));
        data.insert(QStringLiteral("newPlaceUid"), QStringLiteral("place:nowhere"));
        data.insert(QStringLiteral("activityUid"), QStringLiteral("demo:none"));
        item.insert(QStringLiteral("data"), data);
        bad.replace(bad.size() - 1, item);
        const auto before = snapshot(db);
        QVERIFY(!applier.replaceAll(read(bad), 9999));
        QCOMPARE(snapshot(db), before);
        QCOMPARE(applier.cursor(), change);
    }
};

QTEST_GUILESS_MAIN(TestFeedApplier)
#include "tst_feedapplier.moc"
