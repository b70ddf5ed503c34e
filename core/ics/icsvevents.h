// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/ics: reads libical VEVENT components into IcsEvent values.

#include "ics/icsdocument.h"
#include "ics/icslinescanner.h"

#include <libical/ical.h>

#include <QHash>

namespace Buurtplein {

/** An X-LIC-ERROR libical left where it could not read a property. */
struct LibicalError {
    QString property;   ///< the property libical could not read, e.g. "RDATE"
    QString value;      ///< its text, when libical quotes it
    QString message;    ///< libical's own words, first sentence
};
LibicalError describeLibicalError(icalproperty *error);

/** Reads VEVENTs one by one, then groups RECURRENCE-ID instances under their master. */
class IcsVEvents
{
public:
    IcsVEvents(const QList<IcsLine> &lines, IcsCalendar &calendar);
    /** Reads the @p index-th VEVENT of the file. */
    void read(icalcomponent *vevent, int index);
    /** Groups instances under masters; instances without one become a series of their own. */
    void finish();

private:
    struct Pending {
        QString uid;
        IcsInstance instance;
        QString problem;
    };

    IcsTime readTime(icalproperty *p, const icaltimetype &t) const;
    QString lineText(const QString &name, const QString &containing) const;
    QString at(int line, const QString &sentence) const;
    void readErrors(icalcomponent *vevent, int line, IcsEvent &event);

    const QList<IcsLine> &m_lines;
    IcsCalendar &m_calendar;
    QList<int> m_beginLines;
    QHash<QString, int> m_masterIndex;
    QList<Pending> m_pending;
};

} // namespace Buurtplein
