// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue routes: GET /v1/feed (public, RPDE-style) and POST /v1/changes (a
// worker's edits). The rules are in docs/protocol.md; why change numbers cannot be
// skipped is in docs/hub.md, "Catalogue feed".
#include "worker/activitycheck.h"
#include "worker/cataloguepayload.h"
#include "http/bearerauth.h"
#include "http/httpreply.h"
#include "http/hubserver.h"
#include "http/jsonbody.h"
#include "store/hubcatalogue.h"
#include "store/hubdatabase.h"
#include "store/hublog.h"
#include "store/organisationstore.h"
#include "store/tokenstore.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

#include <cmath>

namespace Buurtplein {

namespace {
constexpr int defaultLimit = 500;
constexpr int maxLimit = 1000;
constexpr int maxItems = 200;

QHttpServerResponse invalidQuery(const QString &message)
{
    return HttpReply::error(400, QStringLiteral("invalid_query"), message);
}

QHttpServerResponse internalError()
{
    return HttpReply::error(500, QStringLiteral("internal_error"), QStringLiteral("The hub could not read or write its catalogue; try again later."));
}

// A plain decimal number, so that "1e3", "+5" or " 7" are refused rather than guessed at.
std::optional<qint64> whole(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    return text.toLongLong();
}

// An RPDE item: a deleted one carries no "data" at all (RPDE 1.0).
QJsonObject feedItem(const CatalogueItem &item)
{
    QJsonObject o{{QStringLiteral("state"), item.deleted ? QStringLiteral("deleted") : QStringLiteral("updated")},
                  {QStringLiteral("kind"), item.kind},
                  {QStringLiteral("id"), item.uid},
                  {QStringLiteral("modified"), item.change},
                  {QStringLiteral("version"), item.version}};
    if (!item.deleted)
        o.insert(QStringLiteral("data"), item.data);
    return o;
}

// The licence the catalogue is published under (RPDE requires one on every page).
const QString catalogueLicense = QStringLiteral("https://creativecommons.org/licenses/by/4.0/");

// The hub as the client reached it, for the feed's absolute "next": the Host header, and
// https when a reverse proxy in front says so (X-Forwarded-Proto).
QString publicBase(const QHttpServerRequest &request)
{
    QUrl base = request.url();
    const QByteArray proto = HttpReply::header(request, "X-Forwarded-Proto").trimmed().toLower();
    if (proto == "https" || proto == "http") {
        base.setScheme(QString::fromLatin1(proto));
        if ((proto == "https" && base.port() == 80) || (proto == "http" && base.port() == 443))
            base.setPort(-1);
    }
    return base.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString(QUrl::FullyEncoded);
}

/** One item of a POST /v1/changes body, read and checked, or why not. */
struct Change {
    QString kind;
    QString uid;
    qint64 baseVersion = 0;
    QJsonObject data;           ///< canonical CataloguePayload JSON
    QString activityUid;        ///< the activity it belongs to (its own uid for an activity)
    QString organisationUid;    ///< for an activity: the organisation it names
    QString placeUid;           ///< a place it names, or empty
};

std::optional<Change> readChange(const QJsonValue &value, int index, QString *error)
{
    const QString where = QStringLiteral("Item %1: ").arg(index + 1);
    const QJsonObject o = value.toObject();
    if (!value.isObject() || QStringList(o.keys()) != QStringList{QStringLiteral("baseVersion"), QStringLiteral("data"), QStringLiteral("id"), QStringLiteral("kind")}
        || !o.value(QStringLiteral("kind")).isString() || !o.value(QStringLiteral("id")).isString()
        || !o.value(QStringLiteral("baseVersion")).isDouble() || !o.value(QStringLiteral("data")).isObject()) {
        *error = where + QStringLiteral("an item is {\"kind\": string, \"id\": string, \"baseVersion\": number, \"data\": object} and nothing else.");
        return std::nullopt;
    }
    Change change;
    change.kind = o.value(QStringLiteral("kind")).toString();
    change.uid = o.value(QStringLiteral("id")).toString();
    const double base = o.value(QStringLiteral("baseVersion")).toDouble();
    if (base < 0 || base != std::floor(base) || base > 1e15) {
        *error = where + QStringLiteral("baseVersion must be a whole number, 0 for a new record.");
        return std::nullopt;
    }
    change.baseVersion = qint64(base);
    const QJsonObject data = o.value(QStringLiteral("data")).toObject();
    QString why;
    QString recordUid;
    if (change.kind == CataloguePayload::ActivityKind) {
        const auto a = CataloguePayload::readActivity(data, &why);
        const QList<ActivityCheck::Problem> problems = a ? ActivityCheck::validate(*a) : QList<ActivityCheck::Problem>();
        if (!problems.isEmpty()) {
            // The same rules the device's editor and store apply; the sentence is the store's.
            *error = where + problems.first().field + QStringLiteral(": ") + problems.first().message;
            return std::nullopt;
        }
        if (a) {
            change.data = CataloguePayload::build(*a);
            recordUid = change.activityUid = a->uid;
            change.organisationUid = a->organisationUid;
            change.placeUid = a->placeUid;
        }
    } else if (change.kind == CataloguePayload::ScheduleKind) {
        if (const auto s = CataloguePayload::readSchedule(data, &why)) {
            change.data = CataloguePayload::build(*s);
            recordUid = s->uid;
            change.activityUid = s->activityUid;
        }
    } else if (change.kind == CataloguePayload::OverrideKind) {
        if (const auto v = CataloguePayload::readOverride(data, &why)) {
            change.data = CataloguePayload::build(*v);
            recordUid = v->occurrenceUid;
            change.activityUid = v->activityUid;
            change.placeUid = v->newPlaceUid;
        }
    } else {
        *error = where + QStringLiteral("kind '%1' cannot be edited here; use activity, schedule or override.").arg(change.kind);
        return std::nullopt;
    }
    if (change.data.isEmpty()) {
        *error = where + why;
        return std::nullopt;
    }
    if (recordUid != change.uid) {
        *error = where + QStringLiteral("id '%1' is not the uid of its data ('%2').").arg(change.uid, recordUid);
        return std::nullopt;
    }
    return change;
}
} // namespace

void HubServer::addCatalogueRoutes()
{
    using Method = QHttpServerRequest::Method;
    addRoute(QStringLiteral("/v1/feed"), Method::Get, [this](const QHttpServerRequest &r) { return feed(r); });
    addRoute(QStringLiteral("/v1/changes"), Method::Post, [this](const QHttpServerRequest &r) { return changes(r); });
}

QHttpServerResponse HubServer::feed(const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    // afterChangeNumber is RPDE's name for the cursor; after is what devices send.
    qint64 after = 0;
    int limit = defaultLimit;
    const QString cursorNames = QStringLiteral("after/afterChangeNumber");
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        const bool cursor = name == QLatin1String("after") || name == QLatin1String("afterChangeNumber");
        if (cursor && whole(value)) {
            after = *whole(value);
        } else if (name == QLatin1String("limit") && whole(value) && *whole(value) >= 1 && *whole(value) <= maxLimit) {
            limit = int(*whole(value));
        } else if (cursor || name == QLatin1String("limit")) {
            return invalidQuery(QStringLiteral("'%1' takes a whole number%2, not '%3'.")
                                    .arg(name, name == QLatin1String("limit") ? QStringLiteral(" from 1 to %1").arg(maxLimit) : QString(), value));
        } else {
            return invalidQuery(QStringLiteral("The feed takes only 'afterChangeNumber' (or 'after') and 'limit', not '%1'.").arg(name));
        }
    }
    if (query.allQueryItemValues(QStringLiteral("after")).size() + query.allQueryItemValues(QStringLiteral("afterChangeNumber")).size() > 1
        || query.allQueryItemValues(QStringLiteral("limit")).size() > 1)
        return invalidQuery(QStringLiteral("Give the cursor (%1) and 'limit' at most once each.").arg(cursorNames));

