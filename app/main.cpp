// SPDX-License-Identifier: GPL-3.0-or-later
#include "appoptions.h"
#include "app/approot.h"
#include "catalogue/cataloguestore.h"
#include "common/launchoptions.h"
#include "common/uilanguage.h"
#include "common/areaoutlinelayer.h"
#include "common/vectormaplayer.h"
#include "evaluator/evaluatorsignin.h"
#include "evaluator/statsclient.h"
#include "platform/devicepaths.h"
#include "resident/myactivitiesmodel.h"
#include "resident/nearme.h"
#include "worker/syncservice.h"
#include "worker/workerenrolment.h"

#include <QEventLoop>
#include <QApplication>
#include <QLoggingCategory>
#include <QElapsedTimer>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

#include "app/qmlmodules.h"

Q_LOGGING_CATEGORY(lcApp, "buurtplein.app", QtInfoMsg)

using namespace Buurtplein;

namespace {

// Pushes every page onto the stack (Main.qml's loadEveryPage) and answers whether all loaded.
bool loadEveryPage(QObject *window, AppRoot &root)
{
    CatalogueStore store(root.database());
    const QStringList activities = store.activityUids();
    const QString activityUid = activities.value(0);
    const std::optional<Activity> activity = store.activity(activityUid);
    const QString placeUid = activity ? activity->placeUid : QString();
    QVariant failed;
    const bool called = QMetaObject::invokeMethod(window, "loadEveryPage", Q_RETURN_ARG(QVariant, failed),
                                                  Q_ARG(QVariant, activityUid), Q_ARG(QVariant, placeUid));
    const QStringList failures = failed.toStringList();
    if (!called || !failures.isEmpty()) {
        qCWarning(lcApp) << "self-test: pages that did not load:" << (called ? failures : QStringList{QStringLiteral("all")});
        return false;
    }
    qCInfo(lcApp) << "self-test: every page loaded";
    return true;
}

// Whether a map under @p item is still drawing tiles it shows, or reading the outlines it is to draw.
bool mapTilesPending(QQuickItem *item)
{
    if (const auto *layer = qobject_cast<VectorMapLayer *>(item); layer && layer->isVisible() && layer->pendingTiles() > 0)
        return true;
    if (const auto *outlines = qobject_cast<AreaOutlineLayer *>(item);
        outlines && outlines->isVisible() && outlines->source() && outlines->source()->count() == 0)
        return true;
    const auto children = item->childItems();
    return std::any_of(children.cbegin(), children.cend(), [](QQuickItem *child) { return mapTilesPending(child); });
}

// After the first frame (and a moment for lazily created delegates), saves it or runs the
// self-test, then quits with 0, or 1 when something failed.
void finishAfterFirstFrame(QQuickWindow *window, const AppOptions &options, AppRoot &root)
{
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [window, options, &root] {
        // The evaluator's dashboard asks the hub for its figures first: the picture waits for them.
        StatsClient *stats = root.evaluator()->stats();
        if (stats->pending() > 0 && !options.screenshotPath.isEmpty()) {
            QObject::connect(stats, &StatsClient::pendingChanged, window, [window, options, &root, stats] {
                if (stats->pending() == 0)
                    QTimer::singleShot(600, window, [window, options] { QCoreApplication::exit(window->grabWindow().save(options.screenshotPath) ? 0 : 1); });
            });
            return;
        }
        QTimer::singleShot(600, window, [window, options, &root] {
            // The map draws its tiles on a thread of its own: a picture of it waits for them
            // (checked every 100 ms, for at most 20 s).
            auto *poll = new QTimer(window);
            auto *waited = new QElapsedTimer;
            waited->start();
            QObject::connect(poll, &QTimer::timeout, window, [window, options, &root, poll, waited] {
                if (!options.screenshotPath.isEmpty() && mapTilesPending(window->contentItem()) && waited->elapsed() < 20000)
                    return;
                poll->stop();
                delete waited;
                bool ok = true;
                if (!options.screenshotPath.isEmpty())
                    ok = window->grabWindow().save(options.screenshotPath);
                if (options.selfTest)
                    ok = loadEveryPage(window, root) && ok;
                QCoreApplication::exit(ok ? 0 : 1);
            });
            poll->start(100);
        });
    }, Qt::SingleShotConnection);
}

} // namespace

