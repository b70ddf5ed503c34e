// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/cataloguestore.h"
#include "storage/database.h"
#include "places/demoloader.h"
#include "search/searchindex.h"

#include <QDateTime>

namespace Buurtplein::TestSupport {

/** Opens a catalogue (in memory, or the file @p path) with the bundled demo neighbourhood, indexed from @p now. */
inline bool openDemoCatalogue(Database &db, const QDateTime &now, QString *error,
                              const QString &path = QStringLiteral(":memory:"))
{
    if (!db.open(path)) {
        *error = db.errorString();
        return false;
    }
    CatalogueStore store(db);
    return DemoLoader::load(store, QStringLiteral(BUURTPLEIN_ASSETS "/demo/demo-neighbourhood.json"), error)
        && SearchIndex::rebuild(db.connection(), now, 8, error);
}

} // namespace Buurtplein::TestSupport
