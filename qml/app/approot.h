// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include "places/areaindex.h"
#include "storage/database.h"

#include <memory>

namespace Buurtplein {

class CatalogueDetails;
class CatalogueStore;
class DiscreetController;
class EvaluatorSignIn;
class Handoff;
class LaunchOptions;
class MapRegion;
class MyActivitiesModel;
class NearMe;
class PlacesModel;
class ReminderService;
class SearchModel;
class SyncService;
class UiLanguage;
class UpcomingModel;
class WindowKeeper;
class WorkerEnrolment;

/** How to start the app's objects: the app's options, or a test's. */
struct AppRootOptions {
    QString databasePath;       ///< ":memory:" means a throw-away catalogue
    QString demoPath = QStringLiteral(":/demo/demo-neighbourhood.json"); ///< loaded into an empty catalogue
    QString areasPath = QStringLiteral(":/demo/cbs_areas_amsterdam.csv"); ///< CBS areas to pick from
    QString replayNmea;         ///< an NMEA file the position source replays; empty: the device's source
    QDateTime now;              ///< pretend it is this moment; invalid: the clock's
    bool startReminders = true; ///< run the once-a-minute reminder check
    QString tokenDirectory;     ///< where the hub token goes when no keychain answers; empty: DevicePaths::dataDirectory()
    bool keychain = true;       ///< try the platform keychain first (tests turn it off)
    bool startSync = true;      ///< sync with the hub of an enrolled device (tests of the pages turn it off)
    int dayCheckMs = 60000;     ///< how often the app looks whether the day changed while it is open (DayFollower)
};

/**
 * The composition root: every object the app's QML uses, built in the right order around
 * one catalogue, wired together and owned here. main() and the Qt Quick Test harnesses
 * build the same thing. While it is open, QML finds each service as a singleton of its
 * role's module (qml/app/services.h): Upcoming, Search, ... in Buurtplein.Resident,
 * Enrolment and Sync in Buurtplein.Worker, Evaluator in Buurtplein.Evaluator, Language and
 * Launch in Buurtplein.Common.
 */
class AppRoot
{
public:
    AppRoot();
    ~AppRoot();
    AppRoot(const AppRoot &) = delete;
    AppRoot &operator=(const AppRoot &) = delete;

    /** Opens the catalogue (loading the demo into an empty one) and builds the services; false with @p error. */
    bool open(const AppRootOptions &options, QString *error);

    /** The root QML's singletons read from: the one opened last and not yet destroyed. */
    static AppRoot *current();
    /** The URL of the app's window, Main.qml of Buurtplein.App. */
    static QUrl mainWindow();

    Database &database() { return m_db; }
    CatalogueStore *store() const;
    UpcomingModel *upcoming() const;
    SearchModel *search() const;
    PlacesModel *places() const;
    CatalogueDetails *details() const;
    MyActivitiesModel *myActivities() const;
    DiscreetController *discreet() const;
    NearMe *nearMe() const;
    ReminderService *reminders() const;
    Handoff *handoff() const;
    WorkerEnrolment *worker() const;
    SyncService *sync() const;
    EvaluatorSignIn *evaluator() const;
    /** The UI language; main() restores it before QML loads. */
    UiLanguage *language() const;
    /** The text size and first page of this run. */
    LaunchOptions *launch() const;
    /** The offline map of the resident's gemeente, kept in the device's data folder. */
    MapRegion *mapRegion() const;
    /** Moves the search index's window to this run's day, off the UI thread. */
    WindowKeeper *windowKeeper() const;

private:
    struct Parts;

    QTemporaryDir m_scratch;
    Database m_db;
    AreaIndex m_areas;
    std::unique_ptr<Parts> m_parts;
};

} // namespace Buurtplein
