// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/cataloguesnapshot.h"

#include "device/devicesettings.h"
#include "search/searchindex.h"
#include "storage/database.h"
#include "sync/synclog.h"
#include "worker/outbox.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <zlib.h>

#include <cstdio>

namespace Buurtplein::CatalogueSnapshot {

namespace {
// The derived tables a snapshot leaves out: the device indexes its own days.
const QStringList indexTables{QStringLiteral("occurrence"), QStringLiteral("series_horizon"), QStringLiteral("activity_fts"),
                              QStringLiteral("place_rtree"), QStringLiteral("index_state")};
constexpr int ChunkBytes = 1 << 20;

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// A read-only connection of its own to @p path, removed when it goes.
class ReadOnly
{
public:
    explicit ReadOnly(const QString &path)
        : m_name(QStringLiteral("snapshot-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
    }
    ~ReadOnly()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
};

std::optional<qint64> number(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return std::nullopt;
    bool ok = false;
    const qint64 value = q.value(0).toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}
} // namespace

QJsonObject Info::toJson() const
{
    return {{QStringLiteral("changeNumber"), double(changeNumber)},
            {QStringLiteral("schemaVersion"), schemaVersion},
            {QStringLiteral("records"), double(records)},
            {QStringLiteral("bytes"), double(bytes)},
            {QStringLiteral("sha1"), sha1},
            {QStringLiteral("builtAt"), builtAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("file"), file}};
}

std::optional<Info> Info::fromJson(const QJsonObject &json, QString *error)
{
    Info info;
    info.changeNumber = qint64(json.value(QStringLiteral("changeNumber")).toDouble(-1));
    info.schemaVersion = json.value(QStringLiteral("schemaVersion")).toInt(-1);
    info.records = qint64(json.value(QStringLiteral("records")).toDouble(-1));
    info.bytes = qint64(json.value(QStringLiteral("bytes")).toDouble(-1));
    info.sha1 = json.value(QStringLiteral("sha1")).toString();
    info.builtAt = QDateTime::fromString(json.value(QStringLiteral("builtAt")).toString(), Qt::ISODate);
    info.file = json.value(QStringLiteral("file")).toString();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{40}$"));
    static const QRegularExpression name(QStringLiteral("^catalogue-[0-9]+\\.sqlite\\.gz$"));
    if (info.changeNumber <= 0 || info.schemaVersion <= 0 || info.records < 0 || info.bytes <= 0 || !hex.match(info.sha1).hasMatch()
        || !info.builtAt.isValid() || !name.match(info.file).hasMatch()) {
        failWith(error, QStringLiteral("The hub's snapshot description is incomplete."));
        return std::nullopt;
    }
    return info;
}

namespace {
QString descriptionPath(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral("snapshot.json"));
}
} // namespace

std::optional<Info> described(const QString &folder)
{
    QFile index(descriptionPath(folder));
    if (folder.isEmpty() || !index.open(QIODevice::ReadOnly))
        return std::nullopt;
    auto info = Info::fromJson(QJsonDocument::fromJson(index.readAll()).object(), nullptr);
    if (!info || !QFileInfo::exists(QDir(folder).filePath(info->file)))
        return std::nullopt;
    return info;
}

bool describe(const QString &folder, const Info &info, QString *error)
{
    QSaveFile index(descriptionPath(folder));
    return (index.open(QIODevice::WriteOnly) && index.write(QJsonDocument(info.toJson()).toJson()) >= 0 && index.commit())
        || failWith(error, QStringLiteral("Cannot write %1.").arg(index.fileName()));
}

QStringList recordTables()
{
    return {QStringLiteral("organisation"), QStringLiteral("place"), QStringLiteral("activity"), QStringLiteral("activity_translation"),
            QStringLiteral("schedule"), QStringLiteral("occurrence_override")};
}

Writer::Writer() = default;
Writer::~Writer() = default;

bool Writer::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool Writer::open(const QString &path)
{
    m_path = path;
    m_records = 0;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    m_db = std::make_unique<Database>();
    if (!m_db->open(path))
        return fail(m_db->errorString());
    QSqlQuery q(m_db->connection());
    // A file nobody reads until it is finished: no waiting for the disk on each commit.
    // A window that holds no day: the store's per-record index upkeep expands nothing.
    if (!q.exec(QStringLiteral("PRAGMA synchronous = OFF"))
        || !q.exec(QStringLiteral("INSERT OR REPLACE INTO index_state (key, value) VALUES ('window_from', '1'), ('window_to', '2')")))
        return fail(QStringLiteral("Cannot prepare the snapshot file: %1").arg(q.lastError().text()));
    return true;
}

bool Writer::add(const QList<FeedItem> &items)
{
    Transaction tx(m_db->connection());
    if (!tx.isActive())
        return fail(QStringLiteral("Cannot start a transaction in the snapshot file."));
    FeedApplier applier(m_db->connection());
    for (const FeedItem &item : items) {
        if (item.deleted)
            continue;
        if (!applier.applyRecord(item.kind, item.data, item.version))
            return fail(applier.errorString());
        ++m_records;
    }
    return tx.commit() || fail(QStringLiteral("Cannot commit records to the snapshot file."));
}

bool Writer::finish(qint64 changeNumber, const QString &gzPath, Info *info)
{
    {
        QSqlDatabase db = m_db->connection();
        Transaction tx(db);
        QSqlQuery q(db);
        for (const QString &table : indexTables) {
            if (!q.exec(QStringLiteral("DELETE FROM %1").arg(table)))
                return fail(QStringLiteral("Cannot empty %1 in the snapshot file: %2").arg(table, q.lastError().text()));
        }
        // FTS5 deletes by writing tombstones into its index; merging drops them with the
        // text, which would otherwise be most of the file.
        if (!q.exec(QStringLiteral("INSERT INTO activity_fts(activity_fts) VALUES ('optimize')")))
            return fail(QStringLiteral("Cannot empty the text index in the snapshot file: %1").arg(q.lastError().text()));
        if (!DeviceSettings(db).setValue(SettingKey::syncFeedCursor, QString::number(changeNumber)) || !tx.commit())
            return fail(QStringLiteral("Cannot stamp the snapshot file with its change number."));
        // One file, compact: no write-ahead log beside it, no free pages.
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) || !q.exec(QStringLiteral("VACUUM")))
            return fail(QStringLiteral("Cannot compact the snapshot file: %1").arg(q.lastError().text()));
        info->schemaVersion = m_db->schemaVersion();
    }
    m_db->close();

    QFile in(m_path);
    if (!in.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("Cannot read the snapshot file back."));
    // Written beside and renamed over: a file of the same name may be on its way to a device.
    const QString writing = gzPath + QStringLiteral(".writing");
    QFile::remove(writing);
    gzFile out = gzopen(QFile::encodeName(writing).constData(), "wb6");
    if (!out)
        return fail(QStringLiteral("Cannot write %1.").arg(writing));
    QByteArray chunk;
    while (!(chunk = in.read(ChunkBytes)).isEmpty()) {
        if (gzwrite(out, chunk.constData(), unsigned(chunk.size())) != int(chunk.size())) {
            gzclose(out);
            QFile::remove(writing);
            return fail(QStringLiteral("Cannot write %1 (disk full?).").arg(writing));
        }
    }
    if (gzclose(out) != Z_OK)
        return fail(QStringLiteral("Cannot finish %1.").arg(writing));
    in.close();
    QFile::remove(m_path);
    if (::rename(QFile::encodeName(writing).constData(), QFile::encodeName(gzPath).constData()) != 0)
        return fail(QStringLiteral("Cannot put %1 in place.").arg(gzPath));

    QFile written(gzPath);
    QCryptographicHash hash(QCryptographicHash::Sha1);
    if (!written.open(QIODevice::ReadOnly) || !hash.addData(&written))
        return fail(QStringLiteral("Cannot read %1 back.").arg(gzPath));
    info->changeNumber = changeNumber;
    info->records = m_records;
    info->bytes = written.size();
    info->sha1 = QString::fromLatin1(hash.result().toHex());
    return true;
}

