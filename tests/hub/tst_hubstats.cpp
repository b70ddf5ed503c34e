// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubtest.h"
#include "stats/statsstore.h"
#include "stats/statstable.h"
#include "statstestdata.h"
#include "store/hubsecret.h"
#include "store/joincountstore.h"
#include "store/sessionlogstore.h"

#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <map>
#include <random>
#include <thread>

using namespace Buurtplein;
using namespace Buurtplein::HubTest;
using namespace Buurtplein::StatsTestData;

namespace {
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

// Released statistics (docs/statistics.md): the rollups against recomputation, what a
// release lets out, and corrected dimensions; the routes and commands are tst_hubstatsroutes.
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

    // Every figure is released by the Cell Key Method: suppressed exactly when its own
    // records fall below a threshold (no secondary suppression), else within the largest
    // perturbation of the truth, the same on a second release, ratios from released parts.
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
        QVERIFY2(storeRandomLogs(db, 7, 150, &error), qPrintable(error));

        // The rollups' key sums are the sums of the raw logs' record keys.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT (SELECT SUM(key_sum) FROM stats_month), (SELECT SUM(key_sum) FROM stats_week),"
                                      " (SELECT SUM(key_sum) FROM stats_day), (SELECT SUM(record_key) FROM session_log),"
                                      " (SELECT COUNT(DISTINCT record_key) FROM session_log)")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), q.value(3).toLongLong());
        QCOMPARE(q.value(1).toLongLong(), q.value(3).toLongLong());
        QCOMPARE(q.value(2).toLongLong(), q.value(3).toLongLong());
        // Random keys, not constant nor from a few values: 150 draws from 256 give 114
        // different keys on average (standard deviation about 4.5); 100 was crossed once in
        // a clean-clone run, 80 lies more than 7 deviations below the mean.
        QVERIFY2(q.value(4).toInt() > 80, "150 logs should have well over 80 different keys");
        q.finish();

        const auto stats = released(db, metric, Stats::Dimension(rows), Stats::Dimension(columns));
        QVERIFY2(stats.error.isEmpty(), qPrintable(stats.error));
        QVERIFY(!stats.rowKeys.isEmpty());
        const auto again = released(db, metric, Stats::Dimension(rows), Stats::Dimension(columns));

        // The truth per cell and margin, from the rollups' sums.
        StatsStore store(db);
        QVERIFY(store.refresh(&error));
        Stats::Query query{metric, Stats::Dimension(rows), Stats::Dimension(columns), QDate(2025, 1, 1), QDate(2025, 12, 31), {}, {}};
        const auto cells = store.collect(query, &error);
        QVERIFY2(cells, qPrintable(error));
        const int nColumns = int(stats.columnKeys.size());
        QList<Stats::CellSums> truth(stats.cells.size()), rowTruth(stats.rowKeys.size()), columnTruth(nColumns);
        Stats::CellSums grandTruth;
        auto coarse = [](Stats::Dimension d, const QString &key) {
            if (d == Stats::Dimension::Quarter)
                return key.left(4) + QStringLiteral("-Q") + QString::number((key.mid(5).toInt() + 2) / 3);
            return key;
        };
        for (auto it = cells->cbegin(); it != cells->cend(); ++it) {
            const int r = int(stats.rowKeys.indexOf(coarse(query.rows, it.key().first)));
            const int c = int(stats.columnKeys.indexOf(coarse(query.columns, it.key().second)));
            QVERIFY2(r >= 0 && c >= 0, qPrintable(it.key().first + QLatin1Char('/') + it.key().second));
            truth[r * nColumns + c].add(it.value());
            rowTruth[r].add(it.value());
            columnTruth[c].add(it.value());
            grandTruth.add(it.value());
        }
        const Release::Rules rules;
        auto planned = [](const Stats::CellSums &s) {
            return s.counters[StatsRollup::Held] + s.counters[StatsRollup::NotHeld] + s.cancelledInAdvance;
        };
        auto value = [&](const Stats::CellSums &s) {
            if (metric == QLatin1String("attendance"))
                return s.counters[StatsRollup::Attendance];
            if (metric == QLatin1String("sessions_held"))
                return s.counters[StatsRollup::Held];
            if (metric == QLatin1String("volunteers"))
                return s.counters[StatsRollup::Volunteers];
            return qint64(-1); // a ratio
        };
        int suppressed = 0, released = 0, moved = 0;
        auto check = [&](const Stats::Figure &shown, const Stats::Figure &shownAgain, const Stats::CellSums &s) {
            const bool below = planned(s) < rules.minSessions || s.counters[StatsRollup::Attendance] < rules.minParticipants;
            QCOMPARE(shown.suppressed, shownAgain.suppressed);
            QCOMPARE(shown.value, shownAgain.value);
            if (below) {
                QVERIFY(shown.suppressed);
                ++suppressed;
                return;
            }
            if (value(s) < 0) {
                // A share of first-timers: from released parts, so within reach of the truth.
                QVERIFY(shown.suppressed == (s.counters[StatsRollup::Attendance] == 0));
                if (!shown.suppressed) {
                    const double exact = double(s.counters[StatsRollup::FirstTimers]) / double(s.counters[StatsRollup::Attendance]);
                    const double widest = double(s.counters[StatsRollup::FirstTimers] + rules.maxNoise)
                                          / double(std::max<qint64>(1, s.counters[StatsRollup::Attendance] - rules.maxNoise));
                    QVERIFY(shown.value >= 0 && shown.value <= 1);
                    QVERIFY(std::abs(shown.value - exact) <= std::abs(widest - exact) + 0.01);
                }
                ++released;
                return;
            }
            QVERIFY(!shown.suppressed);
            QVERIFY2(std::abs(qint64(shown.value) - value(s)) <= rules.maxNoise,
                     qPrintable(QStringLiteral("%1 for %2").arg(shown.value).arg(value(s))));
            QVERIFY(shown.value >= 0);
            ++released;
            moved += qint64(shown.value) != value(s);
        };
        for (int i = 0; i < stats.cells.size(); ++i)
            check(stats.cells.at(i), again.cells.at(i), truth.at(i));
        for (int r = 0; r < stats.rowTotals.size(); ++r)
            check(stats.rowTotals.at(r), again.rowTotals.at(r), rowTruth.at(r));
        for (int c = 0; c < stats.columnTotals.size(); ++c)
            check(stats.columnTotals.at(c), again.columnTotals.at(c), columnTruth.at(c));
        check(stats.grandTotal, again.grandTotal, grandTruth);
        if (Stats::Dimension(columns) != Stats::Dimension::Quarter)
            QVERIFY(suppressed > 0); // sparse enough for the thresholds to have work; quarters of categories are all large
        QVERIFY(released > 0);
        if (value(grandTruth) >= 0)
            QVERIFY2(moved > 0, "no released figure carries noise"); // the perturbation is really applied
        const QJsonObject json = Stats::toJson(stats, QStringLiteral("now"));
        for (const QJsonValue &row : json.value(QStringLiteral("cells")).toArray()) {
            for (const QJsonValue &cell : row.toArray())
                QVERIFY(cell.toObject().value(QStringLiteral("suppressed")).toBool() || cell.toObject().contains(QStringLiteral("value")));
        }
        QCOMPARE(json.value(QStringLiteral("rules")).toObject().value(QStringLiteral("method")).toString(), QStringLiteral("cell-key"));
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
            QVERIFY2(storeRandomLogs(db, 11, 300, &error), qPrintable(error));
            auto truth = [&] { return attendanceByBuurt(db); };
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

    // Two connections (two hub processes) push the same uuids at the same time: the rollup
    // lock serialises their read-modify-write, so the rollups equal a recomputation.
    // Anonymous joins count in the rollups of their occurrence's log, whichever came
    // first, once per join key, less those withdrawn, and again after a rebuild.
    void joinsFollowCountsAndLogs_data()
    {
        QTest::addColumn<QString>("dialect");
        for (const QString &dialect : dialects())
            QTest::newRow(qPrintable(dialect)) << dialect;
    }
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
        // Residents join every session, the later half before its log arrived; a join sent twice counts once.
        QHash<QString, QStringList> keys; // occurrence → the keys of its joins
        QList<JoinMark> joins;
        for (const SessionLog &log : logs) {
            for (int n = 1 + int(g.bounded(5)); n > 0; --n) {
                keys[log.occurrenceUid].append(HubSecret::newToken());
                joins.append({log.occurrenceUid, keys[log.occurrenceUid].last()});
            }
        }
        QVERIFY2(joinStore.store(joins, &error), qPrintable(error));
        QVERIFY2(joinStore.store(joins.mid(0, 10), &error) == 0, qPrintable(error));
        QVERIFY2(logStore.store(logs.mid(15), org, 100, &error), qPrintable(error));
        // Some residents leave again (some sessions down to no joins); a third of the logs are revised.
        QList<JoinMark> leaves;
        for (const SessionLog &log : logs) {
            QStringList &left = keys[log.occurrenceUid];
            for (int n = int(g.bounded(uint(left.size() + 1))); n > 0; --n)
                leaves.append({log.occurrenceUid, left.takeLast(), false});
        }
        QVERIFY2(joinStore.store(leaves, &error), qPrintable(error));
        QList<SessionLog> revised;
        for (int uuid = 0; uuid < 30; uuid += 3)
            revised.append(randomLog(g, uuid, 2));
        QVERIFY2(logStore.store(revised, org, 300, &error), qPrintable(error));

        std::map<std::pair<QString, int>, qint64> expected;
        for (const SessionLog &log : logs) {
            const QDate d = QDate::fromString(log.occurrenceUid.section(QLatin1Char('/'), 1).left(8), QStringLiteral("yyyyMMdd"));
            const qint64 joins = keys.value(log.occurrenceUid).size();
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

    // A moved session counts at its new place; a session cancelled in advance counts as
    // cancelled until a log for it arrives, also when the statistics saw it before the log.
    void movedAndCancelledSessions_data() { joinsFollowCountsAndLogs_data(); }
    void movedAndCancelledSessions()
    {
        QFETCH(QString, dialect);
        FreshDatabase fresh;
        HubDatabase db;
        QString error;
        QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
        QVERIFY(db.open(fresh.location()));
        QVERIFY2(seedCatalogue(db, &error), qPrintable(error));
        auto at = [](QDate day) { return QDateTime(day, QTime(12, 0), Qt::UTC); };
        auto occurrence = [&](int activity, QDate day) {
            return activityUid(activity) + QLatin1Char('/') + at(day).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        };
        const QString moved = occurrence(0, QDate(2025, 3, 3));
        const QString cancelled = occurrence(1, QDate(2025, 3, 10));
        const QString cancelledButLogged = occurrence(2, QDate(2025, 3, 17));
        {
            HubTransaction tx(db.connection(), db.dialect());
            HubCatalogue catalogue(db);
            const QList<std::tuple<QString, int, QDate, QString>> changes = {
                {moved, 0, QDate(2025, 3, 3), QStringLiteral("moved")},
                {cancelled, 1, QDate(2025, 3, 10), QStringLiteral("cancelled")},
                {cancelledButLogged, 2, QDate(2025, 3, 17), QStringLiteral("cancelled")}};
            for (const auto &[uid, activity, day, status] : changes) {
                OccurrenceOverride o;
                o.occurrenceUid = uid;
                o.activityUid = activityUid(activity);
                o.originalStart = at(day);
                o.status = status;
                if (status == QLatin1String("moved")) {
                    o.newStart = at(day);
                    o.newEnd = at(day).addSecs(3600);
                    o.newPlaceUid = QStringLiteral("place-2");
                }
                QVERIFY(catalogue.upsert(QStringLiteral("override"), uid, org, CataloguePayload::build(o)).outcome != CatalogueWrite::Failed);
            }
            QVERIFY(tx.commit());
        }
        // The statistics learn of the cancellations before any log arrives.
        StatsStore store(db);
        QVERIFY2(store.refresh(&error), qPrintable(error));

        auto log = [&](int n, const QString &occurrenceUid, bool held, int attendance) {
            SessionLog l;
            l.uuid = QStringLiteral("6f1c1a52-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
            l.activityUid = occurrenceUid.section(QLatin1Char('/'), 0, 0);
            l.occurrenceUid = occurrenceUid;
            l.revision = 1;
            l.held = held;
            l.notHeldReason = held ? QString() : QStringLiteral("weather");
            l.attendance = attendance;
            return l;
        };
        const QList<SessionLog> logs = {log(1, moved, true, 12), log(2, occurrence(0, QDate(2025, 3, 24)), true, 7),
                                        log(3, cancelledButLogged, false, 0)};
        QVERIFY2(SessionLogStore(db).store(logs, org, 100, &error), qPrintable(error));

        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT place_uid, SUM(attendance) FROM stats_month WHERE activity_uid = '%1' GROUP BY place_uid"
                                      " ORDER BY place_uid").arg(activityUid(0))));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QString()); // the activity's own place
        QCOMPARE(q.value(1).toLongLong(), 7);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("place-2"));
        QCOMPARE(q.value(1).toLongLong(), 12);
        QVERIFY(!q.next());

        QVERIFY2(store.refresh(&error), qPrintable(error));
        Stats::Query query;
        query.metric = QStringLiteral("sessions_cancelled");
        query.rows = Stats::Dimension::Buurt;
        query.from = QDate(2025, 1, 1);
        query.to = QDate(2025, 12, 31);
        const auto cells = store.collect(query, &error);
        QVERIFY2(cells, qPrintable(error));
        QHash<QString, std::pair<qint64, qint64>> byBuurt; // attendance, cancelled in advance
        for (auto it = cells->cbegin(); it != cells->cend(); ++it) {
            byBuurt[it.key().first].first += it.value().counters[StatsRollup::Attendance];
            byBuurt[it.key().first].second += it.value().cancelledInAdvance;
        }
        QCOMPARE(byBuurt.value(buurten.at(0)), std::make_pair(qint64(7), qint64(0)));
        QCOMPARE(byBuurt.value(buurten.at(1)), std::make_pair(qint64(0), qint64(1))); // a1's, never logged
        QCOMPARE(byBuurt.value(buurten.at(2)), std::make_pair(qint64(12), qint64(0))); // moved here; a2's was logged
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
};

QTEST_GUILESS_MAIN(TestHubStats)
#include "tst_hubstats.moc"
