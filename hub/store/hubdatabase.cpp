// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/hubdatabase.h"
#include "store/hublog.h"
#include "store/hubmigrations.h"
#include "store/statsrollup.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace Buurtplein {

namespace {
QAtomicInt s_connectionCounter;

bool exec(QSqlDatabase db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}
} // namespace

std::optional<HubLocation> HubLocation::parse(const QString &text, QString *error)
{
    HubLocation location;
    if (!text.startsWith(QLatin1String("postgresql://")) && !text.startsWith(QLatin1String("postgres://"))) {
        if (text.trimmed().isEmpty()) {
            *error = QStringLiteral("The database location is empty.");
            return std::nullopt;
        }
        location.path = text;
        return location;
    }
    const QUrl url(text, QUrl::StrictMode);
    const QString dbName = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || dbName.isEmpty() || dbName.contains(QLatin1Char('/'))
        || url.hasQuery() || url.hasFragment()) {
        *error = QStringLiteral("'%1' is not a PostgreSQL URL of the form postgresql://user[:password]@host[:port]/dbname.")
                     .arg(url.toDisplayString(QUrl::RemovePassword));
        return std::nullopt;
    }
    location.dialect = SqlDialect(SqlDialect::Postgres);
    location.path = dbName;
    location.host = url.host();
    location.port = url.port(5432);
    location.user = url.userName();
    location.password = url.password();
    return location;
}

QString HubLocation::display() const
{
    if (dialect.kind() == SqlDialect::Sqlite)
        return path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(path);
}

HubDatabase::~HubDatabase()
{
    close();
}

