// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubclient/hubrequest.h"

namespace Buurtplein::HubRequest {

std::optional<QUrl> readAddress(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (!trimmed.contains(QLatin1String("://")))
        trimmed.prepend(QLatin1String("https://"));
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return std::nullopt;
    return tidy(url);
}

QUrl tidy(const QUrl &hub)
{
    QUrl url = hub.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (url.path() == QLatin1String("/"))
        url.setPath(QString());
    return url;
}

QUrl url(const QUrl &hub, const QString &pathAndQuery)
{
    QUrl out = hub;
    QString path = out.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const qsizetype question = pathAndQuery.indexOf(QLatin1Char('?'));
    out.setPath(path + pathAndQuery.left(question));
    out.setQuery(question < 0 ? QString() : pathAndQuery.mid(question + 1));
    out.setFragment(QString());
    return out;
}

QNetworkRequest make(const QUrl &hub, const QString &pathAndQuery, const QByteArray &bearer, bool jsonBody)
{
    QNetworkRequest request(url(hub, pathAndQuery));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray(UserAgent));
    // Without a value of its own, Qt sends the system's languages (e.g. "ti-ER,en-US").
    request.setRawHeader("Accept-Language", "*");
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    if (jsonBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return request;
}

QList<QByteArray> allowedHeaders()
{
    // What the protocol needs, and what Qt's HTTP stack adds to every request with values
    // that are the same on every device. Range and If-Range resume the download of a map
    // package or the catalogue snapshot: a byte offset and the file's public ETag,
    // nothing of the person.
    return {"host", "connection", "accept-encoding", "accept-language", "user-agent", "authorization", "content-type", "content-length",
            "range", "if-range"};
}

} // namespace Buurtplein::HubRequest
