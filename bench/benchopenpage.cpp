// SPDX-License-Identifier: GPL-3.0-or-later
// bench-openpage: the time from tapping a session on the home page to the frame that shows
// its activity page, in the app's own window (Main.qml, AppRoot as the app builds it) on
// the demo neighbourhood, against pushing an empty page the same way in the same run: the
// part no page can avoid (the push, the transition's first frame). See BENCHMARKS.md.
#include "percentile.h"
#include "app/approot.h"
#include "framewait.h"
#include "resident/upcomingmodel.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlExpression>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/qmlmodules.h"

using namespace Buurtplein;

namespace {

constexpr int frameTimeoutMs = 30000;

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

struct Session {
    QString activityUid, occurrenceUid, title;
};

class Opener
{
public:
    Opener(QQuickWindow *window, QObject *root, QQuickItem *stack) : m_window(window), m_root(root), m_stack(stack) {}

    QString currentTitle() const
    {
        const auto *page = m_stack->property("currentItem").value<QObject *>();
        return page ? page->property("title").toString() : QString();
    }

    /** Runs @p open and times it to the frame whose page is titled @p title; then goes back. -1 on a timeout. */
    double time(const std::function<void()> &open, const QString &title)
    {
        QElapsedTimer clock;
        Bench::FrameWait shown(m_window, clock, [this, title] { return currentTitle() == title; });
        clock.start();
        open();
        const qint64 ns = shown.wait(frameTimeoutMs);
        // Back to the home page at once, and one frame to settle before the next tap.
        run(QStringLiteral("pop(null, StackView.Immediate)"));
        QElapsedTimer settle;
        Bench::FrameWait back(m_window, settle, [this] { return m_stack->property("depth").toInt() == 1; });
        settle.start();
        if (back.wait(frameTimeoutMs) < 0)
            return -1;
        return ns < 0 ? -1 : ms(ns);
    }

    void openActivity(const Session &s)
    {
        QMetaObject::invokeMethod(m_root, "openActivity", Q_ARG(QVariant, s.activityUid), Q_ARG(QVariant, s.occurrenceUid));
    }
    /** Pushes @p empty as the home page's session rows push theirs (the same transition). */
    void pushEmpty(QQmlComponent *empty)
    {
        if (!m_context) {
            m_context = std::make_unique<QQmlContext>(qmlContext(m_stack));
            m_context->setContextProperty(QStringLiteral("benchEmptyPage"), empty);
        }
        QQmlExpression(m_context.get(), m_stack, QStringLiteral("push(benchEmptyPage)")).evaluate();
    }

private:
    // StackView's push and pop take JavaScript arguments: called as QML would call them.
    void run(const QString &code)
    {
        QQmlExpression expression(qmlContext(m_stack), m_stack, code);
        expression.evaluate();
        if (expression.hasError())
            std::fprintf(stderr, "bench-openpage: %s\n", qPrintable(expression.error().toString()));
    }

    std::unique_ptr<QQmlContext> m_context;
    QQuickWindow *m_window;
    QObject *m_root;
    QQuickItem *m_stack;
};

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption repsOption(QStringLiteral("reps"), QStringLiteral("Taps per session (default 5)."), QStringLiteral("N"),
                                        QStringLiteral("5"));
    const QCommandLineOption sessionsOption(QStringLiteral("sessions"), QStringLiteral("Sessions of the home list to open (default 20)."),
                                            QStringLiteral("N"), QStringLiteral("20"));
    parser.addOptions({repsOption, sessionsOption});
    parser.process(app);
    const int reps = std::max(1, parser.value(repsOption).toInt());

    QTemporaryDir dir;
    AppRootOptions options;
    options.databasePath = dir.filePath(QStringLiteral("catalogue.sqlite"));
    options.demoPath = QStringLiteral(BUURTPLEIN_ASSETS "/demo/demo-neighbourhood.json");
    options.areasPath = QStringLiteral(BUURTPLEIN_ASSETS "/demo/cbs_areas_amsterdam.csv");
    options.now = QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone("Europe/Amsterdam"));
    AppRoot root;
    QString error;
    if (!root.open(options, &error)) {
        std::fprintf(stderr, "bench-openpage: %s\n", qPrintable(error));
        return 1;
    }
    UpcomingModel *upcoming = root.upcoming();
    QList<Session> sessions;
    for (int row = 0; row < upcoming->rowCount() && sessions.size() < parser.value(sessionsOption).toInt(); ++row) {
        const QModelIndex i = upcoming->index(row);
        sessions.append({i.data(OccurrenceListModel::ActivityUidRole).toString(), i.data(OccurrenceListModel::OccurrenceUidRole).toString(),
                         i.data(OccurrenceListModel::TitleRole).toString()});
    }
    if (sessions.isEmpty()) {
        std::fprintf(stderr, "bench-openpage: the home list is empty\n");
        return 1;
    }

    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(AppRoot::mainWindow());
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    QQuickItem *stack = window ? Bench::findItem(window->contentItem(), QStringLiteral("stack")) : nullptr;
    if (!stack) {
        std::fprintf(stderr, "bench-openpage: Main.qml did not load\n");
        return 1;
    }
    window->resize(400, 800);
    QElapsedTimer startClock;
    Bench::FrameWait home(window, startClock, [stack] { return stack->property("depth").toInt() == 1; });
    startClock.start();
    if (home.wait(frameTimeoutMs) < 0) {
        std::fprintf(stderr, "bench-openpage: the home page never showed\n");
        return 1;
    }
    QQmlComponent empty(&engine);
    empty.setData("import QtQuick.Controls\nPage { title: \"empty\" }\n", QUrl());

    Opener opener(window, engine.rootObjects().value(0), stack);
    QList<double> pages, baselines;
    for (int rep = 0; rep < reps; ++rep) {
        for (const Session &s : std::as_const(sessions)) {
            const double baseline = opener.time([&] { opener.pushEmpty(&empty); }, QStringLiteral("empty"));
            const double page = opener.time([&] { opener.openActivity(s); }, s.title);
            if (baseline < 0 || page < 0) {
                std::fprintf(stderr, "bench-openpage: no frame showed the page of %s within %d s\n", qPrintable(s.activityUid),
                             frameTimeoutMs / 1000);
                return 1;
            }
            baselines.append(baseline);
            pages.append(page);
        }
    }
    const double p50 = Bench::percentile(pages, 0.5), p95 = Bench::percentile(pages, 0.95);
    const double b50 = Bench::percentile(baselines, 0.5), b95 = Bench::percentile(baselines, 0.95);
    std::printf("openpage sessions=%lld taps=%lld page_p50_ms=%.1f page_p95_ms=%.1f empty_p50_ms=%.1f empty_p95_ms=%.1f ratio_p50=%.2f ratio_p95=%.2f\n",
                qint64(sessions.size()), qint64(pages.size()), p50, p95, b50, b95, b50 > 0 ? p50 / b50 : 0, b95 > 0 ? p95 / b95 : 0);
    return 0;
}
