// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "worker/placefinder.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

namespace Buurtplein {

class WorkerEnrolment;

/**
 * What a social worker does to one activity and its single sessions (issue 4): cancel a
 * session for a listed reason, move it to another time or place, restore it, and pause,
 * resume or end the whole series. Every write goes through the session's WorkerStore
 * and is followed by WorkerEnrolment::notifyChanged(); a refusal leaves a sentence in
 * errorString.
 *
 * Times the social worker types are Europe/Amsterdam wall-clock times; the store keeps
 * UTC. On top of what WorkerStore refuses, a session that has started can no longer be
 * cancelled, moved or restored (it is logged as not held instead), and a session cannot
 * be moved to a moment that has passed.
 */
class SessionActions : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("worker/workerenrolment.h")
    Q_PROPERTY(Buurtplein::WorkerEnrolment *enrolment READ enrolment WRITE setEnrolment NOTIFY enrolmentChanged)
    /** The activity the page header describes; empty for a dialog that only acts on sessions. */
    Q_PROPERTY(QString activityUid READ activityUid WRITE setActivityUid NOTIFY activityUidChanged)
    /** {uid, title, category, status, statusLabel, placeName, schedules: [{uid, text}]}; empty when unknown. */
    Q_PROPERTY(QVariantMap activity READ activity NOTIFY activityChanged)
    /** [{id, label}] of every reason a session can be cancelled for, translated. */
    Q_PROPERTY(QVariantList cancelReasons READ cancelReasons CONSTANT)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    explicit SessionActions(QObject *parent = nullptr);

    WorkerEnrolment *enrolment() const { return m_enrolment; }
    void setEnrolment(WorkerEnrolment *enrolment);
    QString activityUid() const { return m_activityUid; }
    void setActivityUid(const QString &uid);
    QVariantMap activity() const { return m_activity; }
    QVariantList cancelReasons() const;
    QString errorString() const { return m_error; }

    /**
     * {occurrenceUid, activityUid, title, dayText, timeText, date ("yyyy-MM-dd", local),
     * time ("HH:mm", local), durationMinutes, status, reasonLabel, placeUid, placeName,
     * started, today ("yyyy-MM-dd", Amsterdam)}, with a move applied; empty when no schedule has the session.
     */
    Q_INVOKABLE QVariantMap sessionInfo(const QString &occurrenceUid) const;
    /** Places whose name or street contains @p text: [{uid, name, address}], by name, at most @p limit. */
    Q_INVOKABLE QVariantList findPlaces(const QString &text, int limit = 8) const;
    /** What residents will see after a move, e.g. "Moved to Tue 1 Dec 14:00 · VONK"; empty when the date or time is not valid. */
    Q_INVOKABLE QString movePreview(const QString &localDate, const QString &localTime, const QString &placeUid = {}) const;

    /** Forgets the last refusal (a dialog opening afresh). */
    Q_INVOKABLE void clearError() { fail(QString()); }
    /** Cancels a session for @p reasonId, an id of cancelReasons. */
    Q_INVOKABLE bool cancel(const QString &occurrenceUid, const QString &reasonId);
    /**
     * Moves a session to @p localDate ("yyyy-MM-dd") at @p localTime ("HH:mm"), Amsterdam
     * time, for @p durationMinutes (<= 0 keeps its length), at @p newPlaceUid (empty keeps
     * its place).
     */
    Q_INVOKABLE bool move(const QString &occurrenceUid, const QString &localDate, const QString &localTime,
                          int durationMinutes = 0, const QString &newPlaceUid = {});
    /** Undoes a cancel or move. */
    Q_INVOKABLE bool restore(const QString &occurrenceUid);
    Q_INVOKABLE bool pauseActivity(const QString &uid);
    Q_INVOKABLE bool resumeActivity(const QString &uid);
    /** Ends the series: its coming sessions disappear for residents. */
    Q_INVOKABLE bool endActivity(const QString &uid);

    /** The translated label of a cancel reason id; a reason that is no id (imported free text) comes back as it is. */
    Q_INVOKABLE static QString reasonLabel(const QString &reasonId);
    /** "Active", "Paused" or "Ended". */
    Q_INVOKABLE static QString statusLabel(const QString &status);
    /** "Tue 1 Dec 14:00" for a UTC instant, in Amsterdam time. */
    static QString shortMoment(const QDateTime &utc);

Q_SIGNALS:
    void enrolmentChanged();
    void activityUidChanged();
    void activityChanged();
    void errorStringChanged();

private:
    void reload();
    bool finish(bool ok);
    bool fail(const QString &message);
    /** False with a sentence when the session has started (or is unknown). */
    bool notStarted(const QString &occurrenceUid);
    QString placeName(const QString &uid) const;

    QPointer<WorkerEnrolment> m_enrolment;
    mutable PlaceFinder m_places;
    QString m_activityUid;
    QVariantMap m_activity;
    QString m_error;
};

} // namespace Buurtplein
