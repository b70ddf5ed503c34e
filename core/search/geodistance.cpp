// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/geodistance.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>

namespace Buurtplein::GeoDistance {

namespace {
constexpr double earthRadiusMetres = 6371008.8;
constexpr double degToRad = M_PI / 180.0;

void sqlDistance(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    for (int i = 0; i < argc; ++i) {
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL) {
            sqlite3_result_null(context);
            return;
        }
    }
    sqlite3_result_double(context, metres(sqlite3_value_double(argv[0]), sqlite3_value_double(argv[1]),
                                          sqlite3_value_double(argv[2]), sqlite3_value_double(argv[3])));
}
} // namespace

double metres(double lat1, double lon1, double lat2, double lon2)
{
    const double dLat = (lat2 - lat1) * degToRad;
    const double dLon = (lon2 - lon1) * degToRad;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(lat1 * degToRad) * std::cos(lat2 * degToRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * earthRadiusMetres * std::asin(std::min(1.0, std::sqrt(a)));
}

GeoBox boxAround(double lat, double lon, double radiusMetres)
{
    // One percent and a metre of margin absorb the R*Tree's 32-bit float rounding.
    const double r = radiusMetres * 1.01 + 1.0;
    const double dLat = r / earthRadiusMetres / degToRad;
    const double cosLat = std::max(std::cos(lat * degToRad), 0.01);
    const double dLon = std::min(180.0, dLat / cosLat);
    return {std::max(-90.0, lat - dLat), std::min(90.0, lat + dLat), lon - dLon, lon + dLon};
}

bool ensureSqlFunction(QSqlDatabase db, QString *error)
{
    {
        QSqlQuery probe(db);
        if (probe.exec(QStringLiteral("SELECT bp_distance(0, 0, 0, 0)")))
            return true;
    }
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        *error = QStringLiteral("Search needs an SQLite database connection.");
        return false;
    }
    sqlite3 *sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    const int rc = sqlite3_create_function_v2(sqlite, "bp_distance", 4,
                                              SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                              nullptr, sqlDistance, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        *error = QStringLiteral("Cannot set up distance search: %1").arg(QString::fromUtf8(sqlite3_errstr(rc)));
        return false;
    }
    return true;
}

} // namespace Buurtplein::GeoDistance
