// SPDX-License-Identifier: GPL-3.0-or-later
#include "resident/placesmodel.h"
#include "search/geodistance.h"
#include "common/terms.h"
#include "common/webmercator.h"
#include "storage/database.h"

#include <QLoggingCategory>
#include <QThread>

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

/** PlacesModel's reading side, on its thread, with a connection of its own. */
class PlacesReader : public QObject
{
    Q_OBJECT

public:
    PlacesReader(const QString &path, std::shared_ptr<std::atomic<quint64>> newestLoad)
        : m_path(path)
        , m_newestLoad(std::move(newestLoad))
    {
    }

    void read(quint64 ticket, const PlacesRequest &request)
    {
        // A pan asked for another area while this one waited: nobody would see it.
        if (request.kind != PlacesRequest::Kind::Frame && ticket < m_newestLoad->load())
            return;
        if (!m_db.isOpen() && !m_db.open(m_path))
            qCWarning(lcPlacesModel) << "cannot read the map's places off the UI thread:" << m_db.errorString();
        Q_EMIT answered(ticket, request, PlacesModel::answer(m_db.connection(), request));
    }

Q_SIGNALS:
    void answered(quint64 ticket, const Buurtplein::PlacesRequest &request, const Buurtplein::PlacesAnswer &answer);

private:
    QString m_path;
    std::shared_ptr<std::atomic<quint64>> m_newestLoad;
    Database m_db;
};

namespace {

QList<CatalogueViews::MapPlace> placesIn(const QSqlDatabase &db, const GeoBox &box, double lat, double lon,
                                         const QDateTime &from, int limit)
{
    QString error;
    const auto rows = CatalogueViews::placesIn(db, box, lat, lon, from, from.addDays(7), limit, &error);
    if (!rows) {
        qCWarning(lcPlacesModel) << "cannot read places:" << error;
        return {};
    }
    return *rows;
}

CatalogueViews::Point middleOf(const QSqlDatabase &db)
{
    if (const auto middle = CatalogueViews::catalogueMiddle(db))
        return *middle;
    return {52.3728, 4.8936}; // Amsterdam's Dam square, for an empty catalogue
}

PlacesAnswer around(const QSqlDatabase &db, double lat, double lon, double radiusMetres, const QDateTime &from)
{
    PlacesAnswer answer;
    answer.box = GeoDistance::boxAround(lat, lon, radiusMetres);
    answer.lat = lat;
    answer.lon = lon;
    const int limit = PlacesModel::MaxPlaces * 4;
    const QList<CatalogueViews::MapPlace> found = placesIn(db, answer.box, lat, lon, from, limit + 1);
    for (const CatalogueViews::MapPlace &row : found) {
        if (GeoDistance::metres(lat, lon, row.lat, row.lon) <= radiusMetres)
            answer.rows.append(row);
    }
    std::sort(answer.rows.begin(), answer.rows.end(), [lat, lon](const auto &a, const auto &b) {
        return GeoDistance::metres(lat, lon, a.lat, a.lon) < GeoDistance::metres(lat, lon, b.lat, b.lon);
    });
    answer.truncated = found.size() > limit || answer.rows.size() > PlacesModel::MaxPlaces;
    if (answer.rows.size() > PlacesModel::MaxPlaces)
        answer.rows.resize(PlacesModel::MaxPlaces);
    return answer;
}

QVariantMap frameNear(const QSqlDatabase &db, double lat, double lon, int count, const QDateTime &from)
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
        const auto points = CatalogueViews::activePlacesIn(db, box, from, from.addDays(7), &error);
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

} // namespace

