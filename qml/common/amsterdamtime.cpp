// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/amsterdamtime.h"

#include <QTimeZone>

namespace Buurtplein::AmsterdamTime {

const QTimeZone &zone()
{
    static const QTimeZone amsterdam("Europe/Amsterdam");
    return amsterdam;
}

QDateTime local(qint64 utcSecs)
{
    return QDateTime::fromSecsSinceEpoch(utcSecs, zone());
}

QString timeRange(qint64 startUtc, qint64 endUtc)
{
    const QString format = QStringLiteral("HH:mm");
    return local(startUtc).time().toString(format) + QStringLiteral("–") + local(endUtc).time().toString(format);
}

QDateTime startOfDay(const QDate &day)
{
    return day.startOfDay(zone()).toUTC();
}

} // namespace Buurtplein::AmsterdamTime
