// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/windowkeeper.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <memory>

Q_LOGGING_CATEGORY(lcWindowKeeper, "buurtplein.search.window")

namespace Buurtplein {

/** The keeper's side on its thread. */
class WindowMover : public QObject
{
    Q_OBJECT

public:
    WindowMover(const QString &path, int weeks)
        : m_path(path)
        , m_weeks(weeks)
    {
    }

    void run(const QDateTime &now, int stepSeries)
    {
        QElapsedTimer clock;
        clock.start();
        QString error;
        bool moved = false;
        int series = 0;
        int steps = 0;
        if (!m_db) {
            m_db = std::make_unique<Database>();
            if (!m_db->open(m_path)) {
                error = m_db->errorString();
                m_db.reset();
                Q_EMIT finished(false, 0, 0, clock.elapsed(), error);
                return;
            }
        }
        SearchIndex::WindowStep step;
        int attempts = 0;
        while (!step.done && !QThread::currentThread()->isInterruptionRequested()) {
            if (!advance(now, stepSeries, &step, &error)) {
                // Busy with another writer (the sync), most likely: a moment later.
                if (++attempts > 5)
                    break;
                qCInfo(lcWindowKeeper) << "window step tried again:" << error;
                QThread::msleep(200 * attempts);
                error.clear();
                step = {};
                continue;
            }
            attempts = 0;
            ++steps;
            moved = moved || step.moved;
            series += step.series;
        }
        if (!step.done && error.isEmpty())
            error = QStringLiteral("stopped before the window was moved");
        Q_EMIT finished(moved, series, steps, clock.elapsed(), step.done ? QString() : error);
    }

Q_SIGNALS:
    void finished(bool moved, int series, int steps, qint64 ms, const QString &error);

private:
    bool advance(const QDateTime &now, int stepSeries, SearchIndex::WindowStep *step, QString *error)
    {
        Transaction tx(m_db->connection());
        if (!tx.isActive()) {
            *error = QStringLiteral("cannot begin a transaction");
            return false;
        }
        if (!SearchIndex::advanceWindow(m_db->connection(), now, m_weeks, stepSeries, step, error))
            return false;
        if (!tx.commit()) {
            *error = QStringLiteral("cannot commit the window step");
            return false;
        }
        return true;
    }

    QString m_path;
    int m_weeks;
    std::unique_ptr<Database> m_db;
};

WindowKeeper::WindowKeeper(const QString &databasePath, int weeks, QObject *parent)
    : QObject(parent)
    , m_mover(new WindowMover(databasePath, weeks))
{
    m_mover->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_mover, &QObject::deleteLater);
    connect(this, &WindowKeeper::requested, m_mover, &WindowMover::run);
    connect(m_mover, &WindowMover::finished, this,
            [this](bool moved, int series, int steps, qint64 ms, const QString &error) {
                --m_pending;
                if (!error.isEmpty())
                    qCWarning(lcWindowKeeper) << "the search window was not moved:" << error;
                else if (moved)
                    qCInfo(lcWindowKeeper) << "search window moved:" << series << "series in" << steps << "steps," << ms << "ms";
                Q_EMIT finished(moved, series, steps, ms, error);
            });
    m_thread.setObjectName(QStringLiteral("search-window"));
    m_thread.start(QThread::LowPriority);
}

WindowKeeper::~WindowKeeper()
{
    m_thread.requestInterruption();
    m_thread.quit();
    m_thread.wait();
}

void WindowKeeper::moveTo(const QDateTime &now)
{
    ++m_pending;
    Q_EMIT requested(now, m_stepSeries);
}

void WindowKeeper::setStepSeries(int series)
{
    m_stepSeries = std::max(1, series);
}

} // namespace Buurtplein

#include "windowkeeper.moc"