bool inflate(const QString &gzPath, const QString &outPath, QString *error)
{
    gzFile in = gzopen(QFile::encodeName(gzPath).constData(), "rb");
    if (!in)
        return failWith(error, QStringLiteral("Cannot read the downloaded snapshot."));
    QFile out(outPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        gzclose(in);
        return failWith(error, QStringLiteral("Cannot write %1.").arg(outPath));
    }
    QByteArray chunk(ChunkBytes, Qt::Uninitialized);
    for (;;) {
        const int read = gzread(in, chunk.data(), unsigned(chunk.size()));
        if (read < 0) {
            gzclose(in);
            return failWith(error, QStringLiteral("The downloaded snapshot is damaged or cut short."));
        }
        if (read == 0)
            break;
        if (out.write(chunk.constData(), read) != read) {
            gzclose(in);
            return failWith(error, QStringLiteral("Cannot write %1 (disk full?).").arg(outPath));
        }
    }
    // A member cut short reads as an end of file; gzclose tells (Z_BUF_ERROR).
    if (gzclose(in) != Z_OK)
        return failWith(error, QStringLiteral("The downloaded snapshot is damaged or cut short."));
    return out.flush() || failWith(error, QStringLiteral("Cannot write %1.").arg(outPath));
}

std::optional<qint64> check(const QString &path, QString *error)
{
    ReadOnly file(path);
    if (!file.isOpen()) {
        failWith(error, QStringLiteral("The snapshot is not a database."));
        return std::nullopt;
    }
    QSqlQuery q(file.db());
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() || q.value(0).toString() != QLatin1String("ok")) {
        failWith(error, QStringLiteral("The snapshot is not an intact SQLite file."));
        return std::nullopt;
    }
    const auto version = number(file.db(), QStringLiteral("PRAGMA user_version"));
    if (version != Database::latestSchemaVersion()) {
        failWith(error, QStringLiteral("The snapshot is written in schema %1; this app reads %2.")
                            .arg(version.value_or(0)).arg(Database::latestSchemaVersion()));
        return std::nullopt;
    }
    const auto change = number(file.db(), QStringLiteral("SELECT value FROM device_setting WHERE key = '%1'").arg(SettingKey::syncFeedCursor));
    if (!change || *change <= 0) {
        failWith(error, QStringLiteral("The snapshot names no change number."));
        return std::nullopt;
    }
    return change;
}

