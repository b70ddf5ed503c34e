// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/bearerauth.h"
#include "http/httpreply.h"
#include "http/hubserver.h"
#include "http/jsonbody.h"
#include "worker/sessionlogpayload.h"
#include "store/hubdatabase.h"
#include "store/hublog.h"
#include "store/hubsecret.h"
#include "store/organisationstore.h"
#include "store/sessionlogstore.h"
#include "store/tokenstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

namespace Buurtplein {

namespace {
/** A push of SessionLogStore::MaxBatch logs of about 300 bytes each, with room to spare. */
constexpr qsizetype SessionLogBodyLimit = 512 * 1024;
/** How far back the list of logged sessions reaches: beyond the 8 weeks a device offers for logging. */
constexpr int LoggedSessionsDays = 70;

QHttpServerResponse internalError(const char *what, const QString &why)
{
    qCWarning(lcHub, "%s: %s", what, qPrintable(why));
    return HttpReply::error(500, QStringLiteral("internal_error"), QStringLiteral("The hub could not store this; try again later."));
}
} // namespace

void HubServer::addIngestRoutes()
{
    using Method = QHttpServerRequest::Method;
    addRoute(QStringLiteral("/v1/session-logs"), Method::Post, [this](const QHttpServerRequest &r) { return postSessionLogs(r); });
    addRoute(QStringLiteral("/v1/session-logs/export"), Method::Get, [this](const QHttpServerRequest &r) { return exportSessionLogs(r); });
    addRoute(QStringLiteral("/v1/session-logs/logged"), Method::Get, [this](const QHttpServerRequest &r) { return loggedSessions(r); });
}

// The whole batch is read and checked before anything is written, so that one bad log
// refuses the request and a retry after the fix sends the same batch again.
QHttpServerResponse HubServer::postSessionLogs(const QHttpServerRequest &request)
{
    const TokenStore tokens(m_db);
    const AuthResult auth = BearerAuth(tokens).check(HttpReply::header(request, "Authorization"), {Role::Worker});
    if (!auth.caller)
        return HttpReply::error(auth.status, auth.error, auth.message);
    if (!HttpReply::isJson(request))
        return HttpReply::notJson();
    const JsonBody::Result body = JsonBody::readObject(request.body(), {{QStringLiteral("items"), QJsonValue::Array}}, SessionLogBodyLimit);
    if (!body.ok())
        return HttpReply::error(body.status, body.error, body.message);
    const QJsonArray items = body.object.value(QStringLiteral("items")).toArray();
    if (items.size() > SessionLogStore::MaxBatch) {
        return HttpReply::error(413, QStringLiteral("too_large"),
                                QStringLiteral("A push carries at most %1 session logs; this one has %2. Send them in smaller batches.")
                                    .arg(SessionLogStore::MaxBatch).arg(items.size()));
    }

    SessionLogStore store(m_db);
    const QString organisation = auth.caller->organisationUid;
    const qint64 now = m_now();
    QList<SessionLog> logs;
    logs.reserve(items.size());
    QHash<QString, QString> owners; // activity uid → its organisation in the hub's catalogue, "" when unknown
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject())
            return HttpReply::invalidItem(i, QStringLiteral("a session log must be a JSON object."));
        QString why;
        auto log = SessionLogPayload::read(items.at(i).toObject(), &why);
        if (!log)
            return HttpReply::invalidItem(i, why);
        // A session is logged once it took place; a day of leeway covers a device clock that
        // runs ahead. (A log for 2030 once stretched every evaluator's periods to 2030.)
        const qint64 start = *SessionLogPayload::occurrenceStart(log->occurrenceUid);
        if (start > now + 24 * 3600) {
            return HttpReply::invalidItem(i, QStringLiteral("the session starts on %1, after today: a session is logged once it has taken place.")
                                      .arg(QDateTime::fromSecsSinceEpoch(start, Qt::UTC).date().toString(Qt::ISODate)));
        }
        auto owner = owners.constFind(log->activityUid);
        if (owner == owners.constEnd())
            owner = owners.insert(log->activityUid, store.catalogueOrganisation(log->activityUid));
        // A log counts a session of an activity the hub knows (or knew: a deleted activity's
        // past sessions still count). A device sends its new activity before the logs of it.
        if (owner->isEmpty()) {
            return HttpReply::invalidItem(i, QStringLiteral("activity %1 is not in the hub's catalogue: its sessions "
                                                            "can be logged once the activity itself has reached the hub.")
                                                 .arg(log->activityUid));
        }
        if (*owner != organisation) {
            return HttpReply::error(403, QStringLiteral("forbidden"),
                                    QStringLiteral("Item %1: activity %2 belongs to another organisation. Nothing was stored.")
                                        .arg(i).arg(log->activityUid));
        }
        logs.append(std::move(*log));
    }

    QString error;
    const auto outcomes = store.store(logs, organisation, now, &error);
    if (!outcomes)
        return internalError("storing session logs failed", error);
    QJsonArray answer;
    for (const SessionLogOutcome &outcome : *outcomes) {
        QJsonObject item{{QStringLiteral("uuid"), outcome.uuid}, {QStringLiteral("revision"), outcome.revision}};
        if (const auto &other = outcome.conflict) {
            // A colleague's device logged this session first: the organisation sees both
            // logs' counts on its own devices and chooses (docs/protocol.md).
            item.insert(QStringLiteral("status"), QStringLiteral("conflict"));
            item.insert(QStringLiteral("current"), QJsonObject{
                {QStringLiteral("uuid"), other->uuid}, {QStringLiteral("revision"), other->revision},
                {QStringLiteral("held"), other->held}, {QStringLiteral("attendance"), other->attendance},
                {QStringLiteral("received"), QDateTime::fromSecsSinceEpoch(other->received, Qt::UTC).toString(Qt::ISODate)}});
        } else {
            item.insert(QStringLiteral("status"), outcome.stored ? QStringLiteral("stored") : QStringLiteral("kept"));
        }
        answer.append(item);
    }
    return HttpReply::json({{QStringLiteral("items"), answer}});
}

