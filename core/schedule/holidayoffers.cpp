// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/holidayoffers.h"

#include <QSet>

#include <algorithm>

namespace Buurtplein::HolidayOffers {

QList<Offer> forSessions(const QList<QDate> &sessionDays, const QList<Holiday> &publicHolidays,
                         const QList<SchoolHoliday> &schoolHolidays, const QString &region)
{
    QList<Offer> offers;
    if (sessionDays.isEmpty())
        return offers;
    const QSet<QDate> sessions(sessionDays.cbegin(), sessionDays.cend());
    for (const Holiday &h : publicHolidays) {
        if (!sessions.contains(h.date))
            continue;
        offers.append({Offer::Public, QStringLiteral("public:%1:%2").arg(h.id, h.date.toString(Qt::ISODate)), h.name, h.date,
                       h.date, {h.date}});
    }
    for (const SchoolHoliday &h : schoolHolidays) {
        QList<QDate> days;
        for (const QDate &day : sessionDays) {
            if (day >= h.firstDay && day <= h.lastDay)
                days.append(day);
        }
        if (days.isEmpty())
            continue;
        offers.append({Offer::School, QStringLiteral("school:%1:%2").arg(region, h.firstDay.toString(Qt::ISODate)), h.name,
                       h.firstDay, h.lastDay, days});
    }
    std::stable_sort(offers.begin(), offers.end(), [](const Offer &a, const Offer &b) { return a.days.first() < b.days.first(); });
    return offers;
}

} // namespace Buurtplein::HolidayOffers
