// SPDX-License-Identifier: GPL-3.0-or-later
// bench-search: runs realistic mixed queries over a catalogue made by gen-catalogue and
// reports latency percentiles of Search::run against (a) the raw FTS5 + R*Tree lookups
// the same queries need and (b) a naive LIKE + full distance scan. See BENCHMARKS.md.
#include "catalogueshape.h"
#include "storage/database.h"
#include "search/ftsquery.h"
#include "search/geodistance.h"
#include "search/searchquery.h"
#include "search/textfolding.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

using namespace Buurtplein;

namespace {

struct Stats {
    QList<double> ms;
    double percentile(double p) const
    {
        if (ms.isEmpty())
            return 0;
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype i = std::clamp<qsizetype>(qsizetype(std::ceil(p * double(sorted.size()))) - 1, 0, sorted.size() - 1);
        return sorted.at(i);
    }
};

class Draw
{
public:
    explicit Draw(quint64 seed) : m_engine(seed) {}
    quint64 below(quint64 n) { return m_engine() % n; }
    double unit() { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    template<typename T> const T &pick(const QList<T> &list) { return list.at(qsizetype(below(quint64(list.size())))); }

private:
    std::mt19937_64 m_engine;
};

QList<SearchQuery> makeQueries(QSqlDatabase db, int n, quint64 seed, const QDateTime &now)
{
    QList<std::pair<double, double>> points;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT lat, lon FROM place WHERE lat IS NOT NULL ORDER BY id"));
    while (q.next())
        points.append({q.value(0).toDouble(), q.value(1).toDouble()});
    QList<SearchQuery> out;
    if (points.isEmpty())
        return out;
    Draw draw(seed);
    for (int i = 0; i < n; ++i) {
        SearchQuery s;
        const auto &[lat, lon] = draw.pick(points);
        // A resident somewhere within a few hundred metres of a meeting place.
        s.near = SearchQuery::Near{lat + (draw.unit() - 0.5) * 0.008, lon + (draw.unit() - 0.5) * 0.012, 2000};
        if (draw.chance(0.75))
            s.text = draw.pick(Bench::searchWords());
        if (draw.chance(0.25))
            s.categories = {draw.pick(Bench::categories())};
        if (draw.chance(0.2))
            s.languages = {draw.pick(Bench::extraLanguages())};
        s.freeOnly = draw.chance(0.15);
        if (draw.chance(0.1))
            s.accessibility = {QStringLiteral("wheelchair")};
        if (draw.chance(0.05))
            s.audiences = {QStringLiteral("ouderen"), QStringLiteral("iedereen")};
        s.from = now.addSecs(qint64(draw.below(24)) * 3600);
        s.to = s.from.addDays(7);
        s.order = draw.chance(0.2) ? SearchQuery::ByDistance : SearchQuery::ByStart;
        out.append(s);
    }
    return out;
}

// (a) The index lookups Search::run builds on, alone: the FTS5 MATCH (all matching rowids)
// and the R*Tree box (all place ids), with statements prepared once.
class RawLookups
{
public:
    explicit RawLookups(QSqlDatabase db) : m_fts(db), m_box(db)
    {
        m_fts.prepare(QStringLiteral("SELECT rowid FROM activity_fts WHERE activity_fts MATCH ?"));
        m_box.prepare(QStringLiteral("SELECT id FROM place_rtree WHERE min_lat <= ? AND max_lat >= ? AND min_lon <= ? AND max_lon >= ?"));
    }
    qint64 run(const SearchQuery &s)
    {
        qint64 rows = 0;
        const TextMatch text = FtsQuery::build(s.text);
        if (!text.match.isEmpty()) {
            m_fts.bindValue(0, text.match);
            m_fts.exec();
            while (m_fts.next())
                rows += m_fts.value(0).toLongLong() > 0;
        }
        if (s.near) {
            const GeoBox box = GeoDistance::boxAround(s.near->lat, s.near->lon, s.near->radiusMetres);
            m_box.bindValue(0, box.maxLat);
            m_box.bindValue(1, box.minLat);
            m_box.bindValue(2, box.maxLon);
            m_box.bindValue(3, box.minLon);
            m_box.exec();
            while (m_box.next())
                rows += m_box.value(0).toLongLong() > 0;
        }
        return rows;
    }

private:
    QSqlQuery m_fts;
    QSqlQuery m_box;
};

// (b) What one would write without the index: LIKE on the raw text and a distance
// computed for every occurrence in the time window.
qint64 naive(QSqlDatabase db, const SearchQuery &s)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT o.uid, a.title, p.name, o.start, bp_distance(p.lat, p.lon, :lat, :lon) AS d "
        "FROM occurrence o JOIN activity a ON a.id = o.activity_id JOIN place p ON p.id = o.place_id "
        "WHERE o.start >= :from AND o.start < :to AND d <= :radius "
        "AND (a.title LIKE :word OR a.description LIKE :word2) "
        "AND (:category = '' OR a.category = :category2) "
        "AND (:lang = '' OR instr(',' || a.languages_spoken || ',', ',' || :lang2 || ',') > 0) "
        "AND (:free = 0 OR a.cost_cents = 0) "
        "ORDER BY o.start LIMIT 200"));
    const QStringList words = TextFolding::words(s.text);
    const QString like = QLatin1Char('%') + (words.isEmpty() ? QString() : words.first()) + QLatin1Char('%');
    q.bindValue(QStringLiteral(":lat"), s.near->lat);
    q.bindValue(QStringLiteral(":lon"), s.near->lon);
    q.bindValue(QStringLiteral(":from"), s.from.toSecsSinceEpoch());
    q.bindValue(QStringLiteral(":to"), s.to.toSecsSinceEpoch());
    q.bindValue(QStringLiteral(":radius"), s.near->radiusMetres);
    q.bindValue(QStringLiteral(":word"), like);
    q.bindValue(QStringLiteral(":word2"), like);
    const QString category = s.categories.isEmpty() ? QStringLiteral("") : s.categories.first();
    const QString lang = s.languages.isEmpty() ? QStringLiteral("") : s.languages.first();
    q.bindValue(QStringLiteral(":category"), category);
    q.bindValue(QStringLiteral(":category2"), category);
    q.bindValue(QStringLiteral(":lang"), lang);
    q.bindValue(QStringLiteral(":lang2"), lang);
    q.bindValue(QStringLiteral(":free"), s.freeOnly ? 1 : 0);
    if (!q.exec()) {
        std::fprintf(stderr, "bench-search: naive query failed: %s\n", qPrintable(q.lastError().text()));
        return -1;
    }
    qint64 rows = 0;
    while (q.next())
        ++rows;
    return rows;
}

