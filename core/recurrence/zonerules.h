// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QTime>

#include <memory>

namespace Buurtplein {

/**
 * The UTC offsets of one time zone, enough to turn wall-clock times into instants
 * with RFC 5545 section 3.3.5 semantics.
 *
 * Backends: an IANA zone from the system's tz database (fromIana), a fixed offset,
 * and, in core/ics, a VTIMEZONE read by libical.
 */
class ZoneRules
{
public:
    virtual ~ZoneRules() = default;

    /** The zone's identifier (IANA id, "UTC", or the VTIMEZONE's TZID). */
    virtual QString id() const = 0;

    /** Offset from UTC in seconds in force at the instant @p utcSecs (seconds since the epoch). */
    virtual int offsetAtUtc(qint64 utcSecs) const = 0;

    /**
     * The instant (seconds since the epoch) a wall-clock time means in this zone.
     * A time inside a spring-forward gap is read with the offset before the gap
     * (02:30 becomes 03:30 CEST); an ambiguous time in an autumn fold is the first
     * instant (CEST).
     */
    qint64 toUtc(const QDate &date, const QTime &time) const;

    /** The zone Buurtplein's catalogue lives in. */
    static std::shared_ptr<const ZoneRules> amsterdam();
    /** An IANA zone, or nullptr when the system does not know @p ianaId. */
    static std::shared_ptr<const ZoneRules> fromIana(const QString &ianaId);
    /** A zone with one fixed offset (UTC when @p offsetSecs is 0). */
    static std::shared_ptr<const ZoneRules> fixed(int offsetSecs, const QString &id = {});
};

} // namespace Buurtplein
