// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Buurtplein {

/**
 * The sessions the organisation logged lately, as the hub lists them after each sync
 * (GET /v1/session-logs/logged, docs/sync.md "A team logs together"): occurrence ids
 * only, so that a device does not offer a colleague's logged session as "not logged
 * yet". Table team_logged; the device's own logs are in session_log.
 */
namespace TeamLogged {

/** Replaces the list with @p occurrences in one transaction; false and @p error when nothing changed. */
bool replace(QSqlDatabase db, const QStringList &occurrences, QString *error);

/** Every occurrence on the list. */
QSet<QString> all(QSqlDatabase db);

} // namespace TeamLogged

} // namespace Buurtplein
