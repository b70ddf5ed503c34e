// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncrunner.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <optional>

namespace Buurtplein {

class DeviceSettings;

/** Which hub a device syncs with, and what changing it means for the feed cursor (docs/sync.md). */
namespace SyncHub {

/** Device setting: the hub the resident chose in Settings; "" when they chose none, unset: the build's default. */
inline const QString ResidentHubKey = QStringLiteral("sync.hubUrl");
/** Device setting: the hub whose feed the stored cursor counts in. */
inline const QString CursorHubKey = QStringLiteral("sync.feedHub");

/**
 * The hub to sync with: an enrolled device's own hub, else this run's (the app's --hub),
 * else the one the resident chose (which may be "none"), else the build's default.
 * Empty: no hub, and not a single request.
 */
QString choose(const QString &enrolledHub, const QString &runHub, const std::optional<QString> &residentHub,
               const QString &defaultHub);

/**
 * Keeps the feed cursor in @p settings counting in @p hub's feed: a cursor counts in one
 * hub's feed, so against another it would skip or repeat changes. A resident's device
 * that changed hubs forgets it and rebuilds its catalogue from the new hub's whole feed;
 * an @p enrolled device keeps its catalogue. True when the cursor was forgotten.
 */
bool keepCursorFor(DeviceSettings &settings, const QUrl &hub, bool enrolled);

} // namespace SyncHub

/**
 * When the device syncs (docs/sync.md, In the app): at start, a few seconds after a local
 * change (changes close together make one sync), every few minutes, when the network
 * comes back and when the person asks. After a failed cycle the automatic triggers wait
 * out a growing backoff (Backoff::delayMs); "Sync now" and a returning network do not.
 * A failed cycle is tried again once its backoff ran out, except a refused token, which
 * waits for the person; a synced cycle that left a change waiting for its backoff comes
 * back when that change is due.
 *
 * The cycles run on a thread of their own (SyncRunner, with its own database connection
 * and network manager). The scheduler asks its owner for each cycle's job with
 * jobNeeded() (reading the token may take a while), and reports each cycle with ended().
 */
class SyncScheduler : public QObject
{
    Q_OBJECT

public:
    /** What asked for a sync; decides whether it waits for the coalescing delay and the backoff. */
    enum class Trigger { Start, Change, Periodic, NetworkBack, Manual };

    static constexpr int DefaultPeriodMs = 5 * 60 * 1000;
    static constexpr int DefaultCoalesceMs = 3000;

    /** Syncs the database at @p databasePath; @p clock gives the engine the current UTC time. */
    SyncScheduler(const QString &databasePath, SyncRunner::Clock clock, QObject *parent = nullptr);
    ~SyncScheduler() override;

    /** Starts the periodic trigger and asks for the first cycle. */
    void start();
    /** Whether there is a hub to sync with; without one every trigger is ignored. Switching off forgets the backoff. */
    void setEnabled(bool enabled);
    void setCoalesceMs(int ms) { m_coalesceMs = ms; }
    void setPeriodMs(int ms) { m_periodic.setInterval(ms); }
    /** True while a failed cycle's backoff holds automatic triggers back. */
    bool backingOff() const { return !m_backoff.hasExpired(); }
    bool running() const { return m_running; }

    /** Asks for a cycle for @p trigger: now, after the coalescing delay, or once the backoff ran out. */
    void request(Trigger trigger);
    /** Runs @p job, the owner's answer to jobNeeded(). */
    void launch(const SyncJob &job);

Q_SIGNALS:
    /** A cycle is due: the owner answers with launch(). @p manual: the person asked, so the job ignores the backoff. */
    void jobNeeded(bool manual);
    /** A cycle ended; the retry, if any, is already planned. */
    void ended(const Buurtplein::SyncOutcome &outcome);
    /** The running cycle's snapshot download went on: @p received of @p total bytes. */
    void progress(qint64 received, qint64 total);

private:
    void run();
    void receive(const Buurtplein::SyncOutcome &outcome);

    SyncRunner::Clock m_clock;
    QThread m_thread;
    SyncRunner *m_runner;
    QTimer m_kick;              ///< the next cycle
    QTimer m_periodic;
    QDeadlineTimer m_backoff{0}; ///< automatic triggers wait until then; expired when none
    int m_failures = 0;
    int m_coalesceMs = DefaultCoalesceMs;
    bool m_enabled = false;
    bool m_started = false;
    bool m_running = false;
    bool m_manual = false;      ///< the cycle being prepared was asked for by the person
    bool m_again = false;       ///< a trigger came while a cycle ran
};

} // namespace Buurtplein
