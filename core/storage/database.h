// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Buurtplein {

/**
 * Owns one SQLite connection to a Buurtplein catalogue: opens it with WAL and foreign
 * keys, and brings its schema up to date through the migrations keyed on
 * PRAGMA user_version, each in its own transaction.
 *
 * One Database per thread: Qt SQL connections must not cross threads.
 */
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /**
     * Opens (creating if needed) the file at @p path, or an in-memory database for
     * ":memory:", and migrates it to @p targetVersion (latest by default).
     * Returns false and sets errorString() when it cannot.
     */
    bool open(const QString &path, int targetVersion = -1);
    void close();

    bool isOpen() const;
    QSqlDatabase connection() const { return m_db; }
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }

    /** The schema version the database is at now. */
    int schemaVersion() const;
    /** The newest schema version this build knows. */
    static int latestSchemaVersion();

    /** Runs the migrations from the current version up to @p targetVersion. */
    bool migrate(int targetVersion = -1);

private:
    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_error;
};

/**
 * A transaction on a connection that rolls back unless commit() was called.
 * Built on SAVEPOINT, so transactions nest: an importer can wrap a whole file in one
 * while each store write inside it keeps its own.
 *
 * A write that reads first should ask for Lock::Write: SQLite does not wait for another
 * writer when a reading transaction turns into a writing one (the busy handler is not
 * called then), so without it the write fails at once while, say, the sync installs a
 * catalogue.
 */
class Transaction
{
public:
    /** When the outermost transaction takes SQLite's write lock. */
    enum class Lock {
        Deferred,   ///< at its first write: a read before it can then fail at once with "database is locked"
        Write,      ///< at once (BEGIN IMMEDIATE), waiting the busy timeout for another writer
    };

    explicit Transaction(QSqlDatabase db, Lock lock = Lock::Deferred);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    QSqlDatabase m_db;
    QString m_name;
    bool m_active = false;
    bool m_began = false;   ///< this one opened the connection's transaction with BEGIN IMMEDIATE
};

} // namespace Buurtplein
