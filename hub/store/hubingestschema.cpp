// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/hubmigrations.h"

namespace Buurtplein::HubMigrations {

// Raw session logs are personal data (SPEC, privacy 8): one row per client uuid at its
// highest revision, nothing beyond the whitelist of core/worker/sessionlogpayload.h, and
// the session's start so that retention can delete by it. Counts that were not
// recorded are NULL; booleans are 0/1 integers on both databases.
//
// Join counts are anonymous: one absolute count per occurrence and per device key,
// of which only the SHA-256 is kept; the total for an occurrence is the sum.
QStringList ingestSchema(SqlDialect dialect)
{
    Q_UNUSED(dialect);
    return {
        QStringLiteral("CREATE TABLE session_log ("
                       " uuid TEXT PRIMARY KEY,"
                       " revision BIGINT NOT NULL CHECK (revision >= 1),"
                       " organisation_uid TEXT NOT NULL REFERENCES organisation(uid),"
                       " activity_uid TEXT NOT NULL,"
                       " occurrence_uid TEXT NOT NULL,"
                       " session_start BIGINT NOT NULL,"
                       " held INTEGER NOT NULL CHECK (held IN (0, 1)),"
                       " not_held_reason TEXT,"
                       " attendance INTEGER NOT NULL CHECK (attendance >= 0),"
                       " first_timers INTEGER NOT NULL CHECK (first_timers >= 0),"
                       " volunteers INTEGER NOT NULL CHECK (volunteers >= 0),"
                       " host_present INTEGER NOT NULL CHECK (host_present IN (0, 1)),"
                       " age_0_11 INTEGER,"
                       " age_12_17 INTEGER,"
                       " age_18_26 INTEGER,"
                       " age_27_66 INTEGER,"
                       " age_67_plus INTEGER,"
                       " new_to_neighbourhood INTEGER,"
                       " received BIGINT NOT NULL)"),
        // For released statistics: per organisation, per activity and per period.
        QStringLiteral("CREATE INDEX session_log_organisation ON session_log(organisation_uid, session_start)"),
        QStringLiteral("CREATE INDEX session_log_activity ON session_log(activity_uid, session_start)"),
        QStringLiteral("CREATE INDEX session_log_start ON session_log(session_start)"),
        QStringLiteral("CREATE TABLE join_count ("
                       " occurrence_uid TEXT NOT NULL,"
                       " client_key_hash TEXT NOT NULL,"
                       " count INTEGER NOT NULL CHECK (count >= 0 AND count <= 20),"
                       " updated BIGINT NOT NULL,"
                       " PRIMARY KEY (occurrence_uid, client_key_hash))"),
    };
}

QStringList joinKeySchema(SqlDialect)
{
    return {
        // One row per join: the SHA-256 of the key the app derived for this occurrence from
        // the join's own token. No device key, no time: rows cannot be tied together.
        QStringLiteral("CREATE TABLE join_key ("
                       " occurrence_uid TEXT NOT NULL,"
                       " key_hash TEXT NOT NULL,"
                       " PRIMARY KEY (occurrence_uid, key_hash))"),
        // The counts per device key become anonymous rows, as many as each occurrence had,
        // and the per-device table with its key hashes and times goes.
        QStringLiteral("INSERT INTO join_key (occurrence_uid, key_hash)"
                       " WITH RECURSIVE totals (occurrence_uid, total) AS ("
                       "   SELECT occurrence_uid, SUM(count) FROM join_count GROUP BY occurrence_uid),"
                       " numbered (occurrence_uid, n, total) AS ("
                       "   SELECT occurrence_uid, 1, total FROM totals WHERE total > 0"
                       "   UNION ALL SELECT occurrence_uid, n + 1, total FROM numbered WHERE n < total)"
                       " SELECT occurrence_uid, 'migrated-' || CAST(n AS TEXT) FROM numbered"),
        QStringLiteral("DROP TABLE join_count"),
    };
}

} // namespace Buurtplein::HubMigrations
