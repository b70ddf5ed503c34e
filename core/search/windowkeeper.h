// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/searchindex.h"

#include <QDateTime>
#include <QObject>
#include <QThread>

namespace Buurtplein {

class WindowMover;

/**
 * Moves the search index's window (SearchIndex::advanceWindow) on a thread of its own,
 * with a database connection of its own, in small transactions, so that opening the app
 * the next morning never waits for the new day to be expanded: the lists read what is
 * indexed (the old window still covers today) and read again when finished() says the
 * window moved. A step that finds the database busy (a sync writing) is tried again.
 */
class WindowKeeper : public QObject
{
    Q_OBJECT

public:
    /**
     * Series expanded per transaction (and eight times as many old sessions dropped):
     * about a tenth of a second of writing each on a national catalogue, so that a write
     * on the UI thread (a join) never waits long for the database.
     */
    static constexpr int DefaultStepSeries = 500;

    explicit WindowKeeper(const QString &databasePath, int weeks = SearchIndex::DefaultWindowWeeks,
                          QObject *parent = nullptr);
    ~WindowKeeper() override;

    /** Moves the window to cover @p now; finished() follows. */
    void moveTo(const QDateTime &now);
    void setStepSeries(int series);
    bool isBusy() const { return m_pending > 0; }

Q_SIGNALS:
    /**
     * The window covers the moment asked for (@p error empty) or could not be moved.
     * @p moved: the index changed, so lists should read again; @p series: series
     * expanded; @p steps: transactions; @p ms: time on the keeper's thread.
     */
    void finished(bool moved, int series, int steps, qint64 ms, const QString &error);
    void requested(const QDateTime &now, int stepSeries);

private:
    QThread m_thread;
    WindowMover *m_mover = nullptr;
    int m_stepSeries = DefaultStepSeries;
    int m_pending = 0;
};

} // namespace Buurtplein
