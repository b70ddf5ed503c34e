// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recurrence/zonerules.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

namespace Buurtplein {

class VTimeZoneRules;

/** The time zone one TZID (or Z, or no TZID) stands for. */
struct IcsZone {
    std::shared_ptr<const ZoneRules> rules; ///< nullptr when the zone cannot be used (see error)
    QString ianaId;             ///< set when rules are an IANA zone ("UTC" for times written with Z)
    QStringList ianaCandidates; ///< for a zone known only from its VTIMEZONE: IANA zones that may match, best first
    QString note;               ///< a repair worth reporting, e.g. a Windows name mapped to an IANA zone
    QString error;              ///< why the zone cannot be used
};

/**
 * The time zones of one .ics file. An IANA TZID uses the system's tz database; any other
 * TZID (Windows "W. Europe Standard Time", Outlook "Canberra, Melbourne, Sydney", the
 * empty TZID of Exchange 2010) uses the file's VTIMEZONE; a missing or inconsistent
 * VTIMEZONE falls back to the IANA zone a Windows name maps to, or is refused.
 */
class IcsZones
{
public:
    /** Registers the VTIMEZONE with @p tzid. */
    void add(const QString &tzid, std::shared_ptr<const VTimeZoneRules> rules);
    /** Records that the VTIMEZONE with @p tzid cannot be read, and why. */
    void addBroken(const QString &tzid, const QString &problem);

    /** The zone of a DATE-TIME written with TZID=@p tzid. */
    IcsZone resolve(const QString &tzid) const;
    /** Times written with Z. */
    static IcsZone utc();
    /** Floating times and dates: Buurtplein's own zone, Europe/Amsterdam. */
    static IcsZone floating();

    /** IANA zones that may be what a VTIMEZONE-only zone means, best first (pure; exposed for tests). */
    static QStringList ianaCandidates(const QString &tzid, const VTimeZoneRules &rules);

private:
    QHash<QString, std::shared_ptr<const VTimeZoneRules>> m_defined;
    QHash<QString, QString> m_broken;
};

} // namespace Buurtplein
