// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/approot.h"
#include "app/services.h"
#include "catalogue/cataloguestore.h"
#include "common/dayfollower.h"
#include "common/launchoptions.h"
#include "common/mapregion.h"
#include "common/uilanguage.h"
#include "device/devicesettings.h"
#include "device/joinstore.h"
#include "device/locationresolver.h"
#include "evaluator/evaluatorsignin.h"
#include "hubclient/hubclient.h"
#include "places/demoloader.h"
#include "platform/devicepaths.h"
#include "platform/notifier.h"
#include "platform/positionprovider.h"
#include "platform/securetokenstore.h"
#include "recurrence/clock.h"
#include "resident/cataloguedetails.h"
#include "resident/discreetcontroller.h"
#include "resident/handoff.h"
#include "resident/myactivitiesmodel.h"
#include "resident/nearme.h"
#include "resident/placesmodel.h"
#include "resident/reminderservice.h"
#include "resident/searchmodel.h"
#include "resident/upcomingmodel.h"
#include "search/searchindex.h"
#include "search/windowkeeper.h"
#include "storage/connectionworker.h"
#include "worker/syncservice.h"
#include "worker/workerenrolment.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAppRoot, "buurtplein.app.root", QtInfoMsg)

namespace Buurtplein {

namespace {
AppRoot *s_current = nullptr;
} // namespace

struct AppRoot::Parts {
    /**
     * Reads and writes the resident's joins, reminders, settings and calendar files off
     * the UI thread. First, so that it stops last: after every write the other parts asked
     * for, also while they go.
     */
    std::unique_ptr<ConnectionWorker> deviceWork;
    std::unique_ptr<CatalogueStore> store;
    std::unique_ptr<DeviceSettings> settings;
    std::unique_ptr<LocationResolver> resolver;
    std::unique_ptr<UpcomingModel> upcoming;
    std::unique_ptr<SearchModel> search;
    std::unique_ptr<PlacesModel> places;
    std::unique_ptr<CatalogueDetails> details;
    std::unique_ptr<MyActivitiesModel> myActivities;
    std::unique_ptr<DiscreetController> discreet;
    std::unique_ptr<PositionProvider> position;
    std::unique_ptr<Notifier> notifier;
    std::unique_ptr<NearMe> nearMe;
    std::unique_ptr<ReminderService> reminders;
    std::unique_ptr<Handoff> handoff;
    std::unique_ptr<UiLanguage> language;
    std::unique_ptr<LaunchOptions> launch;
    std::unique_ptr<MapRegion> mapRegion;
    std::unique_ptr<SecureTokenStore> tokens;
    std::unique_ptr<HubNetwork> network;
    std::unique_ptr<WorkerEnrolment> worker;
    std::unique_ptr<SyncService> sync;
    std::unique_ptr<EvaluatorSignIn> evaluator;
    /** The app's clock: the system's, or running on from --now. */
    Clocks::Source clock;
    // Last, so that they stop before the models they reload go.
    std::unique_ptr<WindowKeeper> windowKeeper;
    std::unique_ptr<DayFollower> dayFollower;

    /** Every resident list reads the catalogue again, each keeping what the person chose. */
    void reloadLists()
    {
        upcoming->reload();
        search->refresh();
        places->reload();
        myActivities->reload();
        details->catalogueSynced();
    }

