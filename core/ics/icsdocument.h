// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ics/icszones.h"

#include <QDate>
#include <QList>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>
#include <QTime>

Q_DECLARE_LOGGING_CATEGORY(lcIcs)

namespace Buurtplein {

/** A DATE or DATE-TIME value as written in the file, before any time zone is applied. */
struct IcsTime {
    QDate date;
    QTime time;             ///< invalid when isDate
    bool isDate = false;    ///< VALUE=DATE
    bool isUtc = false;     ///< written with a trailing Z
    bool hasTzid = false;   ///< a TZID parameter was present (its value may be empty: "TZID=:")
    QString tzid;
    bool isValid() const { return date.isValid(); }
};

/** A VEVENT with a RECURRENCE-ID: one changed or cancelled instance of a series. */
struct IcsInstance {
    IcsTime recurrenceId;
    IcsTime start;
    IcsTime end;
    qint64 durationSecs = -1; ///< DURATION; -1 when absent
    QString status;           ///< STATUS upper-cased, e.g. CANCELLED; empty when absent
    QString summary;
    QString description;
    int line = 0;             ///< line of its BEGIN:VEVENT
};

/** A master VEVENT with its changed instances grouped under it. */
struct IcsEvent {
    QString uid;
    bool uidDerived = false;  ///< the file had no UID; one was derived from start and title
    QString summary;
    QString description;
    QString location;
    bool hasGeo = false;
    double lat = 0;
    double lon = 0;
    IcsTime start;
    IcsTime end;
    qint64 durationSecs = -1; ///< DURATION; -1 when absent
    QString rrule;            ///< RRULE value without "RRULE:"; empty when none
    QList<IcsTime> rdates;
    QList<IcsTime> exdates;
    QString status;           ///< STATUS upper-cased; empty when absent
    QList<IcsInstance> overrides;
    QString problem;          ///< why this event cannot be used; empty when it can
    int line = 0;             ///< line of its BEGIN:VEVENT
};

/** A whole parsed .ics file. */
struct IcsCalendar {
    QList<IcsEvent> events;
    IcsZones zones;
    QStringList warnings;     ///< repairs made while reading, one sentence each
};

} // namespace Buurtplein
