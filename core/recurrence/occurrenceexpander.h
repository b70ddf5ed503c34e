// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recurrence/recurrencerule.h"
#include "recurrence/zonerules.h"

#include <QDate>
#include <QList>
#include <QTime>

#include <memory>
#include <optional>

namespace Buurtplein {

/** Everything that decides when the sessions of one series fall (DTSTART, RRULE, RDATE, EXDATE). */
struct RecurrenceSet {
    QDate startDate;                ///< DTSTART's wall-clock date
    QTime startTime;                ///< DTSTART's wall-clock time; ignored when allDay
    bool allDay = false;            ///< DTSTART;VALUE=DATE: sessions start at local midnight
    std::shared_ptr<const ZoneRules> zone; ///< required; ZoneRules::fixed(0) for UTC or floating times
    qint64 durationSecs = 3600;
    std::optional<RecurrenceRule> rule; ///< none: DTSTART (plus RDATEs) only
    QList<qint64> extraStartsUtc;   ///< RDATE instants
    QList<QDate> exceptionDays;     ///< EXDATE;VALUE=DATE and holidays: every occurrence on that local date is dropped
    QList<qint64> exceptionStartsUtc; ///< EXDATE instants: the occurrence starting at exactly that instant is dropped
};

/** One expanded occurrence. Times are seconds since the epoch (UTC). */
struct ExpandedOccurrence {
    qint64 startUtc = 0;
    qint64 endUtc = 0;
    QDate localDate;                ///< the wall-clock date in the set's zone
    QTime localTime;                ///< the wall-clock time in the set's zone
    bool operator==(const ExpandedOccurrence &o) const { return startUtc == o.startUtc && endUtc == o.endUtc; }
};

namespace OccurrenceExpander {

/**
 * The occurrences of @p set whose start instant lies in [fromUtc, toUtc), sorted by start,
 * at most @p limit of them. RFC 5545 semantics: COUNT counts before EXDATE removal,
 * UNTIL is inclusive, invalid dates (30 February, 31 April) are skipped, not clamped,
 * and every occurrence keeps DTSTART's wall-clock time across DST changes.
 */
QList<ExpandedOccurrence> expand(const RecurrenceSet &set, qint64 fromUtc, qint64 toUtc, int limit = 100000);

} // namespace OccurrenceExpander

namespace OccurrenceId {
/** The stable id of the occurrence of @p activityUid originally starting at @p originalStartUtc, e.g. "act-12/20260329T013000Z". */
QString make(const QString &activityUid, qint64 originalStartUtc);
} // namespace OccurrenceId

} // namespace Buurtplein
