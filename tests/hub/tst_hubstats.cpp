// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloguepayload.h"
#include "hubcatalogue.h"
#include "hubdatabase.h"
#include "hubtest.h"
#include "joincountstore.h"
#include "organisationstore.h"
#include "sessionlogstore.h"
#include "statsstore.h"
#include "statstable.h"
#include "tokenstore.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>
#include <random>
#include <thread>

using namespace Buurtplein;
using namespace Buurtplein::HubTest;

namespace {
const QString org = QStringLiteral("welzijn-stats");
const QStringList buurten = {QStringLiteral("BU03638000"), QStringLiteral("BU03638001"), QStringLiteral("BU03638100")};

QString activityUid(int i) { return QStringLiteral("welzijn-stats:a%1").arg(i); }

// Nine activities at three places (one per buurt), three categories.
bool seedCatalogue(HubDatabase &db, QString *error)
{
    if (!OrganisationStore(db).create({org, QStringLiteral("Welzijn Stats"), QStringLiteral("welzijn")}, 1, error))
        return false;
    HubTransaction tx(db.connection(), db.dialect());
    HubCatalogue catalogue(db);
    for (int p = 0; p < 3; ++p) {
        Place place;
        place.uid = QStringLiteral("place-%1").arg(p);
        place.name = place.uid;
        place.buurtCode = buurten.at(p);
        place.wijkCode = QStringLiteral("WK") + buurten.at(p).mid(2, 6);
        place.gemeenteCode = QStringLiteral("GM0363");
        if (catalogue.upsert(QStringLiteral("place"), place.uid, {}, CataloguePayload::build(place)).outcome == CatalogueWrite::Failed)
            return false;
    }
    for (int i = 0; i < 9; ++i) {
        Activity a;
        a.uid = activityUid(i);
        a.organisationUid = org;
        a.placeUid = QStringLiteral("place-%1").arg(i % 3);
        a.title = a.uid;
        a.category = QStringList{QStringLiteral("sport"), QStringLiteral("taal"), QStringLiteral("koken")}.at(i / 3);
        a.capacity = i % 2 ? 20 : -1;
        if (catalogue.upsert(QStringLiteral("activity"), a.uid, org, CataloguePayload::build(a)).outcome == CatalogueWrite::Failed)
            return false;
    }
    return tx.commit();
}

SessionLog randomLog(QRandomGenerator &g, int uuid, int revision)
{
    SessionLog log;
    log.uuid = QStringLiteral("6f1c1a52-0000-4000-8000-%1").arg(uuid, 12, 10, QLatin1Char('0'));
    const int activity = uuid % 9;
    log.activityUid = activityUid(activity);
    const QDateTime start(QDate(2025, 1, 1).addDays(uuid * 7 % 360), QTime(12, 0), Qt::UTC);
    log.occurrenceUid = log.activityUid + QLatin1Char('/') + start.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    log.revision = revision;
    log.held = g.bounded(10) > 0;
    log.notHeldReason = log.held ? QString() : QStringLiteral("weather");
    log.attendance = log.held ? int(g.bounded(30)) : 0;
    log.firstTimers = log.attendance / 3;
    log.volunteers = int(g.bounded(4));
    log.hostPresent = g.bounded(2);
    if (g.bounded(2))
        log.ageBands = {1, 2, 3, 4, int(g.bounded(5))};
    log.newToNeighbourhood = g.bounded(2) ? int(g.bounded(4)) : -1;
    return log;
}

// Per activity and month: held, attendance, volunteers, logs with ages.
using Sums = std::map<std::pair<QString, int>, std::array<qint64, 4>>;

Sums expectedSums(const QHash<QString, SessionLog> &winners)
{
    Sums out;
    for (const SessionLog &log : winners) {
        const QDate d = QDate::fromString(log.occurrenceUid.section(QLatin1Char('/'), 1).left(8), QStringLiteral("yyyyMMdd"));
        auto &s = out[{log.activityUid, d.year() * 100 + d.month()}];
        s[0] += log.held ? 1 : 0;
        s[1] += log.attendance;
        s[2] += log.volunteers;
        s[3] += log.ageBands.isEmpty() ? 0 : 1;
    }
    return out;
}

Sums rollupSums(HubDatabase &db)
{
    Sums out;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT activity_uid, period, SUM(held), SUM(attendance), SUM(volunteers), SUM(age_logs) FROM stats_month"
                          " GROUP BY activity_uid, period HAVING SUM(logged) > 0"));
    while (q.next())
        out[{q.value(0).toString(), q.value(1).toInt()}] = {q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(4).toLongLong(),
                                                            q.value(5).toLongLong()};
    return out;
}

