// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

// Strict reading of request bodies: a body is one JSON object with exactly the fields a
// route expects, each of the expected type. Anything else is refused with a sentence.
namespace Buurtplein::JsonBody {

/** The most bytes a request body may have (64 KiB). */
inline constexpr qsizetype maxBytes = 64 * 1024;

/** One field a body must (or, when optional, may) have. */
struct Field {
    QString name;
    QJsonValue::Type type;
    bool optional = false;
};

/** A body read, or why not: status 400 (malformed) or 413 (too large) with an error code and message. */
struct Result {
    QJsonObject object;
    int status = 0;      ///< 0 when the body is good
    QString error;       ///< "invalid_json", "invalid_body" or "too_large"
    QString message;
    bool ok() const { return status == 0; }
};

/** Reads @p body as an object with exactly @p fields (optional ones may be left out); at most @p limit bytes. */
Result readObject(const QByteArray &body, const QList<Field> &fields, qsizetype limit = maxBytes);

} // namespace Buurtplein::JsonBody
