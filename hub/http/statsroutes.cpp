// SPDX-License-Identifier: GPL-3.0-or-later
// Released statistics for evaluators: GET /v1/stats/dimensions and GET /v1/stats/table
// (docs/statistics.md). Only figures Release::releaseFigure released leave the hub; raw
// logs never do, and workers are refused.
#include "http/bearerauth.h"
#include "http/httpreply.h"
#include "http/hubserver.h"
#include "stats/statscsv.h"
#include "stats/statsstore.h"
#include "stats/statstable.h"
#include "store/hubdatabase.h"
#include "store/tokenstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrlQuery>

namespace Buurtplein {

namespace {
QHttpServerResponse unavailable()
{
    return HttpReply::error(500, QStringLiteral("internal_error"), QStringLiteral("The hub could not read its statistics; try again later."));
}
} // namespace

void HubServer::addStatsRoutes()
{
    using Method = QHttpServerRequest::Method;
    addRoute(QStringLiteral("/v1/stats/dimensions"), Method::Get, [this](const QHttpServerRequest &r) { return statsDimensions(r); });
    addRoute(QStringLiteral("/v1/stats/table"), Method::Get, [this](const QHttpServerRequest &r) { return statsTable(r); });
}

QHttpServerResponse HubServer::statsDimensions(const QHttpServerRequest &request)
{
    const TokenStore tokens(m_db);
    const AuthResult auth = BearerAuth(tokens).check(HttpReply::header(request, "Authorization"), {Role::Evaluator, Role::Admin});
    if (!auth.caller)
        return HttpReply::error(auth.status, auth.error, auth.message);
    if (!request.query().isEmpty())
        return HttpReply::error(400, QStringLiteral("invalid_query"), QStringLiteral("The dimensions take no parameters."));
    StatsStore store(m_db);
    QString error;
    if (!store.refresh(&error))
        return unavailable();
    auto answer = store.dimensions(&error);
    if (!answer)
        return unavailable();
    answer->insert(QStringLiteral("metrics"), QJsonArray::fromStringList(Stats::metricNames()));
    answer->insert(QStringLiteral("rules"), Stats::rulesJson(m_releaseRules));
    return HttpReply::json(*answer);
}

QHttpServerResponse HubServer::statsTable(const QHttpServerRequest &request)
{
    const TokenStore tokens(m_db);
    const AuthResult auth = BearerAuth(tokens).check(HttpReply::header(request, "Authorization"), {Role::Evaluator, Role::Admin});
    if (!auth.caller)
        return HttpReply::error(auth.status, auth.error, auth.message);
    QString error;
    auto parsed = Stats::parseRequest(request.query().queryItems(QUrl::FullyDecoded), &error);
    if (!parsed)
        return HttpReply::error(400, QStringLiteral("invalid_query"), error);
    parsed->query.asOf = Stats::hubDate(QDateTime::fromSecsSinceEpoch(m_now(), Qt::UTC));
    StatsStore store(m_db);
    if (!store.refresh(&error))
        return unavailable();
    const auto cells = store.collect(parsed->query, &error);
    if (!cells)
        return unavailable();
    const Stats::ReleasedStats stats = Stats::releaseTable(parsed->query, *cells, m_releaseRules,
                                                           [&store](Stats::Dimension d) { return store.labels(d); }, parsed->lang);
    if (stats.tooLarge)
        return HttpReply::error(400, QStringLiteral("invalid_query"), stats.error);
    if (!stats.error.isEmpty())
        return HttpReply::error(422, QStringLiteral("not_releasable"), stats.error);
    if (parsed->format == QLatin1String("csv")) {
        QHttpServerResponse response("text/csv; charset=utf-8", Stats::toCsv(stats, parsed->lang));
        response.setHeader("Content-Disposition", QStringLiteral("attachment; filename=\"%1\"").arg(Stats::csvFileName(stats)).toUtf8());
        return response;
    }
    const QString generated = QDateTime::fromSecsSinceEpoch(m_now(), Qt::UTC).toString(Qt::ISODate);
    return HttpReply::json(Stats::toJson(stats, generated));
}

} // namespace Buurtplein
