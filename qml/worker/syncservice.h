// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "worker/setasidemodel.h"
#include "sync/syncscheduler.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>

#include <optional>

namespace Buurtplein {

class DeviceSettings;
class SecureTokenStore;
class WorkerEnrolment;

/**
 * The app's sync with the hub, as the person sees it (docs/sync.md, In the app): the
 * sync card's state, sentences and counts, the hub address in Settings and the join
 * counts switch. When to sync is SyncScheduler's (core/sync): at start, after a local
 * change, periodically, when the network comes back and on "Sync now", with a backoff
 * after failures; the cycles run on its thread.
 *
 * An enrolled social worker's device syncs with the hub it enrolled at, with its token:
 * it sends its changes and session logs and pulls the catalogue. A resident's device
 * syncs with the hub of this run's --hub, else the one chosen in Settings, else the
 * build's default (BUURTPLEIN_DEFAULT_HUB): it only pulls the catalogue feed and sends
 * anonymous join counts, never with a token (docs/sync.md, Residents). Without a hub it
 * does nothing at all: not a single request.
 */
class SyncService : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the singleton Sync is the device's one SyncService")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    /** The device has a hub to sync with. */
    Q_PROPERTY(bool configured READ configured NOTIFY configuredChanged)
    /** The hub this device syncs with (see the class comment); empty: none. */
    Q_PROPERTY(QString hubUrl READ hubUrl NOTIFY configuredChanged)
    /** Settings may change the hub: not on an enrolled device, nor when --hub gave it for this run. */
    Q_PROPERTY(bool hubEditable READ hubEditable NOTIFY configuredChanged)
    /** The build's default hub (BUURTPLEIN_DEFAULT_HUB); empty when it has none. */
    Q_PROPERTY(QString defaultHub READ defaultHub CONSTANT)
    /** The device syncs as an enrolled social worker: it has changes to send, and may have some refused. */
    Q_PROPERTY(bool workerSync READ workerSync NOTIFY configuredChanged)
    /** When the last cycle ended with everything answered; invalid before the first. */
    Q_PROPERTY(QDateTime lastSynced READ lastSynced NOTIFY lastSyncedChanged)
    /** "Last synced 10:42", "Last synced 23 November, 10:42" or "Not synced yet". */
    Q_PROPERTY(QString lastSyncedText READ lastSyncedText NOTIFY lastSyncedChanged)
    Q_PROPERTY(int waitingChanges READ waitingChanges NOTIFY countsChanged)
    Q_PROPERTY(int setAsideChanges READ setAsideChanges NOTIFY countsChanged)
    /** A sentence about why the last cycle stopped; empty after a clean one. */
    Q_PROPERTY(QString lastProblem READ lastProblem NOTIFY lastProblemChanged)
    /** While a first sync downloads the hub's catalogue: how far, as a sentence; empty otherwise. */
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    /** The changes the hub refused. */
    Q_PROPERTY(Buurtplein::SetAsideModel *setAside READ setAside CONSTANT)
    /** The resident lets the app send anonymous join counts to the hub. */
    Q_PROPERTY(bool countJoins READ countJoins WRITE setCountJoins NOTIFY countJoinsChanged)

public:
    enum State {
        Idle,       ///< nothing running; the last cycle went well (or none ran yet)
        Syncing,
        Offline,    ///< the hub could not be reached; changes wait on the device
        Problem,    ///< the hub answered with an error; lastProblem says what
    };
    Q_ENUM(State)

    using Trigger = SyncScheduler::Trigger;

    /** Device setting: the hub the resident chose in Settings (SyncHub::ResidentHubKey). */
    static inline const QString HubKey = SyncHub::ResidentHubKey;

    /**
     * Syncs the database at @p databasePath (the file the UI's connection is open on) for
     * @p worker's enrolment, with the token from @p tokens. @p clock gives the current UTC
     * time to the engine (the system clock when empty).
     */
    SyncService(const QString &databasePath, WorkerEnrolment *worker, DeviceSettings &settings, SecureTokenStore *tokens,
                SyncRunner::Clock clock = {}, QObject *parent = nullptr);
    ~SyncService() override;

