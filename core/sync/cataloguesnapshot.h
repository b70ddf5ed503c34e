// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/feedapplier.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace Buurtplein {

class Database;

/**
 * A fresh device's catalogue in one file (docs/sync.md, "Snapshot"): the hub writes its
 * live records, through the device's own CatalogueStore, into a device database of the
 * current schema, records only (no search index: the device builds its own for its own
 * days), stamped with the change number it is current to, and sends it gzipped. A device
 * that never synced downloads it, checks it, copies its records in one transaction and
 * follows the feed from that change number: a national catalogue in seconds instead of
 * minutes of feed pages, never held in memory.
 */
namespace CatalogueSnapshot {

/** What the hub says about the snapshot it serves (GET /v1/snapshot). */
struct Info {
    qint64 changeNumber = 0;    ///< the feed's change number the records are current to
    int schemaVersion = 0;      ///< the device schema the file is written in
    qint64 records = 0;         ///< catalogue records in the file
    qint64 bytes = 0;           ///< the gzipped file's size
    QString sha1;               ///< of the gzipped file, hex
    QDateTime builtAt;          ///< UTC
    QString file;               ///< its name in the hub's snapshot folder

    QJsonObject toJson() const;
    /** Reads the hub's answer strictly; std::nullopt and @p error when anything is missing. */
    static std::optional<Info> fromJson(const QJsonObject &json, QString *error);
};

/** The snapshot a hub's @p folder describes (its snapshot.json), when that file is there too. */
std::optional<Info> described(const QString &folder);
/** Makes @p info the description of @p folder's snapshot, atomically; false and @p error otherwise. */
bool describe(const QString &folder, const Info &info, QString *error);

/** The catalogue tables a snapshot carries, parents first (as they must be written). */
QStringList recordTables();

/** Writes a snapshot: open(), add() the records kind by kind (catalogue order), finish(). */
class Writer
{
public:
    Writer();
    ~Writer();
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    /** Starts a device database at @p path (replaced if it exists). */
    bool open(const QString &path);
    /** Writes @p items (live records; a record's kind must follow those of its parents). */
    bool add(const QList<FeedItem> &items);
    /**
     * Stamps the file with @p changeNumber, compacts it and writes it gzipped to @p gzPath;
     * the uncompressed file is removed. Fills @p info (all but file and builtAt).
     */
    bool finish(qint64 changeNumber, const QString &gzPath, Info *info);
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);

    std::unique_ptr<Database> m_db;
    QString m_path;
    qint64 m_records = 0;
    QString m_error;
};

/** Inflates the gzip file @p gzPath into @p outPath, streaming; false and @p error otherwise. */
bool inflate(const QString &gzPath, const QString &outPath, QString *error);

/**
 * Checks the snapshot database @p path: an intact SQLite file (quick_check), in this
 * build's device schema, holding catalogue records and a change number. Returns that
 * change number, or std::nullopt and @p error.
 */
std::optional<qint64> check(const QString &path, QString *error);

/**
 * The weeks of sessions a snapshot is indexed for when it is installed: the home list's
 * week, so that a fresh device shows its catalogue in seconds. The rest of the window
 * (SearchIndex::DefaultWindowWeeks) is expanded afterwards in small steps, by the app's
 * WindowKeeper off the UI thread or by the CLI after its sync (docs/sync.md, "Snapshot").
 */
constexpr int FirstWindowWeeks = 1;

/**
 * Makes the device's catalogue (@p device) the snapshot's at @p path, in one transaction:
 * the catalogue tables are replaced by the file's, the search index is rebuilt for
 * @p now's first window (FirstWindowWeeks) and the feed cursor set to the snapshot's
 * change number. Joins,
 * settings, session logs and the outbox stay. Refused (std::nullopt, @p error, nothing
 * changed) when the outbox holds catalogue edits waiting for the hub: their records
 * must survive, which the feed's resync path takes care of. Returns the records copied.
 */
std::optional<qint64> install(QSqlDatabase device, const QString &path, const QDateTime &now, QString *error);

} // namespace CatalogueSnapshot
} // namespace Buurtplein
