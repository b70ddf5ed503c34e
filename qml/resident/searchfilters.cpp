// SPDX-License-Identifier: GPL-3.0-or-later
#include "resident/searchfilters.h"
#include "common/amsterdamtime.h"

namespace Buurtplein {

namespace {
// Where the parts of the day begin and end, in hours of the Amsterdam clock.
struct HourRange {
    int from;
    int to;
};

HourRange hoursOf(SearchFilters::PartOfDay part)
{
    switch (part) {
    case SearchFilters::Morning:
        return {6, 12};
    case SearchFilters::Afternoon:
        return {12, 18};
    case SearchFilters::Evening:
        return {18, 24};
    case SearchFilters::AnyTime:
        break;
    }
    return {0, 24};
}
} // namespace

bool SearchFilters::operator==(const SearchFilters &other) const
{
    return text == other.text && categories == other.categories && languages == other.languages
        && audiences == other.audiences && freeOnly == other.freeOnly && wheelchair == other.wheelchair
        && day == other.day && partOfDay == other.partOfDay && radiusMetres == other.radiusMetres;
}

namespace SearchFiltering {

int activeCount(const SearchFilters &filters)
{
    return int(filters.categories.size() + filters.languages.size() + filters.audiences.size()) + (filters.freeOnly ? 1 : 0)
        + (filters.wheelchair ? 1 : 0) + (filters.day >= 0 ? 1 : 0) + (filters.partOfDay != SearchFilters::AnyTime ? 1 : 0)
        + (filters.radiusMetres > 0 ? 1 : 0);
}

SearchQuery toQuery(const SearchFilters &filters, const QDateTime &now, const std::optional<SearchQuery::Near> &origin)
{
    SearchQuery query;
    query.text = filters.text.trimmed();
    query.categories = filters.categories;
    query.languages = filters.languages;
    query.audiences = filters.audiences;
    query.freeOnly = filters.freeOnly;
    if (filters.wheelchair)
        query.accessibility = QStringList{QStringLiteral("wheelchair")};
    if (origin && filters.radiusMetres > 0) {
        query.near = *origin;
        query.near->radiusMetres = filters.radiusMetres;
    }
    query.order = SearchQuery::ByStart;
    query.from = now;
    query.to = now.addDays(windowDays);
    if (filters.day >= 0) {
        const QDate today = now.toTimeZone(AmsterdamTime::zone()).date();
        const QDate day = today.addDays(filters.day);
        const HourRange hours = hoursOf(filters.partOfDay);
        const auto at = [&](int hour) {
            return hour == 24 ? AmsterdamTime::startOfDay(day.addDays(1))
                              : QDateTime(day, QTime(hour, 0), AmsterdamTime::zone()).toUTC();
        };
        query.from = std::max(now, at(hours.from));
        query.to = at(hours.to);
    }
    // A part of day over several days is filtered afterwards, so more rows are read.
    query.limit = filters.partOfDay != SearchFilters::AnyTime && filters.day < 0 ? 600 : 200;
    return query;
}

bool inPartOfDay(qint64 startUtc, SearchFilters::PartOfDay part)
{
    const HourRange hours = hoursOf(part);
    const int hour = AmsterdamTime::local(startUtc).time().hour();
    return hour >= hours.from && hour < hours.to;
}

QList<SearchResult> refine(const QList<SearchResult> &rows, const SearchFilters &filters)
{
    if (filters.partOfDay == SearchFilters::AnyTime || filters.day >= 0)
        return rows;
    QList<SearchResult> kept;
    for (const SearchResult &row : rows) {
        if (inPartOfDay(row.start, filters.partOfDay))
            kept.append(row);
    }
    return kept;
}

} // namespace SearchFiltering

} // namespace Buurtplein
