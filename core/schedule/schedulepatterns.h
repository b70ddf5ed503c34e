// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/cataloguetypes.h"
#include "schedule/schedulepattern.h"

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace Buurtplein {

/**
 * The schedule editor's decisions: words to RRULE and back, the schedule in words, and
 * a preview of the next sessions through the same expansion the search index uses.
 *
 * A start date that is not itself a session day (a Monday for "every Tuesday") is not
 * refused: the first session moves to the first matching day on or after it, because
 * RFC 5545 counts DTSTART as a session whether or not the rule selects it.
 */
namespace SchedulePatterns {

/** The names the editor's pages use for a pattern's kind ("once", "weekly", "monthlyByWeekday", "monthlyByDay") and end ("never", "until", "count"). */
QString kindName(SchedulePattern::Kind kind);
std::optional<SchedulePattern::Kind> kindNamed(const QString &name);
QString endName(SchedulePattern::End end);
std::optional<SchedulePattern::End> endNamed(const QString &name);

/**
 * @p pattern with its first session moved to the first day the pattern selects on or
 * after its start date, weekdays and exception days sorted and without duplicates, and
 * the fields its kind and end do not use reset to their defaults.
 */
SchedulePattern normalised(const SchedulePattern &pattern);

/** Why toSchedule() would refuse @p pattern, as a translated sentence; empty when it would not. */
QString problem(const SchedulePattern &pattern);

/** The first day on or after pattern.startDate that the pattern selects; invalid when it selects none. */
QDate firstSessionDate(const SchedulePattern &pattern);

/**
 * A copy of @p base (keeping id, uid, activityUid, timeZone, validity and version) with
 * the start, duration, RRULE and exception days of @p pattern; single exception starts
 * and extra starts are cleared. Returns std::nullopt with a translated sentence in
 * @p error when the pattern cannot be written.
 */
std::optional<Schedule> toSchedule(const SchedulePattern &pattern, const Schedule &base, QString *error);

/**
 * The pattern of @p schedule, normalised(), or std::nullopt when the words cannot say
 * it exactly (an imported RRULE with BYSETPOS, BYHOUR, several month days, extra
 * starts, a DTSTART the rule does not select, ...): such a schedule can only be replaced.
 */
std::optional<SchedulePattern> fromSchedule(const Schedule &schedule);

/**
 * The schedule in words, e.g. "Every Tuesday and Thursday, 14:00–15:30, from 1 September
 * 2026 until 19 December 2026". With a valid @p today, of its exception days only those of
 * the coming year (from @p today, for 365 days) are counted ("except on 8 days in the
 * coming year"), and none are mentioned when the coming year has none: a schedule that
 * skips the holidays of several years otherwise reads "except on 275 days". Without one,
 * every exception day counts.
 */
QString describe(const SchedulePattern &pattern, const QLocale &locale, const QDate &today = {});

/**
 * The next @p count session starts (UTC) at or after @p fromUtc, from the expansion the
 * search index uses (ScheduleRecurrence::expand): exception days, EXDATEs, COUNT,
 * UNTIL and the schedule's validity all apply. Empty when the schedule cannot be expanded.
 */
QList<QDateTime> preview(const Schedule &schedule, const QDateTime &fromUtc, int count = 10);

} // namespace SchedulePatterns

} // namespace Buurtplein
