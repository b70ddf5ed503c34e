// SPDX-License-Identifier: GPL-3.0-or-later
#include "placesmodel.h"
#include "geodistance.h"
#include "terms.h"
#include "webmercator.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

Q_LOGGING_CATEGORY(lcPlacesModel, "buurtplein.app.places")

namespace Buurtplein {

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
    const QDateTime from = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db);
    // The category shown is the one most of the place's coming-week sessions have.
    q.prepare(QStringLiteral(
        "SELECT p.uid, p.name, p.kind, p.lat, p.lon, "
        "(SELECT a.category FROM occurrence o JOIN activity a ON a.id = o.activity_id "
        " WHERE o.place_id = p.id AND o.start >= :from AND o.start < :to "
        " GROUP BY a.category ORDER BY count(*) DESC, a.category LIMIT 1), "
        "(SELECT count(*) FROM occurrence o WHERE o.place_id = p.id AND o.start >= :from2 AND o.start < :to2) "
        "FROM place p WHERE p.id IN (SELECT id FROM place_rtree WHERE min_lat <= :maxLat AND max_lat >= :minLat "
        "AND min_lon <= :maxLon AND max_lon >= :minLon) AND p.lat IS NOT NULL LIMIT :limit"));
    q.bindValue(QStringLiteral(":from"), from.toSecsSinceEpoch());
    q.bindValue(QStringLiteral(":to"), from.addDays(7).toSecsSinceEpoch());
    q.bindValue(QStringLiteral(":from2"), from.toSecsSinceEpoch());
    q.bindValue(QStringLiteral(":to2"), from.addDays(7).toSecsSinceEpoch());
    q.bindValue(QStringLiteral(":minLat"), box.minLat);
    q.bindValue(QStringLiteral(":maxLat"), box.maxLat);
    q.bindValue(QStringLiteral(":minLon"), box.minLon);
    q.bindValue(QStringLiteral(":maxLon"), box.maxLon);
    q.bindValue(QStringLiteral(":limit"), MaxPlaces * 4);
    QList<Row> rows;
    if (!q.exec()) {
        qCWarning(lcPlacesModel) << "cannot read places:" << q.lastError().text();
    }
    while (q.next()) {
        Row row{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toDouble(),
                q.value(4).toDouble(), q.value(5).toString(), q.value(6).toInt()};
        if (GeoDistance::metres(lat, lon, row.lat, row.lon) <= radiusMetres)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), [lat, lon](const Row &a, const Row &b) {
        return GeoDistance::metres(lat, lon, a.lat, a.lon) < GeoDistance::metres(lat, lon, b.lat, b.lon);
    });
    if (rows.size() > MaxPlaces)
        rows.resize(MaxPlaces);
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

void PlacesModel::loadAroundCatalogue()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT avg(lat), avg(lon), count(*) FROM place WHERE lat IS NOT NULL"));
    if (q.exec() && q.next() && q.value(2).toInt() > 0) {
        loadAround(q.value(0).toDouble(), q.value(1).toDouble());
        return;
    }
    loadAround(52.3728, 4.8936); // Amsterdam's Dam square, for an empty catalogue
}

} // namespace Buurtplein