bool HubDatabase::open(const QString &location, int targetVersion)
{
    close();
    m_error.clear();
    const auto parsed = HubLocation::parse(location, &m_error);
    if (!parsed)
        return false;
    m_location = *parsed;
    m_connectionName = QStringLiteral("buurtplein-hub-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(m_location.dialect.driver(), m_connectionName);
    if (!m_db.isValid()) {
        m_error = QStringLiteral("The Qt SQL driver %1 is not installed.").arg(m_location.dialect.driver());
        return false;
    }
    m_db.setDatabaseName(m_location.path);
    if (m_location.dialect.kind() == SqlDialect::Postgres) {
        m_db.setHostName(m_location.host);
        m_db.setPort(m_location.port);
        m_db.setUserName(m_location.user);
        m_db.setPassword(m_location.password);
        m_db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    }
    if (!m_db.open()) {
        m_error = QStringLiteral("Cannot open the database %1: %2").arg(m_location.display(), m_db.lastError().text());
        return false;
    }
    if (m_location.dialect.kind() == SqlDialect::Postgres
        && !exec(m_db, QStringLiteral("SET synchronous_commit = on"), &m_error)) {
        // A server set to acknowledge before its WAL is flushed would let a power cut take
        // back a push the hub has answered: this connection always waits for the flush.
        m_error = QStringLiteral("Cannot set up the database %1: %2").arg(m_location.display(), m_error);
        return false;
    }
    if (m_location.dialect.kind() == SqlDialect::Sqlite) {
        // busy_timeout first: the other pragmas may have to wait for a second hub process.
        // synchronous = FULL: in WAL mode every commit is on disk before it returns, so the
        // hub never acknowledges a push that a power cut could take back (the device deletes
        // its outbox row on that acknowledgement).
        for (const char *pragma : {"PRAGMA busy_timeout = 10000", "PRAGMA foreign_keys = ON",
                                   "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"}) {
            if (!exec(m_db, QString::fromLatin1(pragma), &m_error)) {
                m_error = QStringLiteral("Cannot set up the database %1: %2").arg(m_location.path, m_error);
                return false;
            }
        }
    }
    return migrate(targetVersion);
}

void HubDatabase::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_statements.clear();
    m_unprepared.reset();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

QSqlQuery &HubDatabase::statement(const QString &sql) const
{
    const auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return *it->second;
    auto q = std::make_unique<QSqlQuery>(m_db);
    if (!q->prepare(sql)) {
        m_unprepared = std::move(q);
        return *m_unprepared;
    }
    return *m_statements.emplace(sql, std::move(q)).first->second;
}

QString HubDatabase::placeholders(int count)
{
    return QStringList(count, QStringLiteral("?")).join(QStringLiteral(", "));
}

int HubDatabase::schemaVersion() const
{
    if (!m_db.isOpen())
        return -1;
    if (!m_db.tables().contains(QStringLiteral("schema_version")))
        return 0;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT version FROM schema_version WHERE id = 1")))
        return -1;
    return q.next() ? q.value(0).toInt() : 0;
}

int HubDatabase::latestSchemaVersion()
{
    return HubMigrations::count();
}

bool HubDatabase::migrate(int targetVersion)
{
    const int target = targetVersion < 0 ? latestSchemaVersion() : targetVersion;
    if (target > latestSchemaVersion()) {
        m_error = QStringLiteral("Schema version %1 is unknown to this hub.").arg(target);
        return false;
    }
    for (;;) {
        bool done = false;
        if (!migrateOneStep(target, &done))
            return false;
        if (done)
            return true;
    }
}

// One migration per transaction, the version read again under the lock each time, so
// that a second hub starting at the same moment finds the work done and skips it.
bool HubDatabase::migrateOneStep(int targetVersion, bool *done)
{
    HubTransaction tx(m_db, m_location.dialect);
    if (!tx.isActive()) {
        m_error = QStringLiteral("Cannot begin a migration: ") + tx.errorString();
        return false;
    }
    const QString lock = m_location.dialect.migrationLock();
    if (!lock.isEmpty() && !exec(m_db, lock, &m_error)) {
        m_error = QStringLiteral("Cannot lock the schema for migration: ") + m_error;
        return false;
    }
    // Asked first, under the lock, because PostgreSQL answers IF NOT EXISTS with a NOTICE on stderr.
    if (!m_db.tables().contains(QStringLiteral("schema_version"))
        && !exec(m_db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                      " id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL)"), &m_error)) {
        m_error = QStringLiteral("Cannot make the schema_version table: ") + m_error;
        return false;
    }
    const int current = schemaVersion();
    if (current < 0 || current > latestSchemaVersion()) {
        m_error = current < 0 ? QStringLiteral("Cannot read the schema version.")
                              : QStringLiteral("The database is at schema version %1, newer than this hub knows (%2); use a newer hub.")
                                    .arg(current).arg(latestSchemaVersion());
        return false;
    }
    if (current >= targetVersion) {
        *done = true;
        return tx.commit();
    }
    const int next = current + 1;
    for (const QString &sql : HubMigrations::statements(next, m_location.dialect)) {
        if (!exec(m_db, sql, &m_error)) {
            m_error = QStringLiteral("Migration to schema version %1 failed: %2").arg(next).arg(m_error);
            return false;
        }
    }
    // The record keys the statements gave the raw logs, added to the rollups they are in.
    if (next == 7 && !StatsRollup::sumRecordKeys(*this, &m_error)) {
        m_error = QStringLiteral("Migration to schema version 7 failed: %1").arg(m_error);
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO schema_version (id, version) VALUES (1, :version)"
                             " ON CONFLICT (id) DO UPDATE SET version = excluded.version"));
    q.bindValue(QStringLiteral(":version"), next);
    if (!q.exec() || !tx.commit()) {
        m_error = QStringLiteral("Cannot record schema version %1: %2").arg(next).arg(q.lastError().text() + tx.errorString());
        return false;
    }
    qCInfo(lcHubDatabase, "migrated %s to schema version %d", qPrintable(m_location.display()), next);
    return true;
}

HubTransaction::HubTransaction(QSqlDatabase db, SqlDialect dialect)
    : m_db(db)
{
    m_active = exec(m_db, dialect.beginWrite(), &m_error);
}

HubTransaction::~HubTransaction()
{
    if (!m_active)
        return;
    QString error;
    if (!exec(m_db, QStringLiteral("ROLLBACK"), &error))
        qCWarning(lcHubDatabase, "rollback failed: %s", qPrintable(error));
}

bool HubTransaction::commit()
{
    if (!m_active)
        return false;
    // A COMMIT that fails (SQLITE_BUSY) leaves the transaction open; the destructor rolls it back.
    if (!exec(m_db, QStringLiteral("COMMIT"), &m_error))
        return false;
    m_active = false;
    return true;
}

} // namespace Buurtplein
