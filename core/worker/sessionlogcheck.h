// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "worker/sessionlog.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Buurtplein {

/** What a session log may contain, decided without any storage (issue 4, point 5). */
namespace SessionLogCheck {

/** Counts above this are taken for a typo rather than a session. */
constexpr int MaxCount = 10000;

/** One thing wrong with a log: the SessionLog member it is about and a sentence for the social worker. */
struct Problem {
    QString field;
    QString message;
};

/** Everything wrong with @p log, most basic first; empty when it may be stored. */
QList<Problem> validate(const SessionLog &log);

/**
 * When a session may be logged: once it has started (@p sessionStart, UTC, against
 * @p now) and for @p windowWeeks weeks after; a @p cancelled session only as not held.
 * The store refuses what this finds, and the log form says it before anything is filled in.
 */
QList<Problem> timing(const QDateTime &sessionStart, bool cancelled, bool held, const QDateTime &now, int windowWeeks);

} // namespace SessionLogCheck

} // namespace Buurtplein
