// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the Qt Quick Tests tst_*.qml of this folder against the app's real AppContext,
// built by AppSession on a throw-away catalogue filled from the demo neighbourhood at a
// fixed moment, without a position source (so "near me" has to fall back).
#include "appcontext.h"
#include "demosession.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
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
        TestSupport::prepareAppTest();
        m_session = std::make_unique<AppSession>();
        QString error;
        AppSessionOptions options = TestSupport::demoSessionOptions(QStringLiteral(":memory:"));
        // A quiet device, also in a build with a default hub: tst_residentsync syncs against a real one.
        options.startSync = false;
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
