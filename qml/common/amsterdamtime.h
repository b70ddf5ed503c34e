// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Buurtplein::AmsterdamTime {

/** Europe/Amsterdam, the zone every Dutch activity runs in. */
const QTimeZone &zone();

/** @p utcSecs as a wall-clock time in Amsterdam. */
QDateTime local(qint64 utcSecs);

/** "10:00–12:00"; Dutch clocks are 24-hour whatever the system locale. */
QString timeRange(qint64 startUtc, qint64 endUtc);

/** The start of @p day (00:00 in Amsterdam), as a UTC time. */
QDateTime startOfDay(const QDate &day);

} // namespace Buurtplein::AmsterdamTime
