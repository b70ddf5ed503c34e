// SPDX-License-Identifier: GPL-3.0-or-later
#include "worker/cataloguepayload.h"

#include <QJsonArray>

namespace Buurtplein::CataloguePayload {

namespace {

QJsonValue instant(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue date(const QDate &value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue();
}

QJsonArray strings(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

template<typename T, typename Convert>
QJsonArray listOf(const QList<T> &values, Convert convert)
{
    QJsonArray out;
    for (const T &value : values)
        out.append(convert(value));
    return out;
}

QJsonValue coordinate(const Place &p, double value)
{
    return p.hasCoordinates ? QJsonValue(value) : QJsonValue();
}

} // namespace

QStringList kinds()
{
    return {OrganisationKind, PlaceKind, ActivityKind, ScheduleKind, OverrideKind};
}

QJsonObject build(const Organisation &o)
{
    return {
        {QStringLiteral("uid"), o.uid},
        {QStringLiteral("name"), o.name},
        {QStringLiteral("kind"), o.kind},
        {QStringLiteral("version"), o.version},
    };
}

QJsonObject build(const Place &p)
{
    return {
        {QStringLiteral("uid"), p.uid},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("kind"), p.kind},
        {QStringLiteral("street"), p.street},
        {QStringLiteral("houseNumber"), p.houseNumber},
        {QStringLiteral("postcode"), p.postcode},
        {QStringLiteral("city"), p.city},
        {QStringLiteral("lat"), coordinate(p, p.lat)},
        {QStringLiteral("lon"), coordinate(p, p.lon)},
        {QStringLiteral("gemeenteCode"), p.gemeenteCode},
        {QStringLiteral("wijkCode"), p.wijkCode},
        {QStringLiteral("buurtCode"), p.buurtCode},
        {QStringLiteral("indoorOutdoor"), p.indoorOutdoor},
        {QStringLiteral("accessibility"), strings(p.accessibility)},
        {QStringLiteral("openingHours"), p.openingHours},
        {QStringLiteral("validFrom"), date(p.validFrom)},
        {QStringLiteral("validTo"), date(p.validTo)},
        {QStringLiteral("source"), p.source},
        {QStringLiteral("sourceId"), p.sourceId},
        {QStringLiteral("version"), p.version},
    };
}

QJsonObject build(const Activity &a)
{
    QJsonObject translations;
    for (auto it = a.translations.cbegin(); it != a.translations.cend(); ++it) {
        translations.insert(it.key(), QJsonObject{{QStringLiteral("title"), it->title},
                                                  {QStringLiteral("description"), it->description}});
    }
    return {
        {QStringLiteral("uid"), a.uid},
        {QStringLiteral("organisationUid"), a.organisationUid},
        {QStringLiteral("placeUid"), a.placeUid},
        {QStringLiteral("title"), a.title},
        {QStringLiteral("description"), a.description},
        {QStringLiteral("textLanguage"), a.textLanguage},
        {QStringLiteral("translations"), translations},
        {QStringLiteral("category"), a.category},
        {QStringLiteral("languagesSpoken"), strings(a.languagesSpoken)},
        {QStringLiteral("audience"), a.audience},
        {QStringLiteral("costCents"), a.costCents},
        {QStringLiteral("costNote"), a.costNote},
        {QStringLiteral("ageMin"), a.ageMin},
        {QStringLiteral("ageMax"), a.ageMax},
        {QStringLiteral("capacity"), a.capacity},
        {QStringLiteral("registrationRequired"), a.registrationRequired},
        {QStringLiteral("hostPresent"), a.hostPresent},
        {QStringLiteral("programme"), a.programme},
        {QStringLiteral("contact"), a.contact},
        {QStringLiteral("status"), a.status},
        {QStringLiteral("version"), a.version},
    };
}

QJsonObject build(const Schedule &s)
{
    return {
        {QStringLiteral("uid"), s.uid},
        {QStringLiteral("activityUid"), s.activityUid},
        {QStringLiteral("startDate"), date(s.startDate)},
        {QStringLiteral("startTime"), s.startTime.isValid() ? QJsonValue(s.startTime.toString(QStringLiteral("HH:mm"))) : QJsonValue()},
        {QStringLiteral("timeZone"), s.timeZone},
        {QStringLiteral("durationMinutes"), s.durationMinutes},
        {QStringLiteral("rrule"), s.rrule},
        {QStringLiteral("exceptionDays"), listOf(s.exceptionDays, date)},
        {QStringLiteral("exceptionStarts"), listOf(s.exceptionStarts, instant)},
        {QStringLiteral("extraStarts"), listOf(s.extraStarts, instant)},
        {QStringLiteral("validFrom"), date(s.validFrom)},
        {QStringLiteral("validTo"), date(s.validTo)},
        {QStringLiteral("version"), s.version},
    };
}

QJsonObject build(const OccurrenceOverride &o)
{
    return {
        {QStringLiteral("occurrenceUid"), o.occurrenceUid},
        {QStringLiteral("activityUid"), o.activityUid},
        {QStringLiteral("originalStart"), instant(o.originalStart)},
        {QStringLiteral("status"), o.status},
        {QStringLiteral("newStart"), instant(o.newStart)},
        {QStringLiteral("newEnd"), instant(o.newEnd)},
        {QStringLiteral("newPlaceUid"), o.newPlaceUid},
        {QStringLiteral("reason"), o.reason},
        {QStringLiteral("version"), o.version},
    };
}

QStringList allowedFields(const QString &kind)
{
    // Kept by hand, not derived from build(), so that a key added to build() alone fails the tests.
    if (kind == OrganisationKind)
        return {QStringLiteral("uid"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("version")};
    if (kind == PlaceKind) {
        return {QStringLiteral("uid"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("street"),
                QStringLiteral("houseNumber"), QStringLiteral("postcode"), QStringLiteral("city"), QStringLiteral("lat"),
                QStringLiteral("lon"), QStringLiteral("gemeenteCode"), QStringLiteral("wijkCode"), QStringLiteral("buurtCode"),
                QStringLiteral("indoorOutdoor"), QStringLiteral("accessibility"), QStringLiteral("openingHours"),
                QStringLiteral("validFrom"), QStringLiteral("validTo"), QStringLiteral("source"), QStringLiteral("sourceId"),
                QStringLiteral("version")};
    }
    if (kind == ActivityKind) {
        return {QStringLiteral("uid"), QStringLiteral("organisationUid"), QStringLiteral("placeUid"), QStringLiteral("title"),
                QStringLiteral("description"), QStringLiteral("textLanguage"), QStringLiteral("translations"),
                QStringLiteral("category"), QStringLiteral("languagesSpoken"), QStringLiteral("audience"),
                QStringLiteral("costCents"), QStringLiteral("costNote"), QStringLiteral("ageMin"), QStringLiteral("ageMax"),
                QStringLiteral("capacity"), QStringLiteral("registrationRequired"), QStringLiteral("hostPresent"),
                QStringLiteral("programme"), QStringLiteral("contact"), QStringLiteral("status"), QStringLiteral("version")};
    }
    if (kind == ScheduleKind) {
        return {QStringLiteral("uid"), QStringLiteral("activityUid"), QStringLiteral("startDate"), QStringLiteral("startTime"),
                QStringLiteral("timeZone"), QStringLiteral("durationMinutes"), QStringLiteral("rrule"),
                QStringLiteral("exceptionDays"), QStringLiteral("exceptionStarts"), QStringLiteral("extraStarts"),
                QStringLiteral("validFrom"), QStringLiteral("validTo"), QStringLiteral("version")};
    }
    if (kind == OverrideKind) {
        return {QStringLiteral("occurrenceUid"), QStringLiteral("activityUid"), QStringLiteral("originalStart"),
                QStringLiteral("status"), QStringLiteral("newStart"), QStringLiteral("newEnd"), QStringLiteral("newPlaceUid"),
                QStringLiteral("reason"), QStringLiteral("version")};
    }
    return {};
}

QStringList deviceOnlyMembers(const QString &kind)
{
    // The local row id means nothing on another device; hasCoordinates travels as lat and lon being null or not.
    if (kind == OrganisationKind || kind == ActivityKind || kind == ScheduleKind)
        return {QStringLiteral("id")};
    if (kind == PlaceKind)
        return {QStringLiteral("id"), QStringLiteral("hasCoordinates")};
    return {};
}

} // namespace Buurtplein::CataloguePayload
