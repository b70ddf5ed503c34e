// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/cataloguetypes.h"
#include "recurrence/occurrenceexpander.h"


#include <optional>

namespace Buurtplein {

/** Reading stored schedules into the recurrence engine's terms. */
namespace ScheduleRecurrence {

/** The recurrence set of @p schedule, or std::nullopt with @p error set when it cannot be expanded. */
std::optional<RecurrenceSet> toRecurrenceSet(const Schedule &schedule, QString *error);

/** The sessions of @p schedule starting in [fromUtc, toUtc), without those outside its valid range. */
QList<ExpandedOccurrence> expand(const Schedule &schedule, qint64 fromUtc, qint64 toUtc, QString *error);

} // namespace ScheduleRecurrence

} // namespace Buurtplein
