// SPDX-License-Identifier: GPL-3.0-or-later
#include "resident/searchmodel.h"
#include "common/amsterdamtime.h"
#include "resident/cataloguedetails.h"
#include "resident/searchworker.h"

#include <QLocale>

namespace Buurtplein {

namespace {
void toggle(QStringList &list, const QString &value)
{
    if (!list.removeOne(value))
        list.append(value);
}
} // namespace

SearchModel::SearchModel(const QString &databasePath, QObject *parent)
    : OccurrenceListModel(parent)
    , m_worker(new SearchWorker(databasePath))
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &SearchModel::requested, m_worker, &SearchWorker::run);
    connect(m_worker, &SearchWorker::finished, this, &SearchModel::receive);
    m_thread.setObjectName(QStringLiteral("search"));
    m_thread.start();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &SearchModel::dispatch);
    connect(this, &OccurrenceListModel::originChanged, this, [this] {
        if (m_filters.radiusMetres > 0)
            refresh();
    });
}

SearchModel::~SearchModel()
{
    m_thread.quit();
    m_thread.wait();
}

void SearchModel::setText(const QString &text)
{
    SearchFilters next = m_filters;
    next.text = text;
    change(next);
}

void SearchModel::setFreeOnly(bool on)
{
    SearchFilters next = m_filters;
    next.freeOnly = on;
    change(next);
}

void SearchModel::setWheelchair(bool on)
{
    SearchFilters next = m_filters;
    next.wheelchair = on;
    change(next);
}

void SearchModel::setDay(int day)
{
    SearchFilters next = m_filters;
    next.day = std::max(-1, day);
    change(next);
}

void SearchModel::setPartOfDay(int part)
{
    SearchFilters next = m_filters;
    next.partOfDay = SearchFilters::PartOfDay(std::clamp(part, 0, int(SearchFilters::Evening)));
    change(next);
}

void SearchModel::setRadiusMetres(int metres)
{
    SearchFilters next = m_filters;
    next.radiusMetres = std::max(0, metres);
    change(next);
}

void SearchModel::setDebounceMs(int ms)
{
    if (ms == m_debounce.interval())
        return;
    m_debounce.setInterval(std::max(0, ms));
    Q_EMIT debounceMsChanged();
}

void SearchModel::setNow(const QDateTime &now)
{
    m_now = now;
    refresh();
}

void SearchModel::setSearchOrigin(std::optional<SearchQuery::Near> origin)
{
    setOrigin(origin);
}

void SearchModel::toggleCategory(const QString &id)
{
    SearchFilters next = m_filters;
    toggle(next.categories, id);
    change(next);
}

void SearchModel::toggleLanguage(const QString &code)
{
    SearchFilters next = m_filters;
    toggle(next.languages, code);
    change(next);
}

void SearchModel::toggleAudience(const QString &id)
{
    SearchFilters next = m_filters;
    toggle(next.audiences, id);
    change(next);
}

QString SearchModel::dayChipLabel(int offset) const
{
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    const QDate today = now.toTimeZone(AmsterdamTime::zone()).date();
    if (offset < 2)
        return dayLabel(today.addDays(offset), today);
    //: Day filter chip, e.g. "Thu 26 Nov"
    return QLocale().toString(today.addDays(offset), tr("ddd d MMM"));
}

void SearchModel::clearFilters()
{
    SearchFilters next;
    next.text = m_filters.text;
    change(next);
}

void SearchModel::refresh()
{
    ++m_generation;
    setBusy(true);
    m_debounce.start();
}

void SearchModel::change(const SearchFilters &filters)
{
    if (filters == m_filters)
        return;
    m_filters = filters;
    Q_EMIT filtersChanged();
    refresh();
}

void SearchModel::dispatch()
{
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    SearchQuery query = SearchFiltering::toQuery(m_filters, now, origin());
    // AppRoot refreshes the search when the resident picks another language.
    query.contentLanguage = CatalogueDetails::contentLanguage();
    Q_EMIT requested(m_generation, query, m_filters);
}

void SearchModel::receive(quint64 generation, const QList<SearchResult> &rows, const QString &error)
{
    // An answer to an older question: a newer one is on its way.
    if (generation != m_generation)
        return;
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    setRows(rows, now.toTimeZone(AmsterdamTime::zone()).date(), error);
    setBusy(false);
    Q_EMIT resultsReady();
}

void SearchModel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

} // namespace Buurtplein
