// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/searchquery.h"
#include "search/ftsquery.h"
#include "search/geodistance.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

Q_LOGGING_CATEGORY(lcSearch, "buurtplein.search")

namespace Buurtplein::Search {

namespace {

// How the occurrences are reached: the planner is told which side is selective.
enum class Driver {
    Place,    // near a point: R*Tree box -> occurrence(place_id, start)
    Activity, // rare words, no point: FTS5 MATCH -> occurrence(activity_id, start)
    Start,    // common or no words, no point: occurrence(start) in order until LIMIT is reached
};

// A MATCH with fewer hits than this is cheaper to drive from than the time window.
constexpr int selectiveMatchHits = 2000;

// The statement is assembled from these constant fragments only; every value a user
// gave is bound. Lists travel as one JSON array read with json_each.
const char selectPart[] =
    "SELECT o.uid, a.uid, a.category, a.languages_spoken, a.cost_cents, p.uid, p.name, p.lat, p.lon, "
    "o.start, o.end, o.status, ";
// The title shown: the translation to :lang where the activity has one, else its own.
const char translatedTitleColumns[] =
    "coalesce(t.title, a.title) AS shown_title, coalesce(t.lang, a.text_language) AS shown_language, ";
const char originalTitleColumns[] = "a.title AS shown_title, a.text_language AS shown_language, ";
const char distanceColumn[] = "bp_distance(p.lat, p.lon, :lat, :lon) AS distance ";
const char noDistanceColumn[] = "-1 AS distance ";
// CROSS JOIN fixes the loop order: occurrence outermost, so the index chosen for it
// decides the plan; near a point the place comes next so the distance test runs before
// the activity's filters, and the text body is read last, for the rows that are left.
const char fromPart[] = "FROM occurrence o ";
const char nearPlaceJoin[] = "CROSS JOIN place p ON p.id = o.place_id ";
const char activityJoin[] = "CROSS JOIN activity a ON a.id = o.activity_id ";
const char bodyJoin[] = "CROSS JOIN activity_fts f ON f.rowid = o.activity_id ";
const char placeJoin[] = "LEFT JOIN place p ON p.id = o.place_id ";
// Last, for the rows that are left: one primary-key lookup each.
const char translationJoin[] = "LEFT JOIN activity_translation t ON t.activity_id = a.id AND t.lang = :lang ";
const char windowPart[] = "WHERE o.start >= :from AND o.start < :to ";
const char nearPart[] =
    "AND o.place_id IN (SELECT id FROM place_rtree WHERE min_lat <= :maxLat AND max_lat >= :minLat "
    "AND min_lon <= :maxLon AND max_lon >= :minLon) AND distance <= :radius ";
const char matchPart[] = "AND o.activity_id IN (SELECT rowid FROM activity_fts WHERE activity_fts MATCH :match) ";
// A trigram phrase matches exactly where the folded word is a substring of the folded body.
const char wordsPart[] = "AND NOT EXISTS (SELECT 1 FROM json_each(:words) w WHERE instr(f.body, w.value) = 0) ";
const char categoryPart[] = "AND a.category IN (SELECT value FROM json_each(:categories)) ";
const char languagePart[] =
    "AND EXISTS (SELECT 1 FROM json_each(:languages) l "
    "WHERE instr(',' || replace(a.languages_spoken, ' ', '') || ',', ',' || l.value || ',') > 0) ";
const char audiencePart[] = "AND a.audience IN (SELECT value FROM json_each(:audiences)) ";
const char freePart[] = "AND a.cost_cents = 0 ";
const char accessibilityPart[] =
    "AND p.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM json_each(:accessibility) x "
    "WHERE instr(',' || replace(p.accessibility, ' ', '') || ',', ',' || x.value || ',') = 0) ";
const char notCancelledPart[] = "AND o.status <> 'cancelled' ";
const char byStart[] = "ORDER BY o.start, shown_title, o.uid ";
const char byDistance[] = "ORDER BY distance, o.start, o.uid ";
const char limitPart[] = "LIMIT :limit OFFSET :offset";

QString jsonList(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

Driver chooseDriver(QSqlDatabase db, const SearchQuery &query, const TextMatch &text)
{
    if (query.near)
        return Driver::Place;
    if (text.match.isEmpty() || !db.isValid())
        return Driver::Start;
    // Walking the time window in order stops at LIMIT quickly only when most sessions
    // pass: common words and no other filter. Otherwise the words' hits are the smaller side.
    const bool filtered = !query.categories.isEmpty() || !query.languages.isEmpty() || !query.audiences.isEmpty()
        || query.freeOnly || !query.accessibility.isEmpty() || !query.includeCancelled;
    if (filtered)
        return Driver::Activity;
    QSqlQuery probe(db);
    probe.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM activity_fts WHERE activity_fts MATCH ? LIMIT ?)"));
    probe.bindValue(0, text.match);
    probe.bindValue(1, selectiveMatchHits);
    if (probe.exec() && probe.next() && probe.value(0).toInt() < selectiveMatchHits)
        return Driver::Activity;
    return Driver::Start;
}

QString build(const SearchQuery &query, const TextMatch &text, Driver driver)
{
    const bool checkWords = !text.isEmpty() && driver != Driver::Activity;
    const bool translate = !query.contentLanguage.isEmpty();
    QString sql = QLatin1String(selectPart);
    sql += QLatin1String(translate ? translatedTitleColumns : originalTitleColumns);
    sql += QLatin1String(query.near ? distanceColumn : noDistanceColumn);
    sql += QLatin1String(fromPart);
    if (query.near)
        sql += QLatin1String(nearPlaceJoin);
    sql += QLatin1String(activityJoin);
    if (checkWords)
        sql += QLatin1String(bodyJoin);
    if (!query.near)
        sql += QLatin1String(placeJoin);
    if (translate)
        sql += QLatin1String(translationJoin);
    sql += QLatin1String(windowPart);
    if (query.near)
        sql += QLatin1String(nearPart);
    if (driver == Driver::Activity)
        sql += QLatin1String(matchPart);
    if (checkWords)
        sql += QLatin1String(wordsPart);
    if (!query.categories.isEmpty())
        sql += QLatin1String(categoryPart);
    if (!query.languages.isEmpty())
        sql += QLatin1String(languagePart);
    if (!query.audiences.isEmpty())
        sql += QLatin1String(audiencePart);
    if (query.freeOnly)
        sql += QLatin1String(freePart);
    if (!query.accessibility.isEmpty())
        sql += QLatin1String(accessibilityPart);
    if (!query.includeCancelled)
        sql += QLatin1String(notCancelledPart);
    sql += QLatin1String(query.near && query.order == SearchQuery::ByDistance ? byDistance : byStart);
    sql += QLatin1String(limitPart);
    return sql;
}

bool prepare(QSqlDatabase db, QSqlQuery &q, const SearchQuery &query, bool explain, QString *error)
{
    if (query.near && !GeoDistance::ensureSqlFunction(db, error))
        return false;
    const TextMatch text = FtsQuery::build(query.text);
    const Driver driver = chooseDriver(db, query, text);
    const QString sql = build(query, text, driver);
    if (!q.prepare(explain ? QLatin1String("EXPLAIN QUERY PLAN ") + sql : sql)) {
        *error = QStringLiteral("The search cannot run: %1").arg(q.lastError().text());
        return false;
    }
    q.bindValue(QStringLiteral(":from"), query.from.isValid() ? query.from.toSecsSinceEpoch()
                                                              : std::numeric_limits<qint64>::min());
    q.bindValue(QStringLiteral(":to"), query.to.isValid() ? query.to.toSecsSinceEpoch()
                                                          : std::numeric_limits<qint64>::max());
    if (query.near) {
        const GeoBox box = GeoDistance::boxAround(query.near->lat, query.near->lon, query.near->radiusMetres);
        q.bindValue(QStringLiteral(":lat"), query.near->lat);
        q.bindValue(QStringLiteral(":lon"), query.near->lon);
        q.bindValue(QStringLiteral(":minLat"), box.minLat);
        q.bindValue(QStringLiteral(":maxLat"), box.maxLat);
        q.bindValue(QStringLiteral(":minLon"), box.minLon);
        q.bindValue(QStringLiteral(":maxLon"), box.maxLon);
        q.bindValue(QStringLiteral(":radius"), query.near->radiusMetres);
    }
    if (!query.contentLanguage.isEmpty())
        q.bindValue(QStringLiteral(":lang"), query.contentLanguage);
    if (driver == Driver::Activity)
        q.bindValue(QStringLiteral(":match"), text.match);
    else if (!text.isEmpty())
        q.bindValue(QStringLiteral(":words"), jsonList(text.words));
    if (!query.categories.isEmpty())
        q.bindValue(QStringLiteral(":categories"), jsonList(query.categories));
    if (!query.languages.isEmpty())
        q.bindValue(QStringLiteral(":languages"), jsonList(query.languages));
    if (!query.audiences.isEmpty())
        q.bindValue(QStringLiteral(":audiences"), jsonList(query.audiences));
    if (!query.accessibility.isEmpty())
        q.bindValue(QStringLiteral(":accessibility"), jsonList(query.accessibility));
    q.bindValue(QStringLiteral(":limit"), std::max(0, query.limit));
    q.bindValue(QStringLiteral(":offset"), std::max(0, query.offset));
    return true;
}

/**
 * The reasons of the cancelled and moved sessions among @p results, read apart from the
 * search so that its plan stays the same: they are few.
 */
void attachReasons(QSqlDatabase db, QList<SearchResult> &results)
{
    QJsonArray uids;
    for (const SearchResult &r : std::as_const(results)) {
        if (r.status != QLatin1String("scheduled"))
            uids.append(r.occurrenceUid);
    }
    if (uids.isEmpty())
        return;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT occurrence_uid, reason FROM occurrence_override "
                             "WHERE occurrence_uid IN (SELECT value FROM json_each(?)) AND status <> 'scheduled'"));
    q.bindValue(0, QString::fromUtf8(QJsonDocument(uids).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        qCWarning(lcSearch) << "cannot read why sessions changed:" << q.lastError().text();
        return;
    }
    QHash<QString, QString> reasons;
    while (q.next())
        reasons.insert(q.value(0).toString(), q.value(1).toString());
    for (SearchResult &r : results)
        r.reason = reasons.value(r.occurrenceUid);
}

} // namespace

