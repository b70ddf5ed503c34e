// SPDX-License-Identifier: GPL-3.0-or-later
#include "resident/upcomingmodel.h"
#include "common/amsterdamtime.h"
#include "resident/cataloguedetails.h"

namespace Buurtplein {

UpcomingModel::UpcomingModel(QSqlDatabase db, QObject *parent)
    : OccurrenceListModel(parent)
    , m_db(db)
{
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
    QString error;
    const QList<SearchResult> found = Search::run(m_db, query, &error);
    setRows(found, from.toTimeZone(AmsterdamTime::zone()).date(), error);
    Q_EMIT reloaded();
}

} // namespace Buurtplein
