// SPDX-License-Identifier: GPL-3.0-or-later
#include "resident/searchworker.h"
#include "storage/database.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSearchWorker, "buurtplein.app.search")

namespace Buurtplein {

SearchWorker::SearchWorker(const QString &databasePath)
    : m_path(databasePath)
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
    const QList<SearchResult> rows = Search::run(m_db->connection(), query, &error);
    Q_EMIT finished(generation, SearchFiltering::refine(rows, filters), error);
}

} // namespace Buurtplein
