// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/cataloguetypes.h"
#include "ics/icsdocument.h"
#include "recurrence/occurrenceexpander.h"

#include <optional>

namespace Buurtplein {

/** Turning an .ics event into the catalogue's Schedule, whose time zone must be an IANA id. */
namespace IcsSchedule {

/**
 * The first of @p candidates that gives every session of @p set (up to @p untilUtc) the
 * same instant as the set's own zone does; empty when none agrees.
 */
QString matchingIanaZone(const RecurrenceSet &set, const QStringList &candidates, qint64 untilUtc);

/**
 * The Schedule of @p event (already expanded into @p set in @p zone).
 *
 * A VTIMEZONE-only zone (Outlook's "Canberra, Melbourne, Sydney") is stored as the IANA
 * zone whose offsets agree at every session up to @p horizonUtc, so the RRULE keeps its
 * meaning past the next DST change. When no IANA zone agrees (a made-up zone, or one
 * whose rules differ from every real one) the sessions up to @p horizonUtc are stored as
 * UTC instants (start plus extraStarts, no RRULE): exact for those sessions, and a warning
 * says where the series was cut. Returns nullopt and @p error when no session remains.
 */
std::optional<Schedule> toSchedule(const IcsEvent &event, const RecurrenceSet &set, const IcsZone &zone,
                                   const QString &activityUid, qint64 horizonUtc,
                                   QString *error, QStringList *warnings);

} // namespace IcsSchedule
} // namespace Buurtplein