// Which of its sessions the organisation logged lately, so that a colleague's device does
// not offer them again: occurrence ids only, never counts (docs/protocol.md).
QHttpServerResponse HubServer::loggedSessions(const QHttpServerRequest &request)
{
    const TokenStore tokens(m_db);
    const AuthResult auth = BearerAuth(tokens).check(HttpReply::header(request, "Authorization"), {Role::Worker});
    if (!auth.caller)
        return HttpReply::error(auth.status, auth.error, auth.message);
    const QUrlQuery query = request.query();
    if (!query.isEmpty())
        return HttpReply::error(400, QStringLiteral("invalid_query"), QStringLiteral("This list takes no parameters."));
    QString error;
    const qint64 from = m_now() - qint64(LoggedSessionsDays) * 24 * 3600;
    const auto occurrences = SessionLogStore(m_db).loggedOccurrences(auth.caller->organisationUid, from, &error);
    if (!occurrences)
        return internalError("listing logged sessions failed", error);
    return HttpReply::json({{QStringLiteral("from"), QDateTime::fromSecsSinceEpoch(from, Qt::UTC).toString(Qt::ISODate)},
                            {QStringLiteral("occurrences"), QJsonArray::fromStringList(*occurrences)}});
}

// Raw logs are personal data: nobody reads them over HTTP except an admin exporting them.
QHttpServerResponse HubServer::exportSessionLogs(const QHttpServerRequest &request)
{
    const TokenStore tokens(m_db);
    const AuthResult auth = BearerAuth(tokens).check(HttpReply::header(request, "Authorization"), {Role::Admin});
    if (!auth.caller)
        return HttpReply::error(auth.status, auth.error, auth.message);
    // ?organisation=UID narrows the export to one organisation's logs (its request for them).
    const QUrlQuery query = request.query();
    const QStringList organisations = query.allQueryItemValues(QStringLiteral("organisation"), QUrl::FullyDecoded);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (name != QLatin1String("organisation")) {
            return HttpReply::error(400, QStringLiteral("invalid_query"),
                                    QStringLiteral("The export takes only 'organisation', not '%1'.").arg(name));
        }
    }
    if (organisations.size() > 1 || (organisations.size() == 1 && organisations.first().isEmpty()))
        return HttpReply::error(400, QStringLiteral("invalid_query"), QStringLiteral("Give 'organisation' at most once, with an organisation uid."));
    const QString organisation = organisations.value(0);
    if (!organisation.isEmpty() && !OrganisationStore(m_db).find(organisation))
        return HttpReply::error(404, QStringLiteral("not_found"), QStringLiteral("The hub has no organisation %1.").arg(organisation));
    QString error;
    SessionLogStore store(m_db);
    const QJsonArray items = organisation.isEmpty() ? store.exportAll(&error) : store.exportOrganisation(organisation, &error);
    if (!error.isEmpty()) {
        qCWarning(lcHub, "exporting session logs failed: %s", qPrintable(error));
        return HttpReply::error(500, QStringLiteral("internal_error"), QStringLiteral("The hub could not read its session logs; try again later."));
    }
    qCInfo(lcHub, "an admin token (id %lld) exported %lld session logs", auth.caller->id, qint64(items.size()));
    return HttpReply::json({{QStringLiteral("items"), items}});
}

} // namespace Buurtplein
