// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

namespace Buurtplein {

/**
 * The few sentences the "Read aloud" button speaks for an activity: what, when, where and
 * what it costs, in the UI language, worded to be heard rather than read (no dashes or
 * abbreviations, "today" and "tomorrow" for the nearest days). A pure function of its
 * input so that every wording is tested without a voice.
 */
class ReadAloudText
{
    Q_DECLARE_TR_FUNCTIONS(Buurtplein::ReadAloudText)

public:
    /** One coming date of the activity, in Amsterdam's local time. */
    struct Session {
        QDateTime start;
        QDateTime end;
        bool cancelled = false;
    };

    /** What is read: the texts as the activity page shows them. */
    struct Essentials {
        QString title;              ///< in the language it is shown in
        QList<Session> sessions;    ///< the next ones, earliest first
        QString placeName;          ///< empty: the activity has no fixed place
        QString street;             ///< street and number (may be empty)
        bool free = true;
        QString costText;           ///< the amount as shown, e.g. "€ 2,50"
        QString costNote;
    };

    /**
     * The text to speak, in the current translator's language; dates and times in
     * @p locale. A cancelled next date says so, then names the next one that does take place.
     */
    static QString compose(const Essentials &essentials, const QLocale &locale, const QDate &today);

    /** "today", "tomorrow" or the weekday and date, e.g. "Thursday 26 November". */
    static QString dayPhrase(const QDate &day, const QLocale &locale, const QDate &today);
};

} // namespace Buurtplein