double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Search latency over a gen-catalogue database."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("db"), QStringLiteral("Catalogue made by gen-catalogue."), QStringLiteral("file")},
        {QStringLiteral("queries"), QStringLiteral("Queries to time."), QStringLiteral("n"), QStringLiteral("2000")},
        {QStringLiteral("naive"), QStringLiteral("Of those, how many also run naively."), QStringLiteral("n"), QStringLiteral("50")},
        {QStringLiteral("seed"), QStringLiteral("Random seed of the query mix."), QStringLiteral("n"), QStringLiteral("7")},
    });
    parser.process(app);
    Database database;
    if (!parser.isSet(QStringLiteral("db")) || !database.open(parser.value(QStringLiteral("db")))) {
        std::fprintf(stderr, "bench-search: cannot open the catalogue (--db): %s\n", qPrintable(database.errorString()));
        return 2;
    }
    QSqlDatabase db = database.connection();
    QSqlQuery state(db);
    state.exec(QStringLiteral("SELECT value FROM index_state WHERE key = 'window_from'"));
    if (!state.next()) {
        std::fprintf(stderr, "bench-search: the catalogue has no search index; run gen-catalogue first\n");
        return 2;
    }
    // The resident searches one day into the indexed window, as on the day after a refresh.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(state.value(0).toLongLong() + 24 * 3600 + 8 * 3600, Qt::UTC);
    const int n = parser.value(QStringLiteral("queries")).toInt();
    const int naiveCount = std::min(n, parser.value(QStringLiteral("naive")).toInt());
    const QList<SearchQuery> queries = makeQueries(db, n, parser.value(QStringLiteral("seed")).toULongLong(), now);
    if (queries.isEmpty()) {
        std::fprintf(stderr, "bench-search: the catalogue has no places\n");
        return 2;
    }

    QString error;
    if (!GeoDistance::ensureSqlFunction(db, &error)) {
        std::fprintf(stderr, "bench-search: %s\n", qPrintable(error));
        return 1;
    }
    // The plans of the three shapes: near a point, rare words nationally, common words nationally.
    SearchQuery sample = queries.first();
    sample.text = QStringLiteral("taalcafe");
    SearchQuery rare = sample;
    rare.near.reset();
    rare.text = QStringLiteral("zwemles");
    SearchQuery common;
    common.text = QStringLiteral("koffie");
    common.from = sample.from;
    common.to = sample.to;
    for (const auto &[name, query] : {std::pair{"near + text", sample}, std::pair{"rare text, no point", rare},
                                      std::pair{"common text, no point", common}}) {
        std::printf("plan (%s):\n", name);
        for (const QString &line : Search::explain(db, query, &error))
            std::printf("  %s\n", qPrintable(line));
        QElapsedTimer once;
        once.start();
        const qsizetype found = Search::run(db, query, &error).size();
        std::printf("  -> %lld results in %.2f ms (cold)\n", qint64(found), elapsedMs(once));
    }

    RawLookups raw(db);
    // Warm the page cache the way an app that has been open a while has it.
    for (int i = 0; i < std::min<int>(200, int(queries.size())); ++i) {
        Search::run(db, queries.at(i), &error);
        raw.run(queries.at(i));
    }

    Stats search, lookups, scan;
    qint64 results = 0;
    QElapsedTimer t;
    for (int i = 0; i < queries.size(); ++i) {
        const SearchQuery &s = queries.at(i);
        t.start();
        const QList<SearchResult> found = Search::run(db, s, &error);
        search.ms.append(elapsedMs(t));
        if (!error.isEmpty()) {
            std::fprintf(stderr, "bench-search: %s\n", qPrintable(error));
            return 1;
        }
        results += found.size();
        t.start();
        raw.run(s);
        lookups.ms.append(elapsedMs(t));
        if (i < naiveCount) {
            t.start();
            if (naive(db, s) < 0)
                return 1;
            scan.ms.append(elapsedMs(t));
        }
    }
    std::printf("queries=%lld naive_queries=%d mean_results=%.1f\n", qint64(queries.size()), naiveCount,
                double(results) / double(queries.size()));
    std::printf("search   p50_ms=%.3f p95_ms=%.3f p99_ms=%.3f\n", search.percentile(0.5), search.percentile(0.95), search.percentile(0.99));
    std::printf("raw      p50_ms=%.3f p95_ms=%.3f p99_ms=%.3f\n", lookups.percentile(0.5), lookups.percentile(0.95), lookups.percentile(0.99));
    std::printf("naive    p50_ms=%.3f p95_ms=%.3f\n", scan.percentile(0.5), scan.percentile(0.95));
    std::printf("ratio    search/raw p95=%.2f naive/search p95=%.1f\n", search.percentile(0.95) / lookups.percentile(0.95),
                scan.percentile(0.95) / search.percentile(0.95));
    std::printf("search p50_ms=%.3f p95_ms=%.3f raw_p95_ms=%.3f naive_p95_ms=%.3f\n", search.percentile(0.5),
                search.percentile(0.95), lookups.percentile(0.95), scan.percentile(0.95));
    return 0;
}
