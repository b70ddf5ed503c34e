// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/bearerauth.h"
#include "store/tokenstore.h"

namespace Buurtplein {

namespace {
AuthResult refuse(int status, const QString &error, const QString &message)
{
    AuthResult result;
    result.status = status;
    result.error = error;
    result.message = message;
    return result;
}
} // namespace

AuthResult BearerAuth::check(const QByteArray &authorization, const QList<Role> &allowed) const
{
    const QByteArray scheme("Bearer ");
    if (!authorization.startsWith(scheme))
        return refuse(401, QStringLiteral("unauthorised"), QStringLiteral("This needs an Authorization: Bearer token."));
    const QString token = QString::fromLatin1(authorization.mid(scheme.size()).trimmed());
    // A revoked token is answered exactly like one the hub never made.
    const auto info = token.isEmpty() ? std::nullopt : m_tokens.verify(token);
    if (!info)
        return refuse(401, QStringLiteral("unauthorised"), QStringLiteral("The token is unknown or revoked; enrol this device again."));
    if (!allowed.contains(info->role))
        return refuse(403, QStringLiteral("forbidden"), QStringLiteral("A %1 token may not use this.").arg(roleName(info->role)));
    AuthResult result;
    result.caller = info;
    return result;
}

} // namespace Buurtplein
