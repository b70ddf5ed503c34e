// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqldialect.h"

#include <QStringList>

namespace Buurtplein::HubMigrations {

/** How many migrations there are: the latest schema version. */
int count();
/** The statements that take the schema from @p version - 1 to @p version (1-based), in @p dialect. */
QStringList statements(int version, SqlDialect dialect);

/** Version 2: the hub's catalogue and its change feed (hubcatalogueschema.cpp). */
QStringList catalogueSchema(SqlDialect dialect);
/** Version 3: session logs, join counts and what ingest keeps (hubingestschema.cpp). */
QStringList ingestSchema(SqlDialect dialect);
/** Version 4: rollups, dimensions and areas for released statistics (hubstatsschema.cpp). */
QStringList statsSchema(SqlDialect dialect);
/** Version 5: the rollups clustered by period on SQLite (hubstatsschema.cpp). */
QStringList statsClusteredSchema(SqlDialect dialect);
/** Version 6: joins as unlinkable keys per occurrence instead of counts per device (hubingestschema.cpp). */
QStringList joinKeySchema(SqlDialect dialect);
QStringList statsCellKeySchema(SqlDialect dialect);
/** Version 8: area outlines for point-in-polygon, and each area code's division year (hubstatsschema.cpp). */
QStringList areaOutlineSchema(SqlDialect dialect);
/** Version 9: drafts of imported calendars, outside the feed until confirmed (hubcatalogueschema.cpp). */
QStringList draftSchema(SqlDialect dialect);

} // namespace Buurtplein::HubMigrations