QString sqlFor(QSqlDatabase db, const SearchQuery &query)
{
    const TextMatch text = FtsQuery::build(query.text);
    return build(query, text, chooseDriver(db, query, text));
}

QList<SearchResult> run(QSqlDatabase db, const SearchQuery &query, QString *error)
{
    QString ignored;
    error = error ? error : &ignored;
    QList<SearchResult> results;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!prepare(db, q, query, false, error))
        return results;
    if (!q.exec()) {
        *error = QStringLiteral("The search failed: %1").arg(q.lastError().text());
        qCWarning(lcSearch) << *error;
        return results;
    }
    while (q.next()) {
        SearchResult r;
        r.occurrenceUid = q.value(0).toString();
        r.activityUid = q.value(1).toString();
        r.category = q.value(2).toString();
        r.languages = q.value(3).toString().remove(QLatin1Char(' ')).split(QLatin1Char(','), Qt::SkipEmptyParts);
        r.costCents = q.value(4).toInt();
        r.placeUid = q.value(5).toString();
        r.placeName = q.value(6).toString();
        r.hasCoordinates = !q.value(7).isNull() && !q.value(8).isNull();
        r.lat = q.value(7).toDouble();
        r.lon = q.value(8).toDouble();
        r.start = q.value(9).toLongLong();
        r.end = q.value(10).toLongLong();
        r.status = q.value(11).toString();
        r.title = q.value(12).toString();
        r.titleLanguage = q.value(13).toString();
        r.distanceMetres = query.near ? q.value(14).toDouble() : -1.0;
        results.append(r);
    }
    attachReasons(db, results);
    return results;
}

QStringList explain(QSqlDatabase db, const SearchQuery &query, QString *error)
{
    QStringList plan;
    QSqlQuery q(db);
    if (!prepare(db, q, query, true, error))
        return plan;
    if (!q.exec()) {
        *error = q.lastError().text();
        return plan;
    }
    while (q.next())
        plan.append(q.value(3).toString());
    return plan;
}

} // namespace Buurtplein::Search