PlacesModel::PlacesModel(QSqlDatabase db, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(db)
{
    qRegisterMetaType<PlacesRequest>();
    qRegisterMetaType<PlacesAnswer>();
}

PlacesModel::~PlacesModel()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

PlacesAnswer PlacesModel::answer(const QSqlDatabase &db, const PlacesRequest &request)
{
    switch (request.kind) {
    case PlacesRequest::Kind::Around:
        return around(db, request.lat, request.lon, request.radius, request.from);
    case PlacesRequest::Kind::Catalogue: {
        const CatalogueViews::Point middle = middleOf(db);
        return around(db, middle.lat, middle.lon, request.radius, request.from);
    }
    case PlacesRequest::Kind::Box: {
        PlacesAnswer answer;
        answer.box = request.box;
        answer.lat = (request.box.minLat + request.box.maxLat) / 2;
        answer.lon = (request.box.minLon + request.box.maxLon) / 2;
        answer.rows = placesIn(db, request.box, answer.lat, answer.lon, request.from, MaxPlaces + 1);
        answer.truncated = answer.rows.size() > MaxPlaces;
        if (answer.truncated)
            answer.rows.resize(MaxPlaces);
        return answer;
    }
    case PlacesRequest::Kind::Frame: {
        CatalogueViews::Point at{request.lat, request.lon};
        if (!std::isfinite(at.lat) || !std::isfinite(at.lon))
            at = middleOf(db);
        PlacesAnswer answer;
        answer.frame = frameNear(db, at.lat, at.lon, request.count, request.from);
        return answer;
    }
    }
    return {};
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
    m_box = GeoDistance::boxAround(lat, lon, radiusMetres);
    m_visible = {};
    m_last = LastLoad::Around;
    m_aroundLat = lat;
    m_aroundLon = lon;
    m_aroundRadius = radiusMetres;
    PlacesRequest request;
    request.kind = PlacesRequest::Kind::Around;
    request.lat = lat;
    request.lon = lon;
    request.radius = radiusMetres;
    ask(request);
}

void PlacesModel::loadBox(double north, double west, double south, double east)
{
    m_box = {std::min(north, south), std::max(north, south), std::min(west, east), std::max(west, east)};
    m_visible = {};
    m_last = LastLoad::Box;
    PlacesRequest request;
    request.kind = PlacesRequest::Kind::Box;
    request.box = m_box;
    ask(request);
}

void PlacesModel::loadAroundCatalogue()
{
    // Where that is is known with the answer; until then any view asks again.
    m_box = {};
    m_visible = {};
    m_last = LastLoad::Catalogue;
    PlacesRequest request;
    request.kind = PlacesRequest::Kind::Catalogue;
    request.radius = 4000;
    ask(request);
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

int PlacesModel::frameAround(double lat, double lon, int count)
{
    PlacesRequest request;
    request.kind = PlacesRequest::Kind::Frame;
    request.lat = lat;
    request.lon = lon;
    request.count = count;
    return int(ask(request));
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

quint64 PlacesModel::ask(PlacesRequest request)
{
    request.from = from();
    const quint64 ticket = ++m_lastTicket;
    if (request.kind != PlacesRequest::Kind::Frame) {
        m_newestLoad->store(ticket);
    }
    const QString path = m_db.databaseName();
    if (path.isEmpty() || path == QLatin1String(":memory:")) {
        const PlacesAnswer found = answer(m_db, request);
        QMetaObject::invokeMethod(this, [this, ticket, request, found] { receive(ticket, request, found); },
                                  Qt::QueuedConnection);
        return ticket;
    }
    if (!m_thread) {
        m_thread = new QThread(this);
        m_thread->setObjectName(QStringLiteral("map-places"));
        auto *reader = new PlacesReader(path, m_newestLoad);
        reader->moveToThread(m_thread);
        connect(m_thread, &QThread::finished, reader, &QObject::deleteLater);
        connect(this, &PlacesModel::requested, reader, &PlacesReader::read);
        connect(reader, &PlacesReader::answered, this, &PlacesModel::receive);
        m_thread->start();
    }
    Q_EMIT requested(ticket, request);
    return ticket;
}

void PlacesModel::receive(quint64 ticket, const PlacesRequest &request, const PlacesAnswer &answer)
{
    if (request.kind == PlacesRequest::Kind::Frame) {
        Q_EMIT framed(int(ticket), answer.frame);
        return;
    }
    // An answer to an older question: a newer one is on its way.
    if (ticket != m_newestLoad->load())
        return;
    if (request.kind == PlacesRequest::Kind::Catalogue)
        m_box = answer.box;
    m_truncated = answer.truncated;
    const int oldCount = int(m_rows.size());
    beginResetModel();
    m_rows = answer.rows;
    m_lat = answer.lat;
    m_lon = answer.lon;
    endResetModel();
    if (oldCount != m_rows.size())
        Q_EMIT countChanged();
    Q_EMIT loaded();
}

QDateTime PlacesModel::from() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

} // namespace Buurtplein

#include "placesmodel.moc"
