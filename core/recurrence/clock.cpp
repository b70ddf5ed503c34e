// SPDX-License-Identifier: GPL-3.0-or-later
#include "recurrence/clock.h"

namespace Buurtplein::Clocks {

QDateTime system()
{
    return QDateTime::currentDateTimeUtc();
}

Source startingAt(const QDateTime &start)
{
    if (!start.isValid())
        return system;
    const qint64 offset = system().msecsTo(start);
    return [offset] { return system().addMSecs(offset); };
}

Source orSystem(Source clock)
{
    return clock ? std::move(clock) : Source(system);
}

QDateTime parseMoment(const QString &text)
{
    const QDateTime moment = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    // A time without an offset would be read in whatever zone the machine is set to.
    if (!moment.isValid() || moment.timeSpec() == Qt::LocalTime)
        return {};
    return moment.toUTC();
}

bool takeNowOption(QStringList *args, Source *clock, QString *error)
{
    const qsizetype at = args->indexOf(QStringLiteral("--now"));
    if (at < 0)
        return true;
    const QDateTime start = parseMoment(args->value(at + 1));
    if (!start.isValid() || args->indexOf(QStringLiteral("--now"), at + 1) >= 0) {
        *error = QStringLiteral("--now needs one ISO 8601 time with an offset, e.g. 2026-11-23T09:00:00+01:00.");
        return false;
    }
    args->remove(at, 2);
    *clock = startingAt(start);
    return true;
}

} // namespace Buurtplein::Clocks
