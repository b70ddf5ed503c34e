// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/catalogueviews.h"
#include "search/schedulerecurrence.h"
#include "storage/schedulerow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QtMath>

#include <algorithm>

#include <cmath>

namespace Buurtplein::CatalogueViews {

namespace {

void bindBox(QSqlQuery &q, const GeoBox &box)
{
    q.bindValue(QStringLiteral(":minLat"), box.minLat);
    q.bindValue(QStringLiteral(":maxLat"), box.maxLat);
    q.bindValue(QStringLiteral(":minLon"), box.minLon);
    q.bindValue(QStringLiteral(":maxLon"), box.maxLon);
}

bool inside(const GeoBox &box, double lat, double lon)
{
    return lat >= box.minLat && lat <= box.maxLat && lon >= box.minLon && lon <= box.maxLon;
}

const QString inBox = QStringLiteral("p.id IN (SELECT id FROM place_rtree WHERE min_lat <= :maxLat AND max_lat >= :minLat "
                                     "AND min_lon <= :maxLon AND max_lon >= :minLon) AND p.lat IS NOT NULL");

} // namespace

std::optional<QList<MapPlace>> placesIn(const QSqlDatabase &db, const GeoBox &box, double lat, double lon,
                                        const QDateTime &from, const QDateTime &to, int limit, QString *error)
{
    QSqlQuery q(db);
    // The category shown is the one most of the place's sessions have. Where the area
    // holds more places than the limit, the most active come first, then the nearest to
    // the middle (a flat-earth distance is enough to order them). The category is read
    // only for the places kept: a zoomed-out national view has thousands of candidates.
    q.prepare(QStringLiteral(
        "SELECT c.uid, c.name, c.kind, c.lat, c.lon, "
        "(SELECT a.category FROM occurrence o JOIN activity a ON a.id = o.activity_id "
        " WHERE o.place_id = c.id AND o.start >= :from AND o.start < :to "
        " GROUP BY a.category ORDER BY count(*) DESC, a.category LIMIT 1), c.sessions "
        "FROM (SELECT p.id, p.uid, p.name, p.kind, p.lat, p.lon, "
        " (SELECT count(*) FROM occurrence o WHERE o.place_id = p.id AND o.start >= :from2 AND o.start < :to2) AS sessions, "
        " (p.lat - :lat) * (p.lat - :lat2) + (p.lon - :lon) * (p.lon - :lon2) * :lonScale AS nearness "
        " FROM place p WHERE ") + inBox + QStringLiteral(
        " ORDER BY sessions DESC, nearness, p.uid LIMIT :limit) c "
        "ORDER BY c.sessions DESC, c.nearness, c.uid"));
    q.bindValue(QStringLiteral(":from"), from.toSecsSinceEpoch());
    q.bindValue(QStringLiteral(":to"), to.toSecsSinceEpoch());
    q.bindValue(QStringLiteral(":from2"), from.toSecsSinceEpoch());
    q.bindValue(QStringLiteral(":to2"), to.toSecsSinceEpoch());
    bindBox(q, box);
    q.bindValue(QStringLiteral(":lat"), lat);
    q.bindValue(QStringLiteral(":lat2"), lat);
    q.bindValue(QStringLiteral(":lon"), lon);
    q.bindValue(QStringLiteral(":lon2"), lon);
    const double cosLat = std::cos(qDegreesToRadians(lat));
    q.bindValue(QStringLiteral(":lonScale"), cosLat * cosLat);
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    QList<MapPlace> rows;
    while (q.next()) {
        MapPlace row{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toDouble(),
                     q.value(4).toDouble(), q.value(5).toString(), q.value(6).toInt()};
        // The R*Tree holds float32 boxes: keep exactly the places inside the area.
        if (inside(box, row.lat, row.lon))
            rows.append(row);
    }
    return rows;
}

std::optional<QList<Point>> activePlacesIn(const QSqlDatabase &db, const GeoBox &box, const QDateTime &from,
                                           const QDateTime &to, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT p.lat, p.lon FROM place p WHERE ") + inBox
              + QStringLiteral(" AND EXISTS (SELECT 1 FROM occurrence o WHERE o.place_id = p.id AND o.start >= :from AND o.start < :to)"));
    bindBox(q, box);
    q.bindValue(QStringLiteral(":from"), from.toSecsSinceEpoch());
    q.bindValue(QStringLiteral(":to"), to.toSecsSinceEpoch());
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    QList<Point> points;
    while (q.next())
        points.append({q.value(0).toDouble(), q.value(1).toDouble()});
    return points;
}

