// SPDX-License-Identifier: GPL-3.0-or-later
#include "worker/cataloguepayload.h"
#include "hubtest.h"
#include "recurrence/occurrenceexpander.h"
#include "store/hubcatalogue.h"
#include "store/hubdatabase.h"
#include "store/organisationstore.h"
#include "store/tokenstore.h"

#include <QJsonArray>
#include <QThread>
#include <QTest>

#include <atomic>
#include <map>

using namespace Buurtplein;
using namespace Buurtplein::HubTest;

namespace {
const QString westUid = QStringLiteral("welzijn-west");
const QString oostUid = QStringLiteral("buurtteam-oost");
const QString placeUid = QStringLiteral("mvzn:MV2946-1");

Place place(const QString &name = QStringLiteral("OBA Javaplein"))
{
    Place p;
    p.uid = placeUid;
    p.name = name;
    p.kind = QStringLiteral("bibliotheek");
    p.lat = 52.364156;
    p.lon = 4.938757;
    p.hasCoordinates = true;
    return p;
}

Activity activity(const QString &uid, const QString &organisation, const QString &title = QStringLiteral("Taalcafé"))
{
    Activity a;
    a.uid = uid;
    a.organisationUid = organisation;
    a.placeUid = placeUid;
    a.title = title;
    a.category = QStringLiteral("taal_ontmoeting");
    a.languagesSpoken = {QStringLiteral("nl"), QStringLiteral("ar")};
    return a;
}

Schedule schedule(const QString &uid, const QString &activityUid)
{
    Schedule s;
    s.uid = uid;
    s.activityUid = activityUid;
    s.startDate = QDate(2026, 9, 1);
    s.startTime = QTime(14, 0);
    s.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TU");
    s.exceptionDays = {QDate(2026, 12, 29)};
    return s;
}

OccurrenceOverride cancellation(const QString &activityUid)
{
    OccurrenceOverride o;
    o.activityUid = activityUid;
    o.originalStart = QDateTime(QDate(2026, 11, 24), QTime(13, 0), Qt::UTC);
    o.occurrenceUid = OccurrenceId::make(activityUid, o.originalStart.toSecsSinceEpoch());
    o.status = QStringLiteral("cancelled");
    o.reason = QStringLiteral("host_ziek");
    return o;
}

QJsonObject item(const QString &kind, const QString &id, qint64 baseVersion, const QJsonObject &data)
{
    return {{QStringLiteral("kind"), kind}, {QStringLiteral("id"), id}, {QStringLiteral("baseVersion"), baseVersion}, {QStringLiteral("data"), data}};
}

QByteArray batch(const QJsonArray &items)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("items"), items}}).toJson(QJsonDocument::Compact);
}

QJsonObject answerOf(const Answer &a, int index)
{
    return a.json().value(QStringLiteral("items")).toArray().at(index).toObject();
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}
} // namespace

// The hub's catalogue and its feed, on an SQLite file and on PostgreSQL: the store's
// versions and change numbers, the order of numbers under concurrent writers, the real
// `buurtplein-hub serve` answering GET /v1/feed and POST /v1/changes, and the import commands.
class TestHubCatalogue : public QObject
{
    Q_OBJECT

    /** A hub database with two organisations, their tokens and one place, served by a real hub. */
    struct Site {
        FreshDatabase fresh;
        HubDatabase db;
        HubProcess hub;
        QByteArray west, oost, evaluator, admin;
    };
    std::map<QString, std::unique_ptr<Site>> m_sites;
    QNetworkAccessManager m_nam;

