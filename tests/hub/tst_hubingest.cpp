// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubtest.h"
#include "hubcatalogfixture.h"
#include "worker/sessionlogpayload.h"
#include "store/hubcatalogue.h"
#include "store/hubdatabase.h"
#include "store/hubsecret.h"
#include "store/organisationstore.h"
#include "store/sessionlogstore.h"
#include "store/tokenstore.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QTest>
#include <QUuid>

#include <map>

using namespace Buurtplein;
using namespace Buurtplein::HubTest;

namespace {

const QString west = QStringLiteral("welzijn-west");
const QString oost = QStringLiteral("welzijn-oost");

/**
 * The session a log of @p uuid is about, when the test does not say: the hub keeps one
 * log per session, so each uuid gets its own, a second apart from 17 November 13:00 UTC.
 */
QString sessionOf(const QString &uuid)
{
    static QHash<QString, QString> stamps;
    auto it = stamps.constFind(uuid);
    if (it == stamps.constEnd()) {
        const QDateTime start(QDate(2026, 11, 17), QTime(13, 0), Qt::UTC);
        it = stamps.insert(uuid, start.addSecs(stamps.size()).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
    }
    return *it;
}

/** A payload as the app pushes it; attendance equals the revision, so the stored row shows which revision won. */
QJsonObject payload(const QString &uuid, int revision, const QString &activity = QStringLiteral("welzijn-west:taalcafe"),
                    const QString &stamp = {})
{
    SessionLog log;
    log.uuid = uuid;
    log.activityUid = activity;
    log.occurrenceUid = activity + QLatin1Char('/') + (stamp.isEmpty() ? sessionOf(uuid) : stamp);
    log.revision = revision;
    log.attendance = revision;
    log.firstTimers = 1;
    log.volunteers = 2;
    log.ageBands = {0, 0, 1, 0, 0};
    return SessionLogPayload::build(log);
}

QByteArray batch(const QJsonArray &items)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("items"), items}}).toJson(QJsonDocument::Compact);
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

// The real `buurtplein-hub serve` on an SQLite file and on PostgreSQL: pushed session
// logs ("insert or keep the highest revision"), the admin
// export, and the retention and backup commands.
class TestHubIngest : public QObject
{
    Q_OBJECT

    struct Site {
        FreshDatabase fresh;
        HubDatabase db;
        HubProcess hub;
        QByteArray westWorker, oostWorker, evaluator, admin;
    };
    std::map<QString, std::unique_ptr<Site>> m_sites;
    QNetworkAccessManager m_nam;

