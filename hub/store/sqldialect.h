// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Buurtplein {

/**
 * The few places where the hub's SQL differs between SQLite and PostgreSQL. Everything
 * else (TEXT, BIGINT, CHECK, INSERT ... ON CONFLICT, UPDATE ... RETURNING, epoch-second
 * integers instead of booleans and timestamps) is written once and runs on both.
 */
class SqlDialect
{
public:
    enum Kind { Sqlite, Postgres };

    constexpr explicit SqlDialect(Kind kind = Sqlite) : m_kind(kind) {}
    Kind kind() const { return m_kind; }
    /** The Qt SQL driver name: "QSQLITE" or "QPSQL". */
    QString driver() const;
    /** A column definition for a generated 64-bit primary key, "id" followed by this. */
    QString identityPrimaryKey() const;
    /** The statement that opens a transaction which will write. */
    QString beginWrite() const;
    /** A statement run first in every migration transaction so that two hubs starting together migrate one after the other; empty when beginWrite() already serialises. */
    QString migrationLock() const;

private:
    Kind m_kind;
};

} // namespace Buurtplein
