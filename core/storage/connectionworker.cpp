// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/connectionworker.h"
#include "storage/database.h"

#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcConnectionWorker, "buurtplein.storage.worker")

namespace Buurtplein {

/** ConnectionWorker's side on its thread: opens the file on first use, closes it when the thread ends. */
class ConnectionRunner : public QObject
{
public:
    explicit ConnectionRunner(const QString &path)
        : m_path(path)
    {
    }

    void run(const std::function<void(QSqlDatabase)> &job)
    {
        if (!m_db.isOpen() && !m_db.open(m_path))
            qCWarning(lcConnectionWorker) << "cannot open" << m_path << "off the UI thread:" << m_db.errorString();
        job(m_db.connection());
    }

private:
    QString m_path;
    Database m_db;
};

ConnectionWorker::ConnectionWorker(QSqlDatabase db, const QString &name)
    : m_db(db)
    , m_home(new QObject)
{
    const QString path = db.databaseName();
    if (path.isEmpty() || path == QLatin1String(":memory:"))
        return;
    m_thread = new QThread;
    m_thread->setObjectName(name);
    m_runner = new ConnectionRunner(path);
    m_runner->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    m_thread->start();
}

ConnectionWorker::~ConnectionWorker()
{
    if (m_thread) {
        // Behind every job asked for: the queue is worked in order.
        QMetaObject::invokeMethod(m_runner, [] { QThread::currentThread()->quit(); }, Qt::QueuedConnection);
        m_thread->wait();
        delete m_thread;
    }
    delete m_home;
}

void ConnectionWorker::post(std::function<void(QSqlDatabase)> job)
{
    if (m_runner) {
        QMetaObject::invokeMethod(m_runner, [runner = m_runner, job = std::move(job)] { runner->run(job); },
                                  Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(m_home, [db = m_db, job = std::move(job)] { job(db); }, Qt::QueuedConnection);
}

} // namespace Buurtplein
