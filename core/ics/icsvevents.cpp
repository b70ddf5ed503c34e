// SPDX-License-Identifier: GPL-3.0-or-later
#include "ics/icsvevents.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSet>
#include <QRegularExpression>

namespace Buurtplein {

namespace {

const QStringList &essentialProperties()
{
    static const QStringList names = {
        QStringLiteral("DTSTART"), QStringLiteral("DTEND"), QStringLiteral("DURATION"),
        QStringLiteral("RRULE"), QStringLiteral("RDATE"), QStringLiteral("EXDATE"),
        QStringLiteral("RECURRENCE-ID"), QStringLiteral("UID"), QStringLiteral("STATUS")};
    return names;
}

QString text(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

qint64 durationOf(const IcsTime &start, const IcsTime &end)
{
    if (!start.isValid() || !end.isValid())
        return -1;
    if (start.isDate)
        return start.date.daysTo(end.date) * 86400;
    return QDateTime(start.date, start.time, Qt::UTC).secsTo(QDateTime(end.date, end.time, Qt::UTC));
}

} // namespace

LibicalError describeLibicalError(icalproperty *error)
{
    static const QRegularExpression propertyRx(QStringLiteral("(?:in|for) ([A-Z0-9-]+) property"));
    const QString message = text(icalproperty_get_xlicerror(error));
    LibicalError e;
    e.property = propertyRx.match(message).captured(1);
    const qsizetype removing = message.indexOf(QLatin1String("Removing entire property:"));
    if (removing >= 0)
        e.value = message.mid(removing + 25).trimmed();
    e.message = message.section(QLatin1Char('.'), 0, 0).trimmed();
    return e;
}

IcsVEvents::IcsVEvents(const QList<IcsLine> &lines, IcsCalendar &calendar)
    : m_lines(lines)
    , m_calendar(calendar)
    , m_beginLines(IcsLineScanner::beginLines(lines, QStringLiteral("VEVENT")))
{
}

QString IcsVEvents::at(int line, const QString &sentence) const
{
    return line > 0 ? QStringLiteral("line %1: %2").arg(line).arg(sentence) : sentence;
}

QString IcsVEvents::lineText(const QString &name, const QString &containing) const
{
    for (const IcsLine &line : m_lines) {
        if (line.name == name && line.text.contains(containing))
            return line.text;
    }
    return {};
}

IcsTime IcsVEvents::readTime(icalproperty *p, const icaltimetype &t) const
{
    IcsTime result;
    if (icaltime_is_null_time(t))
        return result;
    result.date = QDate(t.year, t.month, t.day);
    result.isDate = t.is_date;
    if (!result.isDate)
        result.time = QTime(t.hour, t.minute, t.second);
    result.isUtc = icaltime_is_utc(t);
    if (icalparameter *tz = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER)) {
        result.hasTzid = true;
        result.tzid = text(icalparameter_get_tzid(tz));
    }
    return result;
}

void IcsVEvents::readErrors(icalcomponent *vevent, int line, IcsEvent &event)
{
    static const QRegularExpression dateWithZ(QStringLiteral("^(\\d{8})Z$"));
    for (icalproperty *p = icalcomponent_get_first_property(vevent, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(vevent, ICAL_XLICERROR_PROPERTY)) {
        const LibicalError e = describeLibicalError(p);
        const int at = IcsLineScanner::lineOf(m_lines, e.property, e.value);
        const QRegularExpressionMatch date = dateWithZ.match(e.value);
        if ((e.property == QLatin1String("RDATE") || e.property == QLatin1String("EXDATE")) && date.hasMatch()) {
            IcsTime repaired;
            repaired.date = QDate::fromString(date.captured(1), QStringLiteral("yyyyMMdd"));
            repaired.isDate = true;
            (e.property == QLatin1String("RDATE") ? event.rdates : event.exdates).append(repaired);
            m_calendar.warnings.append(this->at(at, QStringLiteral("%1 '%2' is a date with a UTC mark; read as the date %3.")
                                                        .arg(e.property, e.value, repaired.date.toString(Qt::ISODate))));
        } else if (e.property == QLatin1String("GEO")) {
            // SOGo writes "GEO:52.1\;4.3"; the escape is wrong but the meaning is plain.
            const QString raw = lineText(QStringLiteral("GEO"), {}).section(QLatin1Char(':'), 1).remove(QLatin1Char('\\'));
            bool latOk = false, lonOk = false;
            event.lat = raw.section(QLatin1Char(';'), 0, 0).toDouble(&latOk);
            event.lon = raw.section(QLatin1Char(';'), 1, 1).toDouble(&lonOk);
            event.hasGeo = latOk && lonOk;
            m_calendar.warnings.append(this->at(at, event.hasGeo ? QStringLiteral("GEO '%1' has an escaped ';'; read as %2, %3.").arg(e.value).arg(event.lat).arg(event.lon)
                                                                 : QStringLiteral("GEO '%1' cannot be read and was ignored.").arg(e.value)));
        } else if (essentialProperties().contains(e.property)) {
            event.problem = this->at(at ? at : line, QStringLiteral("%1 '%2' cannot be read (%3).").arg(e.property, e.value, e.message));
        } else {
            m_calendar.warnings.append(this->at(at, QStringLiteral("%1 cannot be read and was ignored (%2).").arg(e.property.isEmpty() ? QStringLiteral("a property") : e.property, e.message)));
        }
    }
    for (icalcomponent *alarm = icalcomponent_get_first_component(vevent, ICAL_VALARM_COMPONENT); alarm;
         alarm = icalcomponent_get_next_component(vevent, ICAL_VALARM_COMPONENT)) {
        for (icalproperty *p = icalcomponent_get_first_property(alarm, ICAL_XLICERROR_PROPERTY); p;
             p = icalcomponent_get_next_property(alarm, ICAL_XLICERROR_PROPERTY)) {
            const LibicalError e = describeLibicalError(p);
            m_calendar.warnings.append(this->at(IcsLineScanner::lineOf(m_lines, e.property, e.value),
                                                QStringLiteral("a reminder's %1 '%2' cannot be read; reminders are not imported anyway.").arg(e.property, e.value)));
        }
    }
}

void IcsVEvents::read(icalcomponent *vevent, int index)
{
    const int line = m_beginLines.value(index);
    IcsEvent event;
    event.line = line;
    readErrors(vevent, line, event);

    IcsTime recurrenceId;
    for (icalproperty *p = icalcomponent_get_first_property(vevent, ICAL_ANY_PROPERTY); p;
         p = icalcomponent_get_next_property(vevent, ICAL_ANY_PROPERTY)) {
        switch (icalproperty_isa(p)) {
        case ICAL_UID_PROPERTY: event.uid = text(icalproperty_get_uid(p)).trimmed(); break;
        case ICAL_SUMMARY_PROPERTY: event.summary = text(icalproperty_get_summary(p)).trimmed(); break;
        case ICAL_DESCRIPTION_PROPERTY: event.description = text(icalproperty_get_description(p)).trimmed(); break;
        case ICAL_LOCATION_PROPERTY: event.location = text(icalproperty_get_location(p)).trimmed(); break;
        case ICAL_GEO_PROPERTY: {
            const icalgeotype geo = icalproperty_get_geo(p);
            event.lat = geo.lat;
            event.lon = geo.lon;
            event.hasGeo = true;
            break;
        }
        case ICAL_DTSTART_PROPERTY: event.start = readTime(p, icalproperty_get_dtstart(p)); break;
        case ICAL_DTEND_PROPERTY: event.end = readTime(p, icalproperty_get_dtend(p)); break;
        case ICAL_DURATION_PROPERTY: event.durationSecs = icaldurationtype_as_int(icalproperty_get_duration(p)); break;
        case ICAL_RRULE_PROPERTY: event.rrule = text(icalproperty_get_value_as_string(p)); break;
        case ICAL_RDATE_PROPERTY: {
            const icaldatetimeperiodtype rdate = icalproperty_get_rdate(p);
            event.rdates.append(readTime(p, icaltime_is_null_time(rdate.time) ? rdate.period.start : rdate.time));
            break;
        }
        case ICAL_EXDATE_PROPERTY: event.exdates.append(readTime(p, icalproperty_get_exdate(p))); break;
        case ICAL_STATUS_PROPERTY: event.status = text(icalproperty_status_to_string(icalproperty_get_status(p))).toUpper(); break;
        case ICAL_RECURRENCEID_PROPERTY: recurrenceId = readTime(p, icalproperty_get_recurrenceid(p)); break;
        default: break;
        }
    }
    if (event.uid.isEmpty()) {
        const QByteArray seed = (lineText(QStringLiteral("DTSTART"), {}) + QLatin1Char('|') + event.summary).toUtf8();
        event.uid = QStringLiteral("derived-") + QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha1).toHex().left(16));
        event.uidDerived = true;
        m_calendar.warnings.append(at(line, QStringLiteral("the event has no UID; it was given '%1', derived from its start and title, so importing the file again updates it.").arg(event.uid)));
    }
    if (!event.start.isValid() && event.problem.isEmpty())
        event.problem = at(line, QStringLiteral("the event has no DTSTART, so it has no time."));

