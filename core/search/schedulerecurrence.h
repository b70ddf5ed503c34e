// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogtypes.h"
#include "occurrenceexpander.h"

#include <QSqlQuery>

#include <optional>

namespace Buurtplein {

/** Reading stored schedules into the recurrence engine's terms. */
namespace ScheduleRecurrence {

/**
 * The schedule in the columns of @p row, starting at column @p first in this order:
 * uid, start_date, start_time, time_zone, duration_minutes, rrule, exception_days,
 * exception_starts, extra_starts, valid_from, valid_to.
 */
Schedule fromRow(const QSqlQuery &row, int first);

/** The recurrence set of @p schedule, or std::nullopt with @p error set when it cannot be expanded. */
std::optional<RecurrenceSet> toRecurrenceSet(const Schedule &schedule, QString *error);

/** The sessions of @p schedule starting in [fromUtc, toUtc), without those outside its valid range. */
QList<ExpandedOccurrence> expand(const Schedule &schedule, qint64 fromUtc, qint64 toUtc, QString *error);

} // namespace ScheduleRecurrence

} // namespace Buurtplein
