// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Buurtplein::Services {

/**
 * Makes each service of the open AppRoot a QML singleton of its role's module, once per
 * process (AppRoot::open calls it):
 *
 * - Buurtplein.Common: Language (UiLanguage), Launch (LaunchOptions), MapRegion
 * - Buurtplein.Resident: Upcoming, Search, Places, Catalogue (CatalogueDetails),
 *   MyActivities, Discreet, NearMe, Reminders, Handoff
 * - Buurtplein.Worker: Enrolment (WorkerEnrolment), Sync (SyncService)
 * - Buurtplein.Evaluator: Evaluator (EvaluatorSignIn)
 *
 * Each engine asks AppRoot::current() for the object the first time a file uses it; C++
 * keeps the ownership.
 */
void registerSingletons();

} // namespace Buurtplein::Services
