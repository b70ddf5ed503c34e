// SPDX-License-Identifier: GPL-3.0-or-later
// bench-typing: search-as-you-type latency of the app's SearchModel, keystroke by
// keystroke, from setting the text to the model holding the rows for it, on the demo
// neighbourhood and on a national catalogue made by gen-catalogue. The baseline, in the
// same run, is Search::run for the same query on the same catalogue: the part the UI
// cannot avoid. See BENCHMARKS.md.
#include "percentile.h"
#include "resident/nearme.h"
#include "resident/searchmodel.h"
#include "app/approot.h"
#include "catalogueclock.h"
#include "resident/searchfilters.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

using namespace Buurtplein;

namespace {

constexpr int answerTimeoutMs = 30000;
// The resident's chosen neighbourhood: Indische Buurt West, where the demo takes place.
const QString area = QStringLiteral("BU03630531");

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

QStringList keystrokes(const QString &word)
{
    QStringList out;
    for (qsizetype n = 1; n <= word.size(); ++n)
        out.append(word.left(n));
    return out;
}

struct Keystroke {
    double total = 0;    ///< setText until the model holds the rows
    double debounce = 0; ///< setText until the question leaves for the worker (late by up to a search when the worker gets the core first)
    double raw = 0;      ///< Search::run of the same query, on the main thread
    int rows = 0;
};

class Typist
{
public:
    Typist(AppRoot &session, const QDateTime &now) : m_root(session), m_now(now) {}

    /** Does @p change and waits for the model's answer when it asked one; false on a timeout. */
    bool settle(const std::function<void()> &change)
    {
        SearchModel *model = m_root.search();
        change();
        return !model->isBusy() || waitForResults();
    }

    /** Types @p text (one more letter than before) and times it; false when no answer came. */
    bool type(const QString &text, Keystroke *out)
    {
        SearchModel *model = m_root.search();
        qint64 sent = -1;
        const QMetaObject::Connection c = QObject::connect(model, &SearchModel::requested, model,
                                                           [&] { sent = m_clock.nsecsElapsed(); }, Qt::DirectConnection);
        m_clock.start();
        model->setText(text);
        const bool answered = waitForResults();
        const qint64 done = m_clock.nsecsElapsed();
        QObject::disconnect(c);
        if (!answered || sent < 0 || model->text() != text)
            return false;
        out->total = ms(done);
        out->debounce = ms(sent);
        out->rows = model->rowCount();

        SearchFilters filters;
        filters.text = text;
        filters.radiusMetres = model->radiusMetres();
        const SearchQuery query = SearchFiltering::toQuery(filters, m_now, model->origin());
        QString error;
        m_clock.start();
        Search::run(m_root.database().connection(), query, &error);
        out->raw = ms(m_clock.nsecsElapsed());
        return error.isEmpty();
    }

private:
    bool waitForResults()
    {
        QEventLoop loop;
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(m_root.search(), &SearchModel::resultsReady, &loop, &QEventLoop::quit);
        QObject::connect(&timeout, &QTimer::timeout, &loop, [&loop] { loop.exit(1); });
        timeout.start(answerTimeoutMs);
        return loop.exec() == 0;
    }

