// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqldialect.h"

namespace Buurtplein {

QString SqlDialect::driver() const
{
    return m_kind == Postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

QString SqlDialect::identityPrimaryKey() const
{
    // AUTOINCREMENT keeps SQLite from reusing the id of a deleted token, as an identity column never does.
    return m_kind == Postgres ? QStringLiteral("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY")
                              : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
}

QString SqlDialect::beginWrite() const
{
    // A deferred SQLite transaction that reads first cannot later upgrade to a writer
    // once another process committed (SQLITE_BUSY_SNAPSHOT, no busy wait); IMMEDIATE
    // takes the write lock up front and waits for it under busy_timeout.
    return m_kind == Postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

QString SqlDialect::migrationLock() const
{
    // Any constant serves as the key; it only has to be the same in every hub process.
    return m_kind == Postgres ? QStringLiteral("SELECT pg_advisory_xact_lock(4206202601)") : QString();
}

} // namespace Buurtplein
