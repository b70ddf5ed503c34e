// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

// Where "now" comes from. The app, buurtplein-cli and buurtplein-hub read the time only
// through a Clocks::Source, so that `--now` (screenshots, demos, tests) moves all of them at once.
namespace Buurtplein::Clocks {

/** The current moment in UTC. */
using Source = std::function<QDateTime()>;

/** The system's clock, in UTC. */
QDateTime system();

/** A clock that reads @p start now and runs on with the system clock from there (what --now means). */
Source startingAt(const QDateTime &start);

/** @p clock, or the system clock when @p clock is empty. */
Source orSystem(Source clock);

/** An ISO 8601 moment with an offset or Z ("2026-11-23T09:00:00+01:00"); invalid when it is not one. */
QDateTime parseMoment(const QString &text);

/**
 * Takes "--now T" out of a command line's @p args; *@p clock then starts at T. Without
 * --now, nothing changes. False, with @p error, when T is no moment or --now comes twice.
 */
bool takeNowOption(QStringList *args, Source *clock, QString *error);

} // namespace Buurtplein::Clocks
