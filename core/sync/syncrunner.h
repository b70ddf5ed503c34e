// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncengine.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace Buurtplein {

class Database;
class HubNetwork;
class JoinCountSender;

/** What the app asks of one sync cycle. */
struct SyncJob {
    QUrl hub;
    QByteArray token;               ///< the organisation token; empty: pull only (a resident's device)
    bool respectBackoff = true;     ///< false when the person pressed "Sync now"
    bool countJoins = false;        ///< send the resident's anonymous join counts after the cycle
    QString organisationUid;        ///< the organisation the device is enrolled for
    QString organisationName;
    bool enrolled = false;          ///< a worker's device: its cursor is kept across hubs (SyncHub::keepCursorFor)
};

/** How one cycle ended, as the app needs to show it. */
struct SyncOutcome {
    SyncEngine::Outcome kind = SyncEngine::Failed;
    QString problem;                ///< the engine's sentence; empty when synced
    QDateTime lastSynced;           ///< UTC; valid when synced
    bool changed = false;           ///< the outbox or the catalogue changed: lists must re-read
    bool catalogueChanged = false;  ///< feed pages were applied (the cursor moved): the resident's lists must re-read
    QDateTime nextAttempt;          ///< UTC; when the earliest waiting change is due again; invalid: none waits
};

/**
 * The sync thread's side of the app's sync: opens its own connection to the device
 * database and its own network manager on the thread it lives in, runs one
 * SyncEngine cycle per run(), then sends the join counts when asked. Nothing here
 * touches the UI thread's objects.
 */
class SyncRunner : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    SyncRunner(const QString &databasePath, Clock clock);
    ~SyncRunner() override;

public Q_SLOTS:
    /** Runs one cycle for @p job; ended() follows exactly once. Ignored while a cycle runs (the scheduler never asks then). */
    void run(const Buurtplein::SyncJob &job);

Q_SIGNALS:
    void ended(const Buurtplein::SyncOutcome &outcome);
    /** A first sync's snapshot download went on (SyncEngine::snapshotProgress). */
    void progress(qint64 received, qint64 total);

private:
    bool open(QString *error);
    void cycleFinished(bool synced);
    void finish(SyncOutcome outcome);
    /** A fingerprint of what a cycle may change: outbox rows and the feed cursor. */
    QString fingerprint() const;
    /** When the earliest waiting row's backoff runs out; invalid when none waits for one. */
    QDateTime nextAttempt() const;
    /** Puts the enrolled organisation back when a resync removed it; true when it had to. */
    bool keepOrganisation();

    QString m_path;
    Clock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<HubNetwork> m_network;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<JoinCountSender> m_joins;
    SyncJob m_job;
    QString m_before;
    QString m_cursorBefore;
};

} // namespace Buurtplein

Q_DECLARE_METATYPE(Buurtplein::SyncJob)
Q_DECLARE_METATYPE(Buurtplein::SyncOutcome)
