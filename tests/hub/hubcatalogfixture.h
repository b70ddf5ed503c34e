// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// For tests and benches that write the hub's database directly (they link the hub's store).

#include "store/hubcatalogue.h"
#include "store/hubdatabase.h"

namespace Buurtplein::HubTest {

/**
 * The hub's catalogue holds @p activity as @p organisation's (a minimal record): the hub
 * takes session logs only for activities it knows.
 */
inline bool catalogueActivity(HubDatabase &db, const QString &activity, const QString &organisation, QString *error)
{
    HubTransaction tx(db.connection(), db.dialect());
    const CatalogueWrite write = HubCatalogue(db).upsert(QStringLiteral("activity"), activity, organisation,
                                                         {{QStringLiteral("title"), QStringLiteral("Koffie")}});
    *error = write.error + tx.errorString();
    return write.outcome != CatalogueWrite::Failed && tx.commit();
}

} // namespace Buurtplein::HubTest
