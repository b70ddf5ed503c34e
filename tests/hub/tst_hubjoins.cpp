// SPDX-License-Identifier: GPL-3.0-or-later
// Residents' anonymous joins on the real `buurtplein-hub serve`, SQLite and PostgreSQL,
// tested as an attacker would try them: can the hub's database tie two joins of one
// phone together, can a flood of fresh keys or made-up sessions fill it, does a join
// sent twice count twice (SPEC privacy 1, "rate-limited" join counts).
#include "hubtest.h"

#include "worker/cataloguepayload.h"
#include "sync/joincountsender.h"
#include "device/joinstore.h"
#include "store/hubcatalogue.h"
#include "store/hubdatabase.h"
#include "store/hubsecret.h"
#include "store/joincountstore.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Buurtplein;
using namespace Buurtplein::HubTest;

namespace {
const QString taalcafe = QStringLiteral("welzijn-west:taalcafe");
const QString koffie = QStringLiteral("welzijn-west:koffie");
// Sessions within the app's window of the tests' clock (Monday 23 November 2026).
const QString tuesday = taalcafe + QStringLiteral("/20261124T130000Z");
const QString nextTuesday = taalcafe + QStringLiteral("/20261201T130000Z");
const QString wednesday = koffie + QStringLiteral("/20261125T090000Z");

QJsonObject mark(const QString &occurrence, const QString &key, bool joined = true)
{
    return {{QStringLiteral("occurrence"), occurrence}, {QStringLiteral("key"), key}, {QStringLiteral("joined"), joined}};
}

QByteArray body(const QJsonArray &items)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("items"), items}}).toJson(QJsonDocument::Compact);
}

/** A fresh hub database with the taalcafé and the coffee morning in its catalogue, served by a real hub. */
struct Site {
    FreshDatabase fresh;
    HubDatabase db;
    HubProcess hub;

    bool start(const QString &dialect, QString *error)
    {
        if (!fresh.create(dialect, error))
            return false;
        if (!db.open(fresh.location())) {
            *error = db.errorString();
            return false;
        }
        HubTransaction tx(db.connection(), db.dialect());
        HubCatalogue catalogue(db);
        for (const QString &activity : {taalcafe, koffie}) {
            const CatalogueWrite write = catalogue.upsert(CataloguePayload::ActivityKind, activity, QStringLiteral("welzijn-west"),
                                                          {{QStringLiteral("title"), activity}});
            if (write.outcome != CatalogueWrite::Stored) {
                *error = write.error;
                return false;
            }
        }
        return tx.commit() && hub.start(fresh.location(), error);
    }

    qint64 number(const QString &sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
};
} // namespace

