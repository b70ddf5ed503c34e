// SPDX-License-Identifier: GPL-3.0-or-later
// Released statistics over a million session logs (issue 6): the time of the route's code
// path (StatsStore::refresh + collect + Stats::releaseTable + toJson) for typical tables,
// against baselines measured in the same run on the same database: a GROUP BY over the
// raw session_log of the table's range, and SELECT count(*) FROM session_log. SQLite
// always; PostgreSQL too when BUURTPLEIN_BENCH_PG_URL names a server whose user may
// create databases. See BENCHMARKS.md.
//
// The catalogue (gemeenten, wijken, buurten, places, activities) is written straight into
// the statistics' dimension tables, the logs into session_log in large transactions, and
// then StatsRollup::rebuild sums the rollups as ingest would have kept them.

#include "benchdialects.h"
#include "hubtest.h"
#include "stats/statsstore.h"
#include "stats/statstable.h"
#include "store/hubcatalogue.h"
#include "store/hubdatabase.h"
#include "store/organisationstore.h"
#include "store/statsrollup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace Buurtplein;

namespace {

constexpr int Gemeenten = 3, Wijken = 20, Buurten = 450, Activities = 3000, Categories = 12, Programmes = 4;
const QDate firstDay(2024, 1, 1);
const QDate lastDay(2026, 12, 31);

QString gemeenteCode(int g) { return QStringLiteral("GM%1").arg(g + 1, 4, 10, QLatin1Char('0')); }
QString wijkCode(int w) { return QStringLiteral("WK%1").arg(w + 1, 6, 10, QLatin1Char('0')); }
QString buurtCode(int b) { return QStringLiteral("BU%1").arg(b + 1, 8, 10, QLatin1Char('0')); }
int wijkOf(int buurt) { return buurt * Wijken / Buurten; }
int gemeenteOf(int wijk) { return wijk * Gemeenten / Wijken; }

bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

/** The catalogue and @p logs session logs over three years; busier buurten have more activities. */
bool seed(HubDatabase &db, int logs, QString *error)
{
    QRandomGenerator gen(20261123);
    for (int o = 0; o < 10; ++o) {
        if (!OrganisationStore(db).create({QStringLiteral("org-%1").arg(o), QStringLiteral("Org %1").arg(o), QStringLiteral("welzijn")}, 1, error))
            return false;
    }
    HubTransaction tx(db.connection(), db.dialect());
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO stats_place (uid, gemeente, wijk, buurt) VALUES (?, ?, ?, ?)"));
    for (int b = 0; b < Buurten; ++b) {
        q.addBindValue(QStringLiteral("place-%1").arg(b));
        q.addBindValue(gemeenteCode(gemeenteOf(wijkOf(b))));
        q.addBindValue(wijkCode(wijkOf(b)));
        q.addBindValue(buurtCode(b));
        if (!exec(q, error))
            return false;
    }
    QList<int> activityOrg(Activities);
    q.prepare(QStringLiteral("INSERT INTO stats_activity (uid, organisation_uid, category, programme, place_uid) VALUES (?, ?, ?, ?, ?)"));
    for (int a = 0; a < Activities; ++a) {
        // Squared: a few buurten have many activities, many have a handful.
        const double u = gen.generateDouble();
        activityOrg[a] = a % 10;
        q.addBindValue(QStringLiteral("act-%1").arg(a));
        q.addBindValue(QStringLiteral("org-%1").arg(a % 10));
        q.addBindValue(QStringLiteral("cat-%1").arg(a % Categories));
        q.addBindValue(a % 3 == 0 ? QStringLiteral("") : QStringLiteral("prog-%1").arg(a % Programmes)); // "" no programme
        q.addBindValue(QStringLiteral("place-%1").arg(std::min(Buurten - 1, int(u * u * Buurten))));
        if (!exec(q, error))
            return false;
    }
    if (!tx.commit()) {
        *error = tx.errorString();
        return false;
    }
    const qint64 from = QDateTime(firstDay, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 span = QDateTime(lastDay, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() - from;
    for (int start = 0; start < logs; start += 50000) {
        HubTransaction batch(db.connection(), db.dialect());
        QSqlQuery insert(db.connection());
        insert.prepare(QStringLiteral("INSERT INTO session_log (uuid, revision, organisation_uid, activity_uid, occurrence_uid, session_start,"
                                      " held, not_held_reason, attendance, first_timers, volunteers, host_present, age_0_11, age_12_17,"
                                      " age_18_26, age_27_66, age_67_plus, new_to_neighbourhood, received, stats_place, stats_capacity)"
                                      " VALUES (?, 1, ?, ?, ?, ?, ?, NULL, ?, ?, 1, 1, NULL, NULL, NULL, NULL, NULL, NULL, 0, '', -1)"));
        for (int i = start; i < std::min(logs, start + 50000); ++i) {
            const int a = int(gen.bounded(Activities));
            const qint64 at = from + qint64(gen.bounded(quint32(span / 3600))) * 3600;
            const bool held = gen.bounded(10) != 0;
            insert.addBindValue(QStringLiteral("log-%1").arg(i));
            insert.addBindValue(QStringLiteral("org-%1").arg(activityOrg.at(a)));
            insert.addBindValue(QStringLiteral("act-%1").arg(a));
            insert.addBindValue(QStringLiteral("act-%1/%2").arg(a).arg(at));
            insert.addBindValue(at);
            insert.addBindValue(held ? 1 : 0);
            insert.addBindValue(held ? 3 + int(gen.bounded(20)) : 0);
            insert.addBindValue(held ? int(gen.bounded(3)) : 0);
            if (!exec(insert, error))
                return false;
        }
        if (!batch.commit()) {
            *error = batch.errorString();
            return false;
        }
    }
    HubTransaction rollups(db.connection(), db.dialect());
    QSqlQuery meta(db.connection());
    meta.prepare(QStringLiteral("UPDATE stats_meta SET built = 1, catalogue_change = ? WHERE id = 1"));
    meta.addBindValue(HubCatalogue(db).lastChange());
    if (!StatsRollup::rebuild(db, error) || !exec(meta, error))
        return false;
    if (!rollups.commit()) {
        *error = rollups.errorString();
        return false;
    }
    return true;
}

struct Case {
    const char *name;
    Stats::Dimension rows, columns;
    QDate from, to;
    QMap<QString, QString> filters;
};

/** Milliseconds of the best of @p runs runs of @p work. */
template<typename Work>
double bestMs(int runs, Work work)
{
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        best = std::min(best, double(t.nsecsElapsed()) / 1e6);
    }
    return best;
}

bool run(const QString &dialect, int logs, int runs, QString *error)
{
    HubTest::FreshDatabase fresh;
    HubDatabase db;
    if (!fresh.create(dialect, error))
        return false;
    if (!db.open(fresh.location())) {
        *error = db.errorString();
        return false;
    }
    QElapsedTimer seeding;
    seeding.start();
    if (!seed(db, logs, error))
        return false;
    std::printf("stats %s seeded logs=%d in %.1f s\n", qPrintable(dialect), logs, double(seeding.elapsed()) / 1000);
    std::fflush(stdout);

    using D = Stats::Dimension;
    const QList<Case> cases = {
        {"buurt x month (2026)", D::Buurt, D::Month, QDate(2026, 1, 1), QDate(2026, 12, 31), {}},
        {"wijk x week (2026 Q1)", D::Wijk, D::Week, QDate(2025, 12, 29), QDate(2026, 3, 29), {}},
        {"category x quarter (2026)", D::Category, D::Quarter, QDate(2026, 1, 1), QDate(2026, 12, 31), {}},
        {"gemeente x year (2026)", D::Gemeente, D::Year, QDate(2026, 1, 1), QDate(2026, 12, 31), {}},
        {"category x week (2026)", D::Category, D::Week, QDate(2025, 12, 29), QDate(2027, 1, 3), {}},
        {"buurt x month, one wijk (2026)", D::Buurt, D::Month, QDate(2026, 1, 1), QDate(2026, 12, 31),
         {{QStringLiteral("wijk"), wijkCode(0)}}},
    };
    const Release::Rules rules;
    double countMs = bestMs(runs, [&] {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT count(*) FROM session_log"));
        q.next();
    });
    for (const Case &c : cases) {
        Stats::Query query;
        query.metric = QStringLiteral("attendance");
        query.rows = c.rows;
        query.columns = c.columns;
        query.from = c.from;
        query.to = c.to;
        query.filters = c.filters;
        int cells = 0, suppressed = 0;
        QString failure;
        double readMs = 1e300;
        const double releasedMs = bestMs(runs, [&] {
            QElapsedTimer reading;
            reading.start();
            StatsStore store(db);
            QString e;
            if (!store.refresh(&e)) {
                failure = e;
                return;
            }
            const auto sums = store.collect(query, &e);
            if (!sums) {
                failure = e;
                return;
            }
            readMs = std::min(readMs, double(reading.nsecsElapsed()) / 1e6);
            const Stats::ReleasedStats stats = Stats::releaseTable(query, *sums, rules, [&store](D d) { return store.labels(d); },
                                                                   QStringLiteral("nl"));
            if (!stats.error.isEmpty())
                failure = stats.error;
            QJsonDocument(Stats::toJson(stats, QStringLiteral("2026-11-23T00:00:00Z"))).toJson(QJsonDocument::Compact);
            cells = int(stats.cells.size());
            suppressed = int(std::count_if(stats.cells.cbegin(), stats.cells.cend(), [](const Stats::Figure &f) { return f.suppressed; }));
        });
        if (!failure.isEmpty()) {
            *error = QStringLiteral("%1: %2").arg(QLatin1String(c.name), failure);
            return false;
        }
        // The baseline: the range's raw logs grouped by activity in SQL, no rollups, no release.
        const double rawMs = bestMs(runs, [&] {
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral("SELECT activity_uid, SUM(attendance) FROM session_log WHERE session_start >= ? AND session_start < ?"
                                     " GROUP BY activity_uid"));
            q.addBindValue(QDateTime(c.from, QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
            q.addBindValue(QDateTime(c.to.addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
            q.exec();
            while (q.next()) { }
        });
        std::printf("stats %s table=\"%s\" cells=%d suppressed=%d released_ms=%.1f read_ms=%.1f raw_groupby_ms=%.1f count_ms=%.1f"
                    " released/groupby=%.3f released/count=%.3f\n",
                    qPrintable(dialect), c.name, cells, suppressed, releasedMs, readMs, rawMs, countMs, releasedMs / rawMs,
                    releasedMs / countMs);
        std::fflush(stdout);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Released statistics tables over many session logs, against raw GROUP BY baselines."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("logs"), QStringLiteral("How many session logs (default 1000000)."), QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per table; the best counts (default 3)."), QStringLiteral("N"), QStringLiteral("3")});
    parser.process(app);
    const int logs = parser.value(QStringLiteral("logs")).toInt();
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    if (logs <= 0 || runs <= 0) {
        std::fprintf(stderr, "bench-stats: --logs and --runs must be positive\n");
        return 2;
    }
    const QStringList dialects = Bench::benchDialects();
    int code = 0;
    for (const QString &dialect : dialects) {
        QString error;
        if (!run(dialect, logs, runs, &error)) {
            std::fprintf(stderr, "bench-stats: %s: %s\n", qPrintable(dialect), qPrintable(error));
            code = 1;
        }
    }
    return code;
}
