// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/hubserver.h"
#include "worker/enrolcode.h"
#include "http/bearerauth.h"
#include "http/httpreply.h"
#include "http/jsonbody.h"
#include "store/enrolstore.h"
#include "store/hubdatabase.h"
#include "store/hublog.h"
#include "store/organisationstore.h"
#include "store/tokenstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QJsonValue>
#include <QSqlQuery>

namespace Buurtplein {

namespace {
void logRequest(const QHttpServerRequest &request, int status, qint64 bytes, const QElapsedTimer &timer)
{
    // The path only: a query string may one day carry something a log should not keep.
    // bytes: the body as sent (gzipped when it was), for capacity planning.
    qCInfo(lcHubHttp, "method=%s path=%s status=%d bytes=%lld ms=%.1f", HttpReply::methodName(request.method()).constData(),
           qPrintable(request.url().path()), status, bytes, double(timer.nsecsElapsed()) / 1e6);
}

QJsonObject organisationJson(const HubOrganisation &organisation)
{
    return {{QStringLiteral("uid"), organisation.uid},
            {QStringLiteral("name"), organisation.name},
            {QStringLiteral("kind"), organisation.kind}};
}

} // namespace

HubServer::HubServer(HubDatabase &db, std::function<qint64()> now, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_now(now ? std::move(now) : [] { return QDateTime::currentSecsSinceEpoch(); })
{
    using Method = QHttpServerRequest::Method;
    addRoute(QStringLiteral("/v1/health"), Method::Get, [this](const QHttpServerRequest &r) { return health(r); });
    addRoute(QStringLiteral("/v1/enrol"), Method::Post, [this](const QHttpServerRequest &r) { return enrol(r); });
    addRoute(QStringLiteral("/v1/whoami"), Method::Get, [this](const QHttpServerRequest &r) { return whoami(r); });
    addCatalogueRoutes();
    addIngestRoutes();
    addJoinRoutes();
    addStatsRoutes();
    addIcsRoutes();
    addTileRoutes();
    addSnapshotRoutes();
    addAreaRoutes();
    m_http.setMissingHandler([](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        QElapsedTimer timer;
        timer.start();
        HttpReply::error(404, QStringLiteral("not_found"), QStringLiteral("There is no %1 here.").arg(request.url().path()))
            .write(std::move(responder));
        logRequest(request, 404, 0, timer);
    });
}

quint16 HubServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    const quint16 bound = m_http.listen(address, port);
    if (bound == 0)
        *error = QStringLiteral("Cannot listen on %1:%2.").arg(address.toString()).arg(port);
    return bound;
}

// Routes match every method so that a wrong one gets 405 rather than Qt's 404.
void HubServer::addRoute(const QString &path, QHttpServerRequest::Method method, Handler handler)
{
    m_http.route(path, [method, handler](const QHttpServerRequest &request) { return dispatch(request, method, handler); });
}

QHttpServerResponse HubServer::dispatch(const QHttpServerRequest &request, QHttpServerRequest::Method method, const Handler &handler)
{
    QElapsedTimer timer;
    timer.start();
    QHttpServerResponse response = request.method() == method
        ? HttpReply::compressed(request, handler(request))
        : HttpReply::error(405, QStringLiteral("method_not_allowed"),
                           QStringLiteral("%1 takes %2 only.").arg(request.url().path(), QString::fromLatin1(HttpReply::methodName(method))));
    if (response.statusCode() == QHttpServerResponse::StatusCode::MethodNotAllowed)
        response.setHeader(QByteArrayLiteral("Allow"), HttpReply::methodName(method));
    logRequest(request, int(response.statusCode()), response.data().size(), timer);
    return response;
}

QHttpServerResponse HubServer::health(const QHttpServerRequest &)
{
    const int version = m_db.schemaVersion();
    if (version != HubDatabase::latestSchemaVersion())
        return HttpReply::error(503, QStringLiteral("unavailable"), QStringLiteral("The hub cannot read its database."));
    return HttpReply::json({{QStringLiteral("status"), QStringLiteral("ok")}, {QStringLiteral("schemaVersion"), version}});
}

QHttpServerResponse HubServer::enrol(const QHttpServerRequest &request)
{
    if (!HttpReply::isJson(request))
        return HttpReply::notJson();
    const JsonBody::Result body = JsonBody::readObject(request.body(), {{QStringLiteral("code"), QJsonValue::String},
                                                                        {QStringLiteral("label"), QJsonValue::String, true}});
    if (!body.ok())
        return HttpReply::error(body.status, body.error, body.message);
    // The name the organisation gives the device ("tablet buurthuis"): what `token list`
    // shows, so that a coordinator can tell which device to revoke.
    const QString label = body.object.value(QStringLiteral("label")).toString().simplified();
    if (label.size() > MaxDeviceLabel || std::any_of(label.cbegin(), label.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return HttpReply::error(400, QStringLiteral("invalid_label"),
                                QStringLiteral("A device's name has at most %1 characters and no control characters.").arg(MaxDeviceLabel));
    const auto code = EnrolCode::normalise(body.object.value(QStringLiteral("code")).toString());
    if (!code)
        return HttpReply::error(400, QStringLiteral("invalid_code"),
                                QStringLiteral("An enrol code has 16 letters and digits, such as K7QM-3XPA-9RTD-2FHC."));

    const Redemption redemption = EnrolStore(m_db).redeem(*code, m_now(), label);
    switch (redemption.outcome) {
    case Redemption::Redeemed:
        qCInfo(lcHub, "a device enrolled for organisation %s", qPrintable(redemption.organisation.uid));
        return HttpReply::json({{QStringLiteral("token"), redemption.token},
                                {QStringLiteral("role"), roleName(Role::Worker)},
                                {QStringLiteral("organisation"), organisationJson(redemption.organisation)}});
    case Redemption::UnknownCode:
        return HttpReply::error(404, QStringLiteral("unknown_code"), QStringLiteral("The hub does not know this code; check it or ask for a new one."));
    case Redemption::CodeUsed:
        return HttpReply::error(410, QStringLiteral("code_used"), QStringLiteral("This code has been used already; ask for a new one."));
    case Redemption::CodeExpired:
        return HttpReply::error(410, QStringLiteral("code_expired"), QStringLiteral("This code has expired; ask for a new one."));
    case Redemption::Failed:
        break;
    }
    qCWarning(lcHub, "enrolment failed: %s", qPrintable(redemption.error));
    return HttpReply::error(500, QStringLiteral("internal_error"), QStringLiteral("The hub could not enrol the device; try again later."));
}

QHttpServerResponse HubServer::whoami(const QHttpServerRequest &request)
{
    const TokenStore tokens(m_db);
    const AuthResult auth = BearerAuth(tokens).check(HttpReply::header(request, "Authorization"),
                                                     {Role::Worker, Role::Evaluator, Role::Admin});
    if (!auth.caller)
        return HttpReply::error(auth.status, auth.error, auth.message);
    QJsonValue organisation(QJsonValue::Null);
    if (const auto found = OrganisationStore(m_db).find(auth.caller->organisationUid))
        organisation = organisationJson(*found);
    return HttpReply::json({{QStringLiteral("role"), roleName(auth.caller->role)}, {QStringLiteral("organisation"), organisation}});
}

} // namespace Buurtplein