class TestHubJoins : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

    Answer send(Site &s, const QJsonArray &items) { return call(m_nam, "POST", s.hub.url(QStringLiteral("/v1/join-counts")), body(items)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFile::exists(hubPath()), qPrintable(hubPath()));
    }

    void dialect_data()
    {
        QTest::addColumn<QString>("dialect");
        for (const QString &d : dialects())
            QTest::newRow(qPrintable(d)) << d;
    }

    // A key counts once however often it is sent; a withdrawal takes exactly that key away.
    void joinsCountOncePerKey_data() { dialect_data(); }
    void joinsCountOncePerKey()
    {
        QFETCH(QString, dialect);
        Site s;
        QString error;
        QVERIFY2(s.start(dialect, &error), qPrintable(error));
        const QString a = JoinCountSender::keyFor(JoinStore::newToken(), tuesday);
        const QString b = JoinCountSender::keyFor(JoinStore::newToken(), tuesday);
        const Answer first = send(s, {mark(tuesday, a), mark(tuesday, b)});
        QVERIFY2(first.status == 200, first.body.constData());
        QCOMPARE(first.json().value(QStringLiteral("received")).toInt(), 2);
        QCOMPARE(first.json().value(QStringLiteral("unknownSessions")).toInt(), 0);
        QCOMPARE(JoinCountStore(s.db).total(tuesday), 2);
        QCOMPARE(send(s, {mark(tuesday, a)}).status, 200); // a retry after a lost answer
        QCOMPARE(JoinCountStore(s.db).total(tuesday), 2);
        QCOMPARE(send(s, {mark(tuesday, a, false)}).status, 200);
        QCOMPARE(JoinCountStore(s.db).total(tuesday), 1);
        // Withdrawing a key the hub never had changes nothing: nobody can take another's join away.
        QCOMPARE(send(s, {mark(tuesday, HubSecret::newToken(), false)}).status, 200);
        QCOMPARE(JoinCountStore(s.db).total(tuesday), 1);
        // The hub keeps the key's hash, never the key.
        QCOMPARE(s.number(QStringLiteral("SELECT COUNT(*) FROM join_key WHERE key_hash = '%1'").arg(HubSecret::sha256Hex(b))), 1);
        QCOMPARE(s.number(QStringLiteral("SELECT COUNT(*) FROM join_key WHERE key_hash = '%1'").arg(b)), 0);
        const QByteArray log = s.hub.stop();
        QVERIFY2(log.contains("method=POST path=/v1/join-counts status=200"), log.constData());
        QVERIFY2(!log.contains(a.toLatin1()) && !log.contains(b.toLatin1()), "a join key in the hub's log");
    }

    // The attack: one phone joins a whole series and one more session, another phone joins
    // one session; the attacker reads everything the hub stored. Nothing groups the rows
    // of one phone (no shared column value, no time, no order that survives), and one
    // phone's joins look exactly like several phones' joins.
    void hubCannotLinkOnePhonesJoins_data() { dialect_data(); }
    void hubCannotLinkOnePhonesJoins()
    {
        QFETCH(QString, dialect);
        Site s;
        QString error;
        QVERIFY2(s.start(dialect, &error), qPrintable(error));
        const QString seriesToken = JoinStore::newToken(), sessionToken = JoinStore::newToken(), otherPhone = JoinStore::newToken();
        QJsonArray phone;
        for (const QString &occurrence : {tuesday, nextTuesday})
            phone.append(mark(occurrence, JoinCountSender::keyFor(seriesToken, occurrence)));
        phone.append(mark(wednesday, JoinCountSender::keyFor(sessionToken, wednesday)));
        QCOMPARE(send(s, phone).status, 200);
        QCOMPARE(send(s, {mark(tuesday, JoinCountSender::keyFor(otherPhone, tuesday))}).status, 200);

        // What the hub keeps of joins is one table of two columns.
        QStringList columns;
        QSqlQuery q(s.db.connection());
        if (dialect == QLatin1String("sqlite")) {
            QVERIFY(q.exec(QStringLiteral("SELECT name FROM pragma_table_info('join_key') ORDER BY name")));
        } else {
            QVERIFY(q.exec(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_name = 'join_key' ORDER BY column_name")));
        }
        while (q.next())
            columns.append(q.value(0).toString());
        QCOMPARE(columns, (QStringList{QStringLiteral("key_hash"), QStringLiteral("occurrence_uid")}));
        QCOMPARE(s.number(QStringLiteral("SELECT COUNT(*) FROM join_key")), 4);
        // Every row's key is its own: not one value is shared between two rows.
        QCOMPARE(s.number(QStringLiteral("SELECT COUNT(DISTINCT key_hash) FROM join_key")), 4);
        // The keys of one join for two sessions are unrelated without the join's token, which
        // never leaves the phone: neither equal nor sharing a prefix.
        const QString k1 = JoinCountSender::keyFor(seriesToken, tuesday), k2 = JoinCountSender::keyFor(seriesToken, nextTuesday);
        QVERIFY(k1 != k2 && k1.left(8) != k2.left(8));
        QVERIFY(!JoinCountSender::keyFor(seriesToken, tuesday).contains(seriesToken.left(8)));
        // No per-device table is left (schema 6 dropped the one with a device key and a time).
        QCOMPARE(s.number(QStringLiteral("SELECT COUNT(*) FROM join_count")), -1);
    }

    // A flood from one address: made-up sessions and sessions far ahead store nothing, fresh
    // keys are bounded by the address's budget (kept in memory only), and the 429 says when.
    void floodIsBounded_data() { dialect_data(); }
    void floodIsBounded()
    {
        QFETCH(QString, dialect);
        Site s;
        QString error;
        QVERIFY2(s.start(dialect, &error), qPrintable(error));
        QJsonArray madeUp;
        for (int i = 0; i < JoinCountStore::MaxItems; ++i)
            madeUp.append(mark(QStringLiteral("spam-%1/20261201T130000Z").arg(i), HubSecret::newToken()));
        const Answer a = send(s, madeUp);
        QVERIFY2(a.status == 200, a.body.constData());
        QCOMPARE(a.json().value(QStringLiteral("unknownSessions")).toInt(), JoinCountStore::MaxItems);
        QCOMPARE(s.number(QStringLiteral("SELECT COUNT(*) FROM join_key")), 0);
        // A real activity, but a session long past or beyond the window the app sends for.
        QJsonArray outside{mark(taalcafe + QStringLiteral("/20250101T130000Z"), HubSecret::newToken()),
                           mark(taalcafe + QStringLiteral("/20270601T120000Z"), HubSecret::newToken())};
        QCOMPARE(send(s, outside).json().value(QStringLiteral("unknownSessions")).toInt(), 2);
        QCOMPARE(s.number(QStringLiteral("SELECT COUNT(*) FROM join_key")), 0);
        // 202 of this address's 300 marks an hour are spent; 98 more fresh keys fit, then no more.
        QJsonArray fresh;
        for (int i = 0; i < 98; ++i)
            fresh.append(mark(tuesday, HubSecret::newToken()));
        QCOMPARE(send(s, fresh).status, 200);
        QCOMPARE(JoinCountStore(s.db).total(tuesday), 98);
        QNetworkReply *reply = request(m_nam, "POST", s.hub.url(QStringLiteral("/v1/join-counts")), body({mark(tuesday, HubSecret::newToken())}));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || done.wait(30000));
        const QByteArray retryAfter = reply->rawHeader("Retry-After");
        const Answer limited = finish(reply);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.error(), QStringLiteral("rate_limited"));
        QVERIFY2(retryAfter.toInt() > 0 && retryAfter.toInt() <= 3600, retryAfter.constData());
        QCOMPARE(JoinCountStore(s.db).total(tuesday), 98);
    }

    // Past the cap an occurrence takes no more joins; a withdrawal still counts down.
    void anOccurrenceHasACap_data() { dialect_data(); }
    void anOccurrenceHasACap()
    {
        QFETCH(QString, dialect);
        FreshDatabase fresh;
        QString error;
        QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
        HubDatabase db;
        QVERIFY(db.open(fresh.location()));
        QList<JoinMark> marks;
        for (int i = 0; i < JoinCountStore::MaxPerOccurrence + 10; ++i)
            marks.append({tuesday, HubSecret::newToken()});
        JoinCountStore store(db);
        QCOMPARE(store.store(marks, &error).value_or(-1), JoinCountStore::MaxPerOccurrence);
        QCOMPARE(store.total(tuesday), qint64(JoinCountStore::MaxPerOccurrence));
        QCOMPARE(store.store({{tuesday, marks.first().key, false}}, &error).value_or(-1), 1);
        QCOMPARE(store.total(tuesday), qint64(JoinCountStore::MaxPerOccurrence - 1));
    }

    // The budget is per address, slides with time, and never holds an address as given.
    void budgetPerAddress()
    {
        JoinBudget budget(10, 3600);
        QCOMPARE(budget.spend("192.0.2.1", 6, 1000), 0);
        QCOMPARE(budget.spend("192.0.2.1", 4, 1100), 0);
        QCOMPARE(budget.spend("192.0.2.1", 1, 1200), 3600 - 200); // until the first 6 leave the window
        QCOMPARE(budget.spend("192.0.2.2", 10, 1200), 0);            // another address has its own
        QCOMPARE(budget.spend("192.0.2.1", 6, 4601), 0);
        QVERIFY(budget.spend("192.0.2.1", 11, 9000) > 0);            // more than a whole window never fits
    }

    void refused_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("words");
        const QString key = HubSecret::newToken();
        QJsonObject extra = mark(tuesday, key);
        extra.insert(QStringLiteral("name"), QStringLiteral("Fatima"));
        QJsonArray many;
        for (int i = 0; i <= JoinCountStore::MaxItems; ++i)
            many.append(mark(tuesday, HubSecret::newToken()));
        for (const QString &d : dialects()) {
            const auto row = [&](const char *name, const QByteArray &b, int status, const char *words) {
                QTest::addRow("%s %s", qPrintable(d), name) << d << b << status << QString::fromLatin1(words);
            };
            row("a device key, as earlier versions sent",
                QJsonDocument(QJsonObject{{QStringLiteral("clientKey"), key}, {QStringLiteral("items"), QJsonArray()}}).toJson(), 400,
                "Unknown field 'clientKey'");
            row("a name in an item", body({mark(tuesday, key), extra}), 400, "Item 1: each item is exactly");
            row("a count instead of a key", body({QJsonObject{{QStringLiteral("occurrence"), tuesday}, {QStringLiteral("count"), 2}}}), 400,
                "Item 0: each item is exactly");
            row("a short key", body({mark(tuesday, key.left(40))}), 400, "'key' must be 32 bytes");
            row("a key with a space", body({mark(tuesday, key.left(42) + QLatin1Char(' '))}), 400, "'key' must be 32 bytes");
            row("joined as text", body({QJsonObject{{QStringLiteral("occurrence"), tuesday}, {QStringLiteral("key"), key},
                                                    {QStringLiteral("joined"), QStringLiteral("yes")}}}), 400, "Item 0: each item is exactly");
            row("not an occurrence", body({mark(taalcafe, key)}), 400, "Item 0: 'occurrence' must be an occurrence uid");
            row("a join twice", body({mark(tuesday, key), mark(tuesday, key, false)}), 400, "Item 1: this join is given twice");
            row("201 joins", body(many), 413, "At most 200 joins");
        }
    }

    void refused()
    {
        QFETCH(QString, dialect);
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(QString, words);
        Site s;
        QString error;
        QVERIFY2(s.start(dialect, &error), qPrintable(error));
        const Answer a = call(m_nam, "POST", s.hub.url(QStringLiteral("/v1/join-counts")), request);
        QVERIFY2(a.status == status, a.body.constData());
        QVERIFY2(a.json().value(QStringLiteral("message")).toString().contains(words), a.body.constData());
        QCOMPARE(s.number(QStringLiteral("SELECT COUNT(*) FROM join_key")), 0);
    }

    // Schema 6 turns the counts per device key into anonymous joins per session, and a
    // resident who joined before the upgrade can still leave.
    void countsOfEarlierVersionsBecomeAnonymousJoins_data() { dialect_data(); }
    void countsOfEarlierVersionsBecomeAnonymousJoins()
    {
        QFETCH(QString, dialect);
        FreshDatabase fresh;
        QString error;
        QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
        {
            HubDatabase old;
            QVERIFY2(old.open(fresh.location(), 5), qPrintable(old.errorString()));
            QSqlQuery q(old.connection());
            for (const QString &row : {QStringLiteral("'%1', 'device-a', 3, 1").arg(tuesday), QStringLiteral("'%1', 'device-b', 2, 1").arg(tuesday),
                                       QStringLiteral("'%1', 'device-a', 1, 1").arg(wednesday), QStringLiteral("'%1', 'device-c', 0, 1").arg(nextTuesday)})
                QVERIFY2(q.exec(QStringLiteral("INSERT INTO join_count (occurrence_uid, client_key_hash, count, updated) VALUES (%1)").arg(row)),
                         qPrintable(q.lastError().text()));
        }
        HubDatabase db;
        QVERIFY2(db.open(fresh.location()), qPrintable(db.errorString()));
        JoinCountStore store(db);
        QCOMPARE(store.total(tuesday), 5);
        QCOMPARE(store.total(wednesday), 1);
        QCOMPARE(store.total(nextTuesday), 0);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM join_key WHERE key_hash LIKE '%device%'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(store.store({{tuesday, HubSecret::newToken(), false}}, &error).value_or(-1), 1);
        QCOMPARE(store.total(tuesday), 4);
    }
};

QTEST_GUILESS_MAIN(TestHubJoins)
#include "tst_hubjoins.moc"
