// SPDX-License-Identifier: GPL-3.0-or-later
#include "resident/upcomingmodel.h"
#include "common/amsterdamtime.h"
#include "resident/cataloguedetails.h"
#include "resident/searchworker.h"

namespace Buurtplein {

UpcomingModel::UpcomingModel(const QString &databasePath, QObject *parent)
    : OccurrenceListModel(parent)
    , m_worker(new SearchWorker(databasePath, SearchWorker::Gaps::SkippedDates))
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &UpcomingModel::requested, m_worker, &SearchWorker::run);
    connect(m_worker, &SearchWorker::finished, this, &UpcomingModel::receive);
    m_thread.setObjectName(QStringLiteral("upcoming"));
    m_thread.start();
}

UpcomingModel::~UpcomingModel()
{
    m_thread.quit();
    m_thread.wait();
}

void UpcomingModel::setDays(int days)
{
    if (days == m_days || days < 1)
        return;
    m_days = days;
    Q_EMIT daysChanged();
    reload();
}

void UpcomingModel::reload(const QDateTime &now)
{
    if (now.isValid())
        m_now = now;
    const QDateTime from = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    SearchQuery query;
    query.from = from;
    query.to = from.addDays(m_days);
    query.limit = 500;
    // AppRoot reloads this model when the resident picks another language.
    query.contentLanguage = CatalogueDetails::contentLanguage();
    m_today = from.toTimeZone(AmsterdamTime::zone()).date();
    Q_EMIT requested(++m_generation, query, SearchFilters());
}

void UpcomingModel::receive(quint64 generation, const QList<SearchResult> &rows, const QString &error)
{
    // An answer to an older question: a newer one is on its way.
    if (generation != m_generation)
        return;
    setRows(rows, m_today, error);
    Q_EMIT reloaded();
}

} // namespace Buurtplein