    /** Starts the triggers and, on an enrolled device, the first cycle. */
    void start();
    /** Listens to QNetworkInformation for the network coming back, if a backend loads. */
    void watchNetwork();
    /** How long a local change waits for more before the sync starts; 3 s by default. */
    void setCoalesceMs(int ms) { m_scheduler.setCoalesceMs(ms); }
    /** The interval of the periodic sync; 5 minutes by default. */
    void setPeriodMs(int ms);

    State state() const { return m_state; }
    bool configured() const;
    QString hubUrl() const;
    bool hubEditable() const;
    static QString defaultHub();
    bool workerSync() const;
    /** The hub for this run only (the app's --hub), tidied by HubRequest::readAddress; it wins over Settings and the default. */
    void setRunHub(const QString &url);
    QDateTime lastSynced() const { return m_lastSynced; }
    QString lastSyncedText() const;
    int waitingChanges() const;
    int setAsideChanges() const;
    QString lastProblem() const { return m_problem; }
    QString progressText() const { return m_progress; }
    SetAsideModel *setAside() { return &m_setAside; }
    bool countJoins() const;
    void setCountJoins(bool on);
    /** True while a failed cycle's backoff holds automatic triggers back. */
    bool backingOff() const { return m_scheduler.backingOff(); }

    /** Syncs now, also sending changes whose backoff has not run out. */
    Q_INVOKABLE void syncNow();
    /** Forgets the set-aside change @p uuid after the worker read it; false when it is not set aside. */
    Q_INVOKABLE bool dismiss(const QString &uuid);
    /** Sends the set-aside log @p uuid again to replace a colleague's log of the same session, and syncs; false when it cannot. */
    Q_INVOKABLE bool sendReplacing(const QString &uuid);
    /** Why @p text cannot be the resident's hub address, as a sentence; empty when it can (empty text: no hub). */
    Q_INVOKABLE QString hubAddressProblem(const QString &text) const;
    /**
     * Keeps @p text as the resident's hub address and syncs with it; empty text means no
     * hub at all. False when the address is not an http(s) address, the hub is not
     * editable, or the setting could not be stored.
     */
    Q_INVOKABLE bool setHubAddress(const QString &text);

    /** Asks for a cycle for @p trigger: now, after the coalescing delay, or once the backoff ran out. */
    void request(Trigger trigger);

Q_SIGNALS:
    void stateChanged();
    void configuredChanged();
    void lastSyncedChanged();
    void countsChanged();
    void lastProblemChanged();
    void progressChanged();
    void countJoinsChanged();
    /** A cycle ended (for tests and the screenshot tool). */
    void cycleEnded(bool synced);
    /** A cycle applied catalogue changes from the hub: the resident's lists read the catalogue again. */
    void catalogueChanged();

private:
    /** Answers the scheduler's jobNeeded(): reads the token, then launches the cycle. */
    void prepare(bool manual);
    void launch(const QByteArray &token, bool manual);
    void receive(const Buurtplein::SyncOutcome &outcome);
    void setState(State state);
    void setProblem(const QString &problem);
    void hubChanged();
    void refresh(bool notifyWorker);
    void showProgress(qint64 received, qint64 total);

    WorkerEnrolment *m_worker;
    DeviceSettings &m_settings;
    SecureTokenStore *m_tokens;
    SyncRunner::Clock m_clock;
    SyncScheduler m_scheduler;
    SetAsideModel m_setAside;
    bool m_refreshing = false;  ///< our own notifyChanged(): not a local change
    State m_state = Idle;
    QDateTime m_lastSynced;
    QString m_problem;
    QString m_progress;
    QString m_runHub;                       ///< --hub for this run
    std::optional<QString> m_residentHub;   ///< Settings' HubKey; unset: the build's default
};

} // namespace Buurtplein