    AppRoot &m_root;
    QDateTime m_now;
    QElapsedTimer m_clock;
};

// Types every word letter by letter, @p reps times after one warm-up pass, each time twice:
// with the model's debounce as shipped and with none (the pipeline alone). Prints a line
// per keystroke and one for the scenario, and appends its figures to @p summary.
bool runScenario(const QString &name, AppRoot &session, const QDateTime &now, int radius, const QStringList &words,
                 int reps, QString *summary)
{
    Typist typist(session, now);
    SearchModel *model = session.search();
    const int shipped = model->debounceMs();
    if (!typist.settle([&] { model->setRadiusMetres(radius); }))
        return false;
    QMap<QString, QList<Keystroke>> debounced, direct;
    QStringList order;
    for (int rep = 0; rep <= reps; ++rep) {
        for (int debounce : {shipped, 0}) {
            model->setDebounceMs(debounce);
            for (const QString &word : words) {
                if (!typist.settle([&] { model->setText(QString()); }))
                    return false;
                for (const QString &text : keystrokes(word)) {
                    Keystroke k;
                    if (!typist.type(text, &k)) {
                        std::fprintf(stderr, "bench-typing: %s: no answer for \"%s\" within %d s\n", qPrintable(name),
                                     qPrintable(text), answerTimeoutMs / 1000);
                        return false;
                    }
                    if (rep == 0 && debounce == 0)
                        order.append(text);
                    if (rep > 0)
                        (debounce == 0 ? direct : debounced)[text].append(k);
                }
            }
        }
    }
    model->setDebounceMs(shipped);
    std::printf("\n%s (radius %s, debounce %d ms, %d reps); ms\n", qPrintable(name),
                radius > 0 ? qPrintable(QStringLiteral("%1 m").arg(radius)) : "anywhere", shipped, reps);
    std::printf("  %-10s %5s %9s %9s %9s %9s %9s %9s %9s\n", "text", "rows", "p50", "p95", "debounce", "nodeb50",
                "nodeb95", "raw50", "raw95");
    QList<double> total, debounce, pipeline, raw;
    for (const QString &text : order) {
        QList<double> t, d, p, r;
        for (const Keystroke &k : debounced.value(text)) {
            t.append(k.total);
            d.append(k.debounce);
        }
        for (const Keystroke &k : direct.value(text)) {
            p.append(k.total);
            r.append(k.raw);
        }
        total += t;
        debounce += d;
        pipeline += p;
        raw += r;
        std::printf("  %-10s %5d %9.2f %9.2f %9.2f %9.2f %9.2f %9.2f %9.2f\n", qPrintable(text),
                    direct.value(text).constFirst().rows, Bench::percentile(t, 0.5), Bench::percentile(t, 0.95), Bench::percentile(d, 0.5),
                    Bench::percentile(p, 0.5), Bench::percentile(p, 0.95), Bench::percentile(r, 0.5), Bench::percentile(r, 0.95));
    }
    const double overhead50 = Bench::percentile(pipeline, 0.5) / Bench::percentile(raw, 0.5);
    const double overhead95 = Bench::percentile(pipeline, 0.95) / Bench::percentile(raw, 0.95);
    std::printf("  all keystrokes: as shipped p50=%.2f p95=%.2f (debounce p50=%.2f); without debounce p50=%.2f p95=%.2f; "
                "raw Search::run p50=%.2f p95=%.2f; overhead p50=%.2f p95=%.2f\n",
                Bench::percentile(total, 0.5), Bench::percentile(total, 0.95), Bench::percentile(debounce, 0.5), Bench::percentile(pipeline, 0.5),
                Bench::percentile(pipeline, 0.95), Bench::percentile(raw, 0.5), Bench::percentile(raw, 0.95), overhead50, overhead95);
    const QString key = QString(name).replace(QLatin1Char('-'), QLatin1Char('_'));
    *summary += QStringLiteral(" %1_p95_ms=%2 %1_nodebounce_p95_ms=%3 %1_raw_p95_ms=%4 %1_overhead_p95=%5")
                    .arg(key)
                    .arg(Bench::percentile(total, 0.95), 0, 'f', 1)
                    .arg(Bench::percentile(pipeline, 0.95), 0, 'f', 2)
                    .arg(Bench::percentile(raw, 0.95), 0, 'f', 2)
                    .arg(overhead95, 0, 'f', 2);
    return true;
}

bool openSession(AppRoot &session, const QString &path, const QDateTime &now)
{
    AppRootOptions options;
    options.databasePath = path;
    options.demoPath = QStringLiteral(BUURTPLEIN_ASSETS "/demo/demo-neighbourhood.json");
    options.areasPath = QStringLiteral(BUURTPLEIN_ASSETS "/demo/cbs_areas_amsterdam.csv");
    options.now = now;
    options.startReminders = false;
    QString error;
    if (!session.open(options, &error)) {
        std::fprintf(stderr, "bench-typing: %s\n", qPrintable(error));
        return false;
    }
    if (!session.nearMe()->chooseArea(area)) {
        std::fprintf(stderr, "bench-typing: cannot choose the area %s\n", qPrintable(area));
        return false;
    }
    // The search that opening started (empty text), answered before typing begins.
    return Typist(session, now).settle([] {});
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Buurtplein"));
    QCoreApplication::setApplicationName(QStringLiteral("buurtplein-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Search-as-you-type latency of the app's SearchModel."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("national"), QStringLiteral("A catalogue made by gen-catalogue (a copy is used)."), QStringLiteral("file")},
        {QStringLiteral("reps"), QStringLiteral("Measured passes over the words."), QStringLiteral("n"), QStringLiteral("15")},
        {QStringLiteral("demo-now"), QStringLiteral("The moment the demo pretends it is."), QStringLiteral("iso"),
         QStringLiteral("2026-11-23T08:00:00Z")},
    });
    parser.process(app);
    const int reps = std::max(1, parser.value(QStringLiteral("reps")).toInt());
    const QStringList words{QStringLiteral("koffie"), QStringLiteral("taalcafe"), QStringLiteral("blorp")};
    QTemporaryDir scratch(QDir::tempPath() + QStringLiteral("/bench-typing-XXXXXX"));
    QString summary = QStringLiteral("typing");
    {
        AppRoot demo;
        const QDateTime now = QDateTime::fromString(parser.value(QStringLiteral("demo-now")), Qt::ISODate);
        if (!openSession(demo, scratch.filePath(QStringLiteral("demo.sqlite")), now))
            return 1;
        summary += QStringLiteral(" debounce_ms=%1").arg(demo.search()->debounceMs());
        if (!runScenario(QStringLiteral("demo"), demo, now, 0, words, reps, &summary)
            || !runScenario(QStringLiteral("demo-2km"), demo, now, 2000, words, reps, &summary))
            return 1;
    }
    if (parser.isSet(QStringLiteral("national"))) {
        const QString copy = scratch.filePath(QStringLiteral("national.sqlite"));
        if (!QFile::copy(parser.value(QStringLiteral("national")), copy)) {
            std::fprintf(stderr, "bench-typing: cannot copy the national catalogue\n");
            return 2;
        }
        QDateTime now;
        {
            Database db;
            if (db.open(copy))
                now = Bench::catalogueMorning(db.connection());
        }
        if (!now.isValid()) {
            std::fprintf(stderr, "bench-typing: the national catalogue has no search index; run gen-catalogue\n");
            return 2;
        }
        AppRoot national;
        if (!openSession(national, copy, now))
            return 1;
        if (!runScenario(QStringLiteral("national"), national, now, 0, words, reps, &summary)
            || !runScenario(QStringLiteral("national-2km"), national, now, 2000, words, reps, &summary))
            return 1;
    }
    std::printf("%s\n", qPrintable(summary));
    return 0;
}
