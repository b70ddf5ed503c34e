// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpreply.h"

#include <QJsonDocument>

namespace Buurtplein::HttpReply {

QHttpServerResponse json(const QJsonObject &body, int status)
{
    QHttpServerResponse response(QByteArrayLiteral("application/json"), QJsonDocument(body).toJson(QJsonDocument::Compact),
                                 QHttpServerResponse::StatusCode(status));
    response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

QHttpServerResponse error(int status, const QString &error, const QString &message)
{
    return json(QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("message"), message}}, status);
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool isJson(const QHttpServerRequest &request)
{
    return header(request, "Content-Type").split(';').first().trimmed().toLower() == "application/json";
}

QHttpServerResponse notJson()
{
    return error(415, QStringLiteral("unsupported_media_type"), QStringLiteral("Send the body as Content-Type: application/json."));
}

QHttpServerResponse invalidItem(qsizetype index, const QString &why)
{
    return error(400, QStringLiteral("invalid_body"), QStringLiteral("Item %1: %2 Nothing was stored.").arg(index).arg(why));
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

} // namespace Buurtplein::HttpReply
