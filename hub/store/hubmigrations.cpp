// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/hubmigrations.h"

namespace Buurtplein::HubMigrations {

namespace {
// Times are whole seconds since the epoch, UTC, in BIGINT columns; "not yet" is NULL.
// Neither IP addresses nor user agents are stored anywhere (SPEC, privacy 4).
QStringList version1(SqlDialect dialect)
{
    return {
        QStringLiteral("CREATE TABLE organisation ("
                       " uid TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " version BIGINT NOT NULL DEFAULT 1,"
                       " modified BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE api_token (id ") + dialect.identityPrimaryKey()
            + QStringLiteral(","
                             " hash TEXT NOT NULL UNIQUE,"
                             " role TEXT NOT NULL CHECK (role IN ('worker', 'evaluator', 'admin')),"
                             " organisation_uid TEXT REFERENCES organisation(uid),"
                             " label TEXT NOT NULL DEFAULT '',"
                             " created BIGINT NOT NULL,"
                             " revoked BIGINT,"
                             " CHECK ((role = 'worker' AND organisation_uid IS NOT NULL)"
                             "     OR (role <> 'worker' AND organisation_uid IS NULL)))"),
        QStringLiteral("CREATE TABLE enrol_code ("
                       " hash TEXT PRIMARY KEY,"
                       " organisation_uid TEXT NOT NULL REFERENCES organisation(uid),"
                       " expires BIGINT NOT NULL,"
                       " used_at BIGINT)"),
        QStringLiteral("CREATE INDEX api_token_organisation ON api_token(organisation_uid)"),
        QStringLiteral("CREATE INDEX enrol_code_organisation ON enrol_code(organisation_uid)"),
    };
}
} // namespace

int count()
{
    return 9;
}

QStringList statements(int version, SqlDialect dialect)
{
    switch (version) {
    case 1:
        return version1(dialect);
    case 2:
        return catalogueSchema(dialect);
    case 3:
        return ingestSchema(dialect);
    case 4:
        return statsSchema(dialect);
    case 5:
        return statsClusteredSchema(dialect);
    case 6:
        return joinKeySchema(dialect);
    case 7:
        return statsCellKeySchema(dialect);
    case 8:
        return areaOutlineSchema(dialect);
    case 9:
        return draftSchema(dialect);
    default:
        return {};
    }
}

} // namespace Buurtplein::HubMigrations
