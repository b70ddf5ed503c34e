// SPDX-License-Identifier: GPL-3.0-or-later
#include "dayfollower.h"

#include "amsterdamtime.h"

namespace Buurtplein {

namespace {
QDate amsterdamDay(const QDateTime &moment)
{
    return moment.toTimeZone(AmsterdamTime::zone()).date();
}
} // namespace

DayFollower::DayFollower(Clocks::Source clock, int checkMs, QObject *parent)
    : QObject(parent)
    , m_clock(Clocks::orSystem(std::move(clock)))
    , m_day(amsterdamDay(m_clock()))
    , m_utcDay(m_clock().toUTC().date())
{
    // A coarse timer: a little late at midnight is fine, and it costs nothing in between.
    m_timer.setTimerType(Qt::CoarseTimer);
    m_timer.setInterval(checkMs);
    connect(&m_timer, &QTimer::timeout, this, &DayFollower::check);
    m_timer.start();
}

void DayFollower::check()
{
    const QDateTime now = m_clock();
    const QDate day = amsterdamDay(now);
    const QDate utcDay = now.toUTC().date();
    if (day != m_day) {
        m_day = day;
        Q_EMIT dayChanged(now);
    }
    if (utcDay != m_utcDay) {
        m_utcDay = utcDay;
        Q_EMIT indexDayChanged(now);
    }
}

} // namespace Buurtplein
