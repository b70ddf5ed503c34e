// SPDX-License-Identifier: GPL-3.0-or-later
#include "placesmodel.h"
#include "geodistance.h"
#include "terms.h"
#include "webmercator.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <QtMath>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcPlacesModel, "buurtplein.app.places")

namespace Buurtplein {

namespace MapArea {

GeoBox grown(const GeoBox &box, double fraction)
{
    const double dLat = (box.maxLat - box.minLat) * fraction;
    const double dLon = (box.maxLon - box.minLon) * fraction;
    return {box.minLat - dLat, box.maxLat + dLat, box.minLon - dLon, box.maxLon + dLon};
}

bool contains(const GeoBox &outer, const GeoBox &inner)
{
    return inner.minLat >= outer.minLat && inner.maxLat <= outer.maxLat && inner.minLon >= outer.minLon
        && inner.maxLon <= outer.maxLon;
}

bool needsLoad(const GeoBox &loaded, bool truncated, const GeoBox &lastVisible, const GeoBox &visible)
{
    const bool nothingYet = loaded.maxLat <= loaded.minLat || loaded.maxLon <= loaded.minLon;
    if (nothingYet || !contains(loaded, visible))
        return true;
    if (!truncated)
        return false;
    const bool sizeUnknown = lastVisible.maxLat <= lastVisible.minLat || lastVisible.maxLon <= lastVisible.minLon;
    if (sizeUnknown)
        return true;
    const auto area = [](const GeoBox &b) { return (b.maxLat - b.minLat) * (b.maxLon - b.minLon); };
    // About one zoom step in: the places of the smaller view may no longer all fit in the limit.
    return area(visible) < area(lastVisible) / 2;
}

} // namespace MapArea

PlacesModel::PlacesModel(QSqlDatabase db, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(db)
{
}

int PlacesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PlacesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return r.name;
    case UidRole:
        return r.uid;
    case KindRole:
        return r.kind;
    case LatRole:
        return r.lat;
    case LonRole:
        return r.lon;
    case UnitXRole:
        return WebMercator::toUnit(r.lat, r.lon).x();
    case UnitYRole:
        return WebMercator::toUnit(r.lat, r.lon).y();
    case CategoryRole:
        return r.category;
    case ColorRole:
        return r.category.isEmpty() ? QStringLiteral("#6b7b7a") : Terms::categoryColor(r.category);
    case SessionCountRole:
        return r.sessions;
    }
    return {};
}

QHash<int, QByteArray> PlacesModel::roleNames() const
{
    return {
        {UidRole, "uid"},         {NameRole, "name"},         {KindRole, "kind"},
        {LatRole, "lat"},         {LonRole, "lon"},           {UnitXRole, "unitX"},
        {UnitYRole, "unitY"},     {CategoryRole, "category"}, {ColorRole, "color"},
        {SessionCountRole, "sessionCount"},
    };
}

void PlacesModel::loadAround(double lat, double lon, double radiusMetres)
{
    const GeoBox box = GeoDistance::boxAround(lat, lon, radiusMetres);
    const int limit = MaxPlaces * 4;
    const QList<Row> found = query(box, lat, lon, limit + 1);
    QList<Row> rows;
    for (const Row &row : found) {
        if (GeoDistance::metres(lat, lon, row.lat, row.lon) <= radiusMetres)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), [lat, lon](const Row &a, const Row &b) {
        return GeoDistance::metres(lat, lon, a.lat, a.lon) < GeoDistance::metres(lat, lon, b.lat, b.lon);
    });
    m_truncated = found.size() > limit || rows.size() > MaxPlaces;
    if (rows.size() > MaxPlaces)
        rows.resize(MaxPlaces);
    m_box = box;
    m_visible = {};
    m_last = LastLoad::Around;
    m_aroundLat = lat;
    m_aroundLon = lon;
    m_aroundRadius = radiusMetres;
    setRows(rows, lat, lon);
}

