// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include "resident/searchfilters.h"
#include "search/searchquery.h"

#include <memory>

namespace Buurtplein {

class Database;

/**
 * Runs searches on a thread of its own with its own connection to the catalogue file,
 * so typing never waits for SQLite. Lives in the thread SearchModel moves it to.
 */
class SearchWorker : public QObject
{
    Q_OBJECT

public:
    /** What a worker adds to the rows found. */
    enum class Gaps {
        None,
        /**
         * The dates the series found leave out for a holiday, within the query's window:
         * rows of status "skipped" among the others by start, with the public holiday's
         * name as reason (the home list: "No session: Christmas Day").
         */
        SkippedDates,
    };

    explicit SearchWorker(const QString &databasePath, Gaps gaps = Gaps::None);
    ~SearchWorker() override;

    /** @p rows (by start) with the dates their series skip in [@p from, @p to) among them. */
    static QList<SearchResult> withSkippedDates(const QSqlDatabase &db, const QList<SearchResult> &rows,
                                                const QDateTime &from, const QDateTime &to);

public Q_SLOTS:
    /** Runs @p query, refines the rows by @p filters and answers with finished(@p generation, ...). */
    void run(quint64 generation, const Buurtplein::SearchQuery &query, const Buurtplein::SearchFilters &filters);

Q_SIGNALS:
    void finished(quint64 generation, const QList<Buurtplein::SearchResult> &rows, const QString &error);

private:
    QString m_path;
    Gaps m_gaps;
    std::unique_ptr<Database> m_db;
};

} // namespace Buurtplein
