// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ics/icsdocument.h"

#include <QList>
#include <QString>

namespace Buurtplein {

/** One session of an event in an .ics file, after its RECURRENCE-ID changes. */
struct IcsOccurrence {
    QString uid;          ///< the event's UID
    QString summary;
    qint64 startUtc = 0;  ///< the new start for a moved session
    qint64 endUtc = 0;
    QString status;       ///< scheduled, cancelled or moved
    bool operator==(const IcsOccurrence &o) const
    {
        return uid == o.uid && startUtc == o.startUtc && endUtc == o.endUtc && status == o.status;
    }
};

/** An event that could not be expanded, and why. */
struct IcsSkippedEvent {
    QString uid;
    QString reason;
};

namespace IcsOccurrences {

/**
 * The sessions of every event of @p calendar whose start lies in [fromUtc, toUtc), sorted by
 * start. Cancelled sessions are listed with status "cancelled" at their original start; a
 * moved session is listed at its new start with status "moved".
 */
QList<IcsOccurrence> list(const IcsCalendar &calendar, qint64 fromUtc, qint64 toUtc,
                          QList<IcsSkippedEvent> *skipped = nullptr);

} // namespace IcsOccurrences
} // namespace Buurtplein