void PlacesModel::loadBox(double north, double west, double south, double east)
{
    const GeoBox box{std::min(north, south), std::max(north, south), std::min(west, east), std::max(west, east)};
    const double lat = (box.minLat + box.maxLat) / 2;
    const double lon = (box.minLon + box.maxLon) / 2;
    QList<Row> rows = query(box, lat, lon, MaxPlaces + 1);
    m_truncated = rows.size() > MaxPlaces;
    if (m_truncated)
        rows.resize(MaxPlaces);
    m_box = box;
    m_visible = {};
    m_last = LastLoad::Box;
    setRows(rows, lat, lon);
}

bool PlacesModel::showArea(double north, double west, double south, double east)
{
    const GeoBox visible{std::min(north, south), std::max(north, south), std::min(west, east), std::max(west, east)};
    if (!MapArea::needsLoad(m_box, m_truncated, m_visible, visible))
        return false;
    const GeoBox load = MapArea::grown(visible, 0.25);
    loadBox(load.maxLat, load.minLon, load.minLat, load.maxLon);
    m_visible = visible;
    return true;
}

QVariantMap PlacesModel::frameAround(double lat, double lon, int count) const
{
    struct Near {
        double lat;
        double lon;
        double metres;
    };
    QList<Near> nearest;
    // Widen the search until enough active places turn up; a town has them within a few km.
    for (double radius : {1500.0, 5000.0, 20000.0}) {
        const GeoBox box = GeoDistance::boxAround(lat, lon, radius);
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "SELECT p.lat, p.lon FROM place p WHERE p.id IN (SELECT id FROM place_rtree WHERE min_lat <= :maxLat "
            "AND max_lat >= :minLat AND min_lon <= :maxLon AND max_lon >= :minLon) AND p.lat IS NOT NULL "
            "AND EXISTS (SELECT 1 FROM occurrence o WHERE o.place_id = p.id AND o.start >= :from AND o.start < :to)"));
        q.bindValue(QStringLiteral(":minLat"), box.minLat);
        q.bindValue(QStringLiteral(":maxLat"), box.maxLat);
        q.bindValue(QStringLiteral(":minLon"), box.minLon);
        q.bindValue(QStringLiteral(":maxLon"), box.maxLon);
        q.bindValue(QStringLiteral(":from"), from().toSecsSinceEpoch());
        q.bindValue(QStringLiteral(":to"), from().addDays(7).toSecsSinceEpoch());
        if (!q.exec()) {
            qCWarning(lcPlacesModel) << "cannot find the nearest places:" << q.lastError().text();
            break;
        }
        nearest.clear();
        while (q.next()) {
            const double plat = q.value(0).toDouble();
            const double plon = q.value(1).toDouble();
            const double metres = GeoDistance::metres(lat, lon, plat, plon);
            if (metres <= radius)
                nearest.append({plat, plon, metres});
        }
        if (nearest.size() >= count)
            break;
    }
    std::sort(nearest.begin(), nearest.end(), [](const Near &a, const Near &b) { return a.metres < b.metres; });
    if (nearest.size() > count)
        nearest.resize(count);
    GeoBox box{lat, lat, lon, lon};
    for (const Near &n : nearest) {
        box.minLat = std::min(box.minLat, n.lat);
        box.maxLat = std::max(box.maxLat, n.lat);
        box.minLon = std::min(box.minLon, n.lon);
        box.maxLon = std::max(box.maxLon, n.lon);
    }
    return {{QStringLiteral("north"), box.maxLat}, {QStringLiteral("west"), box.minLon},
            {QStringLiteral("south"), box.minLat}, {QStringLiteral("east"), box.maxLon},
            {QStringLiteral("found"), int(nearest.size())}};
}

