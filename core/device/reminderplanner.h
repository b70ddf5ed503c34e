// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "device/joinstore.h"

#include <QList>
#include <QString>

namespace Buurtplein {

/** A notice to show for a joined session. */
struct Reminder {
    QString occurrenceUid;
    qint64 at = 0;              ///< when it is due, seconds since the epoch
    QString title;
    QString text;
    bool cancelled = false;     ///< a "will not take place" notice rather than a reminder
};

/**
 * Which reminders are due, decided without any state: the caller keeps the moment it
 * last asked (SettingKey::remindersShownUntil) and passes it as sinceUtc.
 */
namespace ReminderPlanner {

/** Minutes before a cancelled session its notice comes when the join has no reminder. */
constexpr int CancelledNoticeMinutes = 60;

/**
 * The reminders whose moment (start - reminderMinutes) lies in (@p sinceUtc, @p nowUtc],
 * by moment. A join without reminder (-1) gives none, except that a cancelled session
 * always gives a "cancelled" notice, CancelledNoticeMinutes before its start at the
 * latest. In @p discreet mode no text names the activity or the place.
 */
QList<Reminder> due(const QList<JoinedSession> &sessions, qint64 nowUtc, qint64 sinceUtc, bool discreet);

/** The title of every discreet notice, e.g. "Reminder". */
QString neutralTitle();

/** "14:00" for a moment on the day of @p nowUtc, else the short day and time ("Tue 14:00"), in Amsterdam time. */
QString whenText(qint64 startUtc, qint64 nowUtc);

} // namespace ReminderPlanner

} // namespace Buurtplein
