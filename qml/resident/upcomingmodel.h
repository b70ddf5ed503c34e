// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QThread>

#include "common/occurrencelistmodel.h"
#include "resident/searchfilters.h"
#include "search/searchquery.h"

namespace Buurtplein {

class SearchWorker;

/**
 * The occurrences of the coming days in the device's catalogue, by start, for the home
 * page. Read on a thread of its own with its own connection (a SearchWorker), so that a
 * national catalogue never holds the UI thread: the list keeps what it shows until the
 * answer comes, and an answer to an older question is dropped.
 */
class UpcomingModel : public OccurrenceListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppRoot as a singleton of Buurtplein.Resident")
    Q_PROPERTY(int days READ days WRITE setDays NOTIFY daysChanged)

public:
    /** Reads the catalogue file at @p databasePath (opened again on the model's thread). */
    explicit UpcomingModel(const QString &databasePath, QObject *parent = nullptr);
    ~UpcomingModel() override;

    int days() const { return m_days; }
    void setDays(int days);

    /** Reads the coming days again, starting at @p now (the last time given when invalid); reloaded() follows. */
    Q_INVOKABLE void reload(const QDateTime &now = {});

Q_SIGNALS:
    void daysChanged();
    /** A reload's answer is in the list (pull to refresh lets go of its spinner). */
    void reloaded();
    /** To the model's thread. */
    void requested(quint64 generation, const Buurtplein::SearchQuery &query, const Buurtplein::SearchFilters &filters);

private:
    void receive(quint64 generation, const QList<Buurtplein::SearchResult> &rows, const QString &error);

    QThread m_thread;
    SearchWorker *m_worker;
    quint64 m_generation = 0;
    QDateTime m_now;
    QDate m_today;      ///< of the question on its way
    int m_days = 7;
};

} // namespace Buurtplein
