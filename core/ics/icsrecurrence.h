// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/cataloguetypes.h"
#include "ics/icsdocument.h"
#include "recurrence/occurrenceexpander.h"

#include <optional>

namespace Buurtplein {

/** What one RECURRENCE-ID instance does to its series, as instants. */
struct IcsInstanceChange {
    qint64 originalStartUtc = 0;
    bool cancelled = false;
    bool moved = false;       ///< its start or end differs from the original
    qint64 newStartUtc = 0;
    qint64 newEndUtc = 0;
};

/** Pure conversions between the .ics model, RecurrenceSet and the stored Schedule. */
namespace IcsRecurrence {

/** The zone of a DATE-TIME: Z is UTC, no TZID is floating (Europe/Amsterdam), else the file's TZID. */
IcsZone zoneOf(const IcsTime &time, const IcsZones &zones);

/** The instant @p time means; a DATE means local midnight in @p dateZone. nullopt and @p error when its zone is unusable. */
std::optional<qint64> instantOf(const IcsTime &time, const IcsZones &zones, const ZoneRules &dateZone, QString *error);

/**
 * DTSTART, DTEND/DURATION, RRULE, RDATE and EXDATE of @p event as a RecurrenceSet.
 * nullopt and @p error (a sentence naming the line) when it cannot be used; repairs
 * (an UNTIL that is a DATE-TIME while DTSTART is a DATE) are appended to @p warnings.
 */
std::optional<RecurrenceSet> toRecurrenceSet(const IcsEvent &event, const IcsZones &zones, QString *error,
                                             QStringList *warnings = nullptr);

/** What @p instance does to the series @p set. */
std::optional<IcsInstanceChange> changeOf(const IcsInstance &instance, const RecurrenceSet &set,
                                          const IcsZones &zones, QString *error);

/** A stored Schedule as a RecurrenceSet; nullopt and @p error when its zone or rule is unusable. */
std::optional<RecurrenceSet> fromSchedule(const Schedule &schedule, QString *error);

} // namespace IcsRecurrence
} // namespace Buurtplein
