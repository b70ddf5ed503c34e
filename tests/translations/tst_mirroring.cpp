// SPDX-License-Identifier: GPL-3.0-or-later
// Runs qml/tst_*.qml of this folder: the app's real window over the AppContext that
// AppRoot builds, switched between Dutch and Arabic as a resident would.
#include "app/approot.h"
#include "demoroot.h"
#include "common/uilanguage.h"

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
        if (!m_root->open(TestSupport::demoRootOptions(QStringLiteral(":memory:")), &error))
            qFatal("cannot open the test catalogue: %s", qPrintable(error));
        // Dutch, as on a device where nobody chose and the system speaks no supported language.
        m_root->language()->setSystemLanguages({});
        m_root->language()->restore();
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_root->language()->setEngine(engine);
    }

    void cleanupTestCase()
    {
        m_root.reset();
    }

private:
    std::unique_ptr<AppRoot> m_root;
};

QUICK_TEST_MAIN_WITH_SETUP(mirroring, Setup)

#include "tst_mirroring.moc"