    Site *site(const QString &dialect)
    {
        auto &slot = m_sites[dialect];
        if (slot)
            return slot.get();
        auto s = std::make_unique<Site>();
        QString error;
        if (!s->fresh.create(dialect, &error) || !s->db.open(s->fresh.location())) {
            qWarning("%s %s", qPrintable(error), qPrintable(s->db.errorString()));
            return nullptr;
        }
        OrganisationStore organisations(s->db);
        TokenStore tokens(s->db);
        if (!organisations.create({westUid, QStringLiteral("Welzijn West"), QStringLiteral("welzijn")}, 1, &error)
            || !organisations.create({oostUid, QStringLiteral("Buurtteam Oost"), QStringLiteral("welzijn")}, 1, &error))
            return nullptr;
        s->west = tokens.create(Role::Worker, westUid, {}, 1, &error).value_or(NewToken()).token.toLatin1();
        s->oost = tokens.create(Role::Worker, oostUid, {}, 1, &error).value_or(NewToken()).token.toLatin1();
        s->evaluator = tokens.create(Role::Evaluator, {}, {}, 1, &error).value_or(NewToken()).token.toLatin1();
        s->admin = tokens.create(Role::Admin, {}, {}, 1, &error).value_or(NewToken()).token.toLatin1();
        {
            HubTransaction tx(s->db.connection(), s->db.dialect());
            HubCatalogue(s->db).upsert(CataloguePayload::PlaceKind, placeUid, {}, CataloguePayload::build(place()));
            tx.commit();
        }
        if (!s->hub.start(s->fresh.location(), &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        slot = std::move(s);
        return slot.get();
    }

    Answer push(Site *s, const QJsonArray &items, const QByteArray &token)
    {
        return call(m_nam, "POST", s->hub.url(QStringLiteral("/v1/changes")), batch(items), token);
    }

    static qint64 lastChange(HubDatabase &db) { return HubCatalogue(db).lastChange(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFile::exists(hubPath()), qPrintable(hubPath()));
    }

    void cleanupTestCase()
    {
        for (auto &[dialect, s] : m_sites) {
            const QByteArray log = s->hub.stop();
            QVERIFY2(log.contains("method=POST path=/v1/changes status=200"), log.constData());
            QVERIFY2(!log.contains("Taalcaf"), "a request body in the log");
        }
        m_sites.clear();
    }

    void dialect_data()
    {
        QTest::addColumn<QString>("dialect");
        for (const QString &d : dialects())
            QTest::newRow(qPrintable(d)) << d;
    }

    // Versions start at 1 and rise by one per write; every write takes the next change number.
    void versionsAndChanges_data() { dialect_data(); }
    void versionsAndChanges()
    {
        QFETCH(QString, dialect);
        FreshDatabase fresh;
        HubDatabase db;
        QString error;
        QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
        QVERIFY2(db.open(fresh.location()), qPrintable(db.errorString()));
        HubCatalogue catalogue(db);
        const QString kind = CataloguePayload::PlaceKind;
        {
            HubTransaction tx(db.connection(), db.dialect());
            CatalogueWrite w = catalogue.upsert(kind, placeUid, {}, CataloguePayload::build(place()), 0);
            QCOMPARE(w.outcome, CatalogueWrite::Stored);
            QCOMPARE(w.version, 1);
            QCOMPARE(w.change, 1);
            w = catalogue.upsert(kind, placeUid, {}, CataloguePayload::build(place()), 0);
            QCOMPARE(w.outcome, CatalogueWrite::Unchanged); // the same data again: a retry, not a conflict
            QCOMPARE(w.version, 1);
            w = catalogue.upsert(kind, placeUid, {}, CataloguePayload::build(place(QStringLiteral("OBA Javaplein (1e verdieping)"))), 0);
            QCOMPARE(w.outcome, CatalogueWrite::Conflict);
            QCOMPARE(w.version, 1);
            w = catalogue.upsert(kind, placeUid, {}, CataloguePayload::build(place(QStringLiteral("OBA Javaplein (1e verdieping)"))), 1);
            QCOMPARE(w.outcome, CatalogueWrite::Stored);
            QCOMPARE(w.version, 2);
            QCOMPARE(w.change, 2);
            QCOMPARE(catalogue.find(kind, placeUid)->data.value(QStringLiteral("version")).toInt(), 2);
            QVERIFY(tx.commit());
        }
        {
            // A rolled-back write gives its number back: the feed has no holes to wonder about.
            HubTransaction tx(db.connection(), db.dialect());
            QCOMPARE(catalogue.upsert(kind, QStringLiteral("place:other"), {}, CataloguePayload::build(place())).change, 3);
        }
        QCOMPARE(lastChange(db), 2);
        {
            HubTransaction tx(db.connection(), db.dialect());
            const CatalogueWrite removed = catalogue.remove(kind, placeUid, 1000);
            QCOMPARE(removed.outcome, CatalogueWrite::Stored);
            QCOMPARE(removed.version, 3);
            QCOMPARE(catalogue.remove(kind, placeUid, 1001).outcome, CatalogueWrite::Unchanged);
            Place other = place();
            other.uid = QStringLiteral("place:other");
            QCOMPARE(catalogue.upsert(kind, other.uid, {}, CataloguePayload::build(other)).change, 4);
            QVERIFY(tx.commit());
        }
        const auto all = catalogue.page(0, 10).value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).uid, placeUid);
        QCOMPARE(all.at(0).deleted.value_or(0), 1000);
        QVERIFY(all.at(0).data.isEmpty());
        QCOMPARE(all.at(1).change, 4);
        QCOMPARE(catalogue.page(3, 10).value().size(), 1);
        QCOMPARE(catalogue.page(0, 1).value().size(), 1);

        // Tombstones stay 90 days whatever a purge asks; then the feed's window starts after them.
        const qint64 day = 24 * 3600;
        HubTransaction tx(db.connection(), db.dialect());
        QCOMPARE(catalogue.purgeTombstones(1000 + 89 * day, 0), 0);
        QCOMPARE(catalogue.oldestCursorServed().value_or(-1), 0);
        QCOMPARE(catalogue.purgeTombstones(1000 + 91 * day, day), 1);
        QCOMPARE(catalogue.oldestCursorServed().value_or(-1), 3);
        QVERIFY(tx.commit());
        QVERIFY(!catalogue.find(kind, placeUid));
    }

