// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the Qt Quick Tests tst_*.qml of this folder against the app's real AppContext,
// built by AppSession on a throw-away catalogue filled from the demo neighbourhood at a
// fixed moment, without a position source (so "near me" has to fall back).
#include "appcontext.h"
#include "appsession.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(BuurtpleinPlugin)

using namespace Buurtplein;

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Material"));
        AppSessionOptions options;
        options.databasePath = QStringLiteral(":memory:");
        options.demoPath = QStringLiteral(BUURTPLEIN_ASSETS "/demo/demo-neighbourhood.json");
        options.areasPath = QStringLiteral(BUURTPLEIN_ASSETS "/demo/cbs_areas_amsterdam.csv");
        // Monday 23 November 2026, 09:00 in Amsterdam.
        options.now = QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);
        options.startReminders = false;
        // An NMEA file without a single fix: a real position source that never finds the resident.
        options.replayNmea = QStringLiteral(BUURTPLEIN_QML_TESTS "/no-fix.nmea");
        m_session = std::make_unique<AppSession>();
        QString error;
        if (!m_session->open(options, &error))
            qFatal("cannot open the test catalogue: %s", qPrintable(error));
        // Searches answer as soon as the worker does: tests wait on results, not on a clock.
        m_session->context()->search()->setDebounceMs(0);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    }

    void cleanupTestCase()
    {
        m_session.reset();
    }

private:
    std::unique_ptr<AppSession> m_session;
};

QUICK_TEST_MAIN_WITH_SETUP(residentapp, Setup)

#include "tst_residentapp.moc"
