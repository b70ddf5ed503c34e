// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/hubmigrations.h"

namespace Buurtplein::HubMigrations {

// One row per catalogue record, its JSON in CataloguePayload's form. "change" is the
// record's place in the feed: taken from feed_counter inside the writing transaction
// (docs/hub.md, "Catalogue feed"), so numbers become visible in the order they were given.
// A deleted record keeps its row as a tombstone (data NULL, deleted = when) until purged.
QStringList catalogueSchema(SqlDialect dialect)
{
    Q_UNUSED(dialect);
    return {
        QStringLiteral("CREATE TABLE catalogue_item ("
                       " kind TEXT NOT NULL CHECK (kind IN ('organisation', 'place', 'activity', 'schedule', 'override')),"
                       " uid TEXT NOT NULL,"
                       " organisation_uid TEXT,"
                       " version BIGINT NOT NULL CHECK (version >= 1),"
                       " change BIGINT NOT NULL UNIQUE,"
                       " deleted BIGINT,"
                       " data TEXT,"
                       " PRIMARY KEY (kind, uid),"
                       " CHECK ((deleted IS NULL) = (data IS NOT NULL)))"),
        QStringLiteral("CREATE INDEX catalogue_item_organisation ON catalogue_item(organisation_uid)"),
        QStringLiteral("CREATE INDEX catalogue_item_deleted ON catalogue_item(deleted)"),
        // value: the last change number given; purged_through: the highest change of a purged tombstone.
        QStringLiteral("CREATE TABLE feed_counter ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " value BIGINT NOT NULL,"
                       " purged_through BIGINT NOT NULL)"),
        QStringLiteral("INSERT INTO feed_counter (id, value, purged_through) VALUES (1, 0, 0)"),
    };
}

// Version 9: activities a calendar import made, waiting outside the feed until a person
// confirms category, cost and audience (store/draftstore.h).
QStringList draftSchema(SqlDialect dialect)
{
    Q_UNUSED(dialect);
    return {
        QStringLiteral("CREATE TABLE catalogue_draft ("
                       " activity_uid TEXT PRIMARY KEY,"
                       " organisation_uid TEXT NOT NULL,"
                       " bundle TEXT NOT NULL,"
                       " created BIGINT NOT NULL)"),
    };
}

} // namespace Buurtplein::HubMigrations
