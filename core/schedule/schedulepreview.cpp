// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/schedulepatterns.h"

#include "schedule/schedulelog.h"
#include "search/schedulerecurrence.h"

#include <algorithm>

namespace Buurtplein::SchedulePatterns {

namespace {

constexpr qint64 SecsPerYear = 366LL * 86400;
constexpr qint64 LatestUtc = 253402300799LL; // 9999-12-31T23:59:59Z
// The Gregorian calendar repeats every 400 years: a schedule without sessions in that long has no more.
constexpr qint64 LongestSpan = 400 * SecsPerYear;

} // namespace

QList<QDateTime> preview(const Schedule &schedule, const QDateTime &fromUtc, int count)
{
    if (count <= 0 || !fromUtc.isValid())
        return {};
    const qint64 from = fromUtc.toSecsSinceEpoch();
    // Expand a year ahead, then ever longer spans, so that "every 12 months" needs no special case.
    for (qint64 span = SecsPerYear;; span *= 4) {
        const qint64 to = std::min(from + std::min(span, LongestSpan), LatestUtc);
        QString error;
        const QList<ExpandedOccurrence> sessions = ScheduleRecurrence::expand(schedule, from, to, &error);
        if (!error.isEmpty()) {
            qCWarning(lcSchedule) << "no preview:" << error;
            return {};
        }
        if (sessions.size() >= count || span >= LongestSpan || to >= LatestUtc) {
            QList<QDateTime> starts;
            for (const ExpandedOccurrence &o : sessions.mid(0, count))
                starts.append(QDateTime::fromSecsSinceEpoch(o.startUtc, Qt::UTC));
            return starts;
        }
    }
}

} // namespace Buurtplein::SchedulePatterns