    // T1 writes and stays open; T2's write must wait for T1's commit and then get a
    // higher number, and a reader polling meanwhile never sees a number below one it passed.
    void lateCommitIsNeverSkipped()
    {
        FreshDatabase fresh;
        HubDatabase writer;
        HubDatabase reader;
        QString error;
        QVERIFY2(fresh.create(QStringLiteral("postgresql"), &error), qPrintable(error));
        QVERIFY2(writer.open(fresh.location()) && reader.open(fresh.location()), qPrintable(writer.errorString() + reader.errorString()));
        {
            HubTransaction tx(writer.connection(), writer.dialect());
            HubCatalogue(writer).upsert(CataloguePayload::PlaceKind, placeUid, {}, CataloguePayload::build(place()));
            QVERIFY(tx.commit());
        }
        qint64 cursor = 0;
        QList<qint64> seen;
        const auto poll = [&] {
            const QList<CatalogueItem> page = HubCatalogue(reader).page(cursor, 100).value_or(QList<CatalogueItem>());
            for (const CatalogueItem &item : page) {
                QVERIFY2(item.change > cursor, qPrintable(QStringLiteral("%1 after %2").arg(item.change).arg(cursor)));
                cursor = item.change;
                seen.append(item.change);
            }
        };
        poll();
        QCOMPARE(cursor, 1);

        auto t1 = std::make_unique<HubTransaction>(writer.connection(), writer.dialect());
        Place first = place();
        first.uid = QStringLiteral("place:t1");
        const CatalogueWrite w1 = HubCatalogue(writer).upsert(CataloguePayload::PlaceKind, first.uid, {}, CataloguePayload::build(first));
        QCOMPARE(w1.outcome, CatalogueWrite::Stored);

        std::atomic<qint64> pid{0};
        CatalogueWrite w2;
        QString threadError;
        const QString location = fresh.location();
        std::unique_ptr<QThread> t2(QThread::create([&] {
            HubDatabase db; // its own connection, made and used in this thread only
            if (!db.open(location)) {
                threadError = db.errorString();
                return;
            }
            QSqlQuery q(db.connection());
            if (q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next())
                pid = q.value(0).toLongLong();
            HubTransaction tx(db.connection(), db.dialect());
            Place second = place();
            second.uid = QStringLiteral("place:t2");
            w2 = HubCatalogue(db).upsert(CataloguePayload::PlaceKind, second.uid, {}, CataloguePayload::build(second));
            if (!tx.commit())
                threadError = tx.errorString();
        }));
        t2->start();
        // T2 is waiting for the counter's row lock: PostgreSQL says so (the timeout is only a guard).
        const bool waiting = QTest::qWaitFor([&] {
            if (!pid)
                return false;
            QSqlQuery q(reader.connection());
            q.prepare(QStringLiteral("SELECT wait_event_type FROM pg_stat_activity WHERE pid = :pid"));
            q.bindValue(QStringLiteral(":pid"), pid.load());
            return q.exec() && q.next() && q.value(0).toString() == QLatin1String("Lock");
        }, 60000);
        QVERIFY2(waiting, qPrintable(threadError));
        poll();
        QCOMPARE(cursor, 1); // neither T1's number nor anything after it is visible yet
        QVERIFY(t2->isRunning());

        QVERIFY(t1->commit());
        t1.reset();
        QVERIFY(t2->wait(60000));
        QVERIFY2(threadError.isEmpty(), qPrintable(threadError));
        QCOMPARE(w2.outcome, CatalogueWrite::Stored);
        QVERIFY2(w2.change > w1.change, qPrintable(QStringLiteral("T2 got %1, T1 %2").arg(w2.change).arg(w1.change)));
        poll();
        QCOMPARE(seen, (QList<qint64>{1, w1.change, w2.change}));
    }

