// SPDX-License-Identifier: GPL-3.0-or-later
#include "ics/icswriter.h"
#include "ics/icsfolding.h"

#include <QDateTime>
#include <QMap>
#include <QTimeZone>

namespace Buurtplein {

namespace {

QString localText(qint64 utc, int offset)
{
    return QDateTime::fromSecsSinceEpoch(utc + offset, Qt::UTC).toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
}

QString offsetText(int secs)
{
    const QChar sign = secs < 0 ? QLatin1Char('-') : QLatin1Char('+');
    secs = std::abs(secs);
    QString text = QStringLiteral("%1%2%3").arg(sign).arg(secs / 3600, 2, 10, QLatin1Char('0')).arg(secs / 60 % 60, 2, 10, QLatin1Char('0'));
    if (secs % 60)
        text += QStringLiteral("%1").arg(secs % 60, 2, 10, QLatin1Char('0'));
    return text;
}

// The definition most producers write; Buurtplein's sessions are all after 1996.
QStringList amsterdam()
{
    return {QStringLiteral("BEGIN:VTIMEZONE"), QStringLiteral("TZID:Europe/Amsterdam"),
            QStringLiteral("X-LIC-LOCATION:Europe/Amsterdam"),
            QStringLiteral("BEGIN:DAYLIGHT"), QStringLiteral("TZNAME:CEST"), QStringLiteral("TZOFFSETFROM:+0100"),
            QStringLiteral("TZOFFSETTO:+0200"), QStringLiteral("DTSTART:19700329T020000"),
            QStringLiteral("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"), QStringLiteral("END:DAYLIGHT"),
            QStringLiteral("BEGIN:STANDARD"), QStringLiteral("TZNAME:CET"), QStringLiteral("TZOFFSETFROM:+0200"),
            QStringLiteral("TZOFFSETTO:+0100"), QStringLiteral("DTSTART:19701025T030000"),
            QStringLiteral("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"), QStringLiteral("END:STANDARD"),
            QStringLiteral("END:VTIMEZONE")};
}

bool isUtc(const QString &id)
{
    return id == QLatin1String("UTC") || id == QLatin1String("Etc/UTC");
}

} // namespace

void IcsWriter::add(const QString &line)
{
    m_body.append(line);
}

QString IcsWriter::utcText(qint64 utc)
{
    return localText(utc, 0) + QLatin1Char('Z');
}

void IcsWriter::addTime(const QString &name, const RecurrenceSet &set, qint64 utc)
{
    const int offset = set.zone->offsetAtUtc(utc);
    if (set.allDay) {
        add(QStringLiteral("%1;VALUE=DATE:%2").arg(name, localText(utc, offset).left(8)));
        return;
    }
    const QString id = set.zone->id();
    if (isUtc(id)) {
        add(QStringLiteral("%1:%2").arg(name, utcText(utc)));
        return;
    }
    auto range = m_zones.find(id);
    if (range == m_zones.end())
        range = m_zones.insert(id, {utc, utc});
    range->first = std::min(range->first, utc);
    range->second = std::max(range->second, utc);
    add(QStringLiteral("%1;TZID=%2:%3").arg(name, id, localText(utc, offset)));
}

QStringList IcsWriter::vtimezone(const QString &ianaId, qint64 fromUtc, qint64 toUtc)
{
    if (ianaId == QLatin1String("Europe/Amsterdam"))
        return amsterdam();
    const QTimeZone zone(ianaId.toUtf8());
    QStringList lines = {QStringLiteral("BEGIN:VTIMEZONE"), QStringLiteral("TZID:") + ianaId};
    // One observance per kind of change, its later occurrences as RDATEs.
    struct Observance { bool daylight; int from; int to; QString name; QStringList starts; };
    QMap<QString, Observance> observances;
    const auto transitions = zone.transitions(QDateTime::fromSecsSinceEpoch(fromUtc, Qt::UTC),
                                              QDateTime::fromSecsSinceEpoch(toUtc, Qt::UTC));
    for (const QTimeZone::OffsetData &t : transitions) {
        const qint64 at = t.atUtc.toSecsSinceEpoch();
        const int from = zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(at - 1, Qt::UTC));
        const QString key = QStringLiteral("%1|%2|%3|%4").arg(t.daylightTimeOffset != 0).arg(from).arg(t.offsetFromUtc).arg(t.abbreviation);
        Observance &o = observances[key];
        o.daylight = t.daylightTimeOffset != 0;
        o.from = from;
        o.to = t.offsetFromUtc;
        o.name = t.abbreviation;
        o.starts.append(localText(at, from));
    }
    if (observances.isEmpty()) {
        const int offset = zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(fromUtc, Qt::UTC));
        observances.insert(QString(), {false, offset, offset, zone.abbreviation(QDateTime::fromSecsSinceEpoch(fromUtc, Qt::UTC)),
                                       {localText(std::min<qint64>(fromUtc, 0), offset)}});
    }
    for (const Observance &o : std::as_const(observances)) {
        const QString kind = o.daylight ? QStringLiteral("DAYLIGHT") : QStringLiteral("STANDARD");
        lines << QStringLiteral("BEGIN:") + kind << QStringLiteral("TZNAME:") + o.name
              << QStringLiteral("TZOFFSETFROM:") + offsetText(o.from) << QStringLiteral("TZOFFSETTO:") + offsetText(o.to)
              << QStringLiteral("DTSTART:") + o.starts.first();
        for (qsizetype i = 1; i < o.starts.size(); ++i)
            lines << QStringLiteral("RDATE:") + o.starts.at(i);
        lines << QStringLiteral("END:") + kind;
    }
    lines << QStringLiteral("END:VTIMEZONE");
    return lines;
}

QByteArray IcsWriter::calendar() const
{
    QStringList lines = {QStringLiteral("BEGIN:VCALENDAR"), QStringLiteral("VERSION:2.0"),
                         QStringLiteral("PRODID:-//Buurtplein//Buurtplein 0.1//NL"), QStringLiteral("CALSCALE:GREGORIAN")};
    if (!m_name.isEmpty())
        lines << QStringLiteral("NAME:") + IcsFolding::escapeText(m_name) << QStringLiteral("X-WR-CALNAME:") + IcsFolding::escapeText(m_name);
    constexpr qint64 year = 366 * 86400;
    for (auto it = m_zones.cbegin(); it != m_zones.cend(); ++it)
        lines += vtimezone(it.key(), it->first - year, it->second + 10 * year);
    lines += m_body;
    lines << QStringLiteral("END:VCALENDAR");
    return IcsFolding::fold(lines);
}

} // namespace Buurtplein
