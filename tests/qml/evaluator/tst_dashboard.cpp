// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the Qt Quick Tests tests/evaluator-qml/tst_*.qml of the evaluator's dashboard
// against the app's real AppContext, with the hub's answers recorded in tests/data/stats
// (the dashboard against a live hub is tst_evaluatorapp). A QApplication, as in the app:
// the dashboard's Qt Charts draw through a widgets graphics view.
#include "app/approot.h"
#include "demoroot.h"
#include "evaluator/statsclient.h"
#include "evaluator/statstablemodel.h"

#include <QApplication>
#include <QFile>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QTemporaryDir>
#include <QtQuickTest>

#include <memory>

#include "app/qmlmodules.h"

using namespace Buurtplein;

/** The recorded answers, for the QML tests: `Recorded.load(model, "table-areas.json", false)`. */
class Recorded : public QObject
{
    Q_OBJECT

public:
    /** Fills @p model with the recorded table @p name as StatsClient would; false when it is not readable. */
    Q_INVOKABLE bool load(Buurtplein::StatsTableModel *model, const QString &name, bool fromCache)
    {
        QString detail;
        const auto table = StatsClient::readTable(read(name), &detail);
        if (!table) {
            qWarning() << name << detail;
            return false;
        }
        model->setTable(*table, table->generated, fromCache);
        return true;
    }
    /** The recorded dimensions @p name as StatsClient::dimensions() gives them. */
    Q_INVOKABLE QVariantMap dimensions(const QString &name)
    {
        QString detail;
        const auto dims = StatsClient::parseDimensions(read(name), &detail);
        if (!dims)
            qWarning() << name << detail;
        return dims.value_or(QVariantMap());
    }

private:
    static QByteArray read(const QString &name)
    {
        QFile file(QStringLiteral(BUURTPLEIN_TEST_DATA "/stats/") + name);
        if (!file.open(QIODevice::ReadOnly))
            qWarning() << "cannot read" << file.fileName();
        return file.readAll();
    }
};

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        TestSupport::prepareAppTest();
        AppRootOptions options = TestSupport::demoRootOptions(QStringLiteral(":memory:"), m_dir.path());
        options.startSync = false;
        m_root = std::make_unique<AppRoot>();
        QString error;
        if (!m_root->open(options, &error))
            qFatal("cannot open the test catalogue: %s", qPrintable(error));
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        static const int registered = qmlRegisterSingletonInstance("BuurtpleinTest", 1, 0, "Recorded", &m_recorded);
        Q_UNUSED(registered)
    }

    void cleanupTestCase()
    {
        m_root.reset();
    }

private:
    QTemporaryDir m_dir;
    Recorded m_recorded;
    std::unique_ptr<AppRoot> m_root;
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Setup setup;
    QTEST_SET_MAIN_SOURCE_PATH
    return quick_test_main_with_setup(argc, argv, "dashboard", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "tst_dashboard.moc"
