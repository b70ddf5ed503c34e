// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the Qt Quick Tests tst_*.qml of this folder against the app's real AppContext,
// built by AppRoot on a throw-away catalogue filled from the demo neighbourhood at a
// fixed moment, without a position source (so "near me" has to fall back).
#include "resident/searchmodel.h"
#include "app/approot.h"
#include "demoroot.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QtQuickTest>

#include <memory>

#include "app/qmlmodules.h"

using namespace Buurtplein;

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        TestSupport::prepareAppTest();
        m_root = std::make_unique<AppRoot>();
        QString error;
        AppRootOptions options = TestSupport::demoRootOptions(QStringLiteral(":memory:"));
        // A quiet device, also in a build with a default hub: tst_residentsync syncs against a real one.
        options.startSync = false;
        if (!m_root->open(options, &error))
            qFatal("cannot open the test catalogue: %s", qPrintable(error));
        // Searches answer as soon as the worker does: tests wait on results, not on a clock.
        m_root->search()->setDebounceMs(0);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    }

    void cleanupTestCase()
    {
        m_root.reset();
    }

private:
    std::unique_ptr<AppRoot> m_root;
};

QUICK_TEST_MAIN_WITH_SETUP(residentapp, Setup)

#include "tst_residentapp.moc"
