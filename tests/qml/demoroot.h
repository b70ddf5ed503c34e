// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the tests that open the app's real AppContext share: the bundled demo
// neighbourhood at a fixed Monday morning, and a device enrolled for a demo organisation.

#include "app/approot.h"
#include "testclock.h"
#include "storage/database.h"
#include "device/devicesettings.h"

#include "resident/myactivitiesmodel.h"

#include <QDateTime>
#include <QQuickStyle>
#include <QSignalSpy>
#include <QStandardPaths>

#include <functional>

namespace Buurtplein::TestSupport {

/** Test paths and the app's own Material style: the first thing every test of the app's pages does. */
inline void prepareAppTest()
{
    QStandardPaths::setTestModeEnabled(true);
    QQuickStyle::setStyle(QStringLiteral("Material"));
}

/**
 * AppRoot options for the demo neighbourhood on Monday 23 November 2026, 09:00 in
 * Amsterdam, in the database at @p databasePath (":memory:" for a throw-away one): no
 * reminder timer, and a real position source replaying a file without a single fix, so
 * "near me" has to fall back. With a @p tokenDirectory the keychain stays out and a hub
 * token goes there. Sync starts as AppRootOptions says unless the caller turns it off.
 */
inline AppRootOptions demoRootOptions(const QString &databasePath, const QString &tokenDirectory = {})
{
    AppRootOptions options;
    options.databasePath = databasePath;
    options.demoPath = QStringLiteral(BUURTPLEIN_ASSETS "/demo/demo-neighbourhood.json");
    options.areasPath = QStringLiteral(BUURTPLEIN_ASSETS "/demo/cbs_areas_amsterdam.csv");
    options.now = TestClock::now();
    options.startReminders = false;
    options.replayNmea = QStringLiteral(BUURTPLEIN_QML_TESTS "/no-fix.nmea");
    if (!tokenDirectory.isEmpty()) {
        options.tokenDirectory = tokenDirectory;
        options.keychain = false;
    }
    return options;
}

/**
 * Enrols the device whose database is at @p path for the demo organisation "Buurtwerk
 * Oost", with a hub address nothing answers on (port 9), so that the worker pages open.
 */
inline bool enrolDemoWorker(const QString &path, QString *error)
{
    Database db;
    if (!db.open(path)) {
        *error = db.errorString();
        return false;
    }
    DeviceSettings settings(db.connection());
    if (settings.setValue(SettingKey::workerOrganisationUid, QStringLiteral("org:buurtwerk-oost"))
        && settings.setValue(SettingKey::workerOrganisationName, QStringLiteral("Buurtwerk Oost"))
        && settings.setValue(SettingKey::workerHubUrl, QStringLiteral("http://127.0.0.1:9")))
        return true;
    *error = QStringLiteral("cannot store the enrolment settings");
    return false;
}

/**
 * Does @p change (a join, leave or reminder change of @p model, which are written off the
 * UI thread) and waits for its outcome: true when it was stored, else the model's
 * errorString says why.
 */
inline bool written(MyActivitiesModel *model, const std::function<void()> &change)
{
    QSignalSpy done(model, &MyActivitiesModel::written);
    change();
    return done.wait(10000) && done.first().first().toBool();
}

} // namespace Buurtplein::TestSupport
