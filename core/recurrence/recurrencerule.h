// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace Buurtplein {

/** A BYDAY entry such as MO, 2TU or -1FR. ordinal 0 means every such weekday. */
struct WeekdayNum {
    int ordinal = 0;
    Qt::DayOfWeek day = Qt::Monday;
    bool operator==(const WeekdayNum &o) const { return ordinal == o.ordinal && day == o.day; }
};

/** A parsed RFC 5545 RRULE value (section 3.3.10). */
struct RecurrenceRule {
    enum class Frequency { Secondly, Minutely, Hourly, Daily, Weekly, Monthly, Yearly };

    Frequency frequency = Frequency::Weekly;
    int interval = 1;
    int count = 0;                  ///< 0: no COUNT
    /** UNTIL, inclusive. A date-only UNTIL has untilIsDate; a UTC UNTIL has untilIsUtc. */
    std::optional<QDate> untilDate;
    QTime untilTime;
    bool untilIsDate = false;
    bool untilIsUtc = false;
    QList<WeekdayNum> byDay;
    QList<int> byMonthDay;          ///< 1..31 and -31..-1
    QList<int> byYearDay;
    QList<int> byWeekNo;
    QList<int> byMonth;             ///< 1..12
    QList<int> byHour;
    QList<int> byMinute;
    QList<int> bySecond;
    QList<int> bySetPos;
    Qt::DayOfWeek weekStart = Qt::Monday;

    /**
     * Parses an RRULE value ("FREQ=WEEKLY;BYDAY=TU,TH"), tolerating what real producers
     * write (spaces after commas, lower case). Returns std::nullopt and sets @p error to a
     * sentence a data steward understands when the rule is invalid.
     */
    static std::optional<RecurrenceRule> parse(const QString &value, QString *error = nullptr);

    /** The canonical RRULE value, parse(toString()) == *this. */
    QString toString() const;

    bool operator==(const RecurrenceRule &o) const;
};

} // namespace Buurtplein
