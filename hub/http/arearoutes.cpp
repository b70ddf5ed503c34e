// SPDX-License-Identifier: GPL-3.0-or-later
// Area outlines (issue 20, docs/protocol.md): GET /v1/areas/outlines?level=buurt|wijk|gemeente
// [&gemeente=GM....] answers the outlines import-areas stored, as a GeoJSON FeatureCollection
// (code, name, level and division year per feature; coordinates to six decimals, about
// 0.1 m). No token: area boundaries are public data, drawn by the evaluator's choropleth
// and the resident's neighbourhood chooser.
#include "http/httpreply.h"
#include "http/hubserver.h"
#include "places/areaindex.h"
#include "store/hubdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrlQuery>

#include <cmath>

namespace Buurtplein {

namespace {
// Every coordinate of a GeoJSON geometry rounded to six decimals.
QJsonValue rounded(const QJsonValue &value)
{
    if (value.isDouble())
        return std::round(value.toDouble() * 1e6) / 1e6;
    if (!value.isArray())
        return value;
    QJsonArray out;
    for (const QJsonValue &v : value.toArray())
        out.append(rounded(v));
    return out;
}
} // namespace

void HubServer::addAreaRoutes()
{
    addRoute(QStringLiteral("/v1/areas/outlines"), QHttpServerRequest::Method::Get, [this](const QHttpServerRequest &r) { return areaOutlines(r); });
}

QHttpServerResponse HubServer::areaOutlines(const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    for (const auto &[name, value] : query.queryItems()) {
        if (name != QLatin1String("level") && name != QLatin1String("gemeente"))
            return HttpReply::error(400, QStringLiteral("invalid_query"), QStringLiteral("Outlines take only 'level' and 'gemeente', not '%1'.").arg(name));
    }
    const QString level = query.queryItemValue(QStringLiteral("level")).isEmpty() ? QStringLiteral("buurt") : query.queryItemValue(QStringLiteral("level"));
    const QString gemeente = query.queryItemValue(QStringLiteral("gemeente"));
    static const QHash<QString, QString> prefixes = {{QStringLiteral("buurt"), QStringLiteral("BU")},
                                                     {QStringLiteral("wijk"), QStringLiteral("WK")},
                                                     {QStringLiteral("gemeente"), QStringLiteral("GM")}};
    if (!prefixes.contains(level))
        return HttpReply::error(400, QStringLiteral("invalid_query"), QStringLiteral("'level' is buurt, wijk or gemeente."));
    static const QRegularExpression gemeenteCode(QStringLiteral("^GM[0-9]{4}$"));
    if (!gemeente.isEmpty() && !gemeenteCode.match(gemeente).hasMatch())
        return HttpReply::error(400, QStringLiteral("invalid_query"), QStringLiteral("'gemeente' is a CBS code such as GM0363."));

    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT code, name, division, geometry FROM area_outline WHERE code LIKE ? ORDER BY code"));
    q.addBindValue(gemeente.isEmpty() ? prefixes.value(level) + QLatin1Char('%') : prefixes.value(level) + gemeente.mid(2) + QLatin1Char('%'));
    if (!q.exec())
        return HttpReply::error(500, QStringLiteral("internal_error"), QStringLiteral("The hub could not read its area outlines; try again later."));
    QJsonArray features;
    while (q.next()) {
        const QString code = q.value(0).toString();
        const QJsonObject geometry = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        QJsonObject properties{{QStringLiteral("code"), code}, {QStringLiteral("name"), q.value(1).toString()}, {QStringLiteral("level"), level}};
        if (q.value(2).toInt() > 0)
            properties.insert(QStringLiteral("division"), q.value(2).toInt());
        features.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                                    {QStringLiteral("id"), code},
                                    {QStringLiteral("properties"), properties},
                                    {QStringLiteral("geometry"), QJsonObject{{QStringLiteral("type"), geometry.value(QStringLiteral("type"))},
                                                                             {QStringLiteral("coordinates"), rounded(geometry.value(QStringLiteral("coordinates")))}}}});
    }
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("FeatureCollection")}, {QStringLiteral("features"), features}})
                                .toJson(QJsonDocument::Compact);
    return HttpReply::publicBody(request, QByteArrayLiteral("application/geo+json"), body, QByteArrayLiteral("public, max-age=86400"));
}

} // namespace Buurtplein
