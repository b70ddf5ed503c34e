// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/tilecoords.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

struct sqlite3;

namespace Buurtplein {

/**
 * A tile set in an MBTiles file (https://github.com/mapbox/mbtiles-spec, 1.3): an SQLite
 * database with tiles(zoom_level, tile_column, tile_row, tile_data), rows in the TMS
 * scheme, and metadata(name, value). The format every map tool reads and writes, so a
 * region made elsewhere (tilemaker, planetiler) can be loaded as it is.
 *
 * One connection, serialised by a mutex: a tile renderer's threads may share it.
 */
class MbTiles
{
public:
    MbTiles() = default;
    ~MbTiles();
    MbTiles(const MbTiles &) = delete;
    MbTiles &operator=(const MbTiles &) = delete;

    enum class Mode { ReadOnly, ReadWrite };

    /** Opens (or, read-write, creates) @p path; false with errorString() set. */
    bool open(const QString &path, Mode mode = Mode::ReadOnly);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    QString errorString() const { return m_error; }

    /** The tile's bytes as stored (often gzip), or std::nullopt when the set has none. */
    std::optional<QByteArray> tile(const TileId &id) const;
    /** The metadata table. */
    QHash<QString, QString> metadata() const;
    /** The lowest and highest zoom that hold tiles; (-1, -1) when none. */
    std::pair<int, int> zoomRange() const;
    int tileCount() const;
    /** Every tile's id, by zoom, column and row. */
    QList<TileId> tileIds() const;

    /** Read-write: starts and ends one transaction around a batch of writes. */
    bool begin();
    bool commit();
    bool putTile(const TileId &id, const QByteArray &data);
    bool putMetadata(const QString &name, const QString &value);

    /**
     * Writes the .pbf tiles under @p directory ({z}/{x}/{y}.pbf, as tilemaker and
     * OpenMapTiles write them) into @p target, gzip-compressed as MBTiles readers expect,
     * with the folder's metadata.json when there is one; only zooms @p minZoom..@p maxZoom
     * and tiles that overlap @p bounds (west, south, east, north; all when empty). How
     * many tiles, or std::nullopt with @p error.
     */
    struct Bounds { double west = -180, south = -85.0511, east = 180, north = 85.0511; };
    static std::optional<int> importDirectory(const QString &directory, MbTiles &target, int minZoom, int maxZoom,
                                              const Bounds &bounds, QString *error);
    /** The same from another tile set @p from (stored bytes copied as they are, gzip added where missing). */
    static std::optional<int> importSet(const MbTiles &from, MbTiles &target, int minZoom, int maxZoom, const Bounds &bounds,
                                        QString *error);
    /** Whether @p id lies in zooms @p minZoom..@p maxZoom and overlaps @p bounds. */
    static bool covers(const TileId &id, int minZoom, int maxZoom, const Bounds &bounds);

private:
    bool exec(const char *sql);
    /** Stores @p tiles (validated, gzip added) and the set's metadata in one transaction. */
    static std::optional<int> store(const QList<std::pair<TileId, QByteArray>> &tiles, const QString &name, const QString &vectorLayers,
                                    MbTiles &target, QString *error);

    sqlite3 *m_db = nullptr;
    mutable QMutex m_lock;
    mutable QString m_error;
};

} // namespace Buurtplein
