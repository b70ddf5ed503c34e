// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace Buurtplein {

/** A Dutch public holiday (nationale feestdag). */
struct Holiday {
    QDate date;
    QString id;     ///< stable id, e.g. "koningsdag", "tweede_paasdag"
    QString name;   ///< translated name, e.g. "King's Day"
    bool operator==(const Holiday &o) const { return date == o.date && id == o.id; }
};

/** The Dutch public holidays, computed: they need no data file. */
namespace DutchHolidays {

/** Easter Sunday of @p year in the Gregorian calendar (anonymous computus). */
QDate easterSunday(int year);

/**
 * The public holidays of @p year in date order: New Year's Day, Good Friday, Easter
 * Sunday and Monday, King's Day (27 April, 26 April when the 27th is a Sunday; Queen's
 * Day on 30 or 29 April before 2014), Liberation Day, Ascension Day, Whit Sunday and
 * Monday, Christmas Day and the Second Day of Christmas.
 */
QList<Holiday> publicHolidays(int year);

/** The public holidays from @p from to @p to, both included, in date order. */
QList<Holiday> publicHolidaysBetween(const QDate &from, const QDate &to);

/** The name of the public holiday on @p day; empty when it is none (a school holiday, another day off). */
QString nameOf(const QDate &day);

} // namespace DutchHolidays

} // namespace Buurtplein
