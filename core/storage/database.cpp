// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/migrations.h"

#include <QAtomicInt>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcDatabase, "buurtplein.database", QtInfoMsg)

namespace Buurtplein {

namespace {
QAtomicInt s_connectionCounter;

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}
} // namespace

Database::~Database()
{
    close();
}

bool Database::open(const QString &path, int targetVersion)
{
    close();
    m_path = path;
    m_connectionName = QStringLiteral("buurtplein-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        m_error = QStringLiteral("Cannot open the database %1: %2").arg(path, m_db.lastError().text());
        return false;
    }
    // WAL lets readers go on while the sync thread writes; foreign keys keep
    // occurrences and translations from outliving their activity.
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA busy_timeout = 5000"),
    };
    for (const QString &pragma : pragmas) {
        if (!exec(m_db, pragma, &m_error)) {
            m_error = QStringLiteral("Cannot set up the database %1: %2").arg(path, m_error);
            return false;
        }
    }
    return migrate(targetVersion);
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool Database::isOpen() const
{
    return m_db.isOpen();
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

int Database::latestSchemaVersion()
{
    return int(Migrations::steps().size());
}

bool Database::migrate(int targetVersion)
{
    const int latest = latestSchemaVersion();
    if (targetVersion < 0)
        targetVersion = latest;
    Q_ASSERT(targetVersion <= latest);
    int version = schemaVersion();
    if (version > latest) {
        m_error = QStringLiteral("The database %1 has schema version %2, newer than this build knows (%3). "
                                 "Update Buurtplein to open it.").arg(m_path).arg(version).arg(latest);
        return false;
    }
    while (version < targetVersion) {
        Transaction tx(m_db);
        if (!tx.isActive()) {
            m_error = QStringLiteral("Cannot start a transaction: %1").arg(m_db.lastError().text());
            return false;
        }
        for (const QString &sql : Migrations::steps().at(version)) {
            if (!exec(m_db, sql, &m_error)) {
                m_error = QStringLiteral("Migration to schema version %1 failed: %2").arg(version + 1).arg(m_error);
                return false; // the transaction rolls back
            }
        }
        if (!exec(m_db, QStringLiteral("PRAGMA user_version = %1").arg(version + 1), &m_error) || !tx.commit()) {
            m_error = QStringLiteral("Cannot record schema version %1: %2").arg(version + 1).arg(m_error);
            return false;
        }
        ++version;
        qCDebug(lcDatabase) << "migrated" << m_path << "to schema version" << version;
    }
    return true;
}

namespace {
/** True when @p db is an SQLite connection outside any transaction. */
bool outsideTransaction(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    return sqlite && sqlite3_get_autocommit(sqlite) != 0;
}
} // namespace

Transaction::Transaction(QSqlDatabase db, Lock lock)
    : m_db(db)
    , m_name(QStringLiteral("sp%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
    QSqlQuery q(m_db);
    if (lock == Lock::Write && outsideTransaction(m_db)) {
        m_began = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_began) {
            qCWarning(lcDatabase) << "cannot start a write transaction:" << q.lastError().text();
            return;
        }
    }
    m_active = q.exec(QStringLiteral("SAVEPOINT ") + m_name);
    if (!m_active)
        qCWarning(lcDatabase) << "cannot start a transaction:" << q.lastError().text();
}

Transaction::~Transaction()
{
    QSqlQuery q(m_db);
    if (m_active) {
        q.exec(QStringLiteral("ROLLBACK TO ") + m_name);
        q.exec(QStringLiteral("RELEASE ") + m_name);
    }
    if (m_began)
        q.exec(QStringLiteral("ROLLBACK"));
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("RELEASE ") + m_name)) {
        qCWarning(lcDatabase) << "cannot commit:" << q.lastError().text();
        return false;
    }
    m_active = false;
    if (m_began) {
        if (!q.exec(QStringLiteral("COMMIT"))) {
            qCWarning(lcDatabase) << "cannot commit:" << q.lastError().text();
            return false;
        }
        m_began = false;
    }
    return true;
}

} // namespace Buurtplein
