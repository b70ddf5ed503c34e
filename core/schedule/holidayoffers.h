// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/dutchholidays.h"
#include "schedule/schoolholidays.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Buurtplein {

/**
 * Which holidays a schedule can skip (docs/worker-mode.md, Schedules): the public
 * holidays that fall on one of its sessions, and the school holidays of the worker's
 * region that hold at least one of them, with those sessions' days. Decided without any
 * storage; the schedule editor words them.
 */
namespace HolidayOffers {

struct Offer {
    enum Kind { Public, School };
    Kind kind = Public;
    QString id;             ///< stable: "public:<holiday id>:<date>" or "school:<region>:<first day>"
    QString name;           ///< the holiday's name
    QDate firstDay;
    QDate lastDay;
    QList<QDate> days;      ///< the schedule's session days it would skip
};

/**
 * The offers for a schedule whose sessions fall on @p sessionDays (Amsterdam dates),
 * among @p publicHolidays and the school holidays @p schoolHolidays of @p region, in the
 * order of their first day.
 */
QList<Offer> forSessions(const QList<QDate> &sessionDays, const QList<Holiday> &publicHolidays,
                         const QList<SchoolHoliday> &schoolHolidays, const QString &region);

} // namespace HolidayOffers

} // namespace Buurtplein