Stats::ReleasedStats released(HubDatabase &db, const QString &metric, Stats::Dimension rows, Stats::Dimension columns)
{
    StatsStore store(db);
    QString error;
    store.refresh(&error);
    Stats::Query q;
    q.metric = metric;
    q.rows = rows;
    q.columns = columns;
    q.from = QDate(2025, 1, 1);
    q.to = QDate(2025, 12, 31);
    const auto cells = store.collect(q, &error);
    return Stats::releaseTable(q, cells.value_or(Stats::CellMap()), Release::Rules(), [&](Stats::Dimension d) { return store.labels(d); },
                               QStringLiteral("nl"));
}
} // namespace

// Released statistics (docs/statistics.md): rollups, dimensions, release and the routes.
class TestHubStats : public QObject
{
    Q_OBJECT

private slots:
    // Random pushes with revisions, duplicates and shuffled order leave rollups equal to
    // a recomputation from the winning revisions; retention then leaves them alone.
    void rollupsMatchRecomputation_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<quint32>("seed");
        for (const QString &dialect : dialects()) {
            for (quint32 seed : {1u, 2u, 3u})
                QTest::newRow(qPrintable(QStringLiteral("%1-%2").arg(dialect).arg(seed))) << dialect << seed;
        }
    }
    void rollupsMatchRecomputation()
    {
        QFETCH(QString, dialect);
        QFETCH(quint32, seed);
        FreshDatabase fresh;
        HubDatabase db;
        QString error;
        QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
        QVERIFY(db.open(fresh.location()));
        QVERIFY2(seedCatalogue(db, &error), qPrintable(error));
        QRandomGenerator g(seed);
        QList<SessionLog> pushes;
        QHash<QString, SessionLog> winners;
        for (int uuid = 0; uuid < 120; ++uuid) {
            const int revisions = 1 + int(g.bounded(3));
            for (int r = 1; r <= revisions; ++r) {
                const SessionLog log = randomLog(g, uuid, r);
                pushes.append(log);
                if (g.bounded(3) == 0)
                    pushes.append(log); // a retried push
                winners[log.uuid] = log;
            }
        }
        std::shuffle(pushes.begin(), pushes.end(), std::mt19937(seed));
        SessionLogStore store(db);
        for (qsizetype i = 0; i < pushes.size(); i += 37)
            QVERIFY2(store.store(pushes.mid(i, 37), org, 100, &error), qPrintable(error));
        const Sums expected = expectedSums(winners);
        QCOMPARE(rollupSums(db), expected);
        // Summing the rollups again from the raw logs (a hub upgraded with logs) gives the same.
        {
            HubTransaction tx(db.connection(), db.dialect());
            QVERIFY2(StatsRollup::rebuild(db, &error), qPrintable(error));
            QVERIFY(tx.commit());
        }
        QCOMPARE(rollupSums(db), expected);

        // Retention deletes the raw logs (all sessions are in 2025, over 30 days ago); the figures stay.
        db.close();
        const CliRun run = runHub({QStringLiteral("retention"), QStringLiteral("--older-than"), QStringLiteral("30"),
                                   QStringLiteral("--db"), fresh.location()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(db.open(fresh.location()));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM session_log")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(rollupSums(db), expected);
    }

    // Every released figure is a multiple of 5 at or above the thresholds, suppressed
    // cells are marked, and the audit over all linked tables protects every suppressed one.
    void releasedTablesAreSafe_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("metric");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("columns");
        for (const QString &dialect : dialects()) {
            QTest::newRow(qPrintable(dialect + QStringLiteral("-buurt-month"))) << dialect << "attendance" << int(Stats::Dimension::Buurt) << int(Stats::Dimension::Month);
            QTest::newRow(qPrintable(dialect + QStringLiteral("-category-quarter"))) << dialect << "sessions_held" << int(Stats::Dimension::Category) << int(Stats::Dimension::Quarter);
            QTest::newRow(qPrintable(dialect + QStringLiteral("-week-gemeente"))) << dialect << "volunteers" << int(Stats::Dimension::Week) << int(Stats::Dimension::Gemeente);
            QTest::newRow(qPrintable(dialect + QStringLiteral("-share"))) << dialect << "first_timer_share" << int(Stats::Dimension::Buurt) << int(Stats::Dimension::Month);
        }
    }
    void releasedTablesAreSafe()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, metric);
        QFETCH(int, rows);
        QFETCH(int, columns);
        FreshDatabase fresh;
        HubDatabase db;
        QString error;
        QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
        QVERIFY(db.open(fresh.location()));
        QVERIFY2(seedCatalogue(db, &error), qPrintable(error));
        QRandomGenerator g(7);
        QList<SessionLog> logs;
        for (int uuid = 0; uuid < 150; ++uuid)
            logs.append(randomLog(g, uuid, 1));
        QVERIFY2(SessionLogStore(db).store(logs, org, 100, &error), qPrintable(error));
        const auto stats = released(db, metric, Stats::Dimension(rows), Stats::Dimension(columns));
        QVERIFY2(stats.error.isEmpty(), qPrintable(stats.error));
        QVERIFY(!stats.rowKeys.isEmpty());
        int suppressed = 0;
        for (const Stats::ReleasedPart &part : stats.parts) {
            const Release::Rules rules;
            for (int t = 0; t < part.tables.size(); ++t) {
                const Release::Table &truth = part.tables.at(t);
                const Release::ReleasedTable &out = part.released.at(t);
                for (int i = 0; i < truth.cells.size(); ++i) {
                    const Release::ReleasedValue &v = out.cells.at(i);
                    if (v.isSuppressed()) {
                        ++suppressed;
                        continue;
                    }
                    QVERIFY(!Release::belowThreshold(truth.cells.at(i), rules));
                    QCOMPARE(v.value % 5, 0);
                }
            }
            const Release::AuditResult audit = Release::audit(part.tables, part.aggregations, rules, part.released);
            QVERIFY2(audit.allProtected(), qPrintable(audit.error));
        }
        QVERIFY(suppressed > 0); // the data is sparse enough that the rules had work to do
        const QJsonObject json = Stats::toJson(stats, QStringLiteral("now"));
        for (const QJsonValue &row : json.value(QStringLiteral("cells")).toArray()) {
            for (const QJsonValue &cell : row.toArray())
                QVERIFY(cell.toObject().value(QStringLiteral("suppressed")).toBool() || cell.toObject().contains(QStringLiteral("value")));
        }
        // A ratio is suppressed whenever one of its parts is.
        if (stats.parts.size() == 2) {
            for (int i = 0; i < stats.cells.size(); ++i) {
                const bool partSuppressed = stats.parts[0].released[stats.parts[0].shown].cells.at(i).isSuppressed()
                    || stats.parts[1].released[stats.parts[1].shown].cells.at(i).isSuppressed();
                if (partSuppressed)
                    QVERIFY(stats.cells.at(i).suppressed);
            }
        }
    }

    // A coordinator correcting a place's buurt moves its figures without re-ingesting.
    void correctedPlaceMovesFigures()
    {
        for (const QString &dialect : dialects()) {
            FreshDatabase fresh;
            HubDatabase db;
            QString error;
            QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
            QVERIFY(db.open(fresh.location()));
            QVERIFY2(seedCatalogue(db, &error), qPrintable(error));
            QRandomGenerator g(11);
            QList<SessionLog> logs;
            for (int uuid = 0; uuid < 300; ++uuid)
                logs.append(randomLog(g, uuid, 1));
            QVERIFY2(SessionLogStore(db).store(logs, org, 100, &error), qPrintable(error));
            auto truth = [&] {
                StatsStore store(db);
                QString why;
                store.refresh(&why);
                Stats::Query q{QStringLiteral("attendance"), Stats::Dimension::Buurt, Stats::Dimension::None, QDate(2025, 1, 1), QDate(2025, 12, 31), {}};
                QHash<QString, qint64> out;
                const auto cells = store.collect(q, &why);
                for (auto it = cells->cbegin(); it != cells->cend(); ++it)
                    out[it.key().first] += it.value().counters[StatsRollup::Attendance];
                return out;
            };
            const auto before = truth();
            db.close();
            const CliRun run = runHub({QStringLiteral("place-areas"), QStringLiteral("--place"), QStringLiteral("place-0"),
                                       QStringLiteral("--buurt"), buurten.at(2), QStringLiteral("--db"), fresh.location()});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QVERIFY(db.open(fresh.location()));
            const auto after = truth();
            QCOMPARE(after.value(buurten.at(0)), 0);
            QCOMPARE(after.value(buurten.at(2)), before.value(buurten.at(0)) + before.value(buurten.at(2)));
        }
    }

    // The routes: evaluators get released tables as JSON and CSV; workers 403, no token 401, bad queries 400.
    void routes_data()
    {
        QTest::addColumn<QString>("dialect");
        for (const QString &dialect : dialects())
            QTest::newRow(qPrintable(dialect)) << dialect;
    }
    void routes()
    {
        QFETCH(QString, dialect);
        FreshDatabase fresh;
        HubDatabase db;
        QString error;
        QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
        QVERIFY(db.open(fresh.location()));
        QVERIFY2(seedCatalogue(db, &error), qPrintable(error));
        QRandomGenerator g(5);
        QList<SessionLog> logs;
        for (int uuid = 0; uuid < 200; ++uuid)
            logs.append(randomLog(g, uuid, 1));
        QVERIFY2(SessionLogStore(db).store(logs, org, 100, &error), qPrintable(error));
        TokenStore tokens(db);
        const QByteArray evaluator = tokens.create(Role::Evaluator, {}, {}, 1, &error)->token.toLatin1();
        const QByteArray worker = tokens.create(Role::Worker, org, {}, 1, &error)->token.toLatin1();
        HubProcess hub;
        QVERIFY2(hub.start(fresh.location(), &error), qPrintable(error));
        QNetworkAccessManager nam;
        const QString table = QStringLiteral("/v1/stats/table?metric=attendance&rows=area:buurt&columns=period:month&from=2025-01-01&to=2025-06-30");
        QCOMPARE(call(nam, "GET", hub.url(table)).status, 401);
        QCOMPARE(call(nam, "GET", hub.url(table), {}, worker).status, 403);
        QCOMPARE(call(nam, "GET", hub.url(QStringLiteral("/v1/stats/dimensions")), {}, worker).status, 403);
        for (const QString &bad : {QStringLiteral("metric=attendance&rows=category&columns=category&from=2025-01-01&to=2025-02-01"),
                                   QStringLiteral("metric=nope&rows=category&from=2025-01-01&to=2025-02-01"),
                                   QStringLiteral("metric=attendance&rows=category&from=2025-03-01&to=2025-02-01"),
                                   QStringLiteral("metric=attendance&rows=category&from=2025-01-01&to=2025-02-01&colour=red")}) {
            const Answer a = call(nam, "GET", hub.url(QStringLiteral("/v1/stats/table?") + bad), {}, evaluator);
            QCOMPARE(a.status, 400);
            QCOMPARE(a.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_query"));
            QVERIFY(a.json().value(QStringLiteral("message")).toString().endsWith(QLatin1Char('.')));
        }
        const Answer json = call(nam, "GET", hub.url(table), {}, evaluator);
        QCOMPARE(json.status, 200);
        const QJsonObject body = json.json();
        QCOMPARE(body.value(QStringLiteral("columns")).toObject().value(QStringLiteral("keys")).toArray().size(), 6);
        QCOMPARE(body.value(QStringLiteral("rows")).toObject().value(QStringLiteral("keys")).toArray().size(), 3);
        QCOMPARE(body.value(QStringLiteral("rules")).toObject().value(QStringLiteral("k")).toInt(), 10);
        const Answer dims = call(nam, "GET", hub.url(QStringLiteral("/v1/stats/dimensions")), {}, evaluator);
        QCOMPARE(dims.status, 200);
        QCOMPARE(dims.json().value(QStringLiteral("metrics")).toArray().size(), 18);

        for (const QString &lang : {QStringLiteral("nl"), QStringLiteral("en")}) {
            const Answer csv = call(nam, "GET", hub.url(table + QStringLiteral("&format=csv&lang=") + lang), {}, evaluator);
            QCOMPARE(csv.status, 200);
            QVERIFY(csv.body.startsWith("\xEF\xBB\xBF"));
            const QStringList lines = QString::fromUtf8(csv.body.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
            QCOMPARE(lines.size(), 3 + 2);
            QCOMPARE(lines.first(), lang == QLatin1String("en") ? QStringLiteral("Neighbourhood,January 2025,February 2025,March 2025,April 2025,May 2025,June 2025,Total")
                                                                 : QStringLiteral("Buurt,januari 2025,februari 2025,maart 2025,april 2025,mei 2025,juni 2025,Totaal"));
            for (const QString &line : lines)
                QCOMPARE(line.split(QLatin1Char(',')).size(), 8);
            QVERIFY(lines.last().startsWith(lang == QLatin1String("en") ? QStringLiteral("Total,") : QStringLiteral("Totaal,")));
        }
    }

    // Two connections (two hub processes) push the same uuids at the same time: the rollup
    // lock serialises their read-modify-write, so the rollups equal a recomputation.
    // Anonymous joins count in the rollups of their occurrence's log, whichever came
    // first, once per device at its latest count, and again after a rebuild.
    void joinsFollowCountsAndLogs_data() { routes_data(); }
    void joinsFollowCountsAndLogs()
    {
        QFETCH(QString, dialect);
        FreshDatabase fresh;
        HubDatabase db;
        QString error;
        QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
        QVERIFY(db.open(fresh.location()));
        QVERIFY2(seedCatalogue(db, &error), qPrintable(error));
        QRandomGenerator g(7);
        QList<SessionLog> logs;
        for (int uuid = 0; uuid < 30; ++uuid)
            logs.append(randomLog(g, uuid, 1));
        SessionLogStore logStore(db);
        JoinCountStore joinStore(db);
        QVERIFY2(logStore.store(logs.mid(0, 15), org, 100, &error), qPrintable(error));
        // Two devices count joins for every session, the later half before its log arrived.
        QHash<QString, int> deviceA, deviceB;
        QList<JoinCount> countsA, countsB;
        for (const SessionLog &log : logs) {
            deviceA[log.occurrenceUid] = 1 + int(g.bounded(5));
            deviceB[log.occurrenceUid] = int(g.bounded(3));
            countsA.append({log.occurrenceUid, deviceA.value(log.occurrenceUid)});
            countsB.append({log.occurrenceUid, deviceB.value(log.occurrenceUid)});
        }
        QVERIFY2(joinStore.store(QStringLiteral("device-a"), countsA, 100, &error), qPrintable(error));
        QVERIFY2(joinStore.store(QStringLiteral("device-b"), countsB, 100, &error), qPrintable(error));
        QVERIFY2(logStore.store(logs.mid(15), org, 100, &error), qPrintable(error));
        // Device A leaves some sessions again (counts down, some to 0); a third of the logs are revised.
        countsA.clear();
        for (const SessionLog &log : logs) {
            if (g.bounded(2)) {
                deviceA[log.occurrenceUid] = int(g.bounded(uint(deviceA.value(log.occurrenceUid))));
                countsA.append({log.occurrenceUid, deviceA.value(log.occurrenceUid)});
            }
        }
        QVERIFY2(joinStore.store(QStringLiteral("device-a"), countsA, 200, &error), qPrintable(error));
        QList<SessionLog> revised;
        for (int uuid = 0; uuid < 30; uuid += 3)
            revised.append(randomLog(g, uuid, 2));
        QVERIFY2(logStore.store(revised, org, 300, &error), qPrintable(error));

        std::map<std::pair<QString, int>, qint64> expected;
        for (const SessionLog &log : logs) {
            const QDate d = QDate::fromString(log.occurrenceUid.section(QLatin1Char('/'), 1).left(8), QStringLiteral("yyyyMMdd"));
            const qint64 joins = deviceA.value(log.occurrenceUid) + deviceB.value(log.occurrenceUid);
            if (joins != 0)
                expected[{log.activityUid, d.year() * 100 + d.month()}] += joins;
        }
        QVERIFY(!expected.empty());
        auto rolledUp = [&db] {
            std::map<std::pair<QString, int>, qint64> out;
            QSqlQuery q(db.connection());
            q.exec(QStringLiteral("SELECT activity_uid, period, SUM(joins) FROM stats_month GROUP BY activity_uid, period HAVING SUM(joins) <> 0"));
            while (q.next())
                out[{q.value(0).toString(), q.value(1).toInt()}] = q.value(2).toLongLong();
            return out;
        };
        QCOMPARE(rolledUp(), expected);
        HubTransaction tx(db.connection(), db.dialect());
        QVERIFY2(StatsRollup::rebuild(db, &error), qPrintable(error));
        QVERIFY(tx.commit());
        QCOMPARE(rolledUp(), expected);
    }

    void concurrentPushesKeepRollups_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {21u, 22u})
            QTest::newRow(qPrintable(QStringLiteral("postgresql-%1").arg(seed))) << seed;
    }
    void concurrentPushesKeepRollups()
    {
        QFETCH(quint32, seed);
        FreshDatabase fresh;
        HubDatabase db;
        QString error;
        QVERIFY2(fresh.create(QStringLiteral("postgresql"), &error), qPrintable(error));
        QVERIFY(db.open(fresh.location()));
        QVERIFY2(seedCatalogue(db, &error), qPrintable(error));
        QRandomGenerator g(seed);
        QList<SessionLog> pushes;
        QHash<QString, SessionLog> winners;
        for (int uuid = 0; uuid < 150; ++uuid) {
            const int revisions = 1 + int(g.bounded(3));
            for (int r = 1; r <= revisions; ++r) {
                const SessionLog log = randomLog(g, uuid, r);
                pushes.append(log);
                winners[log.uuid] = log;
            }
        }
        QString errors[2];
        auto pusher = [&](int n) {
            HubDatabase own;
            if (!own.open(fresh.location())) {
                errors[n] = own.errorString();
                return;
            }
            QList<SessionLog> mine = pushes;
            std::shuffle(mine.begin(), mine.end(), std::mt19937(seed * 2 + quint32(n)));
            SessionLogStore store(own);
            for (qsizetype i = 0; i < mine.size(); i += 20) {
                if (!store.store(mine.mid(i, 20), org, 100, &errors[n]))
                    return;
            }
        };
        std::thread first(pusher, 0), second(pusher, 1);
        first.join();
        second.join();
        QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
        QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
        QCOMPARE(rollupSums(db), expectedSums(winners));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM session_log")) && q.next());
        QCOMPARE(q.value(0).toInt(), int(winners.size()));
    }

    // import-areas with a bad file exits 2 with a sentence, and the names stay as they were.
    void importAreasBadFileStoresNothing_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QByteArray>("content");
        for (const QString &dialect : dialects()) {
            QTest::newRow(qPrintable(dialect + QStringLiteral("-no-statnaam")))
                << dialect << QByteArray("level,statcode,gemeentecode,lon,lat\nbuurt,BU03638000,GM0363,4.9,52.3\n");
            QTest::newRow(qPrintable(dialect + QStringLiteral("-bad-coordinates")))
                << dialect << QByteArray("level,statcode,statnaam,gemeentecode,lon,lat\nbuurt,BU03638000,Nieuw,GM0363,oost,52.3\n");
            QTest::newRow(qPrintable(dialect + QStringLiteral("-short-line")))
                << dialect << QByteArray("level,statcode,statnaam,gemeentecode,lon,lat\nbuurt,BU03638000,Nieuw,GM0363\n");
            QTest::newRow(qPrintable(dialect + QStringLiteral("-no-buurten")))
                << dialect << QByteArray("level,statcode,statnaam,gemeentecode,lon,lat\n");
        }
    }
    void importAreasBadFileStoresNothing()
    {
        QFETCH(QString, dialect);
        QFETCH(QByteArray, content);
        FreshDatabase fresh;
        QString error;
        QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
        const QString good = QStringLiteral(BUURTPLEIN_DEMO_AREAS);
        const CliRun first = runHub({QStringLiteral("import-areas"), good, QStringLiteral("--db"), fresh.location()});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        auto names = [&] {
            HubDatabase db;
            QStringList out;
            if (!db.open(fresh.location()))
                return out;
            QSqlQuery q(db.connection());
            q.exec(QStringLiteral("SELECT code, name FROM stats_area ORDER BY code"));
            while (q.next())
                out.append(q.value(0).toString() + QLatin1Char('=') + q.value(1).toString());
            return out;
        };
        const QStringList before = names();
        QVERIFY(before.size() > 10);
        QTemporaryDir dir;
        QFile bad(dir.filePath(QStringLiteral("areas.csv")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(content);
        bad.close();
        const CliRun run = runHub({QStringLiteral("import-areas"), bad.fileName(), QStringLiteral("--db"), fresh.location()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.trimmed().endsWith('.'), run.err.constData());
        QCOMPARE(names(), before);
    }

    // place-areas refuses codes that do not nest (a buurt outside the wijk, a wijk outside
    // the gemeente) and changes nothing.
    void placeAreasRefusesCodesThatDoNotNest_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QStringList>("codes");
        for (const QString &dialect : dialects()) {
            QTest::newRow(qPrintable(dialect + QStringLiteral("-buurt-outside-wijk")))
                << dialect << QStringList{QStringLiteral("--wijk"), QStringLiteral("WK036381"), QStringLiteral("--buurt"), buurten.at(0)};
            QTest::newRow(qPrintable(dialect + QStringLiteral("-wijk-outside-gemeente")))
                << dialect << QStringList{QStringLiteral("--gemeente"), QStringLiteral("GM0457"), QStringLiteral("--wijk"), QStringLiteral("WK036380")};
            QTest::newRow(qPrintable(dialect + QStringLiteral("-buurt-outside-gemeente")))
                << dialect << QStringList{QStringLiteral("--gemeente"), QStringLiteral("GM0457"), QStringLiteral("--buurt"), buurten.at(2)};
        }
    }
    void placeAreasRefusesCodesThatDoNotNest()
    {
        QFETCH(QString, dialect);
        QFETCH(QStringList, codes);
        FreshDatabase fresh;
        HubDatabase db;
        QString error;
        QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
        QVERIFY(db.open(fresh.location()));
        QVERIFY2(seedCatalogue(db, &error), qPrintable(error));
        const qint64 lastChange = HubCatalogue(db).lastChange();
        db.close();
        const CliRun run = runHub(QStringList{QStringLiteral("place-areas"), QStringLiteral("--place"), QStringLiteral("place-0")} + codes
                                  + QStringList{QStringLiteral("--db"), fresh.location()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("do not nest"), run.err.constData());
        QVERIFY(db.open(fresh.location()));
        QCOMPARE(HubCatalogue(db).lastChange(), lastChange);
        StatsStore store(db);
        QVERIFY2(store.refresh(&error), qPrintable(error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT gemeente, wijk, buurt FROM stats_place WHERE uid = 'place-0'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("GM0363"));
        QCOMPARE(q.value(2).toString(), buurten.at(0));
    }

    // GET /v1/stats/dimensions on a hub loaded with import-demo names the demo's areas.
    void dimensionsNameDemoAreas_data()
    {
        QTest::addColumn<QString>("dialect");
        for (const QString &dialect : dialects())
            QTest::newRow(qPrintable(dialect)) << dialect;
    }
    void dimensionsNameDemoAreas()
    {
        QFETCH(QString, dialect);
        FreshDatabase fresh;
        QString error;
        QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
        const CliRun demo = runHub({QStringLiteral("import-demo"), QStringLiteral("--db"), fresh.location()});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        QByteArray evaluator;
        {
            HubDatabase db;
            QVERIFY(db.open(fresh.location()));
            evaluator = TokenStore(db).create(Role::Evaluator, {}, {}, 1, &error)->token.toLatin1();
        }
        // What the demo's CBS file says, read independently of the hub.
        QFile file(QStringLiteral(BUURTPLEIN_DEMO_AREAS));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QHash<QString, QString> expected;
        for (const QByteArray &line : file.readAll().split('\n').mid(1)) {
            const QList<QByteArray> f = line.trimmed().split(',');
            if (f.size() == 6)
                expected.insert(QString::fromUtf8(f.at(1)), QString::fromUtf8(f.at(2)));
        }
        QVERIFY(expected.size() > 10);
        HubProcess hub;
        QVERIFY2(hub.start(fresh.location(), &error), qPrintable(error));
        QNetworkAccessManager nam;
        const Answer dims = call(nam, "GET", hub.url(QStringLiteral("/v1/stats/dimensions")), {}, evaluator);
        QCOMPARE(dims.status, 200);
        QHash<QString, QString> named;
        for (const QJsonValue &v : dims.json().value(QStringLiteral("areas")).toArray())
            named.insert(v.toObject().value(QStringLiteral("code")).toString(), v.toObject().value(QStringLiteral("name")).toString());
        QCOMPARE(named, expected);
    }

    // A table too large to audit in reasonable time is refused before any work, with a
    // sentence that says how to narrow it; one just under the limit is released.
    void tooLargeTableRefused_data()
    {
        QTest::addColumn<int>("buurtCount");
        QTest::addColumn<bool>("refused");
        // Five years of ISO weeks (2021-W01 to 2025-W52) are 260 columns.
        QTest::newRow("over the limit") << Stats::MaxReleaseCells / 260 + 1 << true;
        QTest::newRow("under the limit") << 20 << false;
    }
    void tooLargeTableRefused()
    {
        QFETCH(int, buurtCount);
        QFETCH(bool, refused);
        Stats::Query q{QStringLiteral("attendance"), Stats::Dimension::Buurt, Stats::Dimension::Week, QDate(2021, 1, 4),
                       QDate(2025, 12, 28), {}};
        Stats::CellMap cells;
        for (int b = 0; b < buurtCount; ++b) {
            Stats::CellSums sums;
            sums.counters[StatsRollup::Held] = 5;
            sums.counters[StatsRollup::Attendance] = 50;
            cells.insert({QStringLiteral("BU%1").arg(b, 8, 10, QLatin1Char('0')), QStringLiteral("2023-W10")}, sums);
        }
        const Stats::ReleasedStats stats = Stats::releaseTable(q, cells, Release::Rules(), [](Stats::Dimension) { return QHash<QString, QString>(); },
                                                               QStringLiteral("en"));
        QCOMPARE(stats.columnKeys.size(), 260);
        QCOMPARE(stats.tooLarge, refused);
        QCOMPARE(!stats.error.isEmpty(), refused);
        if (refused)
            QVERIFY2(stats.error.contains(QStringLiteral("gemeente or wijk filter")), qPrintable(stats.error));
    }

    // Over HTTP: 32 buurten by five years of ISO weeks is over the limit and answers 400
    // with a sentence that says how to narrow it; the same table for one wijk is released.
    void tooLargeTableRefusedOverHttp_data() { routes_data(); }
    void tooLargeTableRefusedOverHttp()
    {
        QFETCH(QString, dialect);
        FreshDatabase fresh;
        HubDatabase db;
        QString error;
        QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
        QVERIFY(db.open(fresh.location()));
        QVERIFY2(OrganisationStore(db).create({org, QStringLiteral("Welzijn Stats"), QStringLiteral("welzijn")}, 1, &error), qPrintable(error));
        const int buurtCount = 32; // 32 x 260 weeks = 8,320 cells
        QVERIFY(buurtCount * 260 > Stats::MaxReleaseCells && buurtCount / 2 * 260 <= Stats::MaxReleaseCells);
        QList<SessionLog> logs;
        {
            HubTransaction tx(db.connection(), db.dialect());
            HubCatalogue catalogue(db);
            for (int b = 0; b < buurtCount; ++b) {
                Place place;
                place.uid = QStringLiteral("place-%1").arg(b);
                place.name = place.uid;
                place.wijkCode = b < buurtCount / 2 ? QStringLiteral("WK036380") : QStringLiteral("WK036381");
                place.buurtCode = QStringLiteral("BU%1%2").arg(place.wijkCode.mid(2)).arg(b, 2, 10, QLatin1Char('0'));
                place.gemeenteCode = QStringLiteral("GM0363");
                QVERIFY(catalogue.upsert(QStringLiteral("place"), place.uid, {}, CataloguePayload::build(place)).outcome != CatalogueWrite::Failed);
                Activity a;
                a.uid = activityUid(b);
                a.organisationUid = org;
                a.placeUid = place.uid;
                a.title = a.uid;
                a.category = QStringLiteral("taal");
                QVERIFY(catalogue.upsert(QStringLiteral("activity"), a.uid, org, CataloguePayload::build(a)).outcome != CatalogueWrite::Failed);
                SessionLog log;
                log.uuid = QStringLiteral("6f1c1a52-0000-4000-8000-%1").arg(b, 12, 10, QLatin1Char('0'));
                log.activityUid = a.uid;
                log.occurrenceUid = a.uid + QStringLiteral("/20230306T120000Z");
                log.revision = 1;
                log.held = true;
                log.attendance = 12;
                logs.append(log);
            }
            QVERIFY(tx.commit());
        }
        QVERIFY2(SessionLogStore(db).store(logs, org, 100, &error), qPrintable(error));
        const QByteArray evaluator = TokenStore(db).create(Role::Evaluator, {}, {}, 1, &error)->token.toLatin1();
        HubProcess hub;
        QVERIFY2(hub.start(fresh.location(), &error), qPrintable(error));
        QNetworkAccessManager nam;
        const QString table = QStringLiteral("/v1/stats/table?metric=attendance&rows=area:buurt&columns=period:week&from=2021-01-04&to=2025-12-28");
        const Answer refused = call(nam, "GET", hub.url(table), {}, evaluator);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_query"));
        QVERIFY2(refused.json().value(QStringLiteral("message")).toString().contains(QStringLiteral("gemeente or wijk filter")),
                 refused.body.constData());
        const Answer narrowed = call(nam, "GET", hub.url(table + QStringLiteral("&wijk=WK036380")), {}, evaluator);
        QCOMPARE(narrowed.status, 200);
        QCOMPARE(narrowed.json().value(QStringLiteral("rows")).toObject().value(QStringLiteral("keys")).toArray().size(), buurtCount / 2);
        QCOMPARE(narrowed.json().value(QStringLiteral("columns")).toObject().value(QStringLiteral("keys")).toArray().size(), 260);
    }

    // k below 5 is refused with a sentence.
    void serveRefusesSmallK()
    {
        const CliRun run = runHub({QStringLiteral("serve"), QStringLiteral("--k"), QStringLiteral("4"), QStringLiteral("--db"),
                                   QDir::temp().filePath(QStringLiteral("never.sqlite"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("at least 5"));
    }
};

QTEST_GUILESS_MAIN(TestHubStats)
#include "tst_hubstats.moc"
