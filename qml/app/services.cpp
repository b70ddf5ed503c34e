// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/services.h"
#include "app/approot.h"
#include "common/launchoptions.h"
#include "common/mapregion.h"
#include "common/uilanguage.h"
#include "evaluator/evaluatorsignin.h"
#include "resident/cataloguedetails.h"
#include "resident/discreetcontroller.h"
#include "resident/handoff.h"
#include "resident/myactivitiesmodel.h"
#include "resident/nearme.h"
#include "resident/placesmodel.h"
#include "resident/reminderservice.h"
#include "resident/searchmodel.h"
#include "resident/upcomingmodel.h"
#include "worker/syncservice.h"
#include "worker/workerenrolment.h"

#include <QQmlEngine>

#include <type_traits>

namespace Buurtplein::Services {

namespace {

// The singleton @p name of module @p uri: what @p get answers on the open AppRoot.
template<typename Service>
void serve(const char *uri, const char *name, Service *(AppRoot::*get)() const)
{
    qmlRegisterSingletonType<Service>(uri, 1, 0, name, [get](QQmlEngine *engine, QJSEngine *) -> Service * {
        AppRoot *root = AppRoot::current();
        Q_ASSERT_X(root, "Services", "a QML file used a service before an AppRoot was opened");
        Service *service = (root->*get)();
        QJSEngine::setObjectOwnership(service, QJSEngine::CppOwnership);
        if constexpr (std::is_same_v<Service, UiLanguage>)
            service->setEngine(engine); // a change of language retranslates this engine's bindings
        return service;
    });
}

} // namespace

void registerSingletons()
{
    static bool registered = false;
    if (registered)
        return;
    registered = true;

    serve("Buurtplein.Common", "Language", &AppRoot::language);
    serve("Buurtplein.Common", "Launch", &AppRoot::launch);
    serve("Buurtplein.Common", "MapRegion", &AppRoot::mapRegion);

    serve("Buurtplein.Resident", "Upcoming", &AppRoot::upcoming);
    serve("Buurtplein.Resident", "Search", &AppRoot::search);
    serve("Buurtplein.Resident", "Places", &AppRoot::places);
    serve("Buurtplein.Resident", "Catalogue", &AppRoot::details);
    serve("Buurtplein.Resident", "MyActivities", &AppRoot::myActivities);
    serve("Buurtplein.Resident", "Discreet", &AppRoot::discreet);
    serve("Buurtplein.Resident", "NearMe", &AppRoot::nearMe);
    serve("Buurtplein.Resident", "Reminders", &AppRoot::reminders);
    serve("Buurtplein.Resident", "Handoff", &AppRoot::handoff);

    serve("Buurtplein.Worker", "Enrolment", &AppRoot::worker);
    serve("Buurtplein.Worker", "Sync", &AppRoot::sync);

    serve("Buurtplein.Evaluator", "Evaluator", &AppRoot::evaluator);
}

} // namespace Buurtplein::Services
