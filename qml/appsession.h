// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QTemporaryDir>

#include "places/areaindex.h"
#include "storage/database.h"

#include <memory>

namespace Buurtplein {

class AppContext;
class CatalogueStore;
class DeviceSettings;
class JoinStore;
class LocationResolver;

/** How to start the app's objects: the app's options, or a test's. */
struct AppSessionOptions {
    QString databasePath;       ///< ":memory:" means a throw-away catalogue
    QString demoPath = QStringLiteral(":/demo/demo-neighbourhood.json"); ///< loaded into an empty catalogue
    QString areasPath = QStringLiteral(":/demo/cbs_areas_amsterdam.csv"); ///< CBS areas to pick from
    QString replayNmea;         ///< an NMEA file the position source replays; empty: the device's source
    QDateTime now;              ///< pretend it is this moment; invalid: the clock's
    bool startReminders = true; ///< run the once-a-minute reminder check
    QString tokenDirectory;     ///< where the hub token goes when no keychain answers; empty: DevicePaths::dataDirectory()
    bool keychain = true;       ///< try the platform keychain first (tests turn it off)
    bool startSync = true;      ///< sync with the hub of an enrolled device (tests of the pages turn it off)
};

/**
 * Everything the app's QML uses, built in the right order around one catalogue and
 * owned here: main() and the Qt Quick Test harness build the same thing.
 */
class AppSession
{
public:
    AppSession();
    ~AppSession();
    AppSession(const AppSession &) = delete;
    AppSession &operator=(const AppSession &) = delete;

    /** Opens the catalogue (loading the demo into an empty one) and builds the context; false with @p error. */
    bool open(const AppSessionOptions &options, QString *error);

    AppContext *context() const { return m_context.get(); }
    Database &database() { return m_db; }

private:
    struct Parts;

    QTemporaryDir m_scratch;
    Database m_db;
    AreaIndex m_areas;
    std::unique_ptr<Parts> m_parts;
    std::unique_ptr<AppContext> m_context;
};

} // namespace Buurtplein
