// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <utility>

class QThread;

namespace Buurtplein {

class ConnectionRunner;

/**
 * Runs database work off the UI thread: a thread of its own with its own connection to
 * the file a given connection is open on. Work runs in the order it was asked for, so
 * a write asked before a read is seen by it; each answer is delivered on the thread
 * that made the worker (the UI thread), and dropped when the asking object is gone.
 *
 * A connection to an in-memory database (tests) cannot be shared with another thread:
 * its work runs on the asking thread, but later, through the event loop, so the caller
 * sees the same order of events either way.
 *
 * The destructor lets the work already asked for finish (a write a person made just
 * before closing the app is kept), then stops the thread.
 */
class ConnectionWorker
{
public:
    /** @p db names the database; @p name names the thread (shown in a debugger). */
    ConnectionWorker(QSqlDatabase db, const QString &name);
    ~ConnectionWorker();
    ConnectionWorker(const ConnectionWorker &) = delete;
    ConnectionWorker &operator=(const ConnectionWorker &) = delete;

    /** True when the work runs on a thread of its own (a database file). */
    bool isThreaded() const { return m_runner != nullptr; }

    /**
     * Runs @p work with the worker's connection, then @p done with its result on
     * @p context's thread (unless @p context was destroyed meanwhile).
     */
    template<typename Result>
    void run(std::function<Result(QSqlDatabase)> work, QObject *context, std::function<void(Result)> done)
    {
        post([work = std::move(work), home = m_home, context = QPointer<QObject>(context),
              done = std::move(done)](QSqlDatabase db) {
            Result result = work(db);
            // Checked on the home thread, where the context lives and dies.
            QMetaObject::invokeMethod(
                home,
                [context, done, result = std::move(result)] {
                    if (context)
                        done(result);
                },
                Qt::QueuedConnection);
        });
    }

    /** Runs @p job with the worker's connection; nobody waits for it (a write behind). */
    void post(std::function<void(QSqlDatabase)> job);

private:

    QSqlDatabase m_db;              ///< the caller's connection: used only for an in-memory database
    QThread *m_thread = nullptr;
    ConnectionRunner *m_runner = nullptr;
    QObject *m_home = nullptr;      ///< on the thread that made the worker: answers (and in-memory work) queue here
};

} // namespace Buurtplein
