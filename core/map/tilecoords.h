// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cmath>
#include <optional>

namespace Buurtplein {

/**
 * A Web Mercator tile (the XYZ scheme of OpenStreetMap: y counts down from the north).
 * MBTiles stores rows in the TMS scheme (y counts up from the south): tmsRow() converts.
 */
struct TileId {
    int z = 0;
    int x = 0;
    int y = 0;

    friend bool operator==(const TileId &a, const TileId &b) { return a.z == b.z && a.x == b.x && a.y == b.y; }
    friend bool operator!=(const TileId &a, const TileId &b) { return !(a == b); }

    /** Whether x and y lie on zoom z's grid, and z within 0..22. */
    bool isValid() const { return z >= 0 && z <= 22 && x >= 0 && y >= 0 && x < (1 << z) && y < (1 << z); }
    /** The MBTiles (TMS) row of this tile. */
    int tmsRow() const { return (1 << z) - 1 - y; }
    /** The tile of zoom @p zoom (<= z) that holds this one. */
    TileId ancestor(int zoom) const { return {zoom, x >> (z - zoom), y >> (z - zoom)}; }
    /** "z/x/y" */
    QString path() const { return QStringLiteral("%1/%2/%3").arg(z).arg(x).arg(y); }

    /** The tile of zoom @p z that holds (@p lat, @p lon). */
    static TileId at(double lat, double lon, int z)
    {
        const double n = double(1 << z);
        const double latRad = lat * M_PI / 180.0;
        const int x = int(std::floor((lon + 180.0) / 360.0 * n));
        const int y = int(std::floor((1.0 - std::asinh(std::tan(latRad)) / M_PI) / 2.0 * n));
        return {z, std::clamp(x, 0, (1 << z) - 1), std::clamp(y, 0, (1 << z) - 1)};
    }
};

} // namespace Buurtplein
