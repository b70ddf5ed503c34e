// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <map>
#include <memory>

#include <optional>

namespace Buurtplein {

/** Where the hub keeps its data: an SQLite file or a PostgreSQL server. */
struct HubLocation {
    SqlDialect dialect;
    QString path;       ///< SQLite file, or the PostgreSQL database name
    QString host;
    int port = 5432;
    QString user;
    QString password;

    /** "postgresql://user[:password]@host[:port]/dbname" (or postgres://) or an SQLite file path; std::nullopt and @p error when malformed. */
    static std::optional<HubLocation> parse(const QString &text, QString *error);
    /** The location for messages and logs, never with its password. */
    QString display() const;
};

/**
 * Owns the hub's one connection to its database, SQLite (WAL, foreign keys) or
 * PostgreSQL (QPSQL), and migrates it on open through the versions in hubmigrations.cpp,
 * keyed on the schema_version table, each migration in its own transaction.
 *
 * One HubDatabase per thread: Qt SQL connections must not cross threads.
 */
class HubDatabase
{
public:
    HubDatabase() = default;
    ~HubDatabase();
    HubDatabase(const HubDatabase &) = delete;
    HubDatabase &operator=(const HubDatabase &) = delete;

    /** Opens @p location (see HubLocation::parse) and migrates it to @p targetVersion (latest by default). */
    bool open(const QString &location, int targetVersion = -1);
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase connection() const { return m_db; }
    SqlDialect dialect() const { return m_location.dialect; }
    QString errorString() const { return m_error; }

    /**
     * @p sql prepared once on this connection and kept until close(): for statements run
     * once per item of a batch. Bind by position, exec, read, then finish() it, or a
     * SELECT keeps its snapshot open. A statement that fails to prepare is not kept; its
     * exec() then fails with the reason.
     */
    QSqlQuery &statement(const QString &sql) const;
    /** "?, ?, ?" with @p count placeholders, for an IN list of statement(). */
    static QString placeholders(int count);
    /** How many values one IN list of a batch lookup takes: a round trip each on PostgreSQL. */
    static constexpr int InListSize = 100;

    /** The schema version the database is at, 0 for an empty one, -1 when it cannot tell. */
    int schemaVersion() const;
    /** The newest schema version this build knows. */
    static int latestSchemaVersion();
    /** Runs the migrations from the current version up to @p targetVersion. */
    bool migrate(int targetVersion = -1);

private:
    bool migrateOneStep(int targetVersion, bool *done);

    QSqlDatabase m_db;
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    mutable std::unique_ptr<QSqlQuery> m_unprepared;
    QString m_connectionName;
    HubLocation m_location;
    QString m_error;
};

/** A write transaction (BEGIN IMMEDIATE on SQLite) that rolls back unless commit() was called. Does not nest. */
class HubTransaction
{
public:
    HubTransaction(QSqlDatabase db, SqlDialect dialect);
    ~HubTransaction();
    HubTransaction(const HubTransaction &) = delete;
    HubTransaction &operator=(const HubTransaction &) = delete;

    bool isActive() const { return m_active; }
    /** Why the transaction could not begin or commit. */
    QString errorString() const { return m_error; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace Buurtplein
