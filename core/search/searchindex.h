// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <limits>

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

/** What one advanceWindow call did. */
struct WindowStep {
    bool done = false;        ///< the window covers the moment asked for
    bool moved = false;       ///< the window was not already there
    bool startedOver = false; ///< nothing of the old window could be kept: every series expanded again
    int series = 0;           ///< series brought up to the new end in this step
    int dropped = 0;          ///< sessions of the days that left, dropped in this step
};

/**
 * One step of moving the window so that it covers [now - 1 day, now + weeks]: at most
 * @p budget series are expanded into the days that came into it (only series with a
 * session there: each schedule's horizon in series_horizon says where its next session
 * is), so that a caller can commit between steps and never hold the database long. Then
 * the days that left are dropped, a few sessions per series of budget at a time, and the
 * last step stores the new window. Until then the stored
 * window stays the old one, which every series still covers, so readers and writers in
 * between see a consistent index. When the clock went back, or the old window does not
 * reach the new one, the step starts over and does everything at once.
 * Call again until @p step says done.
 */
bool advanceWindow(QSqlDatabase db, const QDateTime &now, int weeks, int budget, WindowStep *step, QString *error);

/**
 * Moves the window all the way at once (advanceWindow until done, @p stepSeries series a
 * step: without one, all in a single step). Cheap when nothing moved; a day's move costs
 * the sessions of that day, not every series. A step holds its series in memory, so a
 * large move (a snapshot's first week widened) bounds them.
 */
bool refreshWindow(QSqlDatabase db, const QDateTime &now, int weeks, QString *error,
                   int stepSeries = std::numeric_limits<int>::max());

/**
 * Sets the window for @p now when none is stored yet (a fresh catalogue: nothing to
 * expand), so that the records written next are expanded into the right days; leaves a
 * stored window where it is.
 */
bool ensureWindow(QSqlDatabase db, const QDateTime &now, int weeks, QString *error);

/** Rebuilds every derived table from the catalogue, e.g. after a migration or a resync. */
bool rebuild(QSqlDatabase db, const QDateTime &now, int weeks, QString *error);

} // namespace SearchIndex

} // namespace Buurtplein
