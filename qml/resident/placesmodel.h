// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QQmlEngine>
#include <QSqlDatabase>
#include <QVariantMap>

#include "search/catalogueviews.h"
#include "search/geodistance.h"

namespace Buurtplein {

/** Decisions about which part of the map to load; pure, for tests. */
namespace MapArea {

/** @p box grown by @p fraction of its height and width on each side. */
GeoBox grown(const GeoBox &box, double fraction);
/** True when @p inner lies within @p outer. */
bool contains(const GeoBox &outer, const GeoBox &inner);
/**
 * Whether the map must load again to show @p visible, given the area last @p loaded
 * (empty: nothing yet), whether that load was @p truncated, and the visible area
 * @p lastVisible it was made for: when the view leaves the loaded area, or when it
 * zoomed in on a truncated load (which then shows more of the places in view).
 */
bool needsLoad(const GeoBox &loaded, bool truncated, const GeoBox &lastVisible, const GeoBox &visible);

} // namespace MapArea

/**
 * The meeting places of the map's area, for the offline map: each with its position on
 * the Web Mercator unit square and the category most of its coming sessions have. The
 * map asks for its visible area as the resident pans and zooms (showArea); where the
 * area holds more places than the map can draw, the most active come first.
 */
class PlacesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppRoot as a singleton of Buurtplein.Resident")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(double centreLat READ centreLat NOTIFY loaded)
    Q_PROPERTY(double centreLon READ centreLon NOTIFY loaded)
    Q_PROPERTY(bool truncated READ isTruncated NOTIFY loaded)

public:
    enum Role {
        UidRole = Qt::UserRole + 1,
        NameRole,
        KindRole,
        LatRole,
        LonRole,
        UnitXRole,
        UnitYRole,
        CategoryRole,
        ColorRole,
        SessionCountRole,
    };
    Q_ENUM(Role)

    /** The largest number of places the map draws at once. */
    static constexpr int MaxPlaces = 400;

    explicit PlacesModel(QSqlDatabase db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    double centreLat() const { return m_lat; }
    double centreLon() const { return m_lon; }
    /** True when the last load left out places of its area (more than MaxPlaces). */
    bool isTruncated() const { return m_truncated; }

    /** Sessions are counted from @p now for the coming week. */
    void setNow(const QDateTime &now) { m_now = now; }

    /** Loads the places within @p radiusMetres of (@p lat, @p lon), nearest first. */
    Q_INVOKABLE void loadAround(double lat, double lon, double radiusMetres = 4000);
    /** Loads around the middle of the catalogue's places (where the map opens without a location). */
    Q_INVOKABLE void loadAroundCatalogue();
    /** Loads the places inside the box: the most active this week first, at most MaxPlaces. */
    Q_INVOKABLE void loadBox(double north, double west, double south, double east);
    /**
     * For the map's visible area: loads a box a quarter larger on each side, unless the
     * last load already holds every place of the area. True when it loaded.
     */
    Q_INVOKABLE bool showArea(double north, double west, double south, double east);
    /**
     * {north, west, south, east, found}: the box framing (@p lat, @p lon) and the
     * @p count nearest places with sessions in the coming week (found of them).
     */
    Q_INVOKABLE QVariantMap frameAround(double lat, double lon, int count = 4) const;
    /** Loads the last area again, as it was asked for (after a sync changed the catalogue). */
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void countChanged();
    void loaded();

private:
    using Row = CatalogueViews::MapPlace;

    QList<Row> query(const GeoBox &box, double lat, double lon, int limit) const;
    void setRows(const QList<Row> &rows, double lat, double lon);
    QDateTime from() const;

    QSqlDatabase m_db;
    QList<Row> m_rows;
    QDateTime m_now;
    double m_lat = 0;
    double m_lon = 0;
    GeoBox m_box;               ///< the area of the last load
    GeoBox m_visible;           ///< the visible area showArea() last loaded for
    enum class LastLoad { None, Around, Box, Catalogue };
    LastLoad m_last = LastLoad::None;
    double m_aroundLat = 0;     ///< loadAround()'s arguments, for reload()
    double m_aroundLon = 0;
    double m_aroundRadius = 0;
    bool m_truncated = false;
};

} // namespace Buurtplein
