// SPDX-License-Identifier: GPL-3.0-or-later
#include "resident/searchworker.h"
#include "schedule/dutchholidays.h"
#include "search/catalogueviews.h"
#include "storage/database.h"

#include <QLoggingCategory>
#include <QTimeZone>

Q_LOGGING_CATEGORY(lcSearchWorker, "buurtplein.app.search")

namespace Buurtplein {

SearchWorker::SearchWorker(const QString &databasePath, Gaps gaps)
    : m_path(databasePath)
    , m_gaps(gaps)
{
}

SearchWorker::~SearchWorker() = default;

void SearchWorker::run(quint64 generation, const SearchQuery &query, const SearchFilters &filters)
{
    // The connection is opened here, on the worker's thread: Qt SQL connections stay on theirs.
    if (!m_db) {
        m_db = std::make_unique<Database>();
        if (!m_db->open(m_path)) {
            const QString error = m_db->errorString();
            qCWarning(lcSearchWorker) << error;
            m_db.reset();
            Q_EMIT finished(generation, {}, error);
            return;
        }
    }
    QString error;
    const QList<SearchResult> found = Search::run(m_db->connection(), query, &error);
    QList<SearchResult> rows = SearchFiltering::refine(found, filters);
    if (m_gaps == Gaps::SkippedDates && error.isEmpty() && !rows.isEmpty()) {
        // A list cut at its limit says nothing of the days after its last session.
        const QDateTime until = found.size() >= query.limit
            ? QDateTime::fromSecsSinceEpoch(found.last().start + 1, QTimeZone::utc())
            : query.to;
        rows = withSkippedDates(m_db->connection(), rows, query.from, until);
    }
    Q_EMIT finished(generation, rows, error);
}

QList<SearchResult> SearchWorker::withSkippedDates(const QSqlDatabase &db, const QList<SearchResult> &rows,
                                                   const QDateTime &from, const QDateTime &to)
{
    // Each series found, as its first row shows it: the skipped date reads like its sessions.
    QHash<QString, const SearchResult *> found;
    QStringList activities;
    for (const SearchResult &row : rows) {
        if (!found.contains(row.activityUid)) {
            found.insert(row.activityUid, &row);
            activities.append(row.activityUid);
        }
    }
    const QList<CatalogueViews::SkippedOfActivity> skipped = CatalogueViews::skippedAmong(db, activities, from, to);
    if (skipped.isEmpty())
        return rows;
    QList<SearchResult> out;
    out.reserve(rows.size() + skipped.size());
    auto next = skipped.cbegin();
    const auto gap = [&found](const CatalogueViews::SkippedOfActivity &s) {
        SearchResult r = *found.value(s.activityUid);
        r.occurrenceUid.clear();
        r.start = s.session.start;
        r.end = s.session.end;
        r.status = QStringLiteral("skipped");
        // A school holiday or another day off has no name here: the row says "holiday".
        r.reason = DutchHolidays::nameOf(s.session.day);
        return r;
    };
    for (const SearchResult &row : rows) {
        for (; next != skipped.cend() && next->session.start < row.start; ++next)
            out.append(gap(*next));
        out.append(row);
    }
    for (; next != skipped.cend(); ++next)
        out.append(gap(*next));
    return out;
}

} // namespace Buurtplein