QList<PlacesModel::Row> PlacesModel::query(const GeoBox &box, double lat, double lon, int limit) const
{
    const QDateTime start = from();
    QSqlQuery q(m_db);
    // The category shown is the one most of the place's coming-week sessions have. Where
    // the area holds more places than the limit, the most active come first, then the
    // nearest to the middle (a flat-earth distance is enough to order them). The category
    // is read only for the places kept: a zoomed-out national view has thousands of candidates.
    q.prepare(QStringLiteral(
        "SELECT c.uid, c.name, c.kind, c.lat, c.lon, "
        "(SELECT a.category FROM occurrence o JOIN activity a ON a.id = o.activity_id "
        " WHERE o.place_id = c.id AND o.start >= :from AND o.start < :to "
        " GROUP BY a.category ORDER BY count(*) DESC, a.category LIMIT 1), c.sessions "
        "FROM (SELECT p.id, p.uid, p.name, p.kind, p.lat, p.lon, "
        " (SELECT count(*) FROM occurrence o WHERE o.place_id = p.id AND o.start >= :from2 AND o.start < :to2) AS sessions, "
        " (p.lat - :lat) * (p.lat - :lat2) + (p.lon - :lon) * (p.lon - :lon2) * :lonScale AS nearness "
        " FROM place p WHERE p.id IN (SELECT id FROM place_rtree WHERE min_lat <= :maxLat AND max_lat >= :minLat "
        " AND min_lon <= :maxLon AND max_lon >= :minLon) AND p.lat IS NOT NULL "
        " ORDER BY sessions DESC, nearness, p.uid LIMIT :limit) c "
        "ORDER BY c.sessions DESC, c.nearness, c.uid"));
    q.bindValue(QStringLiteral(":from"), start.toSecsSinceEpoch());
    q.bindValue(QStringLiteral(":to"), start.addDays(7).toSecsSinceEpoch());
    q.bindValue(QStringLiteral(":from2"), start.toSecsSinceEpoch());
    q.bindValue(QStringLiteral(":to2"), start.addDays(7).toSecsSinceEpoch());
    q.bindValue(QStringLiteral(":minLat"), box.minLat);
    q.bindValue(QStringLiteral(":maxLat"), box.maxLat);
    q.bindValue(QStringLiteral(":minLon"), box.minLon);
    q.bindValue(QStringLiteral(":maxLon"), box.maxLon);
    q.bindValue(QStringLiteral(":lat"), lat);
    q.bindValue(QStringLiteral(":lat2"), lat);
    q.bindValue(QStringLiteral(":lon"), lon);
    q.bindValue(QStringLiteral(":lon2"), lon);
    const double cosLat = std::cos(qDegreesToRadians(lat));
    q.bindValue(QStringLiteral(":lonScale"), cosLat * cosLat);
    q.bindValue(QStringLiteral(":limit"), limit);
    QList<Row> rows;
    if (!q.exec()) {
        qCWarning(lcPlacesModel) << "cannot read places:" << q.lastError().text();
        return rows;
    }
    while (q.next()) {
        Row row{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toDouble(),
                q.value(4).toDouble(), q.value(5).toString(), q.value(6).toInt()};
        // The R*Tree holds float32 boxes: keep exactly the places inside the area.
        if (row.lat >= box.minLat && row.lat <= box.maxLat && row.lon >= box.minLon && row.lon <= box.maxLon)
            rows.append(row);
    }
    return rows;
}

void PlacesModel::setRows(const QList<Row> &rows, double lat, double lon)
{
    const int oldCount = int(m_rows.size());
    beginResetModel();
    m_rows = rows;
    m_lat = lat;
    m_lon = lon;
    endResetModel();
    if (oldCount != m_rows.size())
        Q_EMIT countChanged();
    Q_EMIT loaded();
}

QDateTime PlacesModel::from() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void PlacesModel::loadAroundCatalogue()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT avg(lat), avg(lon), count(*) FROM place WHERE lat IS NOT NULL"));
    if (q.exec() && q.next() && q.value(2).toInt() > 0)
        loadAround(q.value(0).toDouble(), q.value(1).toDouble());
    else
        loadAround(52.3728, 4.8936); // Amsterdam's Dam square, for an empty catalogue
    m_last = LastLoad::Catalogue;
}

void PlacesModel::reload()
{
    const GeoBox visible = m_visible;
    switch (m_last) {
    case LastLoad::None:
        return;
    case LastLoad::Around:
        loadAround(m_aroundLat, m_aroundLon, m_aroundRadius);
        break;
    case LastLoad::Box:
        loadBox(m_box.maxLat, m_box.minLon, m_box.minLat, m_box.maxLon);
        break;
    case LastLoad::Catalogue:
        // The map has not moved yet: it follows the catalogue, which may now lie elsewhere.
        loadAroundCatalogue();
        break;
    }
    // The map still shows the same area; its next move decides whether to load again.
    m_visible = visible;
}

} // namespace Buurtplein
