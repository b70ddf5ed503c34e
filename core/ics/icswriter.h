// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recurrence/occurrenceexpander.h"

#include <QByteArray>
#include <QHash>
#include <QPair>
#include <QStringList>

namespace Buurtplein {

/** Collects the lines of a VCALENDAR and adds the VTIMEZONEs its times need. */
class IcsWriter
{
public:
    /** Appends one unfolded content line. */
    void add(const QString &line);
    /** Appends "NAME;TZID=zone:local", "NAME:...Z" or "NAME;VALUE=DATE:date" for @p utc in @p set's zone. */
    void addTime(const QString &name, const RecurrenceSet &set, qint64 utc);
    /** Names the calendar (NAME of RFC 7986 and the widely read X-WR-CALNAME). */
    void setName(const QString &name) { m_name = name; }
    /** The whole calendar, folded, CRLF. */
    QByteArray calendar() const;

    /** "20260329T013000Z". */
    static QString utcText(qint64 utc);
    /** A VTIMEZONE for the IANA zone @p ianaId covering [fromUtc, toUtc) (pure; exposed for tests). */
    static QStringList vtimezone(const QString &ianaId, qint64 fromUtc, qint64 toUtc);

private:
    QStringList m_body;
    QString m_name;
    QHash<QString, QPair<qint64, qint64>> m_zones; // id -> first and last instant written in it
};

} // namespace Buurtplein