std::optional<Point> catalogueMiddle(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT avg(lat), avg(lon), count(*) FROM place WHERE lat IS NOT NULL")) && q.next()
        && q.value(2).toInt() > 0)
        return Point{q.value(0).toDouble(), q.value(1).toDouble()};
    return std::nullopt;
}

QList<ActivitySession> sessionsOf(const QSqlDatabase &db, const QString &activityUid, const QDateTime &from, int limit)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT o.uid, o.start, o.end, o.status, coalesce(p.name, ''), o.place_id IS NOT a.place_id, "
                             "coalesce(ov.reason, '') FROM occurrence o "
                             "JOIN activity a ON a.id = o.activity_id LEFT JOIN place p ON p.id = o.place_id "
                             "LEFT JOIN occurrence_override ov ON ov.occurrence_uid = o.uid AND ov.status <> 'scheduled' "
                             "WHERE a.uid = :uid AND o.start >= :from ORDER BY o.start LIMIT :limit"));
    q.bindValue(QStringLiteral(":uid"), activityUid);
    q.bindValue(QStringLiteral(":from"), from.toSecsSinceEpoch());
    q.bindValue(QStringLiteral(":limit"), limit);
    QList<ActivitySession> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toBool(), q.value(6).toString()});
    }
    return out;
}

QList<SkippedSession> skippedOf(const QSqlDatabase &db, const QString &activityUid, const QDateTime &from,
                                const QDateTime &to)
{
    QList<SkippedSession> out;
    for (const SkippedOfActivity &skipped : skippedAmong(db, {activityUid}, from, to))
        out.append(skipped.session);
    return out;
}

QList<SkippedOfActivity> skippedAmong(const QSqlDatabase &db, const QStringList &activityUids, const QDateTime &from,
                                      const QDateTime &to)
{
    QList<SkippedOfActivity> out;
    if (activityUids.isEmpty())
        return out;
    QSqlQuery q(db);
    q.prepare(QLatin1String("SELECT a.uid, ") + ScheduleRow::columns()
              + QLatin1String(" FROM schedule s JOIN activity a ON a.id = s.activity_id "
                              "WHERE a.uid IN (SELECT value FROM json_each(?)) AND a.status = 'active' "
                              "AND s.exception_days <> ''"));
    q.bindValue(0, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(activityUids)).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return out;
    while (q.next()) {
        const QString activityUid = q.value(0).toString();
        Schedule schedule = ScheduleRow::read(q, 1);
        const QList<QDate> skipped = schedule.exceptionDays;
        const QTimeZone zone(schedule.timeZone.toUtf8());
        schedule.exceptionDays.clear();
        QString ignored;
        for (const ExpandedOccurrence &o :
             ScheduleRecurrence::expand(schedule, from.toSecsSinceEpoch(), to.toSecsSinceEpoch(), &ignored)) {
            const QDate day = QDateTime::fromSecsSinceEpoch(o.startUtc, zone).date();
            if (skipped.contains(day))
                out.append({activityUid, {day, o.startUtc, o.endUtc}});
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const SkippedOfActivity &a, const SkippedOfActivity &b) {
        return a.session.start < b.session.start;
    });
    return out;
}

QList<PlaceSession> sessionsAt(const QSqlDatabase &db, const QString &placeUid, const QString &lang, const QDateTime &from,
                               const QDateTime &to)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT o.uid, a.uid, coalesce(t.title, a.title), coalesce(t.lang, a.text_language), a.category, "
                             "o.start, o.end, o.status FROM occurrence o "
                             "JOIN activity a ON a.id = o.activity_id JOIN place p ON p.id = o.place_id "
                             "LEFT JOIN activity_translation t ON t.activity_id = a.id AND t.lang = :lang "
                             "WHERE p.uid = :uid AND o.start >= :from AND o.start < :to ORDER BY o.start LIMIT 100"));
    q.bindValue(QStringLiteral(":uid"), placeUid);
    q.bindValue(QStringLiteral(":lang"), lang);
    q.bindValue(QStringLiteral(":from"), from.toSecsSinceEpoch());
    q.bindValue(QStringLiteral(":to"), to.toSecsSinceEpoch());
    QList<PlaceSession> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toLongLong(), q.value(7).toString()});
    }
    return out;
}

QList<PickablePlace> pickablePlaces(const QSqlDatabase &db, const QDate &today)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT uid, name, kind, street, house_number, postcode, city FROM place "
                             "WHERE kind != 'geen_vaste_plek' AND (valid_to IS NULL OR valid_to = '' OR valid_to >= :today)"));
    q.bindValue(QStringLiteral(":today"), today.toString(Qt::ISODate));
    QList<PickablePlace> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
    }
    return out;
}

} // namespace Buurtplein::CatalogueViews
