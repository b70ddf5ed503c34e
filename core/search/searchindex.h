// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace Buurtplein {

/**
 * Keeps the derived search tables (schema version 2: occurrence, place_rtree,
 * activity_fts, index_state) in step with the catalogue. CatalogueStore calls these
 * inside the transaction of each write, so the index never disagrees with what is
 * committed.
 *
 * The occurrence table holds a rolling window (index_state keys window_from and
 * window_to, seconds since the epoch) of at least eight weeks.
 */
namespace SearchIndex {

/** Weeks ahead the app and the CLI keep ready to search. */
constexpr int DefaultWindowWeeks = 10;

/** A place was inserted or updated: its R*Tree box and the text of its activities. */
bool placeChanged(QSqlDatabase db, qint64 placeId, QString *error);
/** A place is about to be deleted. */
bool placeRemoved(QSqlDatabase db, qint64 placeId, QString *error);
/** An activity, one of its schedules or one of its overrides changed: re-expand its occurrences in the window and re-index its text. */
bool activityChanged(QSqlDatabase db, qint64 activityId, QString *error);
/** An activity is about to be deleted. */
bool activityRemoved(QSqlDatabase db, qint64 activityId, QString *error);

/**
 * Moves the window so that it covers [now - 1 day, now + weeks], expanding only the days
 * that came into it and dropping those that left. Cheap when nothing moved.
 */
bool refreshWindow(QSqlDatabase db, const QDateTime &now, int weeks, QString *error);

/** Rebuilds every derived table from the catalogue, e.g. after a migration or a resync. */
bool rebuild(QSqlDatabase db, const QDateTime &now, int weeks, QString *error);

} // namespace SearchIndex

} // namespace Buurtplein
