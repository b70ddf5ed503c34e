// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recurrence/zonerules.h"

#include <QMutex>
#include <QString>

#include <memory>

typedef struct icalcomponent_impl icalcomponent;
typedef struct _icaltimezone icaltimezone;

namespace Buurtplein {

/**
 * A time zone defined by a VTIMEZONE in an .ics file (Windows and descriptive TZIDs such
 * as "W. Europe Standard Time" have no IANA name), read through libical's icaltimezone.
 * Wall-clock times become instants through ZoneRules::toUtc, so gaps and folds follow
 * RFC 5545 section 3.3.5 exactly as for IANA zones.
 */
class VTimeZoneRules : public ZoneRules
{
public:
    /** Reads @p vtimezone (copied, not taken); nullptr and @p error when it has no usable observance. */
    static std::shared_ptr<VTimeZoneRules> fromComponent(icalcomponent *vtimezone, const QString &tzid, QString *error);
    /** Reads the first VTIMEZONE of an .ics text. */
    static std::shared_ptr<VTimeZoneRules> fromIcs(const QByteArray &text, QString *error);

    ~VTimeZoneRules() override;
    VTimeZoneRules(const VTimeZoneRules &) = delete;
    VTimeZoneRules &operator=(const VTimeZoneRules &) = delete;

    QString id() const override { return m_id; }
    int offsetAtUtc(qint64 utcSecs) const override;

    /** X-LIC-LOCATION, the IANA zone some producers name; empty when absent. */
    QString location() const { return m_location; }
    /** Empty when every TZOFFSETFROM continues an earlier TZOFFSETTO; else the sentence saying which does not. */
    QString inconsistency() const { return m_inconsistency; }
    /** True when all observances have the same TZOFFSETTO (no daylight saving at all). */
    bool hasConstantOffset() const { return m_constantOffset; }
    /** The TZOFFSETTO of the first observance. */
    int standardOffset() const { return m_firstOffsetTo; }

private:
    VTimeZoneRules() = default;

    QString m_id;
    QString m_location;
    QString m_inconsistency;
    bool m_constantOffset = true;
    int m_firstOffsetTo = 0;
    qint64 m_firstOnsetUtc = 0;     // before the earliest observance, libical guesses; we use its TZOFFSETFROM
    int m_offsetBeforeFirst = 0;
    icaltimezone *m_zone = nullptr;
    mutable QMutex m_mutex;         // libical expands and caches transitions lazily
};

} // namespace Buurtplein