    if (recurrenceId.isValid()) {
        IcsInstance instance;
        instance.recurrenceId = recurrenceId;
        instance.start = event.start;
        instance.end = event.end;
        instance.durationSecs = event.durationSecs;
        instance.status = event.status;
        instance.summary = event.summary;
        instance.description = event.description;
        instance.line = line;
        m_pending.append({event.uid, instance, event.problem});
        return;
    }
    if (m_masterIndex.contains(event.uid)) {
        m_calendar.warnings.append(at(line, QStringLiteral("a second event with UID '%1' was ignored.").arg(event.uid)));
        return;
    }
    m_masterIndex.insert(event.uid, int(m_calendar.events.size()));
    m_calendar.events.append(event);
}

void IcsVEvents::finish()
{
    QSet<QString> synthesised;
    for (const Pending &p : std::as_const(m_pending)) {
        auto it = m_masterIndex.constFind(p.uid);
        if (it == m_masterIndex.constEnd()) {
            // Google writes series whose instances all changed, without the series itself:
            // the first instance's original start becomes the series start, the rest RDATEs.
            IcsEvent master;
            master.uid = p.uid;
            master.summary = p.instance.summary;
            master.description = p.instance.description;
            master.start = p.instance.recurrenceId;
            master.durationSecs = p.instance.durationSecs >= 0 ? p.instance.durationSecs : durationOf(p.instance.start, p.instance.end);
            master.line = p.instance.line;
            m_calendar.warnings.append(at(p.instance.line, QStringLiteral("UID '%1' has changed instances (RECURRENCE-ID) but no main event; its instances were read as one series.").arg(p.uid)));
            it = m_masterIndex.insert(p.uid, int(m_calendar.events.size()));
            m_calendar.events.append(master);
            synthesised.insert(p.uid);
        } else if (synthesised.contains(p.uid)) {
            m_calendar.events[*it].rdates.append(p.instance.recurrenceId);
        }
        IcsEvent &master = m_calendar.events[*it];
        if (!p.problem.isEmpty() && master.problem.isEmpty())
            master.problem = QStringLiteral("%1 (in a changed instance of this event)").arg(p.problem);
        master.overrides.append(p.instance);
    }
}

} // namespace Buurtplein