int main(int argc, char *argv[])
{
    // --help answers before any window system is opened: on a server or in a terminal
    // without a display too. (Qt's own arguments, such as -platform, are read by QApplication.)
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QString error;
    if (const auto early = AppOptions::parse(arguments, &error); early && !early->help.isEmpty()) {
        std::fputs(qPrintable(early->help), stdout);
        return 0;
    }

    // A QApplication, not a QGuiApplication: the dashboard's Qt Charts draw through widgets' graphics view.
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Buurtplein"));
    QCoreApplication::setApplicationName(QStringLiteral("buurtplein"));

    const auto options = AppOptions::parse(app.arguments().mid(1), &error);
    if (!options) {
        std::fprintf(stderr, "buurtplein: %s\n", qPrintable(error));
        return 2;
    }

    AppRootOptions rootOptions;
    rootOptions.databasePath = options->databasePath.isEmpty() ? DevicePaths::catalogueDatabase() : options->databasePath;
    if (!options->demoPath.isEmpty())
        rootOptions.demoPath = options->demoPath;
    rootOptions.replayNmea = options->replayNmea;
    rootOptions.now = options->now;
    rootOptions.startSync = !options->noSync;
    AppRoot root;
    if (!root.open(rootOptions, &error)) {
        std::fprintf(stderr, "buurtplein: %s\n", qPrintable(error));
        return 1;
    }
    if (!options->area.isEmpty() && !root.nearMe()->chooseArea(options->area)) {
        std::fprintf(stderr, "buurtplein: unknown area %s\n", qPrintable(options->area));
        return 2;
    }
    for (const QString &uid : options->joins) {
        // Written off the UI thread: wait for the answer before the window opens.
        bool joined = false;
        QEventLoop written;
        QObject::connect(root.myActivities(), &MyActivitiesModel::written, &written, [&](bool ok) {
            joined = ok;
            written.quit();
        });
        root.myActivities()->joinSeries(uid);
        written.exec();
        if (!joined) {
            std::fprintf(stderr, "buurtplein: cannot join %s: %s\n", qPrintable(uid),
                         qPrintable(root.myActivities()->errorString()));
            return 2;
        }
    }
    // Without --enrol, --hub is the hub a resident's device syncs with during this run.
    if (!options->hub.isEmpty() && options->enrol.isEmpty() && options->evaluator.isEmpty())
        root.sync()->setRunHub(options->hub);
    if (!options->enrol.isEmpty()) {
        int failed = -1;
        QString message;
        WorkerEnrolment *worker = root.worker();
        QEventLoop wait;
        QObject::connect(worker, &WorkerEnrolment::enrolSucceeded, &wait, [&] { failed = 0; wait.quit(); });
        QObject::connect(worker, &WorkerEnrolment::enrolFailed, &wait, [&](const QString &why) {
            failed = 1;
            message = why;
            wait.quit();
        });
        worker->enrol(options->enrol, options->hub);
        if (failed < 0)
            wait.exec();
        if (failed) {
            std::fprintf(stderr, "buurtplein: cannot enrol: %s\n", qPrintable(message));
            return 2;
        }
    }
    if (!options->evaluator.isEmpty()) {
        QString message;
        bool done = false;
        EvaluatorSignIn *evaluator = root.evaluator();
        QEventLoop wait;
        QObject::connect(evaluator, &EvaluatorSignIn::signInSucceeded, &wait, [&] { done = true; wait.quit(); });
        QObject::connect(evaluator, &EvaluatorSignIn::signInFailed, &wait, [&](const QString &why) {
            done = true;
            message = why.isEmpty() ? QStringLiteral("refused") : why;
            wait.quit();
        });
        evaluator->signIn(options->hub, options->evaluator);
        if (!done)
            wait.exec();
        if (!message.isEmpty()) {
            std::fprintf(stderr, "buurtplein: cannot sign in as evaluator: %s\n", qPrintable(message));
            return 2;
        }
    }
    root.launch()->setTextScale(options->textScale);
    root.launch()->setStartPage(options->page);
    // Before QML loads, so that the first frame is already in the resident's language.
    root.language()->restore(options->language);

    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    // Qt 6.4 does not yet look for modules under :/qt/qml by itself.
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
                     Qt::QueuedConnection);
    engine.load(AppRoot::mainWindow());
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    if (options->size.isValid())
        window->resize(options->size);
    // A link the platform opened the app with, once the pages can answer it: an enrol
    // link shows the enrolment page with its code filled in.
    if (!options->link.isEmpty() && !root.worker()->openLink(options->link))
        std::fprintf(stderr, "buurtplein: not a link this app opens: %s\n", qPrintable(options->link));
    if (options->selfTest || !options->screenshotPath.isEmpty())
        finishAfterFirstFrame(window, *options, root);
    return app.exec();
}
