// SPDX-License-Identifier: GPL-3.0-or-later
#include "ics/icsoccurrences.h"
#include "ics/icsrecurrence.h"

#include <QHash>

namespace Buurtplein::IcsOccurrences {

QList<IcsOccurrence> list(const IcsCalendar &calendar, qint64 fromUtc, qint64 toUtc, QList<IcsSkippedEvent> *skipped)
{
    QList<IcsOccurrence> result;
    for (const IcsEvent &event : calendar.events) {
        QString error;
        const auto set = IcsRecurrence::toRecurrenceSet(event, calendar.zones, &error);
        QHash<qint64, IcsInstanceChange> changes;
        for (const IcsInstance &instance : event.overrides) {
            if (!set)
                break;
            const auto change = IcsRecurrence::changeOf(instance, *set, calendar.zones, &error);
            if (!change)
                break;
            changes.insert(change->originalStartUtc, *change);
        }
        if (!set || changes.size() < event.overrides.size()) {
            if (skipped)
                skipped->append({event.uid, error});
            continue;
        }
        for (const ExpandedOccurrence &o : OccurrenceExpander::expand(*set, fromUtc, toUtc)) {
            const auto change = changes.constFind(o.startUtc);
            if (change == changes.constEnd())
                result.append({event.uid, event.summary, o.startUtc, o.endUtc, QStringLiteral("scheduled")});
            else if (change->cancelled)
                result.append({event.uid, event.summary, o.startUtc, o.endUtc, QStringLiteral("cancelled")});
            else if (!change->moved)
                result.append({event.uid, event.summary, o.startUtc, o.endUtc, QStringLiteral("scheduled")});
        }
        // A moved session counts where it now starts, even when it was moved into the window.
        for (const IcsInstanceChange &change : std::as_const(changes)) {
            if (!change.moved || change.newStartUtc < fromUtc || change.newStartUtc >= toUtc)
                continue;
            if (OccurrenceExpander::expand(*set, change.originalStartUtc, change.originalStartUtc + 1, 1).isEmpty())
                continue; // it changes a session the series does not have
            result.append({event.uid, event.summary, change.newStartUtc, change.newEndUtc, QStringLiteral("moved")});
        }
    }
    std::stable_sort(result.begin(), result.end(), [](const IcsOccurrence &a, const IcsOccurrence &b) {
        return a.startUtc != b.startUtc ? a.startUtc < b.startUtc : a.uid < b.uid;
    });
    return result;
}

} // namespace Buurtplein::IcsOccurrences
