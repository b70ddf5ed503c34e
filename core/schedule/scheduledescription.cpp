// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/schedulepatterns.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace Buurtplein::SchedulePatterns {

namespace {

using Kind = SchedulePattern::Kind;
using End = SchedulePattern::End;

QString longDate(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

QString ordinalWord(int ordinal)
{
    switch (ordinal) {
    //: Schedule description: "Monthly on the first Wednesday"
    case 1: return QCoreApplication::translate("SchedulePatterns", "first");
    //: Schedule description: "Monthly on the second Wednesday"
    case 2: return QCoreApplication::translate("SchedulePatterns", "second");
    //: Schedule description: "Monthly on the third Wednesday"
    case 3: return QCoreApplication::translate("SchedulePatterns", "third");
    //: Schedule description: "Monthly on the fourth Wednesday"
    case 4: return QCoreApplication::translate("SchedulePatterns", "fourth");
    //: Schedule description: "Monthly on the last Wednesday"
    default: return QCoreApplication::translate("SchedulePatterns", "last");
    }
}

QString repetition(const SchedulePattern &p, const QLocale &locale)
{
    switch (p.kind) {
    case Kind::Once:
        //: Schedule description of a single session; %1 is a date such as "1 September 2026".
        return QCoreApplication::translate("SchedulePatterns", "Once, on %1").arg(locale.dayName(p.startDate.dayOfWeek()) + QLatin1Char(' ') + longDate(p.startDate, locale));
    case Kind::Weekly: {
        if (p.interval == 1 && p.weekdays.size() == 7)
            //: Schedule description: a session every day of the week.
            return QCoreApplication::translate("SchedulePatterns", "Every day");
        QStringList days;
        for (Qt::DayOfWeek day : p.weekdays)
            days << locale.dayName(day);
        const QString list = locale.createSeparatedList(days);
        if (p.interval == 1)
            //: Schedule description; %1 is a list of weekdays such as "Tuesday and Thursday".
            return QCoreApplication::translate("SchedulePatterns", "Every %1").arg(list);
        //: Schedule description; %n is the number of weeks (at least 2), %1 a list of weekdays.
        return QCoreApplication::translate("SchedulePatterns", "Every %n weeks on %1", nullptr, p.interval).arg(list);
    }
    case Kind::MonthlyByWeekday:
        if (p.interval == 1)
            //: Schedule description; %1 is "first", "second", ... or "last", %2 a weekday.
            return QCoreApplication::translate("SchedulePatterns", "Monthly on the %1 %2").arg(ordinalWord(p.ordinal), locale.dayName(p.weekday));
        //: Schedule description; %n is the number of months (at least 2), %1 "first" ... "last", %2 a weekday.
        return QCoreApplication::translate("SchedulePatterns", "Every %n months on the %1 %2", nullptr, p.interval).arg(ordinalWord(p.ordinal), locale.dayName(p.weekday));
    case Kind::MonthlyByDay:
        if (p.interval == 1)
            //: Schedule description; %1 is a day of the month, 1 to 31.
            return QCoreApplication::translate("SchedulePatterns", "Monthly on day %1").arg(p.dayOfMonth);
        //: Schedule description; %n is the number of months (at least 2), %1 a day of the month.
        return QCoreApplication::translate("SchedulePatterns", "Every %n months on day %1", nullptr, p.interval).arg(p.dayOfMonth);
    }
    return {};
}

} // namespace

QString describe(const SchedulePattern &pattern, const QLocale &locale, const QDate &today)
{
    const SchedulePattern p = normalised(pattern);
    QStringList parts;
    parts << repetition(p, locale);
    if (p.startTime.isValid()) {
        const QTime end = p.startTime.addSecs(p.durationMinutes * 60);
        //: Schedule description: the start and end time of a session, e.g. "14:00–15:30".
        parts << QCoreApplication::translate("SchedulePatterns", "%1–%2").arg(locale.toString(p.startTime, QLocale::ShortFormat), locale.toString(end, QLocale::ShortFormat));
    }
    if (p.kind != Kind::Once) {
        QString span;
        if (p.startDate.isValid())
            //: Schedule description: the date of the first session.
            span = QCoreApplication::translate("SchedulePatterns", "from %1").arg(longDate(p.startDate, locale));
        if (p.end == End::UntilDate && p.untilDate.isValid())
            //: Schedule description: the last date a session may fall on.
            span += (span.isEmpty() ? QString() : QStringLiteral(" ")) + QCoreApplication::translate("SchedulePatterns", "until %1").arg(longDate(p.untilDate, locale));
        if (!span.isEmpty())
            parts << span;
        if (p.end == End::AfterCount)
            //: Schedule description: the series ends after this many sessions.
            parts << QCoreApplication::translate("SchedulePatterns", "%n session(s)", nullptr, p.count);
    }
    if (!today.isValid()) {
        if (!p.exceptionDays.isEmpty())
            //: Schedule description: the number of whole days (holidays) without a session.
            parts << QCoreApplication::translate("SchedulePatterns", "except on %n day(s)", nullptr, int(p.exceptionDays.size()));
    } else {
        const QDate yearOn = today.addDays(365);
        const auto coming = std::count_if(p.exceptionDays.cbegin(), p.exceptionDays.cend(),
                                          [&](const QDate &day) { return day >= today && day < yearOn; });
        if (coming > 0)
            //: Schedule description: the number of whole days (holidays) without a session in the coming 365 days.
            parts << QCoreApplication::translate("SchedulePatterns", "except on %n day(s) in the coming year", nullptr, int(coming));
    }
    QString text = parts.join(QStringLiteral(", "));
    if (p.kind == Kind::MonthlyByDay && p.dayOfMonth > 28)
        //: Schedule description, after "Monthly on day 31": RFC 5545 skips months without that day.
        text += QStringLiteral(". ") + QCoreApplication::translate("SchedulePatterns", "Months without a day %1 are skipped.").arg(p.dayOfMonth);
    return text;
}

} // namespace Buurtplein::SchedulePatterns
