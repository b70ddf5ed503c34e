// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the Qt Quick Tests tests/worker-qml/tst_*.qml of the social worker pages against the app's
// real AppContext, on a device that enrolled for the demo organisation "Buurtwerk Oost"
// earlier: its settings hold the organisation and hub as enrolment leaves them (the
// enrolment itself is tested against a real hub in tst_workersession).
#include "appcontext.h"
#include "appsession.h"
#include "database.h"
#include "devicesettings.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
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
        if (!m_dir.isValid())
            qFatal("cannot make a scratch folder");
        const QString path = m_dir.filePath(QStringLiteral("device.sqlite"));
        {
            Database db;
            if (!db.open(path))
                qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.errorString()));
            DeviceSettings settings(db.connection());
            const bool ok = settings.setValue(SettingKey::workerOrganisationUid, QStringLiteral("org:buurtwerk-oost"))
                && settings.setValue(SettingKey::workerOrganisationName, QStringLiteral("Buurtwerk Oost"))
                && settings.setValue(SettingKey::workerHubUrl, QStringLiteral("http://127.0.0.1:9"));
            if (!ok)
                qFatal("cannot store the enrolment settings");
        }
        AppSessionOptions options;
        options.databasePath = path;
        options.demoPath = QStringLiteral(BUURTPLEIN_ASSETS "/demo/demo-neighbourhood.json");
        options.areasPath = QStringLiteral(BUURTPLEIN_ASSETS "/demo/cbs_areas_amsterdam.csv");
        // Monday 23 November 2026, 09:00 in Amsterdam.
        options.now = QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);
        options.startReminders = false;
        options.replayNmea = QStringLiteral(BUURTPLEIN_QML_TESTS "/no-fix.nmea");
        options.tokenDirectory = m_dir.path();
        options.keychain = false;
        // The pages' tests need a quiet device; SyncService has its own test against a real hub.
        options.startSync = false;
        m_session = std::make_unique<AppSession>();
        QString error;
        if (!m_session->open(options, &error))
            qFatal("cannot open the test catalogue: %s", qPrintable(error));
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
    QTemporaryDir m_dir;
    std::unique_ptr<AppSession> m_session;
};

QUICK_TEST_MAIN_WITH_SETUP(workerapp, Setup)

#include "tst_workerapp.moc"