std::optional<qint64> install(QSqlDatabase device, const QString &path, const QDateTime &now, QString *error)
{
    QElapsedTimer checking;
    checking.start();
    const auto change = check(path, error);
    const qint64 checkMs = checking.elapsed();
    if (!change)
        return std::nullopt;
    QSqlQuery q(device);
    if (Outbox(device).pendingEdits() != 0) {
        failWith(error, QStringLiteral("Catalogue edits wait for the hub on this device; the snapshot would drop them."));
        return std::nullopt;
    }
    q.prepare(QStringLiteral("ATTACH DATABASE ? AS snapshot"));
    q.addBindValue(path);
    if (!q.exec()) {
        failWith(error, QStringLiteral("Cannot open the snapshot beside the catalogue: %1").arg(q.lastError().text()));
        return std::nullopt;
    }
    // The file's tables must be this schema's very tables: no view, trigger or other shape
    // of a table that copying from it could run or misread.
    {
        QSqlQuery shape(device);
        const bool read = shape.exec(QStringLiteral(
            "SELECT COUNT(*) FROM snapshot.sqlite_schema s WHERE s.type IN ('view', 'trigger') OR (s.name IN (%1) AND "
            "(s.type <> 'table' OR s.sql IS NOT (SELECT m.sql FROM main.sqlite_schema m WHERE m.name = s.name AND m.type = 'table')))")
                                         .arg(QLatin1Char('\'') + recordTables().join(QStringLiteral("','")) + QLatin1Char('\'')));
        if (!read || !shape.next() || shape.value(0).toInt() != 0) {
            shape.finish();
            q.exec(QStringLiteral("DETACH DATABASE snapshot"));
            failWith(error, QStringLiteral("The snapshot's tables are not this app's catalogue tables."));
            return std::nullopt;
        }
    }
    qint64 copied = 0;
    QElapsedTimer timer;
    timer.start();
    qint64 copyMs = 0;
    const bool done = [&] {
        Transaction tx(device);
        if (!tx.isActive())
            return failWith(error, QStringLiteral("Cannot start a transaction for the snapshot."));
        QStringList tables = recordTables();
        // Children first out, parents first in; the index goes and is built again.
        QStringList out = indexTables;
        for (auto table = tables.crbegin(); table != tables.crend(); ++table)
            out.append(*table);
        for (const QString &table : std::as_const(out)) {
            if (!q.exec(QStringLiteral("DELETE FROM main.%1").arg(table)))
                return failWith(error, QStringLiteral("Cannot empty %1: %2").arg(table, q.lastError().text()));
        }
        for (const QString &table : std::as_const(tables)) {
            if (!q.exec(QStringLiteral("INSERT INTO main.%1 SELECT * FROM snapshot.%1").arg(table)))
                return failWith(error, QStringLiteral("Cannot copy %1 from the snapshot: %2").arg(table, q.lastError().text()));
            copied += q.numRowsAffected();
        }
        copyMs = timer.elapsed();
        QString why;
        if (!SearchIndex::rebuild(device, now, FirstWindowWeeks, &why))
            return failWith(error, QStringLiteral("Cannot index the snapshot's catalogue: %1").arg(why));
        if (!DeviceSettings(device).setValue(SettingKey::syncFeedCursor, QString::number(*change)))
            return failWith(error, QStringLiteral("Cannot store the feed cursor."));
        return tx.commit() || failWith(error, QStringLiteral("Cannot commit the snapshot."));
    }();
    q.exec(QStringLiteral("DETACH DATABASE snapshot"));
    if (!done)
        return std::nullopt;
    qCInfo(lcSync).nospace() << "snapshot installed: " << copied << " rows, cursor " << *change << "; checked in " << checkMs
                             << " ms, copied in " << copyMs
                             << " ms, indexed in " << timer.elapsed() - copyMs << " ms";
    return copied;
}

} // namespace Buurtplein::CatalogueSnapshot
