// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/enrolstore.h"
#include "worker/enrolcode.h"
#include "store/hubdatabase.h"
#include "store/hubsecret.h"
#include "store/organisationstore.h"
#include "store/tokenstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Buurtplein {

std::optional<QString> EnrolStore::create(const QString &organisationUid, qint64 expires, QString *error)
{
    if (!OrganisationStore(m_db).find(organisationUid)) {
        *error = QStringLiteral("There is no organisation %1.").arg(organisationUid);
        return std::nullopt;
    }
    const QString code = EnrolCode::generate();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO enrol_code (hash, organisation_uid, expires) VALUES (:hash, :organisation, :expires)"));
    q.bindValue(QStringLiteral(":hash"), HubSecret::sha256Hex(code));
    q.bindValue(QStringLiteral(":organisation"), organisationUid);
    q.bindValue(QStringLiteral(":expires"), expires);
    if (!q.exec()) {
        *error = QStringLiteral("Cannot store the enrol code: ") + q.lastError().text();
        return std::nullopt;
    }
    return code;
}

Redemption EnrolStore::redeem(const QString &code, qint64 now, const QString &label)
{
    const QString hash = HubSecret::sha256Hex(code);
    Redemption result;
    HubTransaction tx(m_db.connection(), m_db.dialect());
    if (!tx.isActive()) {
        result.error = QStringLiteral("Cannot begin the redemption: ") + tx.errorString();
        return result;
    }
    // The claim comes first and is conditional: of two racing transactions the second
    // waits for the first's row lock (PostgreSQL) or write lock (SQLite) and then finds
    // used_at set, so it changes no row.
    QSqlQuery claim(m_db.connection());
    claim.prepare(QStringLiteral("UPDATE enrol_code SET used_at = :now"
                                 " WHERE hash = :hash AND used_at IS NULL AND expires > :now2"
                                 " RETURNING organisation_uid"));
    claim.bindValue(QStringLiteral(":now"), now);
    claim.bindValue(QStringLiteral(":hash"), hash);
    claim.bindValue(QStringLiteral(":now2"), now);
    if (!claim.exec()) {
        result.error = QStringLiteral("Cannot claim the code: ") + claim.lastError().text();
        return result;
    }
    if (!claim.next()) {
        claim.finish();
        return whyNotRedeemable(hash, now);
    }
    const QString organisationUid = claim.value(0).toString();
    claim.finish();

    const auto organisation = OrganisationStore(m_db).find(organisationUid);
    const auto token = organisation ? TokenStore(m_db).create(Role::Worker, organisationUid,
                                                              label.isEmpty() ? QStringLiteral("enrolled device") : label, now, &result.error)
                                    : std::nullopt;
    if (!organisation || !token) {
        result.error = QStringLiteral("Cannot make the device's token: ") + result.error;
        return result;
    }
    if (!tx.commit()) {
        result.error = QStringLiteral("Cannot commit the redemption: ") + tx.errorString();
        return result;
    }
    result.outcome = Redemption::Redeemed;
    result.token = token->token;
    result.organisation = *organisation;
    return result;
}

Redemption EnrolStore::whyNotRedeemable(const QString &hash, qint64 now) const
{
    Redemption result;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT used_at, expires FROM enrol_code WHERE hash = :hash"));
    q.bindValue(QStringLiteral(":hash"), hash);
    if (!q.exec()) {
        result.error = QStringLiteral("Cannot look up the code: ") + q.lastError().text();
        return result;
    }
    if (!q.next())
        result.outcome = Redemption::UnknownCode;
    else if (!q.value(0).isNull())
        result.outcome = Redemption::CodeUsed;
    else if (q.value(1).toLongLong() <= now)
        result.outcome = Redemption::CodeExpired;
    else
        result.error = QStringLiteral("The code is neither used nor expired yet could not be claimed.");
    return result;
}

} // namespace Buurtplein
