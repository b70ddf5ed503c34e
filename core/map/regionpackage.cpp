// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/regionpackage.h"
#include "map/vectortile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include <cmath>
#include <tuple>

namespace Buurtplein::RegionPackage {

namespace {
const QString RegionKey = QStringLiteral("buurtplein:region");

// One SQLite connection to a package, closed when it goes.
struct Connection {
    sqlite3 *db = nullptr;
    Connection(const QString &path, int flags) { sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr); }
    ~Connection() { sqlite3_close_v2(db); }
    QString error() const { return QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory"); }
};

struct Statement {
    sqlite3_stmt *stmt = nullptr;
    Statement(sqlite3 *db, const char *sql) { sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr); }
    ~Statement() { sqlite3_finalize(stmt); }
    explicit operator bool() const { return stmt != nullptr; }
    QString text(int column) const { return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column))); }
};

// Widens @p box by every [lon, lat] pair under @p value; false when a pair is not two numbers.
bool widen(const QJsonValue &value, MbTiles::Bounds *box, int *points)
{
    const QJsonArray array = value.toArray();
    if (array.size() >= 2 && array.at(0).isDouble()) {
        const double lon = array.at(0).toDouble(), lat = array.at(1).toDouble();
        if (!array.at(1).isDouble() || std::abs(lon) > 180 || std::abs(lat) > 90)
            return false;
        box->west = std::min(box->west, lon);
        box->east = std::max(box->east, lon);
        box->south = std::min(box->south, lat);
        box->north = std::max(box->north, lat);
        ++*points;
        return true;
    }
    for (const QJsonValue &part : array) {
        if (!part.isArray() || !widen(part, box, points))
            return false;
    }
    return true;
}

bool wellFormed(const QByteArray &geometry)
{
    const QJsonObject object = QJsonDocument::fromJson(geometry).object();
    const QString type = object.value(QStringLiteral("type")).toString();
    MbTiles::Bounds box{180, 90, -180, -90};
    int points = 0;
    return (type == QLatin1String("Polygon") || type == QLatin1String("MultiPolygon"))
        && widen(object.value(QStringLiteral("coordinates")), &box, &points) && points >= 4;
}

QByteArray sha1Of(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha1);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return hash.result().toHex();
}
} // namespace

QString levelOf(const QString &code)
{
    if (code.startsWith(QLatin1String("BU")))
        return QStringLiteral("buurt");
    if (code.startsWith(QLatin1String("WK")))
        return QStringLiteral("wijk");
    if (code.startsWith(QLatin1String("GM")))
        return QStringLiteral("gemeente");
    return {};
}

QString gemeenteOf(const QString &code)
{
    return levelOf(code).isEmpty() || code.size() < 6 ? QString() : QStringLiteral("GM") + code.mid(2, 4);
}

std::optional<MbTiles::Bounds> boundsOf(const QList<Area> &areas)
{
    MbTiles::Bounds box{180, 90, -180, -90};
    int points = 0;
    for (const Area &area : areas) {
        const QJsonObject geometry = QJsonDocument::fromJson(area.geometry).object();
        if (!widen(geometry.value(QStringLiteral("coordinates")), &box, &points))
            return std::nullopt;
    }
    if (points == 0)
        return std::nullopt;
    return box;
}

