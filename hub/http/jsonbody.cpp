// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/jsonbody.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringList>

namespace Buurtplein::JsonBody {

namespace {
QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Bool:
        return QStringLiteral("true or false");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    default:
        return QStringLiteral("null");
    }
}

Result refuse(int status, const QString &error, const QString &message)
{
    Result result;
    result.status = status;
    result.error = error;
    result.message = message;
    return result;
}
} // namespace

Result readObject(const QByteArray &body, const QList<Field> &fields, qsizetype limit)
{
    if (body.size() > limit)
        return refuse(413, QStringLiteral("too_large"), QStringLiteral("The request body has %1 bytes; at most %2 are accepted.").arg(body.size()).arg(limit));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse(400, QStringLiteral("invalid_json"), QStringLiteral("The body is not JSON: %1 at byte %2.").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return refuse(400, QStringLiteral("invalid_body"), QStringLiteral("The body must be a JSON object."));
    const QJsonObject object = doc.object();
    QStringList expected;
    for (const Field &field : fields)
        expected.append(field.name);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!expected.contains(it.key()))
            return refuse(400, QStringLiteral("invalid_body"), QStringLiteral("Unknown field '%1'; expected only %2.").arg(it.key(), expected.join(QStringLiteral(", "))));
    }
    for (const Field &field : fields) {
        if (!object.contains(field.name) && field.optional)
            continue;
        if (!object.contains(field.name))
            return refuse(400, QStringLiteral("invalid_body"), QStringLiteral("Missing field '%1'.").arg(field.name));
        if (object.value(field.name).type() != field.type)
            return refuse(400, QStringLiteral("invalid_body"), QStringLiteral("Field '%1' must be %2.").arg(field.name, typeName(field.type)));
    }
    Result result;
    result.object = object;
    return result;
}

} // namespace Buurtplein::JsonBody
