// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubclient/hubclient.h"
#include "hubclient/hubrequest.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>

namespace Buurtplein {

HubAnswer::Kind HubAnswer::kindOf(int status)
{
    if (status == 0)
        return Offline;
    if ((status >= 200 && status < 300) || status == 304)
        return Answered;
    if (status == 401)
        return Refused;
    if (status >= 400 && status < 500)
        return Rejected;
    return Failed;
}

HubAnswer HubAnswer::of(QNetworkReply *reply)
{
    HubAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.kind = kindOf(answer.status);
    if (answer.status == 0)
        answer.networkError = reply->errorString();
    answer.body = reply->readAll();
    answer.retryAfter = reply->rawHeader("Retry-After");
    return answer;
}

QJsonObject HubAnswer::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HubAnswer::errorId() const
{
    return json().value(QStringLiteral("error")).toString();
}

QString HubAnswer::hubMessage() const
{
    return json().value(QStringLiteral("message")).toString();
}

HubClient::HubClient(QNetworkAccessManager *network)
    : m_network(network)
{
}

QNetworkReply *HubClient::get(const QUrl &hub, const QString &pathAndQuery, const QByteArray &bearer, QObject *context,
                              Done done, int timeoutMs) const
{
    Q_ASSERT(m_network);
    QNetworkRequest request = HubRequest::make(hub, pathAndQuery, bearer);
    request.setTransferTimeout(timeoutMs);
    return watch(m_network->get(request), context, std::move(done));
}

QNetworkReply *HubClient::getRange(const QUrl &hub, const QString &path, qint64 first, qint64 last, const QByteArray &etag,
                                   QObject *context, Done done, int timeoutMs) const
{
    Q_ASSERT(m_network);
    QNetworkRequest request = HubRequest::make(hub, path);
    request.setTransferTimeout(timeoutMs);
    request.setRawHeader("Range", "bytes=" + QByteArray::number(first) + '-' + QByteArray::number(last));
    request.setRawHeader("If-Range", etag);
    return watch(m_network->get(request), context, std::move(done));
}

QNetworkReply *HubClient::postJson(const QUrl &hub, const QString &path, const QByteArray &body, const QByteArray &bearer,
                                   QObject *context, Done done, int timeoutMs) const
{
    Q_ASSERT(m_network);
    QNetworkRequest request = HubRequest::make(hub, path, bearer, true);
    request.setTransferTimeout(timeoutMs);
    return watch(m_network->post(request, body), context, std::move(done));
}

QNetworkReply *HubClient::watch(QNetworkReply *reply, QObject *context, Done done) const
{
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, done = std::move(done)] {
        reply->deleteLater();
        done(HubAnswer::of(reply));
    });
    return reply;
}

HubNetwork::HubNetwork()
    : m_network(std::make_unique<QNetworkAccessManager>())
{
}

HubNetwork::~HubNetwork() = default;

} // namespace Buurtplein
