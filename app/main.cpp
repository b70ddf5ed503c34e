// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontext.h"
#include "appoptions.h"
#include "cataloguestore.h"
#include "database.h"
#include "demoloader.h"
#include "devicepaths.h"
#include "searchindex.h"
#include "upcomingmodel.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(BuurtpleinPlugin)

Q_LOGGING_CATEGORY(lcApp, "buurtplein.app", QtInfoMsg)

using namespace Buurtplein;

namespace {

bool prepareCatalogue(Database &db, const AppOptions &options, const QDateTime &now, QString *error)
{
    const QString path = options.databasePath.isEmpty() ? DevicePaths::catalogueDatabase() : options.databasePath;
    if (!db.open(path)) {
        *error = db.errorString();
        return false;
    }
    CatalogueStore store(db);
    if (store.activityUids().isEmpty()) {
        const QString demo = options.demoPath.isEmpty() ? QStringLiteral(":/demo/demo-neighbourhood.json") : options.demoPath;
        qCInfo(lcApp) << "empty catalogue: loading the demo neighbourhood from" << demo;
        if (!DemoLoader::load(store, demo, error))
            return false;
    }
    return SearchIndex::refreshWindow(db.connection(), now, SearchIndex::DefaultWindowWeeks, error);
}

// Saves the first frame the window shows, then quits with 0, or 1 when nothing showed.
void grabFirstFrame(QQmlApplicationEngine &engine, const QString &path)
{
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window) {
        QCoreApplication::exit(1);
        return;
    }
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [window, path] {
        // A second frame lets delegates created lazily in the first one settle.
        QTimer::singleShot(300, window, [window, path] {
            const bool saved = path.isEmpty() || window->grabWindow().save(path);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }, Qt::SingleShotConnection);
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Buurtplein"));
    QCoreApplication::setApplicationName(QStringLiteral("buurtplein"));

    QString error;
    const auto options = AppOptions::parse(app.arguments().mid(1), &error);
    if (!options) {
        std::fprintf(stderr, "buurtplein: %s\n", qPrintable(error));
        return 2;
    }
    const QDateTime now = options->now.isValid() ? options->now : QDateTime::currentDateTimeUtc();

    Database db;
    if (!prepareCatalogue(db, *options, now, &error)) {
        std::fprintf(stderr, "buurtplein: %s\n", qPrintable(error));
        return 1;
    }

    UpcomingModel upcoming(db.connection());
    upcoming.reload(now);
    AppContext context(&upcoming);
    AppContext::setInstance(&context);

    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    // Qt 6.4 does not yet look for modules under :/qt/qml by itself.
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
                     Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Buurtplein/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()); window && options->size.isValid())
        window->resize(options->size);
    if (options->selfTest || !options->screenshotPath.isEmpty())
        grabFirstFrame(engine, options->screenshotPath);
    return app.exec();
}
