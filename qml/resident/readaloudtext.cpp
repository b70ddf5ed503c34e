// SPDX-License-Identifier: GPL-3.0-or-later
#include "resident/readaloudtext.h"

#include <QStringList>

namespace Buurtplein {

namespace {
QString timeOf(const QDateTime &moment, const QLocale &locale)
{
    // The locale's short form ("19:30", "7:30 PM"): what a voice of that language reads naturally.
    return locale.toString(moment.time(), QLocale::ShortFormat);
}

// A text from the catalogue as a sentence of its own: a full stop unless it ends in one.
QString sentence(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || QStringLiteral(".!?").contains(trimmed.back()))
        return trimmed;
    return trimmed + QLatin1Char('.');
}
} // namespace

QString ReadAloudText::dayPhrase(const QDate &day, const QLocale &locale, const QDate &today)
{
    if (day == today)
        //: Read aloud: the day of the next session
        return tr("today");
    if (day == today.addDays(1))
        //: Read aloud: the day of the next session
        return tr("tomorrow");
    return locale.toString(day, QStringLiteral("dddd d MMMM"));
}

QString ReadAloudText::compose(const Essentials &e, const QLocale &locale, const QDate &today)
{
    QStringList parts;
    if (!e.title.trimmed().isEmpty())
        parts << sentence(e.title);

    const Session *next = nullptr;
    for (const Session &session : e.sessions) {
        if (!session.cancelled) {
            next = &session;
            break;
        }
    }
    if (!e.sessions.isEmpty() && e.sessions.first().cancelled) {
        const Session &first = e.sessions.first();
        //: Read aloud: %1 is "today", "tomorrow" or a weekday and date, %2 a time
        parts << tr("The session of %1 at %2 is cancelled.")
                     .arg(dayPhrase(first.start.date(), locale, today), timeOf(first.start, locale));
    }
    if (next) {
        const QString day = dayPhrase(next->start.date(), locale, today);
        if (!e.sessions.isEmpty() && e.sessions.first().cancelled)
            //: Read aloud after a cancelled session: %1 a day, %2 and %3 start and end times
            parts << tr("The next one is %1, from %2 to %3.").arg(day, timeOf(next->start, locale), timeOf(next->end, locale));
        else
            //: Read aloud: %1 is "today", "tomorrow" or a weekday and date, %2 and %3 start and end times
            parts << tr("Next time: %1, from %2 to %3.").arg(day, timeOf(next->start, locale), timeOf(next->end, locale));
    } else if (e.sessions.isEmpty()) {
        //: Read aloud: an activity without coming dates
        parts << tr("No dates are planned.");
    }

    if (e.placeName.isEmpty())
        //: Read aloud: an activity that meets in different places
        parts << tr("It has no fixed place.");
    else if (e.street.isEmpty())
        //: Read aloud: %1 is the name of the meeting place
        parts << tr("Where: %1.").arg(e.placeName);
    else
        //: Read aloud: %1 is the name of the meeting place, %2 its street and number
        parts << tr("Where: %1, %2.").arg(e.placeName, e.street);

    if (e.free)
        //: Read aloud: an activity that costs nothing
        parts << tr("It is free.");
    else
        //: Read aloud: %1 is an amount, e.g. "€ 2,50"
        parts << tr("It costs %1.").arg(e.costText);
    if (!e.costNote.isEmpty())
        parts << sentence(e.costNote);
    return parts.join(QLatin1Char(' '));
}

} // namespace Buurtplein
