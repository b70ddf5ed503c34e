// SPDX-License-Identifier: GPL-3.0-or-later
// POST /v1/join-counts: residents' anonymous joins (docs/protocol.md). Each item is one
// join of one session, or its withdrawal, under a key the app derived from that join's
// own random token: no device key, nothing that ties two joins together. The hub keeps
// a join only for a session it knows (a live activity of its catalogue, starting from a
// day ago to the app's window ahead), at most JoinCountStore::MaxPerOccurrence per
// session, and spends a per-address budget that lives in memory only.
#include "worker/cataloguepayload.h"
#include "http/httpreply.h"
#include "http/hubserver.h"
#include "http/jsonbody.h"
#include "search/searchindex.h"
#include "worker/sessionlogpayload.h"
#include "store/hubcatalogue.h"
#include "store/hublog.h"
#include "store/joincountstore.h"

#include <QJsonArray>
#include <QSet>

namespace Buurtplein {

namespace {
/** The activity of @p occurrenceUid ("act-1/20261201T130000Z" → "act-1"). */
QString activityOf(const QString &occurrenceUid)
{
    return occurrenceUid.left(occurrenceUid.lastIndexOf(QLatin1Char('/')));
}
} // namespace

void HubServer::addJoinRoutes()
{
    m_joinBudget = std::make_shared<JoinBudget>();
    addRoute(QStringLiteral("/v1/join-counts"), QHttpServerRequest::Method::Post,
             [this](const QHttpServerRequest &r) { return postJoinCounts(r); });
}

QHttpServerResponse HubServer::postJoinCounts(const QHttpServerRequest &request)
{
    if (!HttpReply::isJson(request))
        return HttpReply::notJson();
    const JsonBody::Result body = JsonBody::readObject(request.body(), {{QStringLiteral("items"), QJsonValue::Array}});
    if (!body.ok())
        return HttpReply::error(body.status, body.error, body.message);
    const QJsonArray items = body.object.value(QStringLiteral("items")).toArray();
    if (items.size() > JoinCountStore::MaxItems) {
        return HttpReply::error(413, QStringLiteral("too_large"), QStringLiteral("At most %1 joins per request; this one has %2.")
                                                                      .arg(JoinCountStore::MaxItems).arg(items.size()));
    }
    QList<JoinMark> marks;
    QSet<QString> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QJsonValue occurrence = item.value(QStringLiteral("occurrence"));
        const QJsonValue key = item.value(QStringLiteral("key"));
        const QJsonValue joined = item.value(QStringLiteral("joined"));
        if (!items.at(i).isObject() || item.size() != 3 || !occurrence.isString() || !key.isString() || !joined.isBool())
            return HttpReply::invalidItem(i, QStringLiteral("each item is exactly {\"occurrence\": \"<uid>\", \"key\": \"<key>\", \"joined\": true|false}."));
        if (!JoinCountStore::isJoinKey(key.toString()))
            return HttpReply::invalidItem(i, QStringLiteral("'key' must be 32 bytes in base64url without padding (43 characters)."));
        if (!SessionLogPayload::occurrenceStart(occurrence.toString()) || occurrence.toString().size() > 220)
            return HttpReply::invalidItem(i, QStringLiteral("'occurrence' must be an occurrence uid such as act-12/20261124T130000Z."));
        const QString pair = occurrence.toString() + QLatin1Char(' ') + key.toString();
        if (seen.contains(pair))
            return HttpReply::invalidItem(i, QStringLiteral("this join is given twice."));
        seen.insert(pair);
        marks.append({occurrence.toString(), key.toString(), joined.toBool()});
    }

    // The budget counts every mark, known session or not: a flood of made-up ones is refused as early.
    const qint64 now = m_now();
    if (const qint64 wait = m_joinBudget->spend(request.remoteAddress().toString().toLatin1(), int(marks.size()), now)) {
        QHttpServerResponse response = HttpReply::error(429, QStringLiteral("rate_limited"),
                                                        QStringLiteral("Too many joins from this network; try again in %1 seconds.").arg(wait));
        response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(wait));
        return response;
    }

    // Only sessions the hub knows: a live activity, starting from a day ago to the app's window ahead.
    QStringList activities;
    for (const JoinMark &mark : std::as_const(marks))
        activities.append(activityOf(mark.occurrenceUid));
    activities.removeDuplicates();
    const auto found = HubCatalogue(m_db).findMany(CataloguePayload::ActivityKind, activities);
    if (!found) {
        qCWarning(lcHub, "reading activities for joins failed");
        return HttpReply::error(500, QStringLiteral("internal_error"), QStringLiteral("The hub could not store this; try again later."));
    }
    const qint64 earliest = now - 24 * 3600;
    const qint64 latest = now + qint64(SearchIndex::DefaultWindowWeeks + 1) * 7 * 24 * 3600;
    QList<JoinMark> known;
    for (const JoinMark &mark : std::as_const(marks)) {
        const auto activity = found->constFind(activityOf(mark.occurrenceUid));
        const qint64 start = *SessionLogPayload::occurrenceStart(mark.occurrenceUid);
        if (activity != found->constEnd() && !activity->deleted && start >= earliest && start <= latest)
            known.append(mark);
    }
    QString error;
    const std::optional<int> counted = known.isEmpty() ? 0 : JoinCountStore(m_db).store(known, &error);
    if (!counted) {
        qCWarning(lcHub, "storing joins failed: %s", qPrintable(error));
        return HttpReply::error(500, QStringLiteral("internal_error"), QStringLiteral("The hub could not store this; try again later."));
    }
    return HttpReply::json({{QStringLiteral("received"), int(marks.size())}, {QStringLiteral("unknownSessions"), int(marks.size() - known.size())}});
}

} // namespace Buurtplein
