// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
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
    explicit SearchWorker(const QString &databasePath);
    ~SearchWorker() override;

public Q_SLOTS:
    /** Runs @p query, refines the rows by @p filters and answers with finished(@p generation, ...). */
    void run(quint64 generation, const Buurtplein::SearchQuery &query, const Buurtplein::SearchFilters &filters);

Q_SIGNALS:
    void finished(quint64 generation, const QList<Buurtplein::SearchResult> &rows, const QString &error);

private:
    QString m_path;
    std::unique_ptr<Database> m_db;
};

} // namespace Buurtplein