std::optional<Info> build(const MbTiles &from, const QString &code, const QString &name, const QList<Area> &areas,
                          const QString &target, QString *error)
{
    const auto bounds = boundsOf(areas);
    if (!bounds) {
        *error = QStringLiteral("The outlines of %1 have no coordinates to make a map package of.").arg(code);
        return std::nullopt;
    }
    QFile::remove(target);
    {
        MbTiles package;
        if (!package.open(target, MbTiles::Mode::ReadWrite)) {
            *error = package.errorString();
            return std::nullopt;
        }
        if (!MbTiles::importSet(from, package, 0, 22, *bounds, error)) {
            package.close();
            QFile::remove(target);
            return std::nullopt;
        }
        const QString box = QStringLiteral("%1,%2,%3,%4").arg(bounds->west, 0, 'f', 6).arg(bounds->south, 0, 'f', 6)
                                .arg(bounds->east, 0, 'f', 6).arg(bounds->north, 0, 'f', 6);
        const bool ok = package.begin() && package.putMetadata(RegionKey, code) && package.putMetadata(QStringLiteral("name"), name)
            && package.putMetadata(QStringLiteral("bounds"), box)
            && package.putMetadata(QStringLiteral("description"), QStringLiteral("%1 (%2): map tiles and area outlines").arg(name, code))
            && package.commit();
        if (!ok) {
            *error = package.errorString();
            package.close();
            QFile::remove(target);
            return std::nullopt;
        }
    }
    {
        Connection c(target, SQLITE_OPEN_READWRITE);
        bool ok = c.db && sqlite3_exec(c.db, "BEGIN IMMEDIATE; CREATE TABLE buurtplein_area (code TEXT PRIMARY KEY, name TEXT NOT NULL,"
                                             " level TEXT NOT NULL, division INTEGER NOT NULL, geometry TEXT NOT NULL)",
                                       nullptr, nullptr, nullptr) == SQLITE_OK;
        Statement insert(c.db, "INSERT INTO buurtplein_area (code, name, level, division, geometry) VALUES (?, ?, ?, ?, ?)");
        for (const Area &area : areas) {
            if (!ok || !insert)
                break;
            const QByteArray codeUtf8 = area.code.toUtf8(), nameUtf8 = area.name.toUtf8(), levelUtf8 = area.level.toUtf8();
            sqlite3_reset(insert.stmt);
            sqlite3_bind_text(insert.stmt, 1, codeUtf8.constData(), int(codeUtf8.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(insert.stmt, 2, nameUtf8.constData(), int(nameUtf8.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(insert.stmt, 3, levelUtf8.constData(), int(levelUtf8.size()), SQLITE_TRANSIENT);
            sqlite3_bind_int(insert.stmt, 4, area.division);
            sqlite3_bind_text(insert.stmt, 5, area.geometry.constData(), int(area.geometry.size()), SQLITE_TRANSIENT);
            ok = sqlite3_step(insert.stmt) == SQLITE_DONE;
        }
        ok = ok && insert && sqlite3_exec(c.db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
        if (!ok) {
            *error = QStringLiteral("Cannot write the outlines into %1: %2").arg(target, c.error());
            sqlite3_close_v2(c.db);
            c.db = nullptr;
            QFile::remove(target);
            return std::nullopt;
        }
        sqlite3_exec(c.db, "VACUUM", nullptr, nullptr, nullptr);
    }
    return check(target, error);
}

std::optional<Info> check(const QString &path, QString *error)
{
    auto refuse = [&](const QString &why) {
        *error = QStringLiteral("The map package %1 cannot be used: %2").arg(path, why);
        return std::nullopt;
    };
    {
        Connection c(path, SQLITE_OPEN_READONLY);
        if (!c.db)
            return refuse(QStringLiteral("it cannot be opened."));
        Statement quick(c.db, "PRAGMA quick_check");
        if (!quick || sqlite3_step(quick.stmt) != SQLITE_ROW || quick.text(0) != QLatin1String("ok"))
            return refuse(QStringLiteral("it is not an intact SQLite file (%1).").arg(quick ? quick.text(0) : c.error()));
    }
    MbTiles set;
    if (!set.open(path))
        return refuse(set.errorString());
    Info info;
    const auto meta = set.metadata();
    info.code = meta.value(RegionKey);
    info.name = meta.value(QStringLiteral("name"));
    if (levelOf(info.code) != QLatin1String("gemeente"))
        return refuse(QStringLiteral("it names no gemeente (metadata %1).").arg(RegionKey));
    const QStringList box = meta.value(QStringLiteral("bounds")).split(QLatin1Char(','));
    if (box.size() == 4)
        info.bounds = {box[0].toDouble(), box[1].toDouble(), box[2].toDouble(), box[3].toDouble()};
    std::tie(info.minZoom, info.maxZoom) = set.zoomRange();
    info.tiles = set.tileCount();
    const QList<TileId> ids = set.tileIds();
    if (ids.isEmpty())
        return refuse(QStringLiteral("it holds no tiles."));
    QString why;
    if (!VectorTile::decode(set.tile(ids.first()).value_or(QByteArray()), &why, {QStringLiteral("-")}))
        return refuse(QStringLiteral("tile %1 is not a vector tile: %2").arg(ids.first().path(), why));
    set.close();
    const QList<Area> outlines = areas(path, &why);
    if (!why.isEmpty())
        return refuse(why);
    for (const Area &area : outlines) {
        if (gemeenteOf(area.code) != info.code)
            return refuse(QStringLiteral("the outline %1 lies outside %2.").arg(area.code, info.code));
        if (!wellFormed(area.geometry))
            return refuse(QStringLiteral("the outline of %1 is not a GeoJSON polygon in lon/lat.").arg(area.code));
    }
    info.areas = int(outlines.size());
    info.bytes = QFile(path).size();
    info.sha1 = sha1Of(path);
    return info;
}

QList<Area> areas(const QString &path, QString *error)
{
    QList<Area> out;
    Connection c(path, SQLITE_OPEN_READONLY);
    Statement q(c.db, "SELECT code, name, level, division, geometry FROM buurtplein_area ORDER BY code");
    if (!q) {
        *error = QStringLiteral("it has no area outlines (%1).").arg(c.error());
        return out;
    }
    while (sqlite3_step(q.stmt) == SQLITE_ROW)
        out.append({q.text(0), q.text(1), q.text(2), sqlite3_column_int(q.stmt, 3), q.text(4).toUtf8()});
    return out;
}

} // namespace Buurtplein::RegionPackage