    void feedQueryRefused_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("message");
        for (const QString &d : dialects()) {
            const std::pair<const char *, const char *> rows[] = {
                {"after=-1", "'after' takes a whole number"}, {"after=abc", "'after' takes a whole number"},
                {"after=1e3", "'after' takes a whole number"}, {"limit=0", "from 1 to 1000"}, {"limit=1001", "from 1 to 1000"},
                {"after=1&after=2", "at most once"}, {"after=1&afterChangeNumber=2", "at most once"},
                {"afterChangeNumber=x", "'afterChangeNumber' takes a whole number"},
                {"colour=red", "only 'afterChangeNumber' (or 'after') and 'limit'"}};
            for (const auto &[query, message] : rows)
                QTest::newRow(qPrintable(d + QLatin1Char(' ') + QLatin1String(query))) << d << QString::fromLatin1(query) << QString::fromLatin1(message);
        }
    }

    void feedQueryRefused()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, query);
        QFETCH(QString, message);
        Site *s = site(dialect);
        QVERIFY(s);
        const Answer a = call(m_nam, "GET", s->hub.url(QStringLiteral("/v1/feed?") + query));
        QCOMPARE(a.status, 400);
        QCOMPARE(a.error(), QStringLiteral("invalid_query"));
        QVERIFY2(a.json().value(QStringLiteral("message")).toString().contains(message), a.body.constData());
    }

    // Who may push: a worker token only, and only for its own organisation's activities.
    void changesRefused_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("who");
        QTest::addColumn<QJsonArray>("items");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        for (const QString &d : dialects()) {
            const QJsonObject westActivity = CataloguePayload::build(activity(QStringLiteral("west:fresh"), westUid));
            const QJsonArray one{item(CataloguePayload::ActivityKind, QStringLiteral("west:fresh"), 0, westActivity)};
            QJsonObject badCategory = westActivity;
            badCategory.insert(QStringLiteral("category"), QStringLiteral("bingo"));
            Activity nowhere = activity(QStringLiteral("west:nowhere"), westUid);
            nowhere.placeUid = QStringLiteral("place:gone");
            QJsonArray tooMany;
            for (int i = 0; i < 201; ++i)
                tooMany.append(item(CataloguePayload::ActivityKind, QStringLiteral("west:%1").arg(i), 0, westActivity));
            const auto row = [&](const char *name) { return &QTest::newRow(qPrintable(d + QLatin1Char(' ') + QLatin1String(name))); };
            *row("no token") << d << "" << one << 401 << "unauthorised";
            *row("evaluator") << d << "evaluator" << one << 403 << "forbidden";
            *row("admin") << d << "admin" << one << 403 << "forbidden";
            *row("activity of another organisation") << d << "oost" << one << 403 << "forbidden";
            *row("second item forbidden") << d << "oost"
                << QJsonArray{item(CataloguePayload::ActivityKind, QStringLiteral("oost:a"), 0,
                                   CataloguePayload::build(activity(QStringLiteral("oost:a"), oostUid))), one.at(0)}
                << 403 << "forbidden";
            *row("unknown category") << d << "west" << QJsonArray{item(CataloguePayload::ActivityKind, QStringLiteral("west:fresh"), 0, badCategory)}
                << 400 << "invalid_body";
            // The device's rules (ActivityCheck) hold at the hub too: a changed app cannot store what the editor refuses.
            QJsonObject agesReversed = westActivity;
            agesReversed.insert(QStringLiteral("ageMin"), 65);
            agesReversed.insert(QStringLiteral("ageMax"), 12);
            *row("youngest above oldest") << d << "west" << QJsonArray{item(CataloguePayload::ActivityKind, QStringLiteral("west:fresh"), 0, agesReversed)}
                << 400 << "invalid_body";
            QJsonObject noPlaces = westActivity;
            noPlaces.insert(QStringLiteral("capacity"), 0);
            *row("no places") << d << "west" << QJsonArray{item(CataloguePayload::ActivityKind, QStringLiteral("west:fresh"), 0, noPlaces)}
                << 400 << "invalid_body";
            QJsonObject blankTitle = westActivity;
            blankTitle.insert(QStringLiteral("title"), QStringLiteral("   "));
            *row("blank title") << d << "west" << QJsonArray{item(CataloguePayload::ActivityKind, QStringLiteral("west:fresh"), 0, blankTitle)}
                << 400 << "invalid_body";
            *row("id not the data's uid") << d << "west" << QJsonArray{item(CataloguePayload::ActivityKind, QStringLiteral("west:other"), 0, westActivity)}
                << 400 << "invalid_body";
            *row("place kind") << d << "west" << QJsonArray{item(CataloguePayload::PlaceKind, placeUid, 1, CataloguePayload::build(place()))}
                << 400 << "invalid_body";
            *row("negative base") << d << "west" << QJsonArray{item(CataloguePayload::ActivityKind, QStringLiteral("west:fresh"), -1, westActivity)}
                << 400 << "invalid_body";
            *row("unknown place") << d << "west"
                << QJsonArray{item(CataloguePayload::ActivityKind, nowhere.uid, 0, CataloguePayload::build(nowhere))} << 400 << "unknown_reference";
            *row("unknown activity") << d << "west"
                << QJsonArray{item(CataloguePayload::ScheduleKind, QStringLiteral("s:x"), 0, CataloguePayload::build(schedule(QStringLiteral("s:x"), QStringLiteral("west:none"))))}
                << 400 << "unknown_reference";
            *row("empty batch") << d << "west" << QJsonArray() << 400 << "invalid_body";
            *row("201 items") << d << "west" << tooMany << 413 << "too_large";
        }
    }

    void changesRefused()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, who);
        QFETCH(QJsonArray, items);
        QFETCH(int, status);
        QFETCH(QString, error);
        Site *s = site(dialect);
        QVERIFY(s);
        const std::map<QString, QByteArray> tokens{{QStringLiteral("west"), s->west}, {QStringLiteral("oost"), s->oost},
                                                   {QStringLiteral("evaluator"), s->evaluator}, {QStringLiteral("admin"), s->admin}};
        const qint64 before = lastChange(s->db);
        const Answer a = push(s, items, who.isEmpty() ? QByteArray() : tokens.at(who));
        QCOMPARE(a.status, status);
        QCOMPARE(a.error(), error);
        QVERIFY2(a.json().value(QStringLiteral("message")).toString().endsWith(QLatin1Char('.')), a.body.constData());
        QCOMPARE(lastChange(s->db), before); // nothing stored, not even the organisation's record
    }

    // A worker's edits: new records with baseVersion 0, edits on the current version, a
    // retry that changes nothing, a stale edit answered with the hub's record; and the feed.
    void changesAndFeed_data() { dialect_data(); }
    void changesAndFeed()
    {
        QFETCH(QString, dialect);
        Site *s = site(dialect);
        QVERIFY(s);
        const QString act = QStringLiteral("west:taalcafe");
        const Schedule sch = schedule(QStringLiteral("west:taalcafe#1"), act);
        const OccurrenceOverride cancelled = cancellation(act);
        const QJsonArray created{item(CataloguePayload::ActivityKind, act, 0, CataloguePayload::build(activity(act, westUid))),
                                 item(CataloguePayload::ScheduleKind, sch.uid, 0, CataloguePayload::build(sch)),
                                 item(CataloguePayload::OverrideKind, cancelled.occurrenceUid, 0, CataloguePayload::build(cancelled))};
        Answer a = push(s, created, s->west);
        QCOMPARE(a.status, 200);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(answerOf(a, i).value(QStringLiteral("status")).toString(), QStringLiteral("stored"));
            QCOMPARE(answerOf(a, i).value(QStringLiteral("version")).toInt(), 1);
        }
        QCOMPARE(answerOf(a, 2).value(QStringLiteral("id")).toString(), cancelled.occurrenceUid);
        const qint64 afterCreate = lastChange(s->db);

        // The answer was lost and the device sends the same again: nothing changes.
        a = push(s, created, s->west);
        QCOMPARE(a.status, 200);
        QCOMPARE(answerOf(a, 0).value(QStringLiteral("status")).toString(), QStringLiteral("stored"));
        QCOMPARE(lastChange(s->db), afterCreate);

        a = push(s, {item(CataloguePayload::ActivityKind, act, 1, CataloguePayload::build(activity(act, westUid, QStringLiteral("Taalcafé XL"))))}, s->west);
        QCOMPARE(answerOf(a, 0).value(QStringLiteral("version")).toInt(), 2);

        // A second device still on version 1: its edit is not stored, and it gets the hub's record; the other item is stored.
        const Schedule second = schedule(QStringLiteral("west:taalcafe#2"), act);
        a = push(s, {item(CataloguePayload::ActivityKind, act, 1, CataloguePayload::build(activity(act, westUid, QStringLiteral("Taalkoffie")))),
                     item(CataloguePayload::ScheduleKind, second.uid, 0, CataloguePayload::build(second))}, s->west);
        QCOMPARE(a.status, 200);
        const QJsonObject conflict = answerOf(a, 0);
        QCOMPARE(conflict.value(QStringLiteral("status")).toString(), QStringLiteral("conflict"));
        QCOMPARE(conflict.value(QStringLiteral("current")).toObject().value(QStringLiteral("version")).toInt(), 2);
        const QJsonObject current = conflict.value(QStringLiteral("current")).toObject().value(QStringLiteral("data")).toObject();
        QCOMPARE(current.value(QStringLiteral("title")).toString(), QStringLiteral("Taalcafé XL"));
        QString error;
        QVERIFY2(CataloguePayload::readActivity(current, &error), qPrintable(error));
        QCOMPARE(answerOf(a, 1).value(QStringLiteral("status")).toString(), QStringLiteral("stored"));

        // The feed from the start: every kind, in change order, each item exactly these keys.
        a = call(m_nam, "GET", s->hub.url(QStringLiteral("/v1/feed?after=0&limit=1000")));
        QCOMPARE(a.status, 200);
        const QJsonArray items = a.json().value(QStringLiteral("items")).toArray();
        QStringList kinds;
        qint64 previous = 0;
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            QCOMPARE(sorted(o.keys()), sorted({"state", "kind", "id", "modified", "version", "data"}));
            QVERIFY(o.value(QStringLiteral("modified")).toInteger() > previous);
            previous = o.value(QStringLiteral("modified")).toInteger();
            QString why;
            QVERIFY2(CataloguePayload::normalise(o.value(QStringLiteral("kind")).toString(), o.value(QStringLiteral("data")).toObject(), &why), qPrintable(why));
            QCOMPARE(o.value(QStringLiteral("data")).toObject().value(QStringLiteral("version")), o.value(QStringLiteral("version")));
            if (!kinds.contains(o.value(QStringLiteral("kind")).toString()))
                kinds.append(o.value(QStringLiteral("kind")).toString());
        }
        QCOMPARE(sorted(kinds), sorted(CataloguePayload::kinds()));
        QCOMPARE(previous, lastChange(s->db));
        QCOMPARE(items.at(1).toObject().value(QStringLiteral("id")).toString(), westUid); // the organisation's record came with its first edit

        // RPDE (OpenActive): an absolute next in the cursor's RPDE name, a licence, and a
        // page before the end cacheable for an hour.
        QCOMPARE(a.json().value(QStringLiteral("license")).toString(), QStringLiteral("https://creativecommons.org/licenses/by/4.0/"));
        // The end of the feed: an empty page whose next is the request; unchanged, it answers 304.
        const QString end = QStringLiteral("/v1/feed?afterChangeNumber=%1&limit=1000").arg(previous);
        QCOMPARE(a.json().value(QStringLiteral("next")).toString(), s->hub.url(end).toString());
        QNetworkReply *reply = request(m_nam, "GET", s->hub.url(end));
        Answer last = finish(reply);
        QCOMPARE(last.json().value(QStringLiteral("items")).toArray().size(), 0);
        QCOMPARE(last.json().value(QStringLiteral("next")).toString(), s->hub.url(end).toString());
        // Devices in the field ask with "after": the same page.
        const Answer legacy = call(m_nam, "GET", s->hub.url(QStringLiteral("/v1/feed?after=%1&limit=1000").arg(previous)));
        QCOMPARE(legacy.json(), last.json());
        QNetworkRequest first(s->hub.url(QStringLiteral("/v1/feed?after=0&limit=1000")));
        reply = m_nam.get(first);
        QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 60000));
        QCOMPARE(reply->rawHeader("Cache-Control"), QByteArray("public, max-age=3600"));
        reply->deleteLater();
        QNetworkRequest conditional(s->hub.url(end));
        reply = m_nam.get(conditional);
        QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 60000));
        const QByteArray etag = reply->rawHeader("ETag");
        QCOMPARE(reply->rawHeader("Cache-Control"), QByteArray("public, max-age=8"));
        QVERIFY2(etag.startsWith("W/\"feed-"), etag.constData());
        reply->deleteLater();
        conditional.setRawHeader("If-None-Match", etag);
        QCOMPARE(finish(m_nam.get(conditional)).status, 304);
        a = push(s, {item(CataloguePayload::ActivityKind, act, 2, CataloguePayload::build(activity(act, westUid, QStringLiteral("Taalcafé XXL"))))}, s->west);
        QCOMPARE(answerOf(a, 0).value(QStringLiteral("version")).toInt(), 3);
        last = finish(m_nam.get(conditional));
        QCOMPARE(last.status, 200);
        QCOMPARE(last.json().value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("version")).toInt(), 3);
    }

    // A cursor from before purged tombstones gets "resync"; from 0 or after them, the feed.
    void resync_data() { dialect_data(); }
    void resync()
    {
        QFETCH(QString, dialect);
        Site *s = site(dialect);
        QVERIFY(s);
        Place gone = place();
        gone.uid = QStringLiteral("place:gone-soon");
        HubCatalogue catalogue(s->db);
        {
            HubTransaction tx(s->db.connection(), s->db.dialect());
            catalogue.upsert(CataloguePayload::PlaceKind, gone.uid, {}, CataloguePayload::build(gone));
            QCOMPARE(catalogue.remove(CataloguePayload::PlaceKind, gone.uid, 1).outcome, CatalogueWrite::Stored);
            QVERIFY(catalogue.purgeTombstones(TestClock::nowSecs(), 0) >= 1);
            QVERIFY(tx.commit());
        }
        const qint64 oldest = catalogue.oldestCursorServed().value_or(0);
        QVERIFY(oldest > 1);
        const Answer stale = call(m_nam, "GET", s->hub.url(QStringLiteral("/v1/feed?after=%1").arg(oldest - 1)));
        QCOMPARE(stale.status, 410);
        QCOMPARE(stale.error(), QStringLiteral("resync"));
        QCOMPARE(call(m_nam, "GET", s->hub.url(QStringLiteral("/v1/feed?after=%1").arg(oldest))).status, 200);
        const Answer fromStart = call(m_nam, "GET", s->hub.url(QStringLiteral("/v1/feed")));
        QCOMPARE(fromStart.status, 200);
        QVERIFY(!fromStart.body.contains("place:gone-soon"));
    }

    // The importers of the app, run by the hub's CLI: the Amsterdam places and an .ics calendar.
    void importCommands_data() { dialect_data(); }
    void importCommands()
    {
        QFETCH(QString, dialect);
        FreshDatabase fresh;
        HubDatabase db;
        QString error;
        QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
        QVERIFY2(db.open(fresh.location()), qPrintable(db.errorString()));
        QVERIFY(OrganisationStore(db).create({westUid, QStringLiteral("Welzijn West"), QStringLiteral("welzijn")}, 1, &error));
        const QString places = QStringLiteral(BUURTPLEIN_SHARED_DATA "/places/amsterdam_maatschappelijke_voorzieningen.geojson");
        const QString calendar = QStringLiteral(BUURTPLEIN_SHARED_DATA "/ics/khal__rrule_recurrence_id_cancelled.ics");

        CliRun run = runHub({"import-places", places, "--db", fresh.location()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        const int imported = report.value(QStringLiteral("imported")).toInt();
        QVERIFY2(imported > 1000, run.out.constData());
        QCOMPARE(report.value(QStringLiteral("feedChanges")).toInt(), imported);
        HubCatalogue catalogue(db);
        QCOMPARE(catalogue.live(CataloguePayload::PlaceKind).value().size(), imported);
        QCOMPARE(lastChange(db), imported); // one transaction, one number per place

        run = runHub({"import-places", places, "--db", fresh.location()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("feedChanges")).toInt(), 0);

        const qint64 afterPlaces = lastChange(db);
        run = runHub({"import-ics", calendar, "--org", westUid, "--db", fresh.location()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString activityUid = QStringLiteral("ics:event_rrule_recurrence_id");
        // A new activity waits as a draft (tst_hubdrafts) until a person confirms it.
        QCOMPARE(lastChange(db), afterPlaces + 1); // the organisation's record only
        QVERIFY(!catalogue.find(CataloguePayload::ActivityKind, activityUid));
        run = runHub({"drafts", "confirm", "--activity", activityUid, "--category", "inloop_koffie", "--cost", "free",
                      "--audience", "iedereen", "--db", fresh.location()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const auto imported_activity = catalogue.find(CataloguePayload::ActivityKind, activityUid);
        QVERIFY(imported_activity);
        QCOMPARE(imported_activity->organisationUid, westUid);
        QVERIFY(catalogue.find(CataloguePayload::OrganisationKind, westUid));
        QCOMPARE(catalogue.live(CataloguePayload::ScheduleKind).value().size(), 1);
        QCOMPARE(catalogue.live(CataloguePayload::OverrideKind).value().size(), 2);
        QCOMPARE(catalogue.live(CataloguePayload::ScheduleKind).value().first().organisationUid, westUid);
        const qint64 afterIcs = lastChange(db);
        run = runHub({"import-ics", calendar, "--org", westUid, "--db", fresh.location()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(lastChange(db), afterIcs);

        // Refused: exit 2, a sentence, and the catalogue as it was.
        const QList<std::pair<QStringList, QByteArray>> refused = {
            {{"import-places", QStringLiteral(BUURTPLEIN_TEST_DATA "/places/broken.geojson")}, "Nothing was imported"},
            {{"import-places", QStringLiteral(BUURTPLEIN_TEST_DATA "/places/none.geojson")}, "There is no file"},
            {{"import-places"}, "needs a FILE"},
            {{"import-places", places, "--org", westUid}, "has no option --org"},
            {{"import-ics", calendar}, "needs --org"},
            {{"import-ics", calendar, "--org", "nobody"}, "no organisation nobody"},
            {{"import-ics", places, "--org", westUid}, "Nothing was imported"},
        };
        for (const auto &[args, message] : refused) {
            run = runHub(args + QStringList{"--db", fresh.location()});
            QVERIFY2(run.exitCode == 2, qPrintable(args.join(QLatin1Char(' ')) + QLatin1Char(' ') + QString::fromUtf8(run.err)));
            QVERIFY2(run.err.contains(message), run.err.constData());
            QCOMPARE(lastChange(db), afterIcs);
        }
    }

    // A device that enrols for a new organisation finds it in the feed at once, and a demo
    // hub holds the same neighbourhood as a demo device, so the first sync keeps it.
    void orgCreateAndDemo_data() { dialect_data(); }
    void orgCreateAndDemo()
    {
        QFETCH(QString, dialect);
        FreshDatabase fresh;
        HubDatabase db;
        QString error;
        QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
        QVERIFY2(db.open(fresh.location()), qPrintable(db.errorString()));
        HubCatalogue catalogue(db);

        CliRun run = runHub({"org", "create", "--uid", "org:buurtwerk-oost", "--name", "Buurtwerk Oost", "--kind", "welzijn",
                             "--db", fresh.location()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const auto organisation = catalogue.find(CataloguePayload::OrganisationKind, QStringLiteral("org:buurtwerk-oost"));
        QVERIFY(organisation);
        QCOMPARE(organisation->data.value(QStringLiteral("name")).toString(), QStringLiteral("Buurtwerk Oost"));
        const qint64 afterOrg = lastChange(db);
        QCOMPARE(afterOrg, 1);

        run = runHub({"import-demo", "--db", fresh.location()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(QStringLiteral("activities")).toInt(), 17);
        QCOMPARE(catalogue.live(CataloguePayload::ActivityKind).value().size(), 17);
        QCOMPARE(catalogue.live(CataloguePayload::PlaceKind).value().size(), 13);
        // Its organisations may enrol devices: each is known to the hub and in the feed.
        const QList<CatalogueItem> organisations = catalogue.live(CataloguePayload::OrganisationKind).value();
        QCOMPARE(organisations.size(), 7);
        for (const CatalogueItem &o : organisations)
            QVERIFY2(OrganisationStore(db).find(o.uid), qPrintable(o.uid));
        // The organisation made before keeps its record: the demo's is the same.
        QCOMPARE(catalogue.find(CataloguePayload::OrganisationKind, QStringLiteral("org:buurtwerk-oost"))->version, organisation->version);
        const qint64 afterDemo = lastChange(db);
        QVERIFY(afterDemo > afterOrg);
        run = runHub({"import-demo", "--db", fresh.location()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(lastChange(db), afterDemo);

        run = runHub({"import-demo", "--org", "x", "--db", fresh.location()});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(lastChange(db), afterDemo);
        // A refused organisation leaves neither the organisation nor a catalogue record.
        run = runHub({"org", "create", "--uid", "bad uid", "--name", "X", "--kind", "welzijn", "--db", fresh.location()});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(lastChange(db), afterDemo);
    }
};

QTEST_GUILESS_MAIN(TestHubCatalogue)
#include "tst_hubcatalogue.moc"
