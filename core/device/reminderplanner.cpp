// SPDX-License-Identifier: GPL-3.0-or-later
#include "device/reminderplanner.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <optional>

namespace Buurtplein::ReminderPlanner {

namespace {

// The moment a session's notice is due; none for a session whose join wants no reminder.
std::optional<qint64> momentOf(const JoinedSession &session)
{
    const int minutes = session.join.reminderMinutes;
    if (session.status == QLatin1String("cancelled"))
        return session.start - qint64(std::max(minutes, CancelledNoticeMinutes)) * 60;
    if (minutes < 0)
        return std::nullopt;
    return session.start - qint64(minutes) * 60;
}

Reminder reminderFor(const JoinedSession &session, qint64 at, qint64 nowUtc, bool discreet)
{
    Reminder reminder;
    reminder.occurrenceUid = session.occurrenceUid;
    reminder.at = at;
    reminder.cancelled = session.status == QLatin1String("cancelled");
    const QString when = whenText(session.start, nowUtc);
    if (discreet) {
        reminder.title = neutralTitle();
        reminder.text = reminder.cancelled
            //: A discreet notice: must not say what or where. %1 is a time such as "14:00" or "Tue 14:00".
            ? QCoreApplication::translate("ReminderPlanner", "What you planned at %1 will not take place.").arg(when)
            //: A discreet reminder: must not say what or where. %1 is a time such as "14:00" or "Tue 14:00".
            : QCoreApplication::translate("ReminderPlanner", "You have something planned at %1.").arg(when);
        return reminder;
    }
    reminder.title = session.title;
    if (reminder.cancelled) {
        //: Notice that a joined session is cancelled. %1 is a time such as "14:00" or "Tue 14:00".
        reminder.text = QCoreApplication::translate("ReminderPlanner", "Cancelled: the session at %1 will not take place.").arg(when);
    } else if (session.placeName.isEmpty()) {
        //: Reminder of a joined session without a fixed place. %1 is a time.
        reminder.text = QCoreApplication::translate("ReminderPlanner", "Starts at %1.").arg(when);
    } else if (session.status == QLatin1String("moved")) {
        //: Reminder of a joined session that was moved. %1 is a time, %2 the name of the meeting place.
        reminder.text = QCoreApplication::translate("ReminderPlanner", "Moved: now at %1 at %2.").arg(when, session.placeName);
    } else {
        //: Reminder of a joined session. %1 is a time, %2 the name of the meeting place.
        reminder.text = QCoreApplication::translate("ReminderPlanner", "Starts at %1 at %2.").arg(when, session.placeName);
    }
    return reminder;
}

} // namespace

QString neutralTitle()
{
    //: Title of every notice in discreet mode; must not hint at any activity.
    return QCoreApplication::translate("ReminderPlanner", "Reminder");
}

QString whenText(qint64 startUtc, qint64 nowUtc)
{
    static const QTimeZone amsterdam("Europe/Amsterdam");
    const QDateTime start = QDateTime::fromSecsSinceEpoch(startUtc, amsterdam);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(nowUtc, amsterdam);
    const QLocale locale;
    const QString time = locale.toString(start.time(), QStringLiteral("HH:mm"));
    if (start.date() == now.date())
        return time;
    return locale.toString(start.date(), QStringLiteral("ddd")) + QLatin1Char(' ') + time;
}

QList<Reminder> due(const QList<JoinedSession> &sessions, qint64 nowUtc, qint64 sinceUtc, bool discreet)
{
    QList<Reminder> result;
    for (const JoinedSession &session : sessions) {
        const std::optional<qint64> at = momentOf(session);
        if (!at || *at <= sinceUtc || *at > nowUtc)
            continue;
        result.append(reminderFor(session, *at, nowUtc, discreet));
    }
    std::stable_sort(result.begin(), result.end(), [](const Reminder &a, const Reminder &b) { return a.at < b.at; });
    return result;
}

} // namespace Buurtplein::ReminderPlanner