    Site *site(const QString &dialect)
    {
        auto &slot = m_sites[dialect];
        if (slot)
            return slot.get();
        auto made = std::make_unique<Site>();
        QString error;
        if (!made->fresh.create(dialect, &error) || !made->hub.start(made->fresh.location(), &error) || !made->db.open(made->fresh.location())) {
            qWarning("%s %s", qPrintable(error), qPrintable(made->db.errorString()));
            return nullptr;
        }
        OrganisationStore organisations(made->db);
        TokenStore tokens(made->db);
        const auto token = [&](Role role, const QString &org) { return tokens.create(role, org, {}, 1, &error).value_or(NewToken()).token.toLatin1(); };
        if (!organisations.create({west, QStringLiteral("Welzijn West"), QStringLiteral("welzijn")}, 1, &error)
            || !organisations.create({oost, QStringLiteral("Welzijn Oost"), QStringLiteral("welzijn")}, 1, &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        // The activity most logs here count sessions of.
        if (!catalogueActivity(made->db, QStringLiteral("welzijn-west:taalcafe"), west, &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        made->westWorker = token(Role::Worker, west);
        made->oostWorker = token(Role::Worker, oost);
        made->evaluator = token(Role::Evaluator, {});
        made->admin = token(Role::Admin, {});
        if (made->admin.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        slot = std::move(made);
        return slot.get();
    }

    static qint64 count(Site *s, const QString &sql)
    {
        QSqlQuery q(s->db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    Answer pushLogs(Site *s, const QByteArray &body, const QByteArray &token = {})
    {
        return call(m_nam, "POST", s->hub.url(QStringLiteral("/v1/session-logs")), body, token.isEmpty() ? s->westWorker : token);
    }

    /** The admin export as uuid → row. */
    QHash<QString, QJsonObject> exported(Site *s)
    {
        const Answer a = call(m_nam, "GET", s->hub.url(QStringLiteral("/v1/session-logs/export")), {}, s->admin);
        QHash<QString, QJsonObject> rows;
        for (const QJsonValue &v : a.json().value(QStringLiteral("items")).toArray())
            rows.insert(v.toObject().value(QStringLiteral("uuid")).toString(), v.toObject());
        return rows;
    }

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
            QVERIFY2(log.contains("method=POST path=/v1/session-logs status=200"), log.constData());
            // No bodies in the log: not a payload's uuid, nor its figures.
            QVERIFY2(!log.contains("\"uuid\"") && !log.contains("attendance"), log.constData());
        }
        m_sites.clear();
    }

    void dialect_data()
    {
        QTest::addColumn<QString>("dialect");
        for (const QString &d : dialects())
            QTest::newRow(qPrintable(d)) << d;
    }

    void whoMayCall_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("caller");
        QTest::addColumn<int>("status");
        for (const QString &d : dialects()) {
            const auto row = [&](const char *route, const char *caller, int status) {
                QTest::addRow("%s %s %s", qPrintable(d), route, caller) << d << QString::fromLatin1(route) << QString::fromLatin1(caller) << status;
            };
            row("push", "nobody", 401);
            row("push", "unknown", 401);
            row("push", "evaluator", 403);
            row("push", "admin", 403);
            row("push", "worker", 200);
            row("export", "nobody", 401);
            row("export", "worker", 403);
            row("export", "evaluator", 403);
            row("export", "admin", 200);
        }
    }

    void whoMayCall()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, route);
        QFETCH(QString, caller);
        QFETCH(int, status);
        Site *s = site(dialect);
        QVERIFY(s);
        const QHash<QString, QByteArray> tokens = {{QStringLiteral("nobody"), {}}, {QStringLiteral("unknown"), HubSecret::newToken().toLatin1()},
                                                   {QStringLiteral("evaluator"), s->evaluator}, {QStringLiteral("admin"), s->admin},
                                                   {QStringLiteral("worker"), s->westWorker}};
        const qint64 before = count(s, QStringLiteral("SELECT COUNT(*) FROM session_log"));
        const Answer a = route == QLatin1String("push")
            ? call(m_nam, "POST", s->hub.url(QStringLiteral("/v1/session-logs")), batch({payload(newUuid(), 1)}), tokens.value(caller))
            : call(m_nam, "GET", s->hub.url(QStringLiteral("/v1/session-logs/export")), {}, tokens.value(caller));
        QVERIFY2(a.status == status, a.body.constData());
        if (status != 200) {
            QCOMPARE(a.error(), status == 401 ? QStringLiteral("unauthorised") : QStringLiteral("forbidden"));
            QCOMPARE(count(s, QStringLiteral("SELECT COUNT(*) FROM session_log")), before);
        }
    }

    // Each row is a sequence of requests, separated by '|', of items "<log><revision>";
    // the statuses are the hub's answers item by item. Whatever the order, every log ends
    // at its highest revision with that revision's counts.
    void highestRevisionWins_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("requests");
        QTest::addColumn<QString>("statuses");
        for (const QString &d : dialects()) {
            const auto row = [&](const char *name, const char *requests, const char *statuses) {
                QTest::addRow("%s %s", qPrintable(d), name) << d << QString::fromLatin1(requests) << QString::fromLatin1(statuses);
            };
            row("one log", "a1", "stored");
            row("same batch twice", "a1 b2 | a1 b2", "stored stored | kept kept");
            row("revisions 3,1,2 in one batch", "a3 a1 a2", "stored kept kept");
            row("revisions 1,2,3 in one batch", "a1 a2 a3", "stored stored stored");
            row("split, shuffled", "b2 a3 | a1 b1 | a2 b3", "stored stored | kept kept | kept stored");
            row("same revision again", "a2 | a2", "stored | kept");
            row("retried after a newer one", "a1 a2 | a1 | a2", "stored stored | kept | kept");
            row("duplicates in one batch", "a2 a2 b1 a2 b1", "stored kept stored kept kept");
        }
    }

    void highestRevisionWins()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, requests);
        QFETCH(QString, statuses);
        Site *s = site(dialect);
        QVERIFY(s);
        QHash<QChar, QString> uuids;
        QHash<QChar, int> highest;
        const QStringList sent = requests.split(QLatin1Char('|'));
        const QStringList expected = statuses.split(QLatin1Char('|'));
        QCOMPARE(sent.size(), expected.size());
        for (qsizetype r = 0; r < sent.size(); ++r) {
            QJsonArray items;
            for (const QString &item : sent.at(r).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                const QChar letter = item.at(0);
                if (!uuids.contains(letter))
                    uuids.insert(letter, newUuid());
                const int revision = item.mid(1).toInt();
                highest[letter] = std::max(highest.value(letter), revision);
                items.append(payload(uuids.value(letter), revision));
            }
            const Answer a = pushLogs(s, batch(items));
            QVERIFY2(a.status == 200, a.body.constData());
            const QJsonArray answers = a.json().value(QStringLiteral("items")).toArray();
            QStringList got;
            for (qsizetype i = 0; i < answers.size(); ++i) {
                const QJsonObject answer = answers.at(i).toObject();
                QCOMPARE(answer.value(QStringLiteral("uuid")).toString(), items.at(i).toObject().value(QStringLiteral("uuid")).toString());
                QCOMPARE(answer.value(QStringLiteral("revision")).toInt(), items.at(i).toObject().value(QStringLiteral("revision")).toInt());
                got.append(answer.value(QStringLiteral("status")).toString());
            }
            QCOMPARE(got.join(QLatin1Char(' ')), expected.at(r).trimmed());
        }
        const QHash<QString, QJsonObject> rows = exported(s);
        for (auto it = uuids.cbegin(); it != uuids.cend(); ++it) {
            QVERIFY(rows.contains(it.value()));
            QCOMPARE(rows.value(it.value()).value(QStringLiteral("revision")).toInt(), highest.value(it.key()));
            QCOMPARE(rows.value(it.value()).value(QStringLiteral("attendance")).toInt(), highest.value(it.key()));
            QCOMPARE(rows.value(it.value()).value(QStringLiteral("organisation")).toString(), west);
        }
    }

    // A refused push stores nothing, not even its good items.
    void refusedPush_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("words");
        const QString uuid = newUuid();
        QJsonObject noted = payload(newUuid(), 1);
        noted.insert(QStringLiteral("note"), QStringLiteral("Mevrouw Jansen"));
        QJsonObject tooMany = payload(newUuid(), 1);
        tooMany.insert(QStringLiteral("firstTimers"), 2);
        tooMany.insert(QStringLiteral("attendance"), 1);
        QJsonArray many;
        for (int i = 0; i < SessionLogStore::MaxBatch + 1; ++i)
            many.append(payload(newUuid(), 1));
        for (const QString &d : dialects()) {
            const auto row = [&](const char *name, const QByteArray &body, int status, const char *words, const QByteArray &type = "application/json") {
                QTest::addRow("%s %s", qPrintable(d), name) << d << body << type << status << QString::fromLatin1(words);
            };
            row("a note in item 2", batch({payload(uuid, 1), payload(newUuid(), 1), noted}), 400, "Item 2: Unknown field 'note'");
            row("more first-timers than people", batch({tooMany, payload(uuid, 1)}), 400, "Item 0: 'firstTimers'");
            row("revision 0", batch({payload(uuid, 1), payload(newUuid(), 0)}), 400, "Item 1: 'revision' must be 1 or more");
            // Implausible logs: a session in 2030 (the hub's clock is the tests' Monday 23
            // November 2026), and an activity id with a control character in it.
            row("a session in 2030", batch({payload(uuid, 1), payload(newUuid(), 1, QStringLiteral("welzijn-west:taalcafe"), QStringLiteral("20301124T130000Z"))}),
                400, "Item 1: the session starts on 2030-11-24, after today");
            row("the day after tomorrow", batch({payload(newUuid(), 1, QStringLiteral("welzijn-west:taalcafe"), QStringLiteral("20261125T130000Z"))}),
                400, "Item 0: the session starts on 2026-11-25, after today");
            row("a control character in the activity", batch({payload(newUuid(), 1, QStringLiteral("welzijn-west:taal") + QChar(7) + QStringLiteral("cafe"))}), 400,
                "Item 0: 'activity' must be an activity uid of 1 to");
            row("an item not an object", batch({payload(uuid, 1), QJsonValue(3)}), 400, "Item 1: a session log must be a JSON object");
            row("501 items", batch(many), 413, "at most 500 session logs");
            row("items not an array", R"({"items": {}})", 400, "'items' must be an array");
            row("another field", R"({"items": [], "device": "x"})", 400, "Unknown field 'device'");
            row("not JSON", "items", 400, "not JSON");
            row("form data", "items=1", 415, "application/json", "application/x-www-form-urlencoded");
        }
    }

    void refusedPush()
    {
        QFETCH(QString, dialect);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, words);
        Site *s = site(dialect);
        QVERIFY(s);
        const qint64 before = count(s, QStringLiteral("SELECT COUNT(*) FROM session_log"));
        const Answer a = call(m_nam, "POST", s->hub.url(QStringLiteral("/v1/session-logs")), body, s->westWorker, contentType);
        QVERIFY2(a.status == status, a.body.constData());
        QVERIFY2(a.json().value(QStringLiteral("message")).toString().contains(words), a.body.constData());
        QCOMPARE(count(s, QStringLiteral("SELECT COUNT(*) FROM session_log")), before);
    }

    // 500 logs are more than the 64 KiB other routes take, and one request still holds them.
    void fullBatch_data() { dialect_data(); }
    void fullBatch()
    {
        QFETCH(QString, dialect);
        Site *s = site(dialect);
        QVERIFY(s);
        QJsonArray items;
        for (int i = 0; i < SessionLogStore::MaxBatch; ++i)
            items.append(payload(newUuid(), 1, QStringLiteral("welzijn-west:taalcafe"), QDateTime(QDate(2026, 10, i % 28 + 1), QTime(10, 0), Qt::UTC).addSecs(i).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))));
        QVERIFY(batch(items).size() > 64 * 1024);
        const qint64 before = count(s, QStringLiteral("SELECT COUNT(*) FROM session_log"));
        const Answer a = pushLogs(s, batch(items));
        QVERIFY2(a.status == 200, a.body.constData());
        QCOMPARE(a.json().value(QStringLiteral("items")).toArray().size(), SessionLogStore::MaxBatch);
        QCOMPARE(count(s, QStringLiteral("SELECT COUNT(*) FROM session_log")), before + SessionLogStore::MaxBatch);
    }

    // The catalogue decides whose activity it is; an activity it never knew has no sessions to log.
    void activityOfAnotherOrganisation_data() { dialect_data(); }
    void activityOfAnotherOrganisation()
    {
        QFETCH(QString, dialect);
        Site *s = site(dialect);
        QVERIFY(s);
        QString error;
        QVERIFY2(catalogueActivity(s->db, QStringLiteral("welzijn-oost:koffie"), oost, &error), qPrintable(error));
        QVERIFY2(catalogueActivity(s->db, QStringLiteral("welzijn-west:moestuin"), west, &error), qPrintable(error));
        const qint64 before = count(s, QStringLiteral("SELECT COUNT(*) FROM session_log"));

        const QString own = newUuid();
        const QString unknown = newUuid();
        Answer a = pushLogs(s, batch({payload(own, 1, QStringLiteral("welzijn-west:moestuin")),
                                      payload(newUuid(), 1, QStringLiteral("welzijn-oost:koffie"))}));
        QVERIFY2(a.status == 403, a.body.constData());
        QVERIFY2(a.json().value(QStringLiteral("message")).toString().contains(QLatin1String("Item 1: activity welzijn-oost:koffie belongs to another organisation")),
                 a.body.constData());
        QCOMPARE(count(s, QStringLiteral("SELECT COUNT(*) FROM session_log")), before);

        // An activity the hub never heard of: its sessions are not counted until it arrives.
        a = pushLogs(s, batch({payload(own, 1, QStringLiteral("welzijn-west:moestuin")), payload(unknown, 1, QStringLiteral("nieuw:activiteit"))}));
        QVERIFY2(a.status == 400, a.body.constData());
        QVERIFY2(a.json().value(QStringLiteral("message")).toString().contains(
                     QLatin1String("Item 1: activity nieuw:activiteit is not in the hub's catalogue")), a.body.constData());
        QCOMPARE(count(s, QStringLiteral("SELECT COUNT(*) FROM session_log")), before);
        QVERIFY2(catalogueActivity(s->db, QStringLiteral("nieuw:activiteit"), west, &error), qPrintable(error));
        a = pushLogs(s, batch({payload(own, 1, QStringLiteral("welzijn-west:moestuin")), payload(unknown, 1, QStringLiteral("nieuw:activiteit"))}));
        QVERIFY2(a.status == 200, a.body.constData());
        QCOMPARE(exported(s).value(unknown).value(QStringLiteral("organisation")).toString(), west);
        // Deleted since: the sessions it had still count, for its own organisation only.
        {
            HubTransaction tx(s->db.connection(), s->db.dialect());
            QVERIFY(HubCatalogue(s->db).remove(QStringLiteral("activity"), QStringLiteral("nieuw:activiteit"), 1).outcome
                    == CatalogueWrite::Stored);
            QVERIFY(tx.commit());
        }
        const QString afterDeletion = newUuid();
        a = pushLogs(s, batch({payload(afterDeletion, 1, QStringLiteral("nieuw:activiteit"))}));
        QVERIFY2(a.status == 200, a.body.constData());
        QCOMPARE(exported(s).value(afterDeletion).value(QStringLiteral("organisation")).toString(), west);
        a = pushLogs(s, batch({payload(newUuid(), 1, QStringLiteral("nieuw:activiteit"))}), s->oostWorker);
        QVERIFY2(a.status == 403, a.body.constData());

        // Another organisation's worker cannot overwrite a log by its uuid, whatever the revision.
        a = pushLogs(s, batch({payload(own, 9, QStringLiteral("welzijn-oost:koffie"))}), s->oostWorker);
        QVERIFY2(a.status == 200, a.body.constData());
        QCOMPARE(a.json().value(QStringLiteral("items")).toArray().at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("kept"));
        const QJsonObject row = exported(s).value(own);
        QCOMPARE(row.value(QStringLiteral("revision")).toInt(), 1);
        QCOMPARE(row.value(QStringLiteral("organisation")).toString(), west);
    }

    // The export is the pushed whitelist plus what the hub knows: nothing else.
    void exportHoldsTheWhitelist_data() { dialect_data(); }
    void exportHoldsTheWhitelist()
    {
        QFETCH(QString, dialect);
        Site *s = site(dialect);
        QVERIFY(s);
        const QString uuid = newUuid();
        QJsonObject full = payload(uuid, 1);
        full.insert(QStringLiteral("newToNeighbourhood"), 1);
        QCOMPARE(pushLogs(s, batch({full})).status, 200);
        const QJsonObject row = exported(s).value(uuid);
        QStringList allowed = SessionLogPayload::allowedFields();
        allowed << QStringLiteral("organisation") << QStringLiteral("sessionStart") << QStringLiteral("received");
        for (const QString &key : row.keys())
            QVERIFY2(allowed.contains(key), qPrintable(key));
        const QString stamp = full.value(QStringLiteral("occurrence")).toString().section(QLatin1Char('/'), -1);
        QCOMPARE(row.value(QStringLiteral("sessionStart")).toString(),
                 QDateTime::fromString(stamp, QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")));
        QCOMPARE(row.value(QStringLiteral("ageBands")).toArray(), QJsonArray({0, 0, 1, 0, 0}));
        QCOMPARE(row.value(QStringLiteral("newToNeighbourhood")).toInt(), 1);
        for (const char *key : {"uuid", "occurrence", "activity", "revision", "held", "attendance", "firstTimers", "volunteers", "hostPresent"})
            QCOMPARE(row.value(QLatin1String(key)), full.value(QLatin1String(key)));
    }

    // Retention deletes by the session's start, in one go; bad input deletes nothing.
    void retention_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("words");
        QTest::addColumn<int>("left"); // of the three logs: 400, 40 and 10 days old
        for (const QString &d : dialects()) {
            const auto row = [&](const char *name, const QStringList &args, int exitCode, const char *words, int left) {
                QTest::addRow("%s %s", qPrintable(d), name) << d << args << exitCode << QString::fromLatin1(words) << left;
            };
            row("365 days", {"--older-than", "365"}, 0, "deleted 1 session logs", 2);
            row("30 days", {"--older-than", "30"}, 0, "deleted 2 session logs", 1);
            row("29 days", {"--older-than", "29"}, 2, "--older-than takes a number of days from 30", 3);
            row("minus 30 days", {"--older-than", "-30"}, 2, "--older-than takes a number of days", 3);
            row("thirty days", {"--older-than", "thirty"}, 2, "--older-than takes a number of days", 3);
            row("no days", {}, 2, "retention needs --older-than", 3);
            row("twice", {"--older-than", "30", "--older-than", "40"}, 2, "given twice", 3);
            row("unknown option", {"--older-than", "30", "--all", "yes"}, 2, "retention has no option --all", 3);
        }
    }

    void retention()
    {
        QFETCH(QString, dialect);
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, words);
        QFETCH(int, left);
        FreshDatabase fresh;
        QString error;
        QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
        {
            HubDatabase db;
            QVERIFY2(db.open(fresh.location()), qPrintable(db.errorString()));
            QVERIFY2(OrganisationStore(db).create({west, QStringLiteral("Welzijn West"), QStringLiteral("welzijn")}, 1, &error), qPrintable(error));
            QList<SessionLog> logs;
            for (int daysAgo : {400, 40, 10}) {
                const QDateTime start = TestClock::now().addDays(-daysAgo);
                auto log = SessionLogPayload::read(payload(newUuid(), 1, QStringLiteral("a"), start.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))), &error);
                QVERIFY2(log, qPrintable(error));
                logs.append(*log);
            }
            QVERIFY2(SessionLogStore(db).store(logs, west, 1, &error), qPrintable(error));
        }
        const CliRun r = runHub(QStringList{"retention"} + args + QStringList{"--db", fresh.location()});
        QVERIFY2(r.exitCode == exitCode, r.err.constData());
        QVERIFY2((exitCode == 0 ? r.out : r.err).contains(words.toUtf8()), (r.out + r.err).constData());
        HubDatabase db;
        QVERIFY(db.open(fresh.location()));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM session_log")) && q.next());
        QCOMPARE(q.value(0).toInt(), left);
    }

    void retentionNeedsADatabase()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("none.sqlite"));
        const CliRun r = runHub({"retention", "--older-than", "30", "--db", missing});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("There is no hub database"), r.err.constData());
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void backupSqlite()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("hub.sqlite"));
        QString error;
        {
            HubDatabase db;
            QVERIFY2(db.open(source), qPrintable(db.errorString()));
            QVERIFY2(OrganisationStore(db).create({west, QStringLiteral("Welzijn West"), QStringLiteral("welzijn")}, 1, &error), qPrintable(error));
            auto log = SessionLogPayload::read(payload(newUuid(), 4), &error);
            QVERIFY2(log, qPrintable(error));
            QVERIFY2(SessionLogStore(db).store({*log}, west, 1, &error), qPrintable(error));
        }
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        CliRun r = runHub({"backup", "--to", copy, "--db", source});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("backed up"), r.out.constData());
        // It holds raw session logs: nobody but its owner may read it.
        QCOMPARE(QFileInfo(copy).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QVERIFY(QFileInfo(copy).permissions() & QFileDevice::ReadOwner);
        {
            HubDatabase db;
            QVERIFY2(db.open(copy), qPrintable(db.errorString()));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT revision FROM session_log")) && q.next());
            QCOMPARE(q.value(0).toInt(), 4);
            QVERIFY(!q.next());
        }
        const QByteArray before = [&] { QFile f(copy); return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray(); }();

        const struct { QStringList args; const char *words; } refused[] = {
            {{"backup", "--to", copy, "--db", source}, "exists already"},
            {{"backup", "--to", dir.filePath(QStringLiteral("no/such/folder.sqlite")), "--db", source}, "There is no folder"},
            {{"backup", "--to", dir.filePath(QStringLiteral("x.sqlite")), "--db", dir.filePath(QStringLiteral("none.sqlite"))}, "There is no hub database"},
            {{"backup", "--db", source}, "backup needs --to"},
            {{"backup", "--to", dir.filePath(QStringLiteral("y.sqlite")), "--format", "sql", "--db", source}, "backup has no option --format"},
        };
        for (const auto &c : refused) {
            r = runHub(c.args);
            QVERIFY2(r.exitCode == 2 && r.err.contains(c.words), qPrintable(c.args.join(QLatin1Char(' ')) + QLatin1String(": ") + QString::fromUtf8(r.err)));
        }
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.sqlite")}, QDir::Files), (QStringList{"copy.sqlite", "hub.sqlite"}));
    }

    // PostgreSQL has pg_dump; the hub says so and writes nothing.
    void backupPostgres()
    {
        FreshDatabase fresh;
        QString error;
        QVERIFY2(fresh.create(QStringLiteral("postgresql"), &error), qPrintable(error));
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("hub.dump"));
        const CliRun r = runHub({"backup", "--to", target, "--db", fresh.location()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("pg_dump"), r.err.constData());
        QVERIFY(!QFile::exists(target));
    }

    void help_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("usage");
        QTest::newRow("retention") << "retention" << "usage: buurtplein-hub retention --older-than DAYS [--db DB]";
        QTest::newRow("backup") << "backup" << "usage: buurtplein-hub backup --to FILE [--db DB]";
    }

    void help()
    {
        QFETCH(QString, command);
        QFETCH(QString, usage);
        const CliRun r = runHub({command, "--help"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r.out.trimmed()), usage);
        QVERIFY(runHub({"--help"}).out.contains(usage.mid(QStringLiteral("usage: buurtplein-hub ").size()).toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestHubIngest)
#include "tst_hubingest.moc"
