// SPDX-License-Identifier: GPL-3.0-or-later
// Runs qml/tst_*.qml of this folder: the app's real window over the AppContext that
// AppSession builds, switched between Dutch and Arabic as a resident would.
#include "appcontext.h"
#include "demosession.h"
#include "uilanguage.h"

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
        if (!m_session->open(TestSupport::demoSessionOptions(QStringLiteral(":memory:")), &error))
            qFatal("cannot open the test catalogue: %s", qPrintable(error));
        // Dutch, as on a device where nobody chose and the system speaks no supported language.
        m_session->context()->language()->setSystemLanguages({});
        m_session->context()->language()->restore();
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_session->context()->language()->setEngine(engine);
    }

    void cleanupTestCase()
    {
        m_session.reset();
    }

private:
    std::unique_ptr<AppSession> m_session;
};

QUICK_TEST_MAIN_WITH_SETUP(mirroring, Setup)

#include "tst_mirroring.moc"
