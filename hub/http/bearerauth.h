// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/hubtypes.h"

#include <QList>

#include <optional>

namespace Buurtplein {

class TokenStore;

/** Who is calling, or why the call is refused: 401 unauthorised or 403 forbidden. */
struct AuthResult {
    std::optional<TokenInfo> caller;
    int status = 0;      ///< 0 when caller is set
    QString error;       ///< "unauthorised" or "forbidden"
    QString message;
};

/** Checks "Authorization: Bearer <token>" against the hub's tokens and a route's roles. */
class BearerAuth
{
public:
    explicit BearerAuth(const TokenStore &tokens) : m_tokens(tokens) {}

    /** The caller behind @p authorization (the header's value, empty when absent) when its role is one of @p allowed. */
    AuthResult check(const QByteArray &authorization, const QList<Role> &allowed) const;

private:
    const TokenStore &m_tokens;
};

} // namespace Buurtplein
