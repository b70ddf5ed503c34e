// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "worker/sessionlog.h"
#include "worker/workerenrolment.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

namespace Buurtplein {

/**
 * The session log form behind SessionLogPage (issue 4, point 5): one session's counts,
 * checked live by SessionLogCheck, stored through WorkerStore::logSession. Built for the
 * common case: defaults of a held session with its host present, and last time's figures
 * one tap away. The note stays on the device.
 */
class SessionLogEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Buurtplein::WorkerEnrolment *enrolment READ enrolment WRITE setEnrolment NOTIFY enrolmentChanged)

    /** What load() found: the session's uid, activity, title, "Saturday 21 November, 10:00–12:00" (Amsterdam). */
    Q_PROPERTY(QString occurrenceUid READ occurrenceUid NOTIFY loaded)
    Q_PROPERTY(QString activityUid READ activityUid NOTIFY loaded)
    Q_PROPERTY(QString title READ title NOTIFY loaded)
    Q_PROPERTY(QString dateLabel READ dateLabel NOTIFY loaded)
    /** The session is in its activity's schedule. */
    Q_PROPERTY(bool found READ found NOTIFY loaded)
    /** The session was cancelled: it can only be logged as not held. */
    Q_PROPERTY(bool cancelled READ cancelled NOTIFY loaded)
    /** A log exists already; saving stores revision + 1. */
    Q_PROPERTY(bool isEdit READ isEdit NOTIFY loaded)
    /** The stored log's revision; 0 for a new log. */
    Q_PROPERTY(int revision READ revision NOTIFY loaded)
    /** The figures of this activity's previous log, {attendance, volunteers}; empty when there is none. */
    Q_PROPERTY(QVariantMap lastTime READ lastTime NOTIFY loaded)
    /** [{id, label}] of the reasons a session did not take place. */
    Q_PROPERTY(QVariantList reasons READ reasons CONSTANT)
    /** The labels of the age bands, in SessionLog::AgeBand order. */
    Q_PROPERTY(QStringList ageBandLabels READ ageBandLabels CONSTANT)

    Q_PROPERTY(bool held READ held WRITE setHeld NOTIFY valuesChanged)
    Q_PROPERTY(QString notHeldReason READ notHeldReason WRITE setNotHeldReason NOTIFY valuesChanged)
    Q_PROPERTY(int attendance READ attendance WRITE setAttendance NOTIFY valuesChanged)
    Q_PROPERTY(int firstTimers READ firstTimers WRITE setFirstTimers NOTIFY valuesChanged)
    Q_PROPERTY(int volunteers READ volunteers WRITE setVolunteers NOTIFY valuesChanged)
    Q_PROPERTY(bool hostPresent READ hostPresent WRITE setHostPresent NOTIFY valuesChanged)
    Q_PROPERTY(bool ageBandsEnabled READ ageBandsEnabled WRITE setAgeBandsEnabled NOTIFY valuesChanged)
    /** Five counts, in SessionLog::AgeBand order; stored only while ageBandsEnabled. */
    Q_PROPERTY(QList<int> ageBands READ ageBands WRITE setAgeBands NOTIFY valuesChanged)
    /** Of attendance, living in the neighbourhood less than two years; -1 = not counted. */
    Q_PROPERTY(int newToNeighbourhood READ newToNeighbourhood WRITE setNewToNeighbourhood NOTIFY valuesChanged)
    /** Free text that never leaves the device. */
    Q_PROPERTY(QString note READ note WRITE setNote NOTIFY valuesChanged)

    /** [{field, message}] of everything that stops a save, most basic first. */
    Q_PROPERTY(QVariantList problems READ problems NOTIFY valuesChanged)
    Q_PROPERTY(bool canSave READ canSave NOTIFY valuesChanged)
    /** The sentence of the last refused load() or save(). */
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    explicit SessionLogEditor(QObject *parent = nullptr);

    WorkerEnrolment *enrolment() const { return m_enrolment; }
    void setEnrolment(WorkerEnrolment *enrolment);

    QString occurrenceUid() const { return m_occurrenceUid; }
    QString activityUid() const { return m_activityUid; }
    QString title() const { return m_title; }
    QString dateLabel() const { return m_dateLabel; }
    bool found() const { return m_found; }
    bool cancelled() const { return m_cancelled; }
    bool isEdit() const { return m_revision > 0; }
    int revision() const { return m_revision; }
    QVariantMap lastTime() const { return m_lastTime; }
    QVariantList reasons() const;
    QStringList ageBandLabels() const;

    bool held() const { return m_log.held; }
    void setHeld(bool held);
    QString notHeldReason() const { return m_log.notHeldReason; }
    void setNotHeldReason(const QString &reason);
    int attendance() const { return m_log.attendance; }
    void setAttendance(int count);
    int firstTimers() const { return m_log.firstTimers; }
    void setFirstTimers(int count);
    int volunteers() const { return m_log.volunteers; }
    void setVolunteers(int count);
    bool hostPresent() const { return m_log.hostPresent; }
    void setHostPresent(bool present);
    bool ageBandsEnabled() const { return m_ageBandsEnabled; }
    void setAgeBandsEnabled(bool enabled);
    QList<int> ageBands() const { return m_ageBands; }
    void setAgeBands(const QList<int> &counts);
    int newToNeighbourhood() const { return m_log.newToNeighbourhood; }
    void setNewToNeighbourhood(int count);
    QString note() const { return m_log.note; }
    void setNote(const QString &note);

    QVariantList problems() const;
    bool canSave() const;
    QString errorString() const { return m_error; }

    /** The log as save() would store it: counts of a session that did not take place are left out. */
    SessionLog toLog() const;

    /** Reads session @p occurrenceUid and its log, or the defaults of a new log; false when there is no such session. */
    Q_INVOKABLE bool load(const QString &occurrenceUid);
    /** Sets one age band's count (SessionLog::AgeBand @p band). */
    Q_INVOKABLE void setAgeBand(int band, int count);
    /** Fills attendance and volunteers with lastTime's figures. */
    Q_INVOKABLE void applyLastTime();
    /** Stores the log (revision 1, or the next one for an edit); false with errorString() when refused. */
    Q_INVOKABLE bool save();

Q_SIGNALS:
    void enrolmentChanged();
    void loaded();
    void valuesChanged();
    void errorStringChanged();
    /** The log was stored as @p revision. */
    void saved(int revision);

private:
    void setError(const QString &message);
    void readLastTime(const QDateTime &sessionStart);
    template<typename T>
    void change(T &member, const T &value);

    QPointer<WorkerEnrolment> m_enrolment;
    QString m_occurrenceUid;
    QString m_activityUid;
    QString m_title;
    QString m_dateLabel;
    QDateTime m_start;
    bool m_found = false;
    bool m_cancelled = false;
    int m_revision = 0;
    QVariantMap m_lastTime;
    SessionLog m_log;
    bool m_ageBandsEnabled = false;
    QList<int> m_ageBands;
    QString m_error;
};

} // namespace Buurtplein
