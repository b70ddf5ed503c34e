// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The frame a person sees: shared by the benchmarks that time the app's QML (bench-startup,
// bench-openpage). See BENCHMARKS.md.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>

#include <atomic>
#include <functional>

namespace Buurtplein::Bench {

/** The item named @p objectName in @p item's tree, or nullptr. */
inline QQuickItem *findItem(QQuickItem *item, const QString &objectName)
{
    if (!item)
        return nullptr;
    if (item->objectName() == objectName)
        return item;
    for (QQuickItem *child : item->childItems()) {
        if (QQuickItem *found = findItem(child, objectName))
            return found;
    }
    return nullptr;
}

/**
 * Waits for the first frame swapped after a scene graph sync that saw ready() true. The
 * sync is where the QML state reaches the frame: ready() runs there, with the GUI thread
 * blocked, so the frame that follows is the one that shows it. Times are @p clock's.
 */
class FrameWait
{
public:
    FrameWait(QQuickWindow *window, const QElapsedTimer &clock, std::function<bool()> ready)
        : m_window(window)
    {
        m_sync = QObject::connect(window, &QQuickWindow::beforeSynchronizing, window, [this, ready] {
            if (!m_readyAtSync)
                m_readyAtSync = ready();
        }, Qt::DirectConnection);
        m_swap = QObject::connect(window, &QQuickWindow::frameSwapped, window, [this, &clock] {
            ++m_frames;
            if (m_readyAtSync && m_frameNs < 0) {
                m_frameNs = clock.nsecsElapsed();
                QMetaObject::invokeMethod(&m_loop, "quit", Qt::QueuedConnection);
            }
        }, Qt::DirectConnection);
    }
    ~FrameWait()
    {
        QObject::disconnect(m_sync);
        QObject::disconnect(m_swap);
    }

    /** Runs the event loop until that frame; -1 when it did not come within @p timeoutMs. */
    qint64 wait(int timeoutMs)
    {
        if (m_frameNs < 0) {
            QTimer timeout;
            timeout.setSingleShot(true);
            QObject::connect(&timeout, &QTimer::timeout, &m_loop, &QEventLoop::quit);
            timeout.start(timeoutMs);
            m_window->update();
            m_loop.exec();
        }
        return m_frameNs;
    }
    /** The frames swapped up to and including that one. */
    int frames() const { return m_frames; }

private:
    QQuickWindow *m_window;
    QEventLoop m_loop;
    QMetaObject::Connection m_sync, m_swap;
    std::atomic<bool> m_readyAtSync{false};
    std::atomic<qint64> m_frameNs{-1};
    std::atomic<int> m_frames{0};
};

} // namespace Buurtplein::Bench
