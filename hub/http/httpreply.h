// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>

class QFile;

// Building the hub's answers: JSON bodies, and errors as {"error", "message"}.
namespace Buurtplein::HttpReply {

/** @p body as compact JSON with status @p status. */
QHttpServerResponse json(const QJsonObject &body, int status = 200);
/** {"error": @p error, "message": @p message} with status @p status. */
QHttpServerResponse error(int status, const QString &error, const QString &message);
/** The value of header @p name in @p request, compared without case; empty when absent. */
QByteArray header(const QHttpServerRequest &request, const QByteArray &name);
/** Whether @p request says its body is application/json (parameters such as charset allowed). */
bool isJson(const QHttpServerRequest &request);
/** 415 unsupported_media_type: the answer to a POST whose body is not declared JSON. */
QHttpServerResponse notJson();
/** 400 invalid_body for item @p index of a batch: "Item <index>: @p why Nothing was stored." */
QHttpServerResponse invalidItem(qsizetype index, const QString &why);
/** "GET", "POST", ... for logs and messages. */
QByteArray methodName(QHttpServerRequest::Method method);

/** Whether @p request's If-None-Match names @p etag (or is "*"): the client holds this version. */
bool matchesEtag(const QHttpServerRequest &request, const QByteArray &etag);
/** 304 Not Modified with @p etag and, when given, @p cacheControl. */
QHttpServerResponse notModified(const QByteArray &etag, const QByteArray &cacheControl = {});
/**
 * @p body as @p mimeType with a strong ETag made from its bytes and @p cacheControl; 304
 * when @p request's If-None-Match already names that ETag. For public answers a client
 * keeps (outlines, the list of map packages).
 */
QHttpServerResponse publicBody(const QHttpServerRequest &request, const QByteArray &mimeType, const QByteArray &body,
                               const QByteArray &cacheControl);

/**
 * @p file (open for reading) as @p mimeType with @p etag and @p cacheControl, whole (200)
 * or the one byte range @p request asks for (206 with Content-Range; RFC 9110, 14: "bytes=N-",
 * "N-M" or "-N"), 416 for a range beyond its end; an If-Range naming another ETag gets
 * the whole file. For files a phone downloads in parts (map packages, the catalogue snapshot).
 */
QHttpServerResponse fileRange(const QHttpServerRequest &request, QFile &file, const QByteArray &mimeType, const QByteArray &etag,
                              const QByteArray &cacheControl);

/** Whether @p request's Accept-Encoding takes gzip (RFC 9110: "gzip" or "*", without q=0). */
bool acceptsGzip(const QHttpServerRequest &request);
/** @p data as a gzip member (RFC 1952), compressed at zlib's level @p level. */
QByteArray gzip(const QByteArray &data, int level = 6);
/**
 * @p response with its body gzipped (Content-Encoding: gzip, Vary: Accept-Encoding) when
 * the client takes gzip and the body is large enough to gain (at least MinGzipBytes);
 * otherwise unchanged (also a body offered in byte ranges: Accept-Ranges). Headers the hub sets are carried over.
 */
QHttpServerResponse compressed(const QHttpServerRequest &request, QHttpServerResponse &&response);
constexpr qsizetype MinGzipBytes = 1024;

} // namespace Buurtplein::HttpReply