    /** The app stayed open into a new day: every list and page takes @p now. */
    void followDay(const QDateTime &now)
    {
        upcoming->reload(now);
        search->setNow(now);
        places->setNow(now);
        places->reload();
        myActivities->setNow(now);
        details->setNow(now);
        details->catalogueSynced();
    }
};

AppRoot::AppRoot() = default;

AppRoot::~AppRoot()
{
    // QML asks the current root for its singletons: not this one any more.
    if (s_current == this)
        s_current = nullptr;
    m_parts.reset();
}

AppRoot *AppRoot::current()
{
    return s_current;
}

QUrl AppRoot::mainWindow()
{
    return QUrl(QStringLiteral("qrc:/qt/qml/Buurtplein/App/Main.qml"));
}

bool AppRoot::open(const AppRootOptions &options, QString *error)
{
    // A throw-away catalogue lives in a scratch file rather than in memory, so that the
    // search thread can open a connection of its own to it.
    QString path = options.databasePath;
    if (path == QLatin1String(":memory:")) {
        if (!m_scratch.isValid()) {
            *error = QStringLiteral("Cannot make a scratch folder for the catalogue");
            return false;
        }
        path = m_scratch.filePath(QStringLiteral("catalogue.sqlite"));
    }
    if (!m_db.open(path)) {
        *error = m_db.errorString();
        return false;
    }
    const QDateTime now = options.now.isValid() ? options.now : Clocks::system();
    auto parts = std::make_unique<Parts>();
    parts->store = std::make_unique<CatalogueStore>(m_db);
    if (parts->store->activityUids().isEmpty()) {
        // Nothing to expand yet: the window is set at once, so that the demo is indexed for this run's day.
        if (!SearchIndex::refreshWindow(m_db.connection(), now, SearchIndex::DefaultWindowWeeks, error))
            return false;
        if (!options.demoPath.isEmpty()) {
            qCInfo(lcAppRoot) << "empty catalogue: loading the demo neighbourhood from" << options.demoPath;
            if (!DemoLoader::load(*parts->store, options.demoPath, error))
                return false;
        }
    }
    if (!m_areas.load(options.areasPath, error))
        qCWarning(lcAppRoot) << "no areas to choose from:" << *error;

    const QSqlDatabase db = m_db.connection();
    // A write can wait on the sync's write lock: the device's own writes go behind, off the UI thread.
    parts->deviceWork = std::make_unique<ConnectionWorker>(db, QStringLiteral("device-writes"));
    parts->settings = std::make_unique<DeviceSettings>(db);
    parts->settings->writeBehind(parts->deviceWork.get());
    parts->resolver = std::make_unique<LocationResolver>(db, m_areas);
    parts->upcoming = std::make_unique<UpcomingModel>(path);
    parts->upcoming->reload(now);
    parts->search = std::make_unique<SearchModel>(path);
    parts->search->setNow(now);
    parts->places = std::make_unique<PlacesModel>(db);
    parts->places->setNow(now);
    parts->places->loadAroundCatalogue();
    parts->details = std::make_unique<CatalogueDetails>(db);
    parts->details->setNow(now);
    parts->myActivities = std::make_unique<MyActivitiesModel>(*parts->deviceWork);
    parts->myActivities->setNow(now);
    parts->discreet = std::make_unique<DiscreetController>(*parts->settings);
    parts->position.reset(PositionProvider::create(options.replayNmea, nullptr));
    parts->notifier.reset(Notifier::create(nullptr));
    parts->nearMe = std::make_unique<NearMe>(*parts->settings, *parts->resolver, parts->position.get());
    parts->reminders = std::make_unique<ReminderService>(*parts->deviceWork, *parts->discreet, parts->notifier.get());
    parts->reminders->setNow(now);

    parts->tokens = std::make_unique<SecureTokenStore>(
        options.tokenDirectory.isEmpty() ? DevicePaths::dataDirectory() : options.tokenDirectory);
    parts->tokens->setKeychainEnabled(options.keychain);
    parts->network = std::make_unique<HubNetwork>();
    // --now pretends the whole app lives at that moment, the worker's log window included.
    WorkerStore::Clock clock;
    if (options.now.isValid())
        clock = [now] { return now; };
    parts->worker = std::make_unique<WorkerEnrolment>(db, *parts->settings, parts->tokens.get(), parts->network->client(), clock);
    // The engine's clock must move (its backoff counts on it), so --now only sets where it starts.
    const SyncRunner::Clock syncClock = Clocks::startingAt(options.now);
    parts->sync = std::make_unique<SyncService>(path, parts->worker.get(), *parts->settings, parts->tokens.get(), syncClock);
    if (options.startSync) {
        parts->sync->watchNetwork();
        parts->sync->start();
    }

    // The evaluator's cached figures live beside the token fallback, in the device's data folder.
    const QString dataDir = options.tokenDirectory.isEmpty() ? DevicePaths::dataDirectory() : options.tokenDirectory;
    parts->evaluator = std::make_unique<EvaluatorSignIn>(*parts->settings, parts->tokens.get(), parts->network->client(),
                                                          dataDir + QStringLiteral("/evaluator-figures.json"));
    parts->mapRegion = std::make_unique<MapRegion>(dataDir + QStringLiteral("/maps"));

    NearMe *nearMe = parts->nearMe.get();
    UpcomingModel *upcoming = parts->upcoming.get();
    SearchModel *search = parts->search.get();
    QObject::connect(nearMe, &NearMe::locationChanged, upcoming, [nearMe, upcoming, search] {
        upcoming->setOrigin(nearMe->origin());
        search->setSearchOrigin(nearMe->origin());
    });
    nearMe->restore();
    if (options.startReminders)
        parts->reminders->start();

    parts->handoff = std::make_unique<Handoff>(*parts->deviceWork, parts->myActivities.get());
    parts->language = std::make_unique<UiLanguage>(db);
    parts->launch = std::make_unique<LaunchOptions>();
    if (clock)
        parts->launch->setClock(clock);

    // Day names, reminder choices and other texts the models made in the old language.
    Parts *wired = parts.get();
    QObject::connect(wired->language.get(), &UiLanguage::changed, wired->details.get(), [wired] {
        wired->upcoming->reload();
        wired->search->refresh();
        wired->myActivities->reload();
        wired->details->languageSwitched();
    });
    // A sync brought new, changed or withdrawn activities: every resident list reads the
    // catalogue again, each keeping what the person chose (filters, the map's area).
    // A fresh device's catalogue from the hub's snapshot is indexed for its first week: the
    // keeper widens the window in steps (nothing to do after an ordinary sync).
    QObject::connect(wired->sync.get(), &SyncService::catalogueChanged, wired->details.get(), [wired] {
        wired->reloadLists();
        if (wired->windowKeeper)
            wired->windowKeeper->moveTo(wired->clock());
    });
    // The index's window follows the day off the UI thread (a new morning adds a day of
    // sessions): the lists show what is indexed now, and read again once it moved.
    parts->windowKeeper = std::make_unique<WindowKeeper>(path);
    QObject::connect(wired->windowKeeper.get(), &WindowKeeper::finished, wired->details.get(),
                     [wired](bool moved) {
                         if (moved)
                             wired->reloadLists();
                     });
    parts->windowKeeper->moveTo(now);
    // Open over midnight: the next morning's lists, not yesterday's (the clock runs on from --now).
    parts->clock = Clocks::startingAt(now);
    parts->dayFollower = std::make_unique<DayFollower>(parts->clock, options.dayCheckMs);
    QObject::connect(wired->dayFollower.get(), &DayFollower::dayChanged, wired->details.get(),
                     [wired](const QDateTime &day) { wired->followDay(day); });
    QObject::connect(wired->dayFollower.get(), &DayFollower::indexDayChanged, wired->windowKeeper.get(),
                     [wired](const QDateTime &day) { wired->windowKeeper->moveTo(day); });

    m_parts = std::move(parts);
    s_current = this;
    Services::registerSingletons();
    return true;
}

CatalogueStore *AppRoot::store() const { return m_parts->store.get(); }
UpcomingModel *AppRoot::upcoming() const { return m_parts->upcoming.get(); }
SearchModel *AppRoot::search() const { return m_parts->search.get(); }
PlacesModel *AppRoot::places() const { return m_parts->places.get(); }
CatalogueDetails *AppRoot::details() const { return m_parts->details.get(); }
MyActivitiesModel *AppRoot::myActivities() const { return m_parts->myActivities.get(); }
DiscreetController *AppRoot::discreet() const { return m_parts->discreet.get(); }
NearMe *AppRoot::nearMe() const { return m_parts->nearMe.get(); }
ReminderService *AppRoot::reminders() const { return m_parts->reminders.get(); }
Handoff *AppRoot::handoff() const { return m_parts->handoff.get(); }
WorkerEnrolment *AppRoot::worker() const { return m_parts->worker.get(); }
SyncService *AppRoot::sync() const { return m_parts->sync.get(); }
EvaluatorSignIn *AppRoot::evaluator() const { return m_parts->evaluator.get(); }
UiLanguage *AppRoot::language() const { return m_parts->language.get(); }
LaunchOptions *AppRoot::launch() const { return m_parts->launch.get(); }
MapRegion *AppRoot::mapRegion() const { return m_parts->mapRegion.get(); }
WindowKeeper *AppRoot::windowKeeper() const { return m_parts->windowKeeper.get(); }

} // namespace Buurtplein