    const HubCatalogue catalogue(m_db);
    const auto items = catalogue.page(after, limit);
    // Read after the page: a purge that committed before the page was read is seen here,
    // and one that commits later cannot have taken anything out of this page.
    const auto oldest = catalogue.oldestCursorServed();
    if (!items || !oldest) {
        qCWarning(lcHub, "feed failed: %s", qPrintable(catalogue.errorString()));
        return internalError();
    }
    if (after > 0 && after < *oldest) {
        return HttpReply::error(410, QStringLiteral("resync"),
                                QStringLiteral("This cursor is older than the %1 days of deletions the hub keeps; rebuild the catalogue from after=0.")
                                    .arg(HubCatalogue::minimumTombstoneSeconds / 86400));
    }
    // A page is fixed by after, limit and its last change number: a record in it that
    // changes again leaves with a higher number, so the last number moves too.
    const qint64 last = items->isEmpty() ? after : items->last().change;
    const QByteArray etag = QStringLiteral("W/\"feed-%1-%2-%3\"").arg(after).arg(limit).arg(last).toLatin1();
    // RPDE's lifetimes: a page before the end only grows stale by records that change
    // again, which come back at the end of the feed, so it may be cached for an hour;
    // the last (empty) page briefly, as it is where new changes appear.
    const bool lastPage = items->isEmpty();
    const QByteArray cacheControl = lastPage ? QByteArrayLiteral("public, max-age=8") : QByteArrayLiteral("public, max-age=3600");
    if (HttpReply::matchesEtag(request, etag))
        return HttpReply::notModified(etag, cacheControl);
    QJsonArray list;
    for (const CatalogueItem &item : *items)
        list.append(feedItem(item));
    QHttpServerResponse response = HttpReply::json(
        {{QStringLiteral("items"), list},
         {QStringLiteral("next"), QStringLiteral("%1/v1/feed?afterChangeNumber=%2&limit=%3").arg(publicBase(request)).arg(last).arg(limit)},
         {QStringLiteral("license"), catalogueLicense}});
    response.setHeader(QByteArrayLiteral("ETag"), etag);
    response.setHeader(QByteArrayLiteral("Cache-Control"), cacheControl);
    return response;
}

