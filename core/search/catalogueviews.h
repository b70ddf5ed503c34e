// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/geodistance.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// What the app's pages read from the indexed catalogue besides a search: the places on
// the map, the coming sessions of one activity or at one place, and the places a social
// worker can pick. Plain rows; the app turns them into words (docs/architecture.md).
// Every query reads the occurrence window SearchIndex keeps.
namespace Buurtplein::CatalogueViews {

/** A place on the map with its coming week. */
struct MapPlace {
    QString uid;
    QString name;
    QString kind;
    double lat = 0;
    double lon = 0;
    QString category;   ///< the category most of its sessions in the week have; empty: none
    int sessions = 0;   ///< its sessions in the week
};

/**
 * The places inside @p box, the most active in [@p from, @p to) first, then the nearest
 * to (@p lat, @p lon); at most @p limit. std::nullopt and @p error when the query fails.
 */
std::optional<QList<MapPlace>> placesIn(const QSqlDatabase &db, const GeoBox &box, double lat, double lon,
                                        const QDateTime &from, const QDateTime &to, int limit, QString *error);

/** A point: where a place is. */
struct Point {
    double lat = 0;
    double lon = 0;
};

/** Where the places inside @p box with a session in [@p from, @p to) are; std::nullopt and @p error when the query fails. */
std::optional<QList<Point>> activePlacesIn(const QSqlDatabase &db, const GeoBox &box, const QDateTime &from,
                                           const QDateTime &to, QString *error);

/** The middle of every place with coordinates; std::nullopt for a catalogue without any. */
std::optional<Point> catalogueMiddle(const QSqlDatabase &db);

/** One coming session of an activity. */
struct ActivitySession {
    QString occurrenceUid;
    qint64 start = 0;           ///< UTC seconds
    qint64 end = 0;
    QString status;             ///< scheduled, cancelled, moved
    QString placeName;          ///< where this session is; empty without a place
    bool elsewhere = false;     ///< not at the activity's usual place (a moved session)
    QString reason;             ///< why it was cancelled or moved, as the social worker wrote it
};

/** The sessions of activity @p activityUid from @p from on, at most @p limit, in time order; empty when the query fails. */
QList<ActivitySession> sessionsOf(const QSqlDatabase &db, const QString &activityUid, const QDateTime &from, int limit);

/** A session a series would have had on one of its exception days (a holiday it skips). */
struct SkippedSession {
    QDate day;                  ///< the skipped day, in the schedule's time zone
    qint64 start = 0;           ///< UTC seconds, as the series would have started
    qint64 end = 0;
};

/**
 * The sessions of an active activity's series that would start in [@p from, @p to) but
 * fall on one of the series' exception days, in time order: what the resident is told
 * is not happening ("no session: Christmas Day") instead of a silent gap.
 */
QList<SkippedSession> skippedOf(const QSqlDatabase &db, const QString &activityUid, const QDateTime &from,
                                const QDateTime &to);

/** A skipped session of one of several activities. */
struct SkippedOfActivity {
    QString activityUid;
    SkippedSession session;
};

/** skippedOf() for each of @p activityUids at once, in time order. */
QList<SkippedOfActivity> skippedAmong(const QSqlDatabase &db, const QStringList &activityUids, const QDateTime &from,
                                      const QDateTime &to);

/** One coming session at a place. */
struct PlaceSession {
    QString occurrenceUid;
    QString activityUid;
    QString title;              ///< in @p lang when the activity has that translation
    QString titleLanguage;
    QString category;
    qint64 start = 0;
    qint64 end = 0;
    QString status;
};

/** The sessions at place @p placeUid in [@p from, @p to), at most 100, titles in @p lang where translated. */
QList<PlaceSession> sessionsAt(const QSqlDatabase &db, const QString &placeUid, const QString &lang, const QDateTime &from,
                               const QDateTime &to);

/** A place a social worker can choose for an activity. */
struct PickablePlace {
    QString uid;
    QString name;
    QString kind;
    QString street;
    QString houseNumber;
    QString postcode;
    QString city;
};

/** Every place with an address that is still valid on @p today ("no fixed place" left out). */
QList<PickablePlace> pickablePlaces(const QSqlDatabase &db, const QDate &today);

} // namespace Buurtplein::CatalogueViews
