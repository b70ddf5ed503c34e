// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/cataloguetypes.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Buurtplein {

class CatalogueStore;

/** One planned session of an activity, with its override applied. Times are UTC. */
struct PlannedSession {
    QString occurrenceUid;
    QString activityUid;
    QString title;
    QDateTime originalStart;
    QDateTime start;        ///< the new start when moved
    QDateTime end;
    QString status;         ///< scheduled, cancelled, moved
};

/**
 * Finds sessions from the schedules themselves rather than from the search window,
 * which only reaches a day into the past: social workers log and look back weeks.
 */
namespace SessionFinder {

/** Splits @p occurrenceUid (OccurrenceId::make) into its activity uid and original start; false when it is not one. */
bool parse(const QString &occurrenceUid, QString *activityUid, qint64 *originalStartUtc);

/** The session @p occurrenceUid, or std::nullopt when no schedule of its activity has it. */
std::optional<PlannedSession> find(const CatalogueStore &store, const QString &occurrenceUid);

/** The sessions of @p activity that (after moves) start in [fromUtc, toUtc), by start; cancelled ones included. */
QList<PlannedSession> between(const CatalogueStore &store, const Activity &activity, qint64 fromUtc, qint64 toUtc);

} // namespace SessionFinder

} // namespace Buurtplein
