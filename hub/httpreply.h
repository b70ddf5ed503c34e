// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>

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

} // namespace Buurtplein::HttpReply
