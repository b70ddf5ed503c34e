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
#include <QTest>

#include <algorithm>
#include <map>
#include <random>

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
