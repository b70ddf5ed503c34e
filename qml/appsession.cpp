// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsession.h"
#include "recurrence/clock.h"
#include "appcontext.h"
#include "catalogue/cataloguestore.h"
#include "places/demoloader.h"
#include "platform/devicepaths.h"
#include "device/devicesettings.h"
#include "evaluatorsession.h"
#include "hubclient/hubclient.h"
#include "device/joinstore.h"
#include "device/locationresolver.h"
#include "platform/notifier.h"
#include "platform/positionprovider.h"
#include "search/searchindex.h"
#include "platform/securetokenstore.h"
#include "syncservice.h"
#include "workersession.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAppSession, "buurtplein.app.session", QtInfoMsg)

namespace Buurtplein {

struct AppSession::Parts {
    std::unique_ptr<CatalogueStore> store;
    std::unique_ptr<DeviceSettings> settings;
    std::unique_ptr<JoinStore> joins;
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
    std::unique_ptr<SecureTokenStore> tokens;
    std::unique_ptr<HubNetwork> network;
    std::unique_ptr<WorkerSession> worker;
    std::unique_ptr<SyncService> sync;
    std::unique_ptr<EvaluatorSession> evaluator;
};

AppSession::AppSession() = default;

AppSession::~AppSession()
{
    // QML may still hold the context: it goes first, the models after it.
    AppContext::setInstance(nullptr);
    m_context.reset();
    m_parts.reset();
}

bool AppSession::open(const AppSessionOptions &options, QString *error)
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
    if (parts->store->activityUids().isEmpty() && !options.demoPath.isEmpty()) {
        qCInfo(lcAppSession) << "empty catalogue: loading the demo neighbourhood from" << options.demoPath;
        if (!DemoLoader::load(*parts->store, options.demoPath, error))
            return false;
    }
    if (!SearchIndex::refreshWindow(m_db.connection(), now, SearchIndex::DefaultWindowWeeks, error))
        return false;
    if (!m_areas.load(options.areasPath, error))
        qCWarning(lcAppSession) << "no areas to choose from:" << *error;

    const QSqlDatabase db = m_db.connection();
    parts->settings = std::make_unique<DeviceSettings>(db);
    parts->joins = std::make_unique<JoinStore>(db);
    parts->resolver = std::make_unique<LocationResolver>(db, m_areas);
    parts->upcoming = std::make_unique<UpcomingModel>(db);
    parts->upcoming->reload(now);
    parts->search = std::make_unique<SearchModel>(path);
    parts->search->setNow(now);
    parts->places = std::make_unique<PlacesModel>(db);
    parts->places->setNow(now);
    parts->places->loadAroundCatalogue();
    parts->details = std::make_unique<CatalogueDetails>(db);
    parts->details->setNow(now);
    parts->myActivities = std::make_unique<MyActivitiesModel>(*parts->joins);
    parts->myActivities->setNow(now);
    parts->discreet = std::make_unique<DiscreetController>(*parts->settings);
    parts->position.reset(PositionProvider::create(options.replayNmea, nullptr));
    parts->notifier.reset(Notifier::create(nullptr));
    parts->nearMe = std::make_unique<NearMe>(*parts->settings, *parts->resolver, parts->position.get());
    parts->reminders = std::make_unique<ReminderService>(*parts->joins, *parts->settings, *parts->discreet,
                                                         parts->notifier.get());
    parts->reminders->setNow(now);

    parts->tokens = std::make_unique<SecureTokenStore>(
        options.tokenDirectory.isEmpty() ? DevicePaths::dataDirectory() : options.tokenDirectory);
    parts->tokens->setKeychainEnabled(options.keychain);
    parts->network = std::make_unique<HubNetwork>();
    // --now pretends the whole app lives at that moment, the worker's log window included.
    WorkerStore::Clock clock;
    if (options.now.isValid())
        clock = [now] { return now; };
    parts->worker = std::make_unique<WorkerSession>(db, *parts->settings, parts->tokens.get(), parts->network->client(), clock);
    // The engine's clock must move (its backoff counts on it), so --now only sets where it starts.
    const SyncRunner::Clock syncClock = Clocks::startingAt(options.now);
    parts->sync = std::make_unique<SyncService>(path, parts->worker.get(), *parts->settings, parts->tokens.get(), syncClock);
    if (options.startSync) {
        parts->sync->watchNetwork();
        parts->sync->start();
    }

    // The evaluator's cached figures live beside the token fallback, in the device's data folder.
    const QString dataDir = options.tokenDirectory.isEmpty() ? DevicePaths::dataDirectory() : options.tokenDirectory;
    parts->evaluator = std::make_unique<EvaluatorSession>(*parts->settings, parts->tokens.get(), parts->network->client(),
                                                          dataDir + QStringLiteral("/evaluator-figures.json"));

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

    AppParts handed;
    handed.upcoming = upcoming;
    handed.search = search;
    handed.places = parts->places.get();
    handed.details = parts->details.get();
    handed.myActivities = parts->myActivities.get();
    handed.discreet = parts->discreet.get();
    handed.nearMe = nearMe;
    handed.reminders = parts->reminders.get();
    handed.store = parts->store.get();
    handed.worker = parts->worker.get();
    handed.sync = parts->sync.get();
    handed.evaluator = parts->evaluator.get();
    m_parts = std::move(parts);
    m_context = std::make_unique<AppContext>(handed);
    AppContext::setInstance(m_context.get());
    return true;
}

} // namespace Buurtplein
