// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/tokenstore.h"
#include "store/hubdatabase.h"
#include "store/hubsecret.h"
#include "store/organisationstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Buurtplein {

namespace {
const QString selectColumns = QStringLiteral("SELECT id, role, organisation_uid, label, created, revoked FROM api_token");

TokenInfo fromRow(const QSqlQuery &q)
{
    TokenInfo info;
    info.id = q.value(0).toLongLong();
    info.role = roleFromName(q.value(1).toString()).value_or(Role::Worker);
    info.organisationUid = q.value(2).toString();
    info.label = q.value(3).toString();
    info.created = q.value(4).toLongLong();
    info.revoked = q.value(5).isNull() ? 0 : q.value(5).toLongLong();
    return info;
}
} // namespace

std::optional<NewToken> TokenStore::create(Role role, const QString &organisationUid, const QString &label, qint64 now, QString *error)
{
    if (role == Role::Worker && !OrganisationStore(m_db).find(organisationUid)) {
        *error = organisationUid.isEmpty() ? QStringLiteral("A worker token needs an organisation (--org).")
                                           : QStringLiteral("There is no organisation %1.").arg(organisationUid);
        return std::nullopt;
    }
    if (role != Role::Worker && !organisationUid.isEmpty()) {
        *error = QStringLiteral("Only worker tokens belong to an organisation; an %1 token sees all of them.").arg(roleName(role));
        return std::nullopt;
    }
    NewToken made;
    made.token = HubSecret::newToken();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO api_token (hash, role, organisation_uid, label, created)"
                             " VALUES (:hash, :role, :organisation, :label, :created) RETURNING id"));
    q.bindValue(QStringLiteral(":hash"), HubSecret::sha256Hex(made.token));
    q.bindValue(QStringLiteral(":role"), roleName(role));
    q.bindValue(QStringLiteral(":organisation"), role == Role::Worker ? QVariant(organisationUid) : QVariant(QMetaType(QMetaType::QString)));
    q.bindValue(QStringLiteral(":label"), label.isNull() ? QStringLiteral("") : label);
    q.bindValue(QStringLiteral(":created"), now);
    if (!q.exec() || !q.next()) {
        *error = QStringLiteral("Cannot store the token: ") + q.lastError().text();
        return std::nullopt;
    }
    made.id = q.value(0).toLongLong();
    return made;
}

std::optional<TokenInfo> TokenStore::verify(const QString &token) const
{
    const auto info = findWhere(QStringLiteral("hash"), HubSecret::sha256Hex(token));
    if (!info || info->revoked != 0)
        return std::nullopt;
    return info;
}

std::optional<qint64> TokenStore::idOf(const QString &token) const
{
    const auto info = findWhere(QStringLiteral("hash"), HubSecret::sha256Hex(token));
    return info ? std::optional<qint64>(info->id) : std::nullopt;
}

std::optional<TokenInfo> TokenStore::find(qint64 id) const
{
    return findWhere(QStringLiteral("id"), id);
}

bool TokenStore::revoke(qint64 id, qint64 now, QString *error)
{
    if (!find(id)) {
        *error = QStringLiteral("There is no token %1.").arg(id);
        return false;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE api_token SET revoked = :now WHERE id = :id AND revoked IS NULL"));
    q.bindValue(QStringLiteral(":now"), now);
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec()) {
        *error = QStringLiteral("Cannot revoke token %1: %2").arg(id).arg(q.lastError().text());
        return false;
    }
    return true;
}

QList<TokenInfo> TokenStore::list() const
{
    QList<TokenInfo> result;
    QSqlQuery q(m_db.connection());
    if (!q.exec(selectColumns + QStringLiteral(" ORDER BY id")))
        return result;
    while (q.next())
        result.append(fromRow(q));
    return result;
}

std::optional<TokenInfo> TokenStore::findWhere(const QString &column, const QVariant &value) const
{
    // column is one of two fixed names from this file, never input.
    QSqlQuery q(m_db.connection());
    q.prepare(selectColumns + QStringLiteral(" WHERE ") + column + QStringLiteral(" = :value"));
    q.bindValue(QStringLiteral(":value"), value);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

} // namespace Buurtplein
