// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/hubtypes.h"

#include <QList>

#include <optional>

class QSqlDatabase;

namespace Buurtplein {

class HubDatabase;

/** A token just made: shown once, never stored. */
struct NewToken {
    qint64 id = 0;
    QString token;
};

/** The hub's bearer tokens, kept as SHA-256 hashes only. */
class TokenStore
{
public:
    explicit TokenStore(HubDatabase &db) : m_db(db) {}

    /**
     * Makes a token for @p role; a worker's belongs to the existing organisation
     * @p organisationUid, other roles' to none. std::nullopt and @p error otherwise.
     * Call it inside a transaction to make it part of a larger write.
     */
    std::optional<NewToken> create(Role role, const QString &organisationUid, const QString &label, qint64 now, QString *error);
    /** What @p token is allowed, or std::nullopt when it is unknown or revoked. */
    std::optional<TokenInfo> verify(const QString &token) const;
    /** The id of @p token, revoked or not, or std::nullopt when the hub never made it. */
    std::optional<qint64> idOf(const QString &token) const;
    /** The token with @p id, or std::nullopt. */
    std::optional<TokenInfo> find(qint64 id) const;
    /** Revokes token @p id from @p now on; false and @p error when there is no such token. Revoking twice keeps the first time. */
    bool revoke(qint64 id, qint64 now, QString *error);
    /** Every token, by id. */
    QList<TokenInfo> list() const;

private:
    std::optional<TokenInfo> findWhere(const QString &column, const QVariant &value) const;

    HubDatabase &m_db;
};

} // namespace Buurtplein
