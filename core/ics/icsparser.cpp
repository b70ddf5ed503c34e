// SPDX-License-Identifier: GPL-3.0-or-later
#include "ics/icsparser.h"
#include "ics/icslinescanner.h"
#include "ics/icsvevents.h"
#include "ics/vtimezonerules.h"

#include <libical/ical.h>

#include <QFile>

#include <memory>

Q_LOGGING_CATEGORY(lcIcs, "buurtplein.ics", QtInfoMsg)

namespace Buurtplein::IcsParser {

namespace {

struct ComponentDeleter {
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};

// Reads the VTIMEZONEs. An Exchange 2010 VTIMEZONE with "TZID:" (empty) loses its TZID in
// libical with an X-LIC-ERROR; it is what "DTSTART;TZID=:..." refers to, so it is kept under "".
void readZones(icalcomponent *root, IcsCalendar &calendar)
{
    for (icalcomponent *vtz = icalcomponent_get_first_component(root, ICAL_VTIMEZONE_COMPONENT); vtz;
         vtz = icalcomponent_get_next_component(root, ICAL_VTIMEZONE_COMPONENT)) {
        QString tzid;
        if (icalproperty *p = icalcomponent_get_first_property(vtz, ICAL_TZID_PROPERTY)) {
            tzid = QString::fromUtf8(icalproperty_get_tzid(p));
        } else if (icalcomponent_get_first_component(vtz, ICAL_ANY_COMPONENT)) {
            calendar.warnings.append(QStringLiteral("A VTIMEZONE has an empty TZID; it is used for times written with 'TZID=:'."));
        } else {
            calendar.warnings.append(QStringLiteral("An empty VTIMEZONE without TZID was ignored."));
            continue;
        }
        QString error;
        if (auto rules = VTimeZoneRules::fromComponent(vtz, tzid, &error))
            calendar.zones.add(tzid, std::move(rules));
        else
            calendar.zones.addBroken(tzid, error);
    }
}

} // namespace

IcsParseResult parse(const QByteArray &data)
{
    IcsParseResult result;
    const IcsLineScanner::Result scan = IcsLineScanner::scan(data);
    if (!scan.ok) {
        result.error = scan.error;
        return result;
    }
    std::unique_ptr<icalcomponent, ComponentDeleter> root(icalparser_parse_string(scan.content.constData()));
    icalcomponent *calendar = root.get();
    if (calendar && icalcomponent_isa(calendar) != ICAL_VCALENDAR_COMPONENT)
        calendar = icalcomponent_get_first_component(calendar, ICAL_VCALENDAR_COMPONENT);
    if (!calendar) {
        result.error = QStringLiteral("The file could not be read as an iCalendar (VCALENDAR).");
        return result;
    }
    qCDebug(lcIcs) << "libical reported" << icalcomponent_count_errors(calendar) << "errors";

    readZones(calendar, result.calendar);

    IcsVEvents reader(scan.lines, result.calendar);
    int index = 0;
    for (icalcomponent *c = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); c;
         c = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT))
        reader.read(c, index++);
    reader.finish();

    // Errors outside events: reminders and zones we do not need, or zones already handled above.
    for (icalcomponent *c = icalcomponent_get_first_component(calendar, ICAL_ANY_COMPONENT); c;
         c = icalcomponent_get_next_component(calendar, ICAL_ANY_COMPONENT)) {
        if (icalcomponent_isa(c) == ICAL_VEVENT_COMPONENT)
            continue;
        for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
             p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY)) {
            const LibicalError e = describeLibicalError(p);
            if (e.property != QLatin1String("TZID"))
                result.calendar.warnings.append(QStringLiteral("%1 in %2 was ignored (%3).")
                                                    .arg(e.property, QString::fromUtf8(icalcomponent_kind_to_string(icalcomponent_isa(c))), e.message));
        }
    }
    result.calendar.warnings.removeDuplicates();
    result.ok = true;
    return result;
}

IcsParseResult parseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        IcsParseResult result;
        result.error = QStringLiteral("Cannot open %1: %2").arg(path, file.errorString());
        return result;
    }
    return parse(file.readAll());
}

} // namespace Buurtplein::IcsParser
