// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Buurtplein {

/** A latitude/longitude rectangle in degrees. */
struct GeoBox {
    double minLat = 0;
    double maxLat = 0;
    double minLon = 0;
    double maxLon = 0;
};

namespace GeoDistance {

/** Great-circle distance in metres between two WGS84 points (haversine, mean Earth radius). */
double metres(double lat1, double lon1, double lat2, double lon2);

/** A box that contains every point within @p radiusMetres of (@p lat, @p lon), with a small margin. */
GeoBox boxAround(double lat, double lon, double radiusMetres);

/**
 * Makes the SQL function bp_distance(lat1, lon1, lat2, lon2) -> metres available on
 * @p db (a QSQLITE connection). Cheap when it is already there.
 */
bool ensureSqlFunction(QSqlDatabase db, QString *error);

} // namespace GeoDistance

} // namespace Buurtplein
