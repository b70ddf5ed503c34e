// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httpreply.h"
#include "map/vectortile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace Buurtplein::HttpReply {

namespace {
// The first and last byte a Range header asks of a file of @p size (RFC 9110, 14.1.2: one
// range, "bytes=first-", "bytes=first-last" or "bytes=-suffix"); std::nullopt when the
// header is absent or not one range; (-1, -1) when it lies wholly beyond the file.
std::optional<std::pair<qint64, qint64>> byteRange(const QByteArray &header, qint64 size)
{
    static const QRegularExpression form(QStringLiteral("^bytes=([0-9]*)-([0-9]*)$"));
    const auto match = form.match(QString::fromLatin1(header.trimmed()));
    if (!match.hasMatch() || (match.captured(1).isEmpty() && match.captured(2).isEmpty()))
        return std::nullopt;
    if (match.captured(1).isEmpty()) { // the last N bytes
        const qint64 suffix = match.captured(2).toLongLong();
        if (suffix == 0)
            return std::pair<qint64, qint64>{-1, -1};
        return std::pair<qint64, qint64>{std::max<qint64>(0, size - suffix), size - 1};
    }
    const qint64 first = match.captured(1).toLongLong();
    const qint64 last = match.captured(2).isEmpty() ? size - 1 : std::min(match.captured(2).toLongLong(), size - 1);
    if (first >= size || last < first)
        return std::pair<qint64, qint64>{-1, -1};
    return std::pair<qint64, qint64>{first, last};
}
} // namespace

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

bool matchesEtag(const QHttpServerRequest &request, const QByteArray &etag)
{
    const QList<QByteArray> tags = header(request, "If-None-Match").split(',');
    return std::any_of(tags.cbegin(), tags.cend(), [&etag](const QByteArray &tag) { return tag.trimmed() == etag || tag.trimmed() == "*"; });
}

QHttpServerResponse notModified(const QByteArray &etag, const QByteArray &cacheControl)
{
    QHttpServerResponse response(QHttpServerResponse::StatusCode::NotModified);
    response.setHeader(QByteArrayLiteral("ETag"), etag);
    if (!cacheControl.isEmpty())
        response.setHeader(QByteArrayLiteral("Cache-Control"), cacheControl);
    return response;
}

bool acceptsGzip(const QHttpServerRequest &request)
{
    for (const QByteArray &part : header(request, "Accept-Encoding").split(',')) {
        const QList<QByteArray> fields = part.split(';');
        const QByteArray coding = fields.first().trimmed().toLower();
        if (coding != "gzip" && coding != "*")
            continue;
        bool refused = false;
        for (const QByteArray &parameter : fields.mid(1)) {
            const QByteArray p = parameter.trimmed().toLower();
            if (p.startsWith("q=") && p.mid(2).toDouble() <= 0)
                refused = true;
        }
        if (!refused)
            return true;
    }
    return false;
}

QHttpServerResponse publicBody(const QHttpServerRequest &request, const QByteArray &mimeType, const QByteArray &body,
                               const QByteArray &cacheControl)
{
    const QByteArray etag = '"' + QCryptographicHash::hash(body, QCryptographicHash::Sha1).toHex().left(20) + '"';
    if (matchesEtag(request, etag))
        return notModified(etag, cacheControl);
    QHttpServerResponse response(mimeType, body);
    response.setHeader(QByteArrayLiteral("ETag"), etag);
    response.setHeader(QByteArrayLiteral("Cache-Control"), cacheControl);
    return response;
}

QByteArray gzip(const QByteArray &data, int level)
{
    return VectorTile::gzip(data, level);
}

QHttpServerResponse compressed(const QHttpServerRequest &request, QHttpServerResponse &&response)
{
    const QByteArray body = response.data();
    // A body sent in byte ranges (a region package) is sent as it is: its ranges count its own bytes.
    if (body.size() < MinGzipBytes || !acceptsGzip(request) || !response.headers("Content-Encoding").isEmpty()
        || !response.headers("Accept-Ranges").isEmpty())
        return std::move(response);
    const QByteArray packed = gzip(body);
    if (packed.isEmpty() || packed.size() >= body.size())
        return std::move(response);
    QHttpServerResponse out(response.mimeType(), packed, response.statusCode());
    // Every header the hub's routes set (httpreply.cpp and the routes), carried over.
    for (const char *name : {"Cache-Control", "ETag", "Content-Disposition", "Allow", "Retry-After"}) {
        for (const QByteArray &value : response.headers(name))
            out.setHeader(QByteArray(name), value);
    }
    out.setHeader(QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip"));
    out.setHeader(QByteArrayLiteral("Vary"), QByteArrayLiteral("Accept-Encoding"));
    return out;
}

QHttpServerResponse fileRange(const QHttpServerRequest &request, QFile &file, const QByteArray &mimeType, const QByteArray &etag,
                              const QByteArray &cacheControl)
{
    const qint64 size = file.size();
    // A range only of the same file: If-Range names the ETag the first part came with.
    const QByteArray ifRange = header(request, "If-Range").trimmed();
    const auto range = ifRange.isEmpty() || ifRange == etag ? byteRange(header(request, "Range"), size) : std::nullopt;
    if (range && range->first < 0) {
        QHttpServerResponse refused(QHttpServerResponse::StatusCode::RequestRangeNotSatisfiable);
        refused.setHeader(QByteArrayLiteral("Content-Range"), "bytes */" + QByteArray::number(size));
        return refused;
    }
    const qint64 first = range ? range->first : 0;
    const qint64 last = range ? range->second : size - 1;
    file.seek(first);
    QHttpServerResponse response(mimeType, file.read(last - first + 1),
                                 range ? QHttpServerResponse::StatusCode::PartialContent : QHttpServerResponse::StatusCode::Ok);
    response.setHeader(QByteArrayLiteral("ETag"), etag);
    response.setHeader(QByteArrayLiteral("Cache-Control"), cacheControl);
    response.setHeader(QByteArrayLiteral("Accept-Ranges"), QByteArrayLiteral("bytes"));
    if (range)
        response.setHeader(QByteArrayLiteral("Content-Range"),
                           "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/' + QByteArray::number(size));
    return response;
}

} // namespace Buurtplein::HttpReply
