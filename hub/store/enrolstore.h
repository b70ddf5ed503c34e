// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/hubtypes.h"

#include <optional>

namespace Buurtplein {

class HubDatabase;

/** What redeeming an enrol code came to. */
struct Redemption {
    enum Outcome { Redeemed, UnknownCode, CodeUsed, CodeExpired, Failed };
    Outcome outcome = Failed;
    QString token;                  ///< the new worker token, when Redeemed
    HubOrganisation organisation;   ///< the code's organisation, when Redeemed
    QString error;                  ///< what went wrong, when Failed
};

/** One-time enrol codes: made for an organisation by a coordinator, redeemed once by a device. */
class EnrolStore
{
public:
    explicit EnrolStore(HubDatabase &db) : m_db(db) {}

    /** Makes a code for the existing organisation @p organisationUid, valid until @p expires; the normalised code, or std::nullopt and @p error. */
    std::optional<QString> create(const QString &organisationUid, qint64 expires, QString *error);
    /**
     * Redeems the normalised @p code at @p now for a new worker token, in one
     * transaction: of several redemptions racing for one code, exactly one gets a token.
     */
    Redemption redeem(const QString &code, qint64 now, const QString &label = {});

private:
    Redemption whyNotRedeemable(const QString &hash, qint64 now) const;

    HubDatabase &m_db;
};

} // namespace Buurtplein
