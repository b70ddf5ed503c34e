// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThread>
#include <QTimer>

#include "common/occurrencelistmodel.h"
#include "resident/searchfilters.h"

namespace Buurtplein {

class SearchWorker;

/**
 * Search results while the resident types or sets filters. Each change waits a short
 * moment for the next keystroke, then runs on a worker thread; an answer to an older
 * question than the latest is dropped.
 */
class SearchModel : public OccurrenceListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppRoot as a singleton of Buurtplein.Resident")
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY filtersChanged)
    Q_PROPERTY(QStringList categories READ categories NOTIFY filtersChanged)
    Q_PROPERTY(QStringList languages READ languages NOTIFY filtersChanged)
    Q_PROPERTY(QStringList audiences READ audiences NOTIFY filtersChanged)
    Q_PROPERTY(bool freeOnly READ freeOnly WRITE setFreeOnly NOTIFY filtersChanged)
    Q_PROPERTY(bool wheelchair READ wheelchair WRITE setWheelchair NOTIFY filtersChanged)
    Q_PROPERTY(int day READ day WRITE setDay NOTIFY filtersChanged)
    Q_PROPERTY(int partOfDay READ partOfDay WRITE setPartOfDay NOTIFY filtersChanged)
    Q_PROPERTY(int radiusMetres READ radiusMetres WRITE setRadiusMetres NOTIFY filtersChanged)
    Q_PROPERTY(int activeFilterCount READ activeFilterCount NOTIFY filtersChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(int debounceMs READ debounceMs WRITE setDebounceMs NOTIFY debounceMsChanged)

public:
    /** Searches the catalogue file at @p databasePath (opened again on the worker thread). */
    explicit SearchModel(const QString &databasePath, QObject *parent = nullptr);
    ~SearchModel() override;

    QString text() const { return m_filters.text; }
    void setText(const QString &text);
    QStringList categories() const { return m_filters.categories; }
    QStringList languages() const { return m_filters.languages; }
    QStringList audiences() const { return m_filters.audiences; }
    bool freeOnly() const { return m_filters.freeOnly; }
    void setFreeOnly(bool on);
    bool wheelchair() const { return m_filters.wheelchair; }
    void setWheelchair(bool on);
    int day() const { return m_filters.day; }
    void setDay(int day);
    int partOfDay() const { return m_filters.partOfDay; }
    void setPartOfDay(int part);
    int radiusMetres() const { return m_filters.radiusMetres; }
    void setRadiusMetres(int metres);
    int activeFilterCount() const { return SearchFiltering::activeCount(m_filters); }
    bool isBusy() const { return m_busy; }
    int debounceMs() const { return m_debounce.interval(); }
    void setDebounceMs(int ms);

    /** The moment searches start from (the app's --now in tests and screenshots). */
    void setNow(const QDateTime &now);
    /** Distances from, and radius around, @p origin; none when the resident's location is unknown. */
    void setSearchOrigin(std::optional<SearchQuery::Near> origin);

    Q_INVOKABLE void toggleCategory(const QString &id);
    Q_INVOKABLE void toggleLanguage(const QString &code);
    Q_INVOKABLE void toggleAudience(const QString &id);
    /** "Today", "Tomorrow" or a short weekday and date, for the day @p offset days from now. */
    Q_INVOKABLE QString dayChipLabel(int offset) const;
    /** Clears every filter but the text. */
    Q_INVOKABLE void clearFilters();
    /** Asks again with the current filters (after a catalogue change). */
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void filtersChanged();
    void busyChanged();
    void debounceMsChanged();
    /** The rows of the latest question arrived. */
    void resultsReady();
    void requested(quint64 generation, const Buurtplein::SearchQuery &query, const Buurtplein::SearchFilters &filters);

private:
    void change(const SearchFilters &filters);
    void dispatch();
    void receive(quint64 generation, const QList<SearchResult> &rows, const QString &error);
    void setBusy(bool busy);

    SearchFilters m_filters;
    QDateTime m_now;
    QThread m_thread;
    SearchWorker *m_worker;
    QTimer m_debounce;
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace Buurtplein
