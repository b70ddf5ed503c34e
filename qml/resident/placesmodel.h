// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QQmlEngine>
#include <QSqlDatabase>
#include <QVariantMap>

#include <atomic>
#include <memory>

class QThread;

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

/** What the map asks the catalogue; answered by PlacesModel::answer(), on the model's reading thread. */
struct PlacesRequest {
    enum class Kind {
        Around,     ///< the places within radius of (lat, lon), nearest first
        Box,        ///< the places inside box, the most active first
        Catalogue,  ///< Around the middle of the catalogue's places
        Frame,      ///< the box framing (lat, lon) and its count nearest active places
    };
    Kind kind = Kind::Box;
    GeoBox box;
    double lat = 0;         ///< not finite for Frame: the middle of the catalogue
    double lon = 0;
    double radius = 0;
    int count = 0;
    QDateTime from;         ///< sessions are counted for the week from here
};

/** The answer to a PlacesRequest. */
struct PlacesAnswer {
    QList<CatalogueViews::MapPlace> rows;
    bool truncated = false;
    double lat = 0;         ///< the middle of what was loaded
    double lon = 0;
    GeoBox box;             ///< the area loaded
    QVariantMap frame;      ///< for Frame: {north, west, south, east, found}
};

/**
 * The meeting places of the map's area, for the offline map: each with its position on
 * the Web Mercator unit square and the category most of its coming sessions have. The
 * map asks for its visible area as the resident pans and zooms (showArea); where the
 * area holds more places than the map can draw, the most active come first.
 *
 * Every read runs on a thread of the model's own with its own connection to the
 * catalogue file (a pan never waits for SQLite): the load calls return at once, the rows
 * change and loaded() is emitted when the answer comes, and a load asked for while an
 * older one waits makes the older one be skipped or dropped. A catalogue in memory,
 * which no second connection can see, is answered through the event loop all the same.
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
    ~PlacesModel() override;

    /** Reads what @p request asks from @p db; on any thread that owns the connection. */
    static PlacesAnswer answer(const QSqlDatabase &db, const PlacesRequest &request);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    double centreLat() const { return m_lat; }
    double centreLon() const { return m_lon; }
    /** True when the last load left out places of its area (more than MaxPlaces). */
    bool isTruncated() const { return m_truncated; }

    /** Sessions are counted from @p now for the coming week. */
    void setNow(const QDateTime &now) { m_now = now; }

    /** Asks for the places within @p radiusMetres of (@p lat, @p lon), nearest first. */
    Q_INVOKABLE void loadAround(double lat, double lon, double radiusMetres = 4000);
    /** Asks for the places around the middle of the catalogue's places (where the map opens without a location). */
    Q_INVOKABLE void loadAroundCatalogue();
    /** Asks for the places inside the box: the most active this week first, at most MaxPlaces. */
    Q_INVOKABLE void loadBox(double north, double west, double south, double east);
    /**
     * For the map's visible area: asks for a box a quarter larger on each side, unless the
     * last load asked for already holds every place of the area. True when it asked.
     */
    Q_INVOKABLE bool showArea(double north, double west, double south, double east);
    /**
     * Asks for the box framing (@p lat, @p lon) and the @p count nearest places with
     * sessions in the coming week; (NaN, NaN): around the middle of the catalogue's
     * places. framed() answers with the returned ticket.
     */
    Q_INVOKABLE int frameAround(double lat, double lon, int count = 4);
    /** Asks for the last area again, as it was asked for (after a sync changed the catalogue). */
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void countChanged();
    /** The rows of the newest load are in. */
    void loaded();
    /** {north, west, south, east, found}: the answer to frameAround()'s @p ticket. */
    void framed(int ticket, const QVariantMap &frame);
    /** To the reading thread. */
    void requested(quint64 ticket, const Buurtplein::PlacesRequest &request);

private:
    using Row = CatalogueViews::MapPlace;

    /** Sends @p request (its from set here) to the reading thread; its ticket. */
    quint64 ask(PlacesRequest request);
    void receive(quint64 ticket, const Buurtplein::PlacesRequest &request, const Buurtplein::PlacesAnswer &answer);
    QDateTime from() const;

    QSqlDatabase m_db;
    QThread *m_thread = nullptr;
    quint64 m_lastTicket = 0;
    /**
     * The newest load's ticket: an answer to an older one is dropped, and the reading
     * thread skips the loads it overtook. Written only here, on the UI thread.
     */
    std::shared_ptr<std::atomic<quint64>> m_newestLoad = std::make_shared<std::atomic<quint64>>(0);
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

Q_DECLARE_METATYPE(Buurtplein::PlacesRequest)
Q_DECLARE_METATYPE(Buurtplein::PlacesAnswer)