QHttpServerResponse HubServer::changes(const QHttpServerRequest &request)
{
    const TokenStore tokens(m_db);
    const AuthResult auth = BearerAuth(tokens).check(HttpReply::header(request, "Authorization"), {Role::Worker});
    if (!auth.caller)
        return HttpReply::error(auth.status, auth.error, auth.message);
    if (!HttpReply::isJson(request))
        return HttpReply::notJson();
    const JsonBody::Result body = JsonBody::readObject(request.body(), {{QStringLiteral("items"), QJsonValue::Array}});
    if (!body.ok())
        return HttpReply::error(body.status, body.error, body.message);
    const QJsonArray array = body.object.value(QStringLiteral("items")).toArray();
    if (array.isEmpty())
        return HttpReply::error(400, QStringLiteral("invalid_body"), QStringLiteral("'items' is empty; send at least one change."));
    if (array.size() > maxItems)
        return HttpReply::error(413, QStringLiteral("too_large"), QStringLiteral("%1 changes in one request; send at most %2.").arg(array.size()).arg(maxItems));
    QList<Change> list;
    for (int i = 0; i < array.size(); ++i) {
        QString error;
        const auto change = readChange(array.at(i), i, &error);
        if (!change)
            return HttpReply::error(400, QStringLiteral("invalid_body"), error);
        list.append(*change);
    }

    const QString organisation = auth.caller->organisationUid;
    const auto forbidden = [](const Change &c, const QString &why) {
        return HttpReply::error(403, QStringLiteral("forbidden"), QStringLiteral("%1 %2 %3; nothing was stored.").arg(c.kind, c.uid, why));
    };
    const auto unknown = [](const Change &c, const QString &what) {
        return HttpReply::error(400, QStringLiteral("unknown_reference"),
                                QStringLiteral("%1 %2 names %3, which the hub's catalogue does not hold; nothing was stored.").arg(c.kind, c.uid, what));
    };
    HubTransaction tx(m_db.connection(), m_db.dialect());
    HubCatalogue catalogue(m_db);
    const auto owner = OrganisationStore(m_db).find(organisation);
    if (!tx.isActive() || !owner || catalogue.ensureOrganisation(*owner).outcome == CatalogueWrite::Failed) {
        qCWarning(lcHub, "changes failed: %s", qPrintable(tx.errorString() + catalogue.errorString()));
        return internalError();
    }
    QJsonArray answers;
    int conflicts = 0;
    for (const Change &c : std::as_const(list)) {
        // Who owns the record now, and who would own it after the change.
        const auto existing = catalogue.find(c.kind, c.uid);
        if (existing && existing->organisationUid != organisation)
            return forbidden(c, QStringLiteral("belongs to another organisation"));
        if (c.kind == CataloguePayload::ActivityKind) {
            if (c.organisationUid != organisation)
                return forbidden(c, QStringLiteral("must name your own organisation, %1").arg(organisation));
        } else {
            const auto activity = catalogue.find(CataloguePayload::ActivityKind, c.activityUid);
            if (!activity || activity->deleted)
                return unknown(c, QStringLiteral("activity ") + c.activityUid);
            if (activity->organisationUid != organisation)
                return forbidden(c, QStringLiteral("belongs to an activity of another organisation"));
        }
        if (!c.placeUid.isEmpty()) {
            const auto place = catalogue.find(CataloguePayload::PlaceKind, c.placeUid);
            if (!place || place->deleted)
                return unknown(c, QStringLiteral("place ") + c.placeUid);
        }
        const CatalogueWrite write = catalogue.upsert(c.kind, c.uid, organisation, c.data, c.baseVersion);
        QJsonObject answer{{QStringLiteral("id"), c.uid}, {QStringLiteral("kind"), c.kind}};
        switch (write.outcome) {
        case CatalogueWrite::Stored:
        case CatalogueWrite::Unchanged:
            answer.insert(QStringLiteral("status"), QStringLiteral("stored"));
            answer.insert(QStringLiteral("version"), write.version);
            break;
        case CatalogueWrite::Conflict: {
            ++conflicts;
            const auto current = catalogue.find(c.kind, c.uid);
            answer.insert(QStringLiteral("status"), QStringLiteral("conflict"));
            answer.insert(QStringLiteral("current"),
                          QJsonObject{{QStringLiteral("version"), write.version},
                                      {QStringLiteral("data"), current && !current->deleted ? QJsonValue(current->data) : QJsonValue()}});
            break;
        }
        case CatalogueWrite::Failed:
            qCWarning(lcHub, "changes failed: %s", qPrintable(write.error));
            return internalError();
        }
        answers.append(answer);
    }
    if (!tx.commit()) {
        qCWarning(lcHub, "changes failed to commit: %s", qPrintable(tx.errorString()));
        return internalError();
    }
    qCInfo(lcHub, "organisation %s sent %d catalogue changes, %d in conflict", qPrintable(organisation), int(list.size()), conflicts);
    return HttpReply::json({{QStringLiteral("items"), answers}});
}

} // namespace Buurtplein
