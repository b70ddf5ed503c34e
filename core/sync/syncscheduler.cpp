// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/syncscheduler.h"
#include "sync/backoff.h"
#include "recurrence/clock.h"
#include "device/devicesettings.h"
#include "sync/synclog.h"

#include <QRandomGenerator>

#include <limits>

namespace Buurtplein {

namespace SyncHub {

QString choose(const QString &enrolledHub, const QString &runHub, const std::optional<QString> &residentHub,
               const QString &defaultHub)
{
    if (!enrolledHub.isEmpty())
        return enrolledHub;
    if (!runHub.isEmpty())
        return runHub;
    return residentHub ? *residentHub : defaultHub;
}

bool keepCursorFor(DeviceSettings &settings, const QUrl &hub, bool enrolled)
{
    const QString address = hub.toString();
    const QString cursorHub = settings.value(CursorHubKey);
    if (cursorHub == address)
        return false;
    bool forgot = false;
    if (!cursorHub.isEmpty() && !enrolled) {
        qCInfo(lcSync) << "the hub changed; the next sync fetches the whole catalogue";
        settings.remove(SettingKey::syncFeedCursor);
        forgot = true;
    }
    settings.setValue(CursorHubKey, address);
    return forgot;
}

} // namespace SyncHub

namespace {
// A change whose backoff runs out is fetched no sooner than this after the last cycle.
constexpr qint64 MinRetryMs = 1000;
} // namespace

SyncScheduler::SyncScheduler(const QString &databasePath, SyncRunner::Clock clock, QObject *parent)
    : QObject(parent)
    , m_clock(Clocks::orSystem(std::move(clock)))
    , m_runner(new SyncRunner(databasePath, m_clock))
{
    qRegisterMetaType<Buurtplein::SyncJob>();
    qRegisterMetaType<Buurtplein::SyncOutcome>();
    m_runner->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    connect(m_runner, &SyncRunner::ended, this, &SyncScheduler::receive);
    connect(m_runner, &SyncRunner::progress, this, &SyncScheduler::progress);
    m_thread.setObjectName(QStringLiteral("sync"));
    m_thread.start();

    m_kick.setSingleShot(true);
    connect(&m_kick, &QTimer::timeout, this, &SyncScheduler::run);
    m_periodic.setInterval(DefaultPeriodMs);
    connect(&m_periodic, &QTimer::timeout, this, [this] { request(Trigger::Periodic); });
}

SyncScheduler::~SyncScheduler()
{
    m_thread.quit();
    m_thread.wait();
}

void SyncScheduler::start()
{
    m_started = true;
    m_periodic.start();
    request(Trigger::Start);
}

void SyncScheduler::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled) {
        m_kick.stop();
        m_failures = 0;
        m_backoff = QDeadlineTimer(0);
    }
}

void SyncScheduler::request(Trigger trigger)
{
    if (!m_started || !m_enabled)
        return;
    if (trigger == Trigger::Manual)
        m_manual = true;
    if (m_running) {
        m_again = true;
        return;
    }
    qint64 delay = trigger == Trigger::Change ? m_coalesceMs : 0;
    // Only triggers nobody asked for wait out the backoff of a failed cycle.
    if ((trigger == Trigger::Change || trigger == Trigger::Periodic) && backingOff())
        delay = std::max(delay, m_backoff.remainingTime());
    if (m_kick.isActive() && m_kick.remainingTime() <= delay)
        return;
    m_kick.start(int(std::min<qint64>(delay, std::numeric_limits<int>::max())));
}

void SyncScheduler::run()
{
    if (m_running || !m_enabled)
        return;
    m_running = true;
    Q_EMIT jobNeeded(m_manual);
}

void SyncScheduler::launch(const SyncJob &job)
{
    if (!m_running)
        return;
    m_manual = false;
    QMetaObject::invokeMethod(m_runner, "run", Qt::QueuedConnection, Q_ARG(Buurtplein::SyncJob, job));
}

void SyncScheduler::receive(const SyncOutcome &outcome)
{
    m_running = false;
    if (outcome.kind == SyncEngine::Synced) {
        m_failures = 0;
        m_backoff = QDeadlineTimer(0);
    } else {
        const qint64 wait = Backoff::delayMs(m_failures++, *QRandomGenerator::global());
        m_backoff = QDeadlineTimer(wait);
        qCInfo(lcSync) << "sync failed" << m_failures << "time(s) in a row; automatic syncs wait" << wait << "ms";
        // Try again by itself once the backoff ran out; a refused token waits for the person.
        if (outcome.kind != SyncEngine::Refused && !m_again)
            m_kick.start(int(std::max<qint64>(wait, MinRetryMs)));
    }
    Q_EMIT ended(outcome);
    if (m_again) {
        m_again = false;
        request(m_manual ? Trigger::Manual : Trigger::Change);
    } else if (outcome.kind == SyncEngine::Synced && outcome.nextAttempt.isValid()) {
        // The hub is there, but a change still waits out the backoff of an earlier failure:
        // come back when it is due rather than at the next periodic sync.
        const qint64 due = std::max<qint64>(m_clock().msecsTo(outcome.nextAttempt), MinRetryMs);
        if (due < m_periodic.interval() && (!m_kick.isActive() || m_kick.remainingTime() > due))
            m_kick.start(int(due));
    }
}

} // namespace Buurtplein
