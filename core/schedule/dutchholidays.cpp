// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/dutchholidays.h"

#include <QCoreApplication>

#include <algorithm>

namespace Buurtplein::DutchHolidays {

namespace {

QDate kingsDay(int year)
{
    // Koningsdag since 2014, Koninginnedag before; both move back a day from a Sunday.
    const QDate day(year, 4, year >= 2014 ? 27 : 30);
    return day.dayOfWeek() == Qt::Sunday ? day.addDays(-1) : day;
}

} // namespace

QDate easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<Holiday> publicHolidays(int year)
{
    if (year < 1583)
        return {}; // Before the Gregorian calendar the computus above means nothing.
    const QDate easter = easterSunday(year);
    const QString kingsDayName = year >= 2014
        //: Dutch public holiday Koningsdag, 27 April (26 April when the 27th is a Sunday).
        ? QCoreApplication::translate("DutchHolidays", "King's Day")
        //: Dutch public holiday Koninginnedag, the name of Koningsdag before 2014.
        : QCoreApplication::translate("DutchHolidays", "Queen's Day");
    QList<Holiday> days = {
        //: Dutch public holiday Nieuwjaarsdag, 1 January.
        {QDate(year, 1, 1), QStringLiteral("nieuwjaarsdag"), QCoreApplication::translate("DutchHolidays", "New Year's Day")},
        //: Dutch public holiday Goede Vrijdag.
        {easter.addDays(-2), QStringLiteral("goede_vrijdag"), QCoreApplication::translate("DutchHolidays", "Good Friday")},
        //: Dutch public holiday Eerste Paasdag.
        {easter, QStringLiteral("eerste_paasdag"), QCoreApplication::translate("DutchHolidays", "Easter Sunday")},
        //: Dutch public holiday Tweede Paasdag.
        {easter.addDays(1), QStringLiteral("tweede_paasdag"), QCoreApplication::translate("DutchHolidays", "Easter Monday")},
        {kingsDay(year), QStringLiteral("koningsdag"), kingsDayName},
        //: Dutch public holiday Bevrijdingsdag, 5 May.
        {QDate(year, 5, 5), QStringLiteral("bevrijdingsdag"), QCoreApplication::translate("DutchHolidays", "Liberation Day")},
        //: Dutch public holiday Hemelvaartsdag.
        {easter.addDays(39), QStringLiteral("hemelvaartsdag"), QCoreApplication::translate("DutchHolidays", "Ascension Day")},
        //: Dutch public holiday Eerste Pinksterdag.
        {easter.addDays(49), QStringLiteral("eerste_pinksterdag"), QCoreApplication::translate("DutchHolidays", "Whit Sunday")},
        //: Dutch public holiday Tweede Pinksterdag.
        {easter.addDays(50), QStringLiteral("tweede_pinksterdag"), QCoreApplication::translate("DutchHolidays", "Whit Monday")},
        //: Dutch public holiday Eerste Kerstdag, 25 December.
        {QDate(year, 12, 25), QStringLiteral("eerste_kerstdag"), QCoreApplication::translate("DutchHolidays", "Christmas Day")},
        //: Dutch public holiday Tweede Kerstdag, 26 December.
        {QDate(year, 12, 26), QStringLiteral("tweede_kerstdag"), QCoreApplication::translate("DutchHolidays", "Second Day of Christmas")},
    };
    std::stable_sort(days.begin(), days.end(), [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    return days;
}

QList<Holiday> publicHolidaysBetween(const QDate &from, const QDate &to)
{
    QList<Holiday> found;
    if (!from.isValid() || !to.isValid())
        return found;
    for (int year = from.year(); year <= to.year(); ++year) {
        for (const Holiday &h : publicHolidays(year)) {
            if (h.date >= from && h.date <= to)
                found.append(h);
        }
    }
    return found;
}

QString nameOf(const QDate &day)
{
    const QList<Holiday> holiday = publicHolidaysBetween(day, day);
    return holiday.isEmpty() ? QString() : holiday.first().name;
}

} // namespace Buurtplein::DutchHolidays
