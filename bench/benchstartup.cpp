// SPDX-License-Identifier: GPL-3.0-or-later
// bench-startup: the time from opening the catalogue to the first interactive frame of
// the app's home page, with the demo neighbourhood and with a national catalogue made by
// gen-catalogue, against the first frame of a minimal QML window measured in the same
// run. Every measurement is a fresh process (this program run again with --once), so
// each one pays for QML type loading and the first scene graph frame. See BENCHMARKS.md.
#include "resident/upcomingmodel.h"
#include "app/approot.h"
#include "catalogueclock.h"
#include "framewait.h"
#include "storage/database.h"
#include "search/searchindex.h"
#include "search/windowkeeper.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QMap>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <functional>

#include "app/qmlmodules.h"

using namespace Buurtplein;

namespace {

constexpr int frameTimeoutMs = 60000;

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

int once(const QString &kind, const QString &db, const QDateTime &now)
{
    QElapsedTimer clock;
    clock.start();
    if (kind == QLatin1String("baseline")) {
        QQmlEngine engine;
        QQmlComponent component(&engine);
        component.setData("import QtQuick\n"
                          "Window { width: 400; height: 800; visible: true\n"
                          "    Rectangle { anchors.fill: parent; color: \"#2e7d32\" } }\n", QUrl());
        std::unique_ptr<QObject> root(component.create());
        auto *window = qobject_cast<QQuickWindow *>(root.get());
        if (!window) {
            std::fprintf(stderr, "bench-startup: %s\n", qPrintable(component.errorString()));
            return 1;
        }
        const qint64 loaded = clock.nsecsElapsed();
        Bench::FrameWait frame(window, clock, [] { return true; });
        const qint64 shown = frame.wait(frameTimeoutMs);
        if (shown < 0) {
            std::fprintf(stderr, "bench-startup: the minimal window never showed a frame\n");
            return 1;
        }
        std::printf("once case=baseline open_ms=0 qml_ms=%.2f frame_ms=%.2f total_ms=%.2f rows=0\n", ms(loaded),
                    ms(shown - loaded), ms(shown));
        std::fflush(stdout);
        return 0;
    }

    AppRootOptions options;
    options.databasePath = db;
    options.demoPath = QStringLiteral(BUURTPLEIN_ASSETS "/demo/demo-neighbourhood.json");
    options.areasPath = QStringLiteral(BUURTPLEIN_ASSETS "/demo/cbs_areas_amsterdam.csv");
    options.now = now;
    AppRoot session;
    QString error;
    // The window keeper starts inside open(); its answer comes through this thread's event
    // loop, so listening right after open() misses nothing.
    struct WindowMove {
        bool done = false;
        qint64 at = 0;
        int series = 0;
        int steps = 0;
        qint64 workMs = 0;
        QString error;
    } moveAnswer;
    QEventLoop windowLoop;
    auto windowMoved = [&](bool, int series, int steps, qint64 workMs, const QString &problem) {
        moveAnswer = {true, clock.nsecsElapsed(), series, steps, workMs, problem};
        windowLoop.quit();
    };
    if (!session.open(options, &error)) {
        std::fprintf(stderr, "bench-startup: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 opened = clock.nsecsElapsed();
    QObject::connect(session.windowKeeper(), &WindowKeeper::finished, &windowLoop, windowMoved);
    // The home list is read on a thread of its own; the frame below waits for its rows.
    UpcomingModel *upcoming = session.upcoming();

    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(AppRoot::mainWindow());
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window) {
        std::fprintf(stderr, "bench-startup: Main.qml did not load\n");
        return 1;
    }
    const qint64 loaded = clock.nsecsElapsed();
    // Interactive: the home list shows rows (a delegate exists) of a model that is not in error.
    Bench::FrameWait frame(window, clock, [window, upcoming] {
        QQuickItem *list = Bench::findItem(window->contentItem(), QStringLiteral("upcomingList"));
        if (!list || upcoming->rowCount() == 0 || !upcoming->errorString().isEmpty() || list->property("count").toInt() == 0)
            return false;
        QQuickItem *first = nullptr;
        QMetaObject::invokeMethod(list, "itemAtIndex", Qt::DirectConnection, Q_RETURN_ARG(QQuickItem *, first), Q_ARG(int, 0));
        return first && first->isVisible() && list->isVisible();
    });
    const qint64 shown = frame.wait(frameTimeoutMs);
    if (shown < 0) {
        std::fprintf(stderr, "bench-startup: no frame showed the home list within %d s (%d rows%s%s; wrong --now for this catalogue?)\n",
                     frameTimeoutMs / 1000, upcoming->rowCount(), upcoming->errorString().isEmpty() ? "" : ": ",
                     qPrintable(upcoming->errorString()));
        return 1;
    }
    // Then the keeper moving the index's window to the day (a no-op when it is already
    // there): not part of the first frame, but what it costs comes after.
    if (!moveAnswer.done) {
        QTimer::singleShot(600000, &windowLoop, &QEventLoop::quit);
        windowLoop.exec();
    }
    if (!moveAnswer.done || !moveAnswer.error.isEmpty()) {
        std::fprintf(stderr, "bench-startup: the search window was not moved: %s\n", qPrintable(moveAnswer.error));
        return 1;
    }
    std::printf("once case=%s open_ms=%.2f qml_ms=%.2f frame_ms=%.2f total_ms=%.2f rows=%d frames=%d "
                "window_ms=%.2f window_work_ms=%lld window_series=%d window_steps=%d\n",
                qPrintable(kind), ms(opened), ms(loaded - opened), ms(shown - loaded), ms(shown), upcoming->rowCount(),
                frame.frames(), ms(moveAnswer.at), moveAnswer.workMs, moveAnswer.series, moveAnswer.steps);
    std::fflush(stdout);
    return 0;
}

struct Case {
    QString name;
    QString db;       ///< the catalogue this case opens, made fresh before every run
    QString source;   ///< copied to db before a run; empty: db starts absent (first launch)
    QDateTime now;
};

using Sample = QMap<QString, double>; // open_ms, qml_ms, frame_ms, total_ms, process_ms

bool prepare(const Case &c, QString *error)
{
    if (c.db.isEmpty())
        return true;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(c.db + QLatin1String(suffix));
    if (!c.source.isEmpty() && !QFile::copy(c.source, c.db)) {
        *error = QStringLiteral("cannot copy %1 to %2").arg(c.source, c.db);
        return false;
    }
    return true;
}

bool runOnce(const Case &c, Sample *sample, QString *error)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")) && !env.contains(QStringLiteral("DISPLAY"))
        && !env.contains(QStringLiteral("WAYLAND_DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList args{QStringLiteral("--once"), c.name};
    if (!c.db.isEmpty())
        args << QStringLiteral("--db") << c.db;
    if (c.now.isValid())
        args << QStringLiteral("--now") << c.now.toString(Qt::ISODate);
    QElapsedTimer clock;
    clock.start();
    child.start(QCoreApplication::applicationFilePath(), args);
    QByteArray line;
    while (!line.endsWith('\n') && child.waitForReadyRead(frameTimeoutMs + 30000))
        line += child.readLine();
    const double processMs = ms(clock.nsecsElapsed());
    child.waitForFinished(30000);
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0 || !line.startsWith("once ")) {
        *error = QStringLiteral("the %1 run failed (exit %2)").arg(c.name).arg(child.exitCode());
        return false;
    }
    for (const QByteArray &field : line.trimmed().split(' ')) {
        const qsizetype eq = field.indexOf('=');
        if (eq > 0)
            sample->insert(QString::fromLatin1(field.left(eq)), field.mid(eq + 1).toDouble());
    }
    sample->insert(QStringLiteral("process_ms"), processMs);
    return true;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// The window SearchIndex keeps in the app around @p now, so that a run opens an up-to-date index.
bool makeTemplate(const QString &national, const QString &copy, QDateTime *now, QString *error)
{
    QFile::remove(copy);
    if (!QFile::copy(national, copy)) {
        *error = QStringLiteral("cannot copy %1").arg(national);
        return false;
    }
    Database db;
    if (!db.open(copy)) {
        *error = db.errorString();
        return false;
    }
    *now = Bench::catalogueMorning(db.connection());
    if (!now->isValid()) {
        *error = QStringLiteral("%1 has no search index; make it with gen-catalogue").arg(national);
        return false;
    }
    return SearchIndex::refreshWindow(db.connection(), *now, SearchIndex::DefaultWindowWeeks, error);
}

} // namespace

int main(int argc, char **argv)
{
    const bool child = std::any_of(argv + 1, argv + argc, [](const char *a) { return std::strcmp(a, "--once") == 0; });
    std::unique_ptr<QCoreApplication> app(child ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("Buurtplein"));
    QCoreApplication::setApplicationName(QStringLiteral("buurtplein-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Time to the first interactive frame of the home page."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("national"), QStringLiteral("A catalogue made by gen-catalogue (not modified)."), QStringLiteral("file")},
        {QStringLiteral("runs"), QStringLiteral("Measured runs of each case."), QStringLiteral("n"), QStringLiteral("7")},
        {QStringLiteral("demo-now"), QStringLiteral("The moment the demo case pretends it is."), QStringLiteral("iso"),
         QStringLiteral("2026-11-23T08:00:00Z")},
        {QStringLiteral("once"), QStringLiteral("Internal: one measurement of baseline|demo|national|national-nextday."), QStringLiteral("case")},
        {QStringLiteral("db"), QStringLiteral("Internal: the catalogue of --once."), QStringLiteral("file")},
        {QStringLiteral("now"), QStringLiteral("Internal: the moment of --once."), QStringLiteral("iso")},
    });
    parser.process(*app);
    if (child)
        return once(parser.value(QStringLiteral("once")), parser.value(QStringLiteral("db")),
                    QDateTime::fromString(parser.value(QStringLiteral("now")), Qt::ISODate));

    QTemporaryDir scratch(QDir::tempPath() + QStringLiteral("/bench-startup-XXXXXX"));
    QString error;
    QList<Case> cases{{QStringLiteral("baseline"), {}, {}, {}},
                      {QStringLiteral("demo"), scratch.filePath(QStringLiteral("demo.sqlite")), {},
                       QDateTime::fromString(parser.value(QStringLiteral("demo-now")), Qt::ISODate)}};
    if (parser.isSet(QStringLiteral("national"))) {
        const QString copy = scratch.filePath(QStringLiteral("national-template.sqlite"));
        QDateTime now;
        QElapsedTimer t;
        t.start();
        if (!makeTemplate(parser.value(QStringLiteral("national")), copy, &now, &error)) {
            std::fprintf(stderr, "bench-startup: %s\n", qPrintable(error));
            return 2;
        }
        std::printf("national catalogue copied and its index window set for %s in %.1f s\n",
                    qPrintable(now.toString(Qt::ISODate)), ms(t.nsecsElapsed()) / 1000);
        const QString run = scratch.filePath(QStringLiteral("national.sqlite"));
        cases.append({QStringLiteral("national"), run, copy, now});
        // The next morning: the app moves the index window by a day before the home page shows.
        cases.append({QStringLiteral("national-nextday"), run, copy, now.addDays(1)});
    }

    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QMap<QString, QMap<QString, QList<double>>> results;
    // Round 0 warms the page cache and is not counted; the cases take turns within each round.
    for (int round = 0; round <= runs; ++round) {
        for (const Case &c : cases) {
            Sample sample;
            if (!prepare(c, &error) || !runOnce(c, &sample, &error)) {
                std::fprintf(stderr, "bench-startup: %s\n", qPrintable(error));
                return 1;
            }
            if (round == 0)
                continue;
            for (auto it = sample.cbegin(); it != sample.cend(); ++it)
                results[c.name][it.key()].append(it.value());
        }
    }

    const double base = median(results[QStringLiteral("baseline")][QStringLiteral("total_ms")]);
    std::printf("runs=%d (fresh process each, after one warm-up round); medians in ms\n", runs);
    std::printf("%-17s %8s %8s %8s %8s %8s %8s %8s %7s %9s %7s\n", "case", "open", "qml", "frame", "total", "min", "max",
                "process", "ratio", "window", "series");
    QString summary = QStringLiteral("startup baseline_ms=%1").arg(base, 0, 'f', 1);
    for (const Case &c : cases) {
        const auto &r = results[c.name];
        const QList<double> &total = r[QStringLiteral("total_ms")];
        const double m = median(total);
        std::printf("%-17s %8.1f %8.1f %8.1f %8.1f %8.1f %8.1f %8.1f %7.2f %9.1f %7.0f\n", qPrintable(c.name),
                    median(r[QStringLiteral("open_ms")]), median(r[QStringLiteral("qml_ms")]),
                    median(r[QStringLiteral("frame_ms")]), m, *std::min_element(total.begin(), total.end()),
                    *std::max_element(total.begin(), total.end()), median(r[QStringLiteral("process_ms")]), m / base,
                    median(r[QStringLiteral("window_ms")]), median(r[QStringLiteral("window_series")]));
        if (c.name != QLatin1String("baseline")) {
            const QString key = QString(c.name).replace(QLatin1Char('-'), QLatin1Char('_'));
            summary += QStringLiteral(" %1_ms=%2 %1_ratio=%3").arg(key).arg(m, 0, 'f', 1).arg(m / base, 0, 'f', 2);
            if (c.name == QLatin1String("national-nextday"))
                summary += QStringLiteral(" nextday_window_ms=%1 nextday_window_series=%2")
                               .arg(median(r[QStringLiteral("window_ms")]), 0, 'f', 1)
                               .arg(median(r[QStringLiteral("window_series")]), 0, 'f', 0);
        }
    }
    std::printf("%s\n", qPrintable(summary));
    return 0;
}
