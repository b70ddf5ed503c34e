// SPDX-License-Identifier: GPL-3.0-or-later
// Subscribable calendars of the public catalogue (issue 21, docs/protocol.md):
// GET /v1/ics/organisation/{uid}.ics, /v1/ics/place/{uid}.ics, /v1/ics/area/{code}.ics
// (buurt, wijk or gemeente) and /v1/ics/activity/{uid}.ics. No token: the catalogue is
// public. Each activity is one series (RRULE, RDATE, EXDATE) with RECURRENCE-ID events
// for moved sessions (their new time and LOCATION) and cancelled ones (STATUS:CANCELLED),
// LOCATION and GEO on every event; the ETag follows the catalogue's last change.
#include "worker/cataloguepayload.h"
#include "http/httpreply.h"
#include "http/hubserver.h"
#include "ics/icsexporter.h"
#include "store/hubcatalogue.h"
#include "store/hubdatabase.h"
#include "store/hublog.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>

namespace Buurtplein {

namespace {
const QStringList icsKinds = {QStringLiteral("organisation"), QStringLiteral("place"), QStringLiteral("area"), QStringLiteral("activity")};

// The live records of @p kind read into their types; std::nullopt when the database fails.
template<typename T, typename Reader>
std::optional<QList<T>> liveOf(const HubCatalogue &catalogue, const QString &kind, Reader read)
{
    const auto items = catalogue.live(kind);
    if (!items)
        return std::nullopt;
    QList<T> out;
    for (const CatalogueItem &item : *items) {
        QString error;
        if (auto value = read(item.data, &error))
            out.append(*value);
        else
            qCWarning(lcHub, "ics: %s %s is unreadable: %s", qPrintable(kind), qPrintable(item.uid), qPrintable(error));
    }
    return out;
}
} // namespace

void HubServer::addIcsRoutes()
{
    m_http.route(QStringLiteral("/v1/ics/<arg>/<arg>"), [this](const QString &kind, const QString &file, const QHttpServerRequest &request) {
        return dispatch(request, QHttpServerRequest::Method::Get, [&](const QHttpServerRequest &r) { return icsFeed(kind, file, r); });
    });
}

QHttpServerResponse HubServer::icsFeed(const QString &kind, const QString &file, const QHttpServerRequest &request)
{
    if (!icsKinds.contains(kind) || !file.endsWith(QLatin1String(".ics")) || file.size() <= 4)
        return HttpReply::error(404, QStringLiteral("not_found"),
                                QStringLiteral("Calendars are /v1/ics/organisation|place|area|activity/{id}.ics."));
    if (!request.query().isEmpty())
        return HttpReply::error(400, QStringLiteral("invalid_query"), QStringLiteral("A calendar takes no parameters."));
    const QString key = file.chopped(4);
    HubCatalogue catalogue(m_db);
    const qint64 last = catalogue.lastChange();
    // Any change to the catalogue moves the tag: a calendar app polls cheaply.
    const QByteArray etag = QStringLiteral("W/\"ics-%1-%2\"").arg(last).arg(qHash(kind + QLatin1Char('/') + key, 0), 0, 16).toLatin1();
    auto cacheable = [&](QHttpServerResponse &response) {
        response.setHeader(QByteArrayLiteral("ETag"), etag);
        response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("public, max-age=900"));
    };
    if (HttpReply::matchesEtag(request, etag)) {
        QHttpServerResponse notModified(QHttpServerResponse::StatusCode::NotModified);
        cacheable(notModified);
        return notModified;
    }

    const auto places = liveOf<Place>(catalogue, CataloguePayload::PlaceKind, CataloguePayload::readPlace);
    const auto activities = liveOf<Activity>(catalogue, CataloguePayload::ActivityKind, CataloguePayload::readActivity);
    const auto schedules = liveOf<Schedule>(catalogue, CataloguePayload::ScheduleKind, CataloguePayload::readSchedule);
    const auto overrides = liveOf<OccurrenceOverride>(catalogue, CataloguePayload::OverrideKind, CataloguePayload::readOverride);
    if (!places || !activities || !schedules || !overrides) {
        qCWarning(lcHub, "ics failed: %s", qPrintable(catalogue.errorString()));
        return HttpReply::error(500, QStringLiteral("internal_error"), QStringLiteral("The hub could not read its catalogue; try again later."));
    }
    IcsExportOptions options;
    options.stamp = QDateTime::fromSecsSinceEpoch(m_now(), Qt::UTC);
    options.reminderMinutes = -1; // a subscribed calendar is not the person's own plan
    for (const Place &p : *places)
        options.places.insert(p.uid, p);

    auto matches = [&](const Activity &a) {
        if (kind == QLatin1String("activity"))
            return a.uid == key;
        if (kind == QLatin1String("organisation"))
            return a.organisationUid == key;
        if (kind == QLatin1String("place"))
            return a.placeUid == key;
        const auto place = options.places.constFind(a.placeUid);
        return place != options.places.cend() && (place->buurtCode == key || place->wijkCode == key || place->gemeenteCode == key);
    };
    QHash<QString, IcsActivity> chosen;
    QStringList order;
    for (const Activity &a : *activities) {
        if (matches(a)) {
            chosen.insert(a.uid, {a, {}, {}});
            order.append(a.uid);
        }
    }
    // The calendar's name, and a 404 for what the catalogue does not know at all.
    QString name;
    if (kind == QLatin1String("activity")) {
        name = chosen.isEmpty() ? QString() : chosen.cbegin()->activity.title;
    } else if (kind == QLatin1String("place")) {
        name = options.places.value(key).name;
    } else if (kind == QLatin1String("organisation")) {
        const auto org = catalogue.find(CataloguePayload::OrganisationKind, key);
        name = org && !org->deleted ? org->data.value(QStringLiteral("name")).toString() : QString();
    } else {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT name FROM stats_area WHERE code = ?"));
        q.addBindValue(key);
        name = q.exec() && q.next() ? q.value(0).toString() : QString();
        const bool known = std::any_of(options.places.cbegin(), options.places.cend(), [&](const Place &p) {
            return p.buurtCode == key || p.wijkCode == key || p.gemeenteCode == key;
        });
        if (name.isEmpty() && known)
            name = key;
    }
    if (name.isEmpty())
        return HttpReply::error(404, QStringLiteral("not_found"), QStringLiteral("The catalogue has no %1 '%2'.").arg(kind, key));
    options.calendarName = name + QStringLiteral(" — Buurtplein");

    for (const Schedule &s : *schedules) {
        if (chosen.contains(s.activityUid))
            chosen[s.activityUid].schedules.append(s);
    }
    for (const OccurrenceOverride &o : *overrides) {
        if (chosen.contains(o.activityUid))
            chosen[o.activityUid].overrides.append(o);
    }
    QList<IcsActivity> list;
    for (const QString &uid : order)
        list.append(chosen.value(uid));
    QStringList skipped;
    const QByteArray body = IcsExporter::exportActivities(list, options, &skipped);
    for (const QString &uid : skipped)
        qCInfo(lcHub, "ics: activity %s left out (no usable schedule)", qPrintable(uid));
    QHttpServerResponse response("text/calendar; charset=utf-8", body);
    cacheable(response);
    response.setHeader(QByteArrayLiteral("Content-Disposition"),
                       QStringLiteral("inline; filename=\"%1.ics\"").arg(QString(key).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"))).toUtf8());
    return response;
}

} // namespace Buurtplein
