// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recurrence/clock.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace Buurtplein {

/**
 * Notices that the day changed in Amsterdam while the app stays open (a phone left on
 * the table overnight): it looks at its clock every @p checkMs, so a wake from sleep, a
 * DST night or a clock set by hand are noticed within that time too, and says so once
 * per new day. The app then moves the search window and gives every list the new now
 * (AppRoot). The lists keep the moment they were given in between: a person scrolling
 * does not see them jump.
 */
class DayFollower : public QObject
{
    Q_OBJECT

public:
    explicit DayFollower(Clocks::Source clock, int checkMs = 60000, QObject *parent = nullptr);

    /** The Amsterdam day the app now shows. */
    QDate day() const { return m_day; }
    /** Looks at the clock now (the timer does this every checkMs). */
    void check();

Q_SIGNALS:
    /** The day in Amsterdam is no longer day(): @p now is the clock's moment (UTC). */
    void dayChanged(const QDateTime &now);
    /**
     * The UTC day changed (00:00 UTC, an hour or two after Amsterdam's midnight): the
     * search index's window counts in UTC days (SearchIndex::windowFor), so it moves then.
     */
    void indexDayChanged(const QDateTime &now);

private:
    Clocks::Source m_clock;
    QDate m_day;
    QDate m_utcDay;
    QTimer m_timer;
};

} // namespace Buurtplein
