// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QStringList>

#include "search/searchquery.h"

#include <optional>

namespace Buurtplein {

/** What the resident set on the search page. Empty lists and -1 filter nothing. */
struct SearchFilters {
    enum PartOfDay { AnyTime, Morning, Afternoon, Evening };

    QString text;
    QStringList categories;
    QStringList languages;
    QStringList audiences;
    bool freeOnly = false;
    bool wheelchair = false;
    int day = -1;                  ///< days after today (0 = today), -1 for the whole window
    PartOfDay partOfDay = AnyTime;
    int radiusMetres = 0;          ///< only within this distance of the origin; 0: anywhere

    bool operator==(const SearchFilters &other) const;
};

namespace SearchFiltering {

/** How many days ahead a search looks when no day is chosen. */
constexpr int windowDays = 28;

/** The number of filters set besides the text (what "clear all" would clear). */
int activeCount(const SearchFilters &filters);

/** The query for @p filters at @p now, measuring distance from @p origin when known. */
SearchQuery toQuery(const SearchFilters &filters, const QDateTime &now, const std::optional<SearchQuery::Near> &origin);

/** Whether a session starting at @p startUtc lies in @p part of its day (Amsterdam time). */
bool inPartOfDay(qint64 startUtc, SearchFilters::PartOfDay part);

/** The rows of @p rows that pass the filters SQL cannot express (part of day over several days). */
QList<SearchResult> refine(const QList<SearchResult> &rows, const SearchFilters &filters);

} // namespace SearchFiltering

} // namespace Buurtplein
