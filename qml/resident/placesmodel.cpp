// SPDX-License-Identifier: GPL-3.0-or-later
#include "resident/placesmodel.h"
#include "search/geodistance.h"
#include "common/terms.h"
#include "common/webmercator.h"

#include <QLoggingCategory>

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
        QString error;
        const auto points = CatalogueViews::activePlacesIn(m_db, box, from(), from().addDays(7), &error);
        if (!points) {
            qCWarning(lcPlacesModel) << "cannot find the nearest places:" << error;
            break;
        }
        nearest.clear();
        for (const CatalogueViews::Point &point : *points) {
            const double metres = GeoDistance::metres(lat, lon, point.lat, point.lon);
            if (metres <= radius)
                nearest.append({point.lat, point.lon, metres});
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
    QString error;
    const auto rows = CatalogueViews::placesIn(m_db, box, lat, lon, start, start.addDays(7), limit, &error);
    if (!rows) {
        qCWarning(lcPlacesModel) << "cannot read places:" << error;
        return {};
    }
    return *rows;
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
    if (const auto middle = CatalogueViews::catalogueMiddle(m_db))
        loadAround(middle->lat, middle->lon);
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
