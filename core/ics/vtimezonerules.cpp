// SPDX-License-Identifier: GPL-3.0-or-later
#include "ics/vtimezonerules.h"

#include <libical/ical.h>

#include <QDateTime>
#include <QSet>

#include <limits>

namespace Buurtplein {

namespace {

struct Observance {
    qint64 onsetLocal = 0;  // DTSTART read as if it were UTC
    int from = 0;
    int to = 0;
};

qint64 asUtcSeconds(const icaltimetype &t)
{
    return QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second), Qt::UTC).toSecsSinceEpoch();
}

QString formatOffset(int secs)
{
    const QChar sign = secs < 0 ? QLatin1Char('-') : QLatin1Char('+');
    secs = std::abs(secs);
    return QStringLiteral("%1%2%3").arg(sign).arg(secs / 3600, 2, 10, QLatin1Char('0')).arg(secs / 60 % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

std::shared_ptr<VTimeZoneRules> VTimeZoneRules::fromComponent(icalcomponent *vtimezone, const QString &tzid, QString *error)
{
    QList<Observance> observances;
    for (icalcomponent *c = icalcomponent_get_first_component(vtimezone, ICAL_ANY_COMPONENT); c;
         c = icalcomponent_get_next_component(vtimezone, ICAL_ANY_COMPONENT)) {
        const icalcomponent_kind kind = icalcomponent_isa(c);
        if (kind != ICAL_XSTANDARD_COMPONENT && kind != ICAL_XDAYLIGHT_COMPONENT)
            continue;
        icalproperty *start = icalcomponent_get_first_property(c, ICAL_DTSTART_PROPERTY);
        icalproperty *from = icalcomponent_get_first_property(c, ICAL_TZOFFSETFROM_PROPERTY);
        icalproperty *to = icalcomponent_get_first_property(c, ICAL_TZOFFSETTO_PROPERTY);
        if (!start || !from || !to) {
            *error = QStringLiteral("time zone '%1' has an observance without DTSTART, TZOFFSETFROM or TZOFFSETTO.").arg(tzid);
            return nullptr;
        }
        observances.append({asUtcSeconds(icalproperty_get_dtstart(start)),
                            icalproperty_get_tzoffsetfrom(from), icalproperty_get_tzoffsetto(to)});
    }
    if (observances.isEmpty()) {
        *error = QStringLiteral("time zone '%1' has no STANDARD or DAYLIGHT part.").arg(tzid);
        return nullptr;
    }

    std::shared_ptr<VTimeZoneRules> rules(new VTimeZoneRules);
    rules->m_id = tzid;
    for (icalproperty *x = icalcomponent_get_first_property(vtimezone, ICAL_X_PROPERTY); x;
         x = icalcomponent_get_next_property(vtimezone, ICAL_X_PROPERTY)) {
        if (qstricmp(icalproperty_get_x_name(x), "X-LIC-LOCATION") == 0)
            rules->m_location = QString::fromUtf8(icalproperty_get_value_as_string(x)).trimmed();
    }

    std::stable_sort(observances.begin(), observances.end(),
                     [](const Observance &a, const Observance &b) { return a.onsetLocal < b.onsetLocal; });
    QSet<int> offsetsTo;
    for (const Observance &o : std::as_const(observances))
        offsetsTo.insert(o.to);
    const Observance &first = observances.first();
    rules->m_firstOffsetTo = first.to;
    rules->m_constantOffset = offsetsTo.size() == 1;
    rules->m_offsetBeforeFirst = first.from;
    rules->m_firstOnsetUtc = first.onsetLocal - first.from;
    for (const Observance &o : std::as_const(observances)) {
        if (o.onsetLocal != first.onsetLocal && !offsetsTo.contains(o.from)) {
            rules->m_inconsistency = QStringLiteral("time zone '%1' changes from %2, an offset it never has.")
                                         .arg(tzid, formatOffset(o.from));
            break;
        }
    }

    // icaltimezone_set_component needs a TZID; an Exchange VTIMEZONE may have an empty one.
    icalcomponent *copy = icalcomponent_new_clone(vtimezone);
    if (!icalcomponent_get_first_property(copy, ICAL_TZID_PROPERTY))
        icalcomponent_add_property(copy, icalproperty_new_tzid(tzid.isEmpty() ? "(empty)" : tzid.toUtf8().constData()));
    rules->m_zone = icaltimezone_new();
    if (!icaltimezone_set_component(rules->m_zone, copy)) {
        icalcomponent_free(copy);
        *error = QStringLiteral("time zone '%1' could not be read.").arg(tzid);
        return nullptr;
    }
    return rules;
}

std::shared_ptr<VTimeZoneRules> VTimeZoneRules::fromIcs(const QByteArray &text, QString *error)
{
    icalcomponent *root = icalparser_parse_string(text.constData());
    if (!root) {
        *error = QStringLiteral("the text is not iCalendar data.");
        return nullptr;
    }
    icalcomponent *vtz = icalcomponent_isa(root) == ICAL_VTIMEZONE_COMPONENT
        ? root : icalcomponent_get_first_component(root, ICAL_VTIMEZONE_COMPONENT);
    std::shared_ptr<VTimeZoneRules> rules;
    if (!vtz) {
        *error = QStringLiteral("the text has no VTIMEZONE.");
    } else {
        icalproperty *tzid = icalcomponent_get_first_property(vtz, ICAL_TZID_PROPERTY);
        rules = fromComponent(vtz, tzid ? QString::fromUtf8(icalproperty_get_tzid(tzid)) : QString(), error);
    }
    icalcomponent_free(root);
    return rules;
}

VTimeZoneRules::~VTimeZoneRules()
{
    if (m_zone)
        icaltimezone_free(m_zone, 1);
}

int VTimeZoneRules::offsetAtUtc(qint64 utcSecs) const
{
    if (utcSecs < m_firstOnsetUtc)
        return m_offsetBeforeFirst;
    QMutexLocker lock(&m_mutex);
    icaltimetype t = icaltime_from_timet_with_zone(time_t(utcSecs), 0, icaltimezone_get_utc_timezone());
    int isDaylight = 0;
    return icaltimezone_get_utc_offset_of_utc_time(m_zone, &t, &isDaylight);
}

} // namespace Buurtplein
