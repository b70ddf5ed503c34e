// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/mbtiles.h"
#include "map/vectortile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

namespace Buurtplein {

namespace {
// RAII for one prepared statement.
struct Statement {
    sqlite3_stmt *stmt = nullptr;
    Statement(sqlite3 *db, const char *sql) { sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr); }
    ~Statement() { sqlite3_finalize(stmt); }
    explicit operator bool() const { return stmt != nullptr; }
};

double tileLon(int x, int z) { return x / double(1 << z) * 360.0 - 180.0; }
double tileLat(int y, int z)
{
    const double n = M_PI - 2.0 * M_PI * y / double(1 << z);
    return 180.0 / M_PI * std::atan(std::sinh(n));
}
} // namespace

MbTiles::~MbTiles()
{
    close();
}

bool MbTiles::open(const QString &path, Mode mode)
{
    close();
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_FULLMUTEX;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        m_error = QStringLiteral("Cannot open the tile set %1: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(m_db)));
        close();
        return false;
    }
    if (mode == Mode::ReadWrite
        && !(exec("CREATE TABLE IF NOT EXISTS metadata (name TEXT PRIMARY KEY, value TEXT)")
             && exec("CREATE TABLE IF NOT EXISTS tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB,"
                     " PRIMARY KEY (zoom_level, tile_column, tile_row))"))) {
        close();
        return false;
    }
    Statement check(m_db, "SELECT 1 FROM tiles LIMIT 1");
    if (!check) {
        m_error = QStringLiteral("%1 is not an MBTiles file: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(m_db)));
        close();
        return false;
    }
    return true;
}

void MbTiles::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

bool MbTiles::exec(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    m_error = QString::fromUtf8(message ? message : "unknown error");
    sqlite3_free(message);
    return false;
}

std::optional<QByteArray> MbTiles::tile(const TileId &id) const
{
    QMutexLocker locker(&m_lock);
    if (!m_db || !id.isValid())
        return std::nullopt;
    Statement q(m_db, "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?");
    if (!q)
        return std::nullopt;
    sqlite3_bind_int(q.stmt, 1, id.z);
    sqlite3_bind_int(q.stmt, 2, id.x);
    sqlite3_bind_int(q.stmt, 3, id.tmsRow());
    if (sqlite3_step(q.stmt) != SQLITE_ROW)
        return std::nullopt;
    const void *blob = sqlite3_column_blob(q.stmt, 0);
    const int size = sqlite3_column_bytes(q.stmt, 0);
    return QByteArray(static_cast<const char *>(blob), size);
}

QHash<QString, QString> MbTiles::metadata() const
{
    QMutexLocker locker(&m_lock);
    QHash<QString, QString> out;
    if (!m_db)
        return out;
    Statement q(m_db, "SELECT name, value FROM metadata");
    while (q && sqlite3_step(q.stmt) == SQLITE_ROW) {
        out.insert(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q.stmt, 0))),
                   QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q.stmt, 1))));
    }
    return out;
}

std::pair<int, int> MbTiles::zoomRange() const
{
    QMutexLocker locker(&m_lock);
    if (!m_db)
        return {-1, -1};
    Statement q(m_db, "SELECT min(zoom_level), max(zoom_level) FROM tiles");
    if (!q || sqlite3_step(q.stmt) != SQLITE_ROW || sqlite3_column_type(q.stmt, 0) == SQLITE_NULL)
        return {-1, -1};
    return {sqlite3_column_int(q.stmt, 0), sqlite3_column_int(q.stmt, 1)};
}

int MbTiles::tileCount() const
{
    QMutexLocker locker(&m_lock);
    Statement q(m_db, "SELECT count(*) FROM tiles");
    return q && sqlite3_step(q.stmt) == SQLITE_ROW ? sqlite3_column_int(q.stmt, 0) : 0;
}

