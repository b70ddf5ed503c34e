// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one "now" of the tests (docs/testing.md): what a test asserts never depends on the
// day it runs. Code under test takes this moment as its clock (AppRootOptions::now,
// a WorkerStore or SyncEngine clock, a date argument), and every buurtplein-hub and
// buurtplein-cli process a test starts gets it as --now.

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

namespace Buurtplein::TestClock {

/** Monday 23 November 2026, 09:00 in Amsterdam: a week of the demo neighbourhood with a cancelled session in it. */
inline QDateTime now()
{
    return QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);
}

/** The date of now() in Amsterdam. */
inline QDate today()
{
    return now().toTimeZone(QTimeZone("Europe/Amsterdam")).date();
}

/** now() as seconds since the epoch, for the stores that count in seconds. */
inline qint64 nowSecs()
{
    return now().toSecsSinceEpoch();
}

/** "--now 2026-11-23T08:00:00Z": the clock of a buurtplein-hub or buurtplein-cli a test starts. */
inline QStringList arguments()
{
    return {QStringLiteral("--now"), now().toString(Qt::ISODate)};
}

} // namespace Buurtplein::TestClock
