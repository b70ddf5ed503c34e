// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hubclient/hubclient.h"
#include "worker/workerstore.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QSqlDatabase>
#include <QUrl>

#include <functional>
#include <optional>

namespace Buurtplein {

class DeviceSettings;
class SecureTokenStore;

/**
 * Social worker mode on this device (issue 4, docs/worker-mode.md): whether it is
 * enrolled and for which organisation, enrolment with a one-time code against the hub,
 * leaving with a warning, and the WorkerStore every worker page writes through.
 *
 * The worker pages' C++ types (ActivityEditor, ScheduleEditor, SessionLogEditor and
 * the models) take this object as their `session` property, write through store(),
 * and call notifyChanged() after each successful write so that every list and the
 * waiting-changes count follow.
 */
class WorkerEnrolment : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the singleton Enrolment is the device's one WorkerEnrolment")
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY enrolmentChanged)
    Q_PROPERTY(QString organisationUid READ organisationUid NOTIFY enrolmentChanged)
    Q_PROPERTY(QString organisationName READ organisationName NOTIFY enrolmentChanged)
    Q_PROPERTY(QString hubUrl READ hubUrl NOTIFY enrolmentChanged)
    /** "keychain", "file" (an owner-only file: said on the enrolment page) or "" before the token was stored or read. */
    Q_PROPERTY(QString tokenStorage READ tokenStorage NOTIFY enrolmentChanged)
    /** The school-holiday region the schedule editor offers (noord, midden, zuid). */
    Q_PROPERTY(QString schoolRegion READ schoolRegion WRITE setSchoolRegion NOTIFY schoolRegionChanged)
    /** An enrolment is being redeemed at the hub. */
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /** The hub refused this device's key at the last sync (revoked): a new code of the same organisation renews it, keeping every unsent change. */
    Q_PROPERTY(bool accessRefused READ accessRefused NOTIFY accessRefusedChanged)
    /** A code (grouped) and hub from a buurtplein://enrol link, waiting for the social worker to confirm. */
    Q_PROPERTY(QString pendingCode READ pendingCode NOTIFY pendingChanged)
    Q_PROPERTY(QString pendingHub READ pendingHub NOTIFY pendingChanged)
    /** Changes in the outbox waiting for the hub, set-aside ones not included. */
    Q_PROPERTY(int waitingChanges READ waitingChanges NOTIFY changed)
    /** Changes the hub refused; shown to the social worker. */
    Q_PROPERTY(int setAsideChanges READ setAsideChanges NOTIFY changed)
    /** The current moment (UTC): the app's --now in tests and screenshots. */
    Q_PROPERTY(QDateTime now READ now CONSTANT)

public:
    /**
     * @p tokens keeps the organisation token; @p hub talks to the hub (tests hand their
     * own network manager); @p clock gives the current UTC time (the system clock when empty).
     */
    WorkerEnrolment(QSqlDatabase db, DeviceSettings &settings, SecureTokenStore *tokens, HubClient hub,
                  WorkerStore::Clock clock = {}, QObject *parent = nullptr);
    ~WorkerEnrolment() override;

    /** The key the organisation token is kept under in SecureTokenStore. */
    static inline const QString TokenKey = QStringLiteral("hub-token");

    bool enrolled() const { return !m_organisationUid.isEmpty(); }
    QString organisationUid() const { return m_organisationUid; }
    QString organisationName() const { return m_organisationName; }
    QString hubUrl() const { return m_hubUrl; }
    QString tokenStorage() const { return m_tokenStorage; }
    QString schoolRegion() const;
    void setSchoolRegion(const QString &region);
    bool busy() const { return m_busy; }
    QString pendingCode() const { return m_pendingCode; }
    QString pendingHub() const { return m_pendingHub; }
    int waitingChanges() const;
    int setAsideChanges() const;
    QDateTime now() const { return m_store.now(); }

    /** Every worker write goes through this store; it refuses other organisations' activities. */
    WorkerStore &store() { return m_store; }
    QSqlDatabase connection() const { return m_db; }

    /** Called after every successful write through store(): emits changed(). */
    Q_INVOKABLE void notifyChanged();

    /**
     * Redeems a typed or pasted code, or a buurtplein://enrol link, at @p hubUrl (or the
     * hub the link names). Answers with enrolSucceeded() or enrolFailed(sentence);
     * nothing is stored unless the hub gave a token and it was kept safely.
     */
    Q_INVOKABLE void enrol(const QString &codeOrLink, const QString &hubUrl = {}, const QString &deviceName = {});
    /** A buurtplein:// link the platform opened the app with: enrol links become pendingCode/pendingHub and emit enrolmentRequested(). False for any other link. */
    Q_INVOKABLE bool openLink(const QString &url);
    /** Asks the app to show the enrolment page, where a device whose access was refused enters a new code. */
    Q_INVOKABLE void requestRenewal();

    bool accessRefused() const { return m_accessRefused; }
    /** What the sync card says when the hub refused this device's key: that the waiting changes stay, and how to renew. */
    QString refusedAccessSentence() const;
    /** SyncService says whether the hub refused this device's key (401) at the last cycle. */
    void setAccessRefused(bool refused);
    /** The sentence the leave dialog shows: what leaving removes, with the number of changes not yet sent. */
    Q_INVOKABLE QString leaveWarning() const;
    /** Leaves the organisation: removes the token, every session log and every unsent change. Answers with left() or leaveFailed(). */
    Q_INVOKABLE void leave();

Q_SIGNALS:
    void enrolmentChanged();
    void schoolRegionChanged();
    void busyChanged();
    void accessRefusedChanged();
    void pendingChanged();
    /** Something was written through store(): lists and counts re-read. */
    void changed();
    void enrolSucceeded();
    void enrolFailed(const QString &message);
    /** A link asked to enrol: the app shows the enrolment page with pendingCode. */
    void enrolmentRequested();
    void left();
    void leaveFailed(const QString &message);

private:
    void restore();

    QSqlDatabase m_db;
    DeviceSettings &m_settings;
    SecureTokenStore *m_tokens = nullptr;
    HubClient m_hub;
    WorkerStore m_store;
    QString m_organisationUid;
    bool m_accessRefused = false;
    QString m_organisationName;
    QString m_hubUrl;
    QString m_tokenStorage;
    QString m_pendingCode;
    QString m_pendingHub;
    bool m_busy = false;
};

/**
 * Points @p current, the enrolment property of a worker page's C++ object @p follower, at
 * @p next: the old enrolment's connections to @p follower go, and @p follow connects the
 * new one when there is one. False, with nothing done, when @p next already is the one followed.
 */
bool followEnrolment(QPointer<WorkerEnrolment> &current, WorkerEnrolment *next, QObject *follower,
                     const std::function<void(WorkerEnrolment *)> &follow = {});

} // namespace Buurtplein