QList<TileId> MbTiles::tileIds() const
{
    QMutexLocker locker(&m_lock);
    QList<TileId> out;
    Statement q(m_db, "SELECT zoom_level, tile_column, tile_row FROM tiles ORDER BY 1, 2, 3");
    while (q && sqlite3_step(q.stmt) == SQLITE_ROW) {
        const int z = sqlite3_column_int(q.stmt, 0);
        out.append({z, sqlite3_column_int(q.stmt, 1), (1 << z) - 1 - sqlite3_column_int(q.stmt, 2)});
    }
    return out;
}

bool MbTiles::covers(const TileId &id, int minZoom, int maxZoom, const Bounds &bounds)
{
    return id.z >= minZoom && id.z <= maxZoom && tileLon(id.x + 1, id.z) > bounds.west && tileLon(id.x, id.z) < bounds.east
        && tileLat(id.y, id.z) > bounds.south && tileLat(id.y + 1, id.z) < bounds.north;
}

bool MbTiles::begin()
{
    QMutexLocker locker(&m_lock);
    return m_db && exec("BEGIN IMMEDIATE");
}

bool MbTiles::commit()
{
    QMutexLocker locker(&m_lock);
    return m_db && exec("COMMIT");
}

bool MbTiles::putTile(const TileId &id, const QByteArray &data)
{
    QMutexLocker locker(&m_lock);
    Statement q(m_db, "INSERT OR REPLACE INTO tiles (zoom_level, tile_column, tile_row, tile_data) VALUES (?, ?, ?, ?)");
    if (!q) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    sqlite3_bind_int(q.stmt, 1, id.z);
    sqlite3_bind_int(q.stmt, 2, id.x);
    sqlite3_bind_int(q.stmt, 3, id.tmsRow());
    sqlite3_bind_blob(q.stmt, 4, data.constData(), int(data.size()), SQLITE_TRANSIENT);
    if (sqlite3_step(q.stmt) != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    return true;
}

bool MbTiles::putMetadata(const QString &name, const QString &value)
{
    QMutexLocker locker(&m_lock);
    Statement q(m_db, "INSERT OR REPLACE INTO metadata (name, value) VALUES (?, ?)");
    const QByteArray n = name.toUtf8();
    const QByteArray v = value.toUtf8();
    if (!q)
        return false;
    sqlite3_bind_text(q.stmt, 1, n.constData(), int(n.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(q.stmt, 2, v.constData(), int(v.size()), SQLITE_TRANSIENT);
    return sqlite3_step(q.stmt) == SQLITE_DONE;
}

std::optional<int> MbTiles::store(const QList<std::pair<TileId, QByteArray>> &tiles, const QString &name, const QString &vectorLayers,
                                  MbTiles &target, QString *error)
{
    if (!target.begin()) {
        *error = target.errorString();
        return std::nullopt;
    }
    auto rollBack = [&](const QString &why) {
        *error = why;
        QMutexLocker locker(&target.m_lock);
        target.exec("ROLLBACK");
        return std::nullopt;
    };
    int minZ = 99, maxZ = -1;
    for (const auto &[id, raw] : tiles) {
        QString why;
        if (!VectorTile::decode(raw, &why, {QStringLiteral("-")}))
            return rollBack(QStringLiteral("Tile %1: %2").arg(id.path(), why));
        if (!target.putTile(id, raw.startsWith("\x1f\x8b") ? raw : VectorTile::gzip(raw, 9)))
            return rollBack(target.errorString());
        minZ = std::min(minZ, id.z);
        maxZ = std::max(maxZ, id.z);
    }
    const auto known = target.metadata();
    const bool ok = target.putMetadata(QStringLiteral("name"), name)
        && target.putMetadata(QStringLiteral("format"), QStringLiteral("pbf"))
        && target.putMetadata(QStringLiteral("minzoom"), QString::number(std::min(minZ, known.value(QStringLiteral("minzoom"), QStringLiteral("99")).toInt())))
        && target.putMetadata(QStringLiteral("maxzoom"), QString::number(std::max(maxZ, known.value(QStringLiteral("maxzoom"), QStringLiteral("-1")).toInt())))
        && target.putMetadata(QStringLiteral("attribution"), QStringLiteral("© OpenStreetMap contributors"))
        && (vectorLayers.isEmpty() || target.putMetadata(QStringLiteral("json"), vectorLayers));
    if (!ok)
        return rollBack(target.errorString());
    if (!target.commit())
        return rollBack(target.errorString());
    return int(tiles.size());
}

std::optional<int> MbTiles::importDirectory(const QString &directory, MbTiles &target, int minZoom, int maxZoom, const Bounds &bounds,
                                            QString *error)
{
    // Absolute, so that a folder named "../x" yields {z}/{x}/{y} as its files' relative paths.
    const QDir root(QFileInfo(directory).absoluteFilePath());
    if (!root.exists()) {
        *error = QStringLiteral("There is no folder %1.").arg(directory);
        return std::nullopt;
    }
    QList<std::pair<TileId, QByteArray>> tiles;
    QDirIterator it(root.absolutePath(), {QStringLiteral("*.pbf"), QStringLiteral("*.mvt")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QStringList parts = root.relativeFilePath(path).split(QLatin1Char('/'));
        if (parts.size() != 3)
            continue;
        bool okZ = false, okX = false, okY = false;
        const TileId id{parts.at(0).toInt(&okZ), parts.at(1).toInt(&okX), parts.at(2).section(QLatin1Char('.'), 0, 0).toInt(&okY)};
        if (!okZ || !okX || !okY || !id.isValid()) {
            *error = QStringLiteral("%1 is not named {z}/{x}/{y}.pbf on the tile grid.").arg(path);
            return std::nullopt;
        }
        if (!covers(id, minZoom, maxZoom, bounds))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("Cannot read %1: %2").arg(path, file.errorString());
            return std::nullopt;
        }
        tiles.append({id, file.readAll()});
    }
    if (tiles.isEmpty()) {
        *error = QStringLiteral("%1 holds no {z}/{x}/{y}.pbf tiles in the zooms and area asked for.").arg(directory);
        return std::nullopt;
    }
    // metadata.json of tilemaker/OpenMapTiles: name, attribution, vector_layers (as "json").
    QJsonObject meta;
    QFile metadataFile(root.filePath(QStringLiteral("metadata.json")));
    if (metadataFile.open(QIODevice::ReadOnly))
        meta = QJsonDocument::fromJson(metadataFile.readAll()).object();
    QString vectorLayers = meta.value(QStringLiteral("json")).toString();
    if (vectorLayers.isEmpty() && meta.contains(QStringLiteral("vector_layers")))
        vectorLayers = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("vector_layers"), meta.value(QStringLiteral("vector_layers"))}})
                                             .toJson(QJsonDocument::Compact));
    const QString name = meta.value(QStringLiteral("name")).toString();
    return store(tiles, name.isEmpty() ? root.dirName() : name, vectorLayers, target, error);
}

std::optional<int> MbTiles::importSet(const MbTiles &from, MbTiles &target, int minZoom, int maxZoom, const Bounds &bounds, QString *error)
{
    QList<std::pair<TileId, QByteArray>> tiles;
    for (const TileId &id : from.tileIds()) {
        if (!covers(id, minZoom, maxZoom, bounds))
            continue;
        tiles.append({id, from.tile(id).value_or(QByteArray())});
    }
    if (tiles.isEmpty()) {
        *error = QStringLiteral("The tile set holds no tiles in the zooms and area asked for.");
        return std::nullopt;
    }
    const auto meta = from.metadata();
    return store(tiles, meta.value(QStringLiteral("name"), QStringLiteral("tiles")), meta.value(QStringLiteral("json")), target, error);
}

} // namespace Buurtplein
