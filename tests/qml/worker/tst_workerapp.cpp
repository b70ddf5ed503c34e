// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the Qt Quick Tests tests/worker-qml/tst_*.qml of the social worker pages against the app's
// real AppContext, on a device that enrolled for the demo organisation "Buurtwerk Oost"
// earlier: its settings hold the organisation and hub as enrolment leaves them (the
// enrolment itself is tested against a real hub in tst_workersession).
#include "resident/searchmodel.h"
#include "app/approot.h"
#include "worker/syncservice.h"
#include "demoroot.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QTemporaryDir>
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
        if (!m_dir.isValid())
            qFatal("cannot make a scratch folder");
        const QString path = m_dir.filePath(QStringLiteral("device.sqlite"));
        QString error;
        if (!TestSupport::enrolDemoWorker(path, &error))
            qFatal("cannot enrol the test device: %s", qPrintable(error));
        AppRootOptions options = TestSupport::demoRootOptions(path, m_dir.path());
        // The pages' tests need a quiet device; SyncService has its own test against a real hub.
        options.startSync = false;
        m_root = std::make_unique<AppRoot>();
        if (!m_root->open(options, &error))
            qFatal("cannot open the test catalogue: %s", qPrintable(error));
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
    QTemporaryDir m_dir;
    std::unique_ptr<AppRoot> m_root;
};

QUICK_TEST_MAIN_WITH_SETUP(workerapp, Setup)

#include "tst_workerapp.moc"
