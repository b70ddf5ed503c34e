// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Buurtplein {

/** What a resident asks: text, filters, near a point, in a time window. Empty lists filter nothing. */
struct SearchQuery {
    struct Near {
        double lat = 0;
        double lon = 0;
        double radiusMetres = 2000;
    };
    enum Order { ByStart, ByDistance };

    QString text;               ///< free text, accent- and case-insensitive, every word must occur
    QStringList categories;     ///< any of these categories
    QStringList languages;      ///< the activity speaks at least one of these (BCP 47 codes)
    QStringList audiences;      ///< any of these audiences
    bool freeOnly = false;      ///< cost 0 only
    QStringList accessibility;  ///< the place has all of these features
    std::optional<Near> near;   ///< within radiusMetres of the point (exact great-circle distance)
    QDateTime from;             ///< occurrence start >= from; invalid: no lower bound
    QDateTime to;               ///< occurrence start < to; invalid: no upper bound
    bool includeCancelled = true; ///< cancelled sessions stay visible with their badge
    /** Titles come in this language (BCP 47, e.g. "ar") where the activity has a translation to it; empty: originals. */
    QString contentLanguage;
    Order order = ByStart;      ///< ByDistance needs near; without it results come by start
    int limit = 200;
    int offset = 0;
};

/** One session found. Times are seconds since the epoch. */
struct SearchResult {
    QString occurrenceUid;
    QString activityUid;
    QString title;              ///< in the query's contentLanguage when translated, else the original
    QString titleLanguage;      ///< the language of title: the translation's or the activity's own text_language
    QString category;
    QStringList languages;
    int costCents = 0;
    QString placeUid;           ///< empty when the session has no place
    QString placeName;
    double lat = 0;
    double lon = 0;
    bool hasCoordinates = false;
    qint64 start = 0;
    qint64 end = 0;
    QString status;             ///< scheduled, cancelled, moved (skipped: a date its series leaves out, see CatalogueViews::skippedAmong)
    QString reason;             ///< why it was cancelled or moved, as the social worker wrote it
    double distanceMetres = -1; ///< -1 when the query had no near point
};

namespace Search {

/**
 * Runs @p query over the search index of @p db. Returns the sessions ordered by start
 * (then title) or by distance; on failure an empty list and @p error set.
 */
QList<SearchResult> run(QSqlDatabase db, const SearchQuery &query, QString *error);

/** The SQL run() executes for @p query on @p db. */
QString sqlFor(QSqlDatabase db, const SearchQuery &query);

/** The query plan SQLite chooses for @p query (EXPLAIN QUERY PLAN details), for tests and benchmarks. */
QStringList explain(QSqlDatabase db, const SearchQuery &query, QString *error);

} // namespace Search

} // namespace Buurtplein
