// SPDX-License-Identifier: GPL-3.0-or-later
#include "ics/icszones.h"
#include "ics/vtimezonerules.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace Buurtplein {

namespace {

bool isIanaId(const QString &id)
{
    return !id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id.toUtf8());
}

const QList<QByteArray> &allIanaIds()
{
    static const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
    return ids;
}

void appendUnique(QStringList &list, const QString &id)
{
    if (isIanaId(id) && !list.contains(id))
        list.append(id);
}

} // namespace

void IcsZones::add(const QString &tzid, std::shared_ptr<const VTimeZoneRules> rules)
{
    m_defined.insert(tzid, std::move(rules));
}

void IcsZones::addBroken(const QString &tzid, const QString &problem)
{
    m_broken.insert(tzid, problem);
}

IcsZone IcsZones::utc()
{
    return {ZoneRules::fixed(0, QStringLiteral("UTC")), QStringLiteral("UTC"), {}, {}, {}};
}

IcsZone IcsZones::floating()
{
    return {ZoneRules::amsterdam(), QStringLiteral("Europe/Amsterdam"), {}, {}, {}};
}

IcsZone IcsZones::resolve(const QString &tzid) const
{
    IcsZone zone;
    if (isIanaId(tzid)) {
        if (auto rules = ZoneRules::fromIana(tzid)) {
            zone.rules = rules;
            zone.ianaId = tzid;
            return zone;
        }
    }
    const auto defined = m_defined.value(tzid);
    if (defined && defined->inconsistency().isEmpty()) {
        zone.rules = defined;
        zone.ianaCandidates = ianaCandidates(tzid, *defined);
        return zone;
    }
    const QString problem = defined ? defined->inconsistency() : m_broken.value(tzid);
    const QString windows = QString::fromUtf8(QTimeZone::windowsIdToDefaultIanaId(tzid.toUtf8()));
    if (isIanaId(windows)) {
        if (auto rules = ZoneRules::fromIana(windows)) {
            zone.rules = rules;
            zone.ianaId = windows;
            zone.note = problem.isEmpty()
                ? QStringLiteral("Windows time zone '%1' was read as %2.").arg(tzid, windows)
                : QStringLiteral("%1 The Windows zone name was read as %2 instead.").arg(problem, windows);
            return zone;
        }
    }
    if (!problem.isEmpty())
        zone.error = QStringLiteral("%1 It is not a known zone name either.").arg(problem);
    else
        zone.error = QStringLiteral("time zone '%1' is not defined in the file (no VTIMEZONE) and is not a known zone name.").arg(tzid);
    return zone;
}

QStringList IcsZones::ianaCandidates(const QString &tzid, const VTimeZoneRules &rules)
{
    QStringList result;
    appendUnique(result, rules.location());
    // "/citadel.org/20260108_1/Europe/Amsterdam" and similar prefixed ids
    const QStringList segments = tzid.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (qsizetype n = 2; n <= 3 && n <= segments.size(); ++n)
        appendUnique(result, segments.mid(segments.size() - n).join(QLatin1Char('/')));
    appendUnique(result, QString::fromUtf8(QTimeZone::windowsIdToDefaultIanaId(tzid.toUtf8())));
    // Outlook names list cities, the main one last: "Canberra, Melbourne, Sydney", "Kuala Lumpur, Singapore".
    static const QRegularExpression separators(QStringLiteral("[,()/&]"));
    QStringList cities = tzid.split(separators, Qt::SkipEmptyParts);
    std::reverse(cities.begin(), cities.end());
    for (QString city : std::as_const(cities)) {
        city = city.trimmed().replace(QLatin1Char(' '), QLatin1Char('_'));
        if (city.size() < 3 || city.compare(QLatin1String("GMT"), Qt::CaseInsensitive) == 0)
            continue;
        const QByteArray suffix = '/' + city.toUtf8();
        for (const QByteArray &id : allIanaIds()) {
            if (id.endsWith(suffix) || id.toLower().endsWith(suffix.toLower()))
                appendUnique(result, QString::fromUtf8(id));
        }
    }
    appendUnique(result, QStringLiteral("Europe/Amsterdam"));
    if (rules.hasConstantOffset() && rules.standardOffset() % 3600 == 0) {
        const int hours = rules.standardOffset() / 3600;
        // POSIX sign: Etc/GMT-8 is eight hours ahead of UTC.
        appendUnique(result, hours == 0 ? QStringLiteral("UTC") : QStringLiteral("Etc/GMT%1%2").arg(hours > 0 ? '-' : '+').arg(std::abs(hours)));
    }
    return result;
}

} // namespace Buurtplein
