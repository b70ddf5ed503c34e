// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "worker/sessionfinder.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

namespace Buurtplein {

class WorkerEnrolment;

/**
 * The sessions of one activity on the social worker's page: from the logging window
 * (WorkerStore::logWindowWeeks() back) to eight weeks ahead, read from the schedules
 * through SessionFinder so that cancelled, moved and already-held sessions all appear.
 * Two sections: "Recent" (started, newest first) and "Coming" (by start). Coming
 * sessions are listed only while the activity is active: residents see none otherwise.
 * Re-reads on WorkerEnrolment::changed.
 */
class WorkerSessionsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("worker/workerenrolment.h")
    Q_PROPERTY(Buurtplein::WorkerEnrolment *enrolment READ enrolment WRITE setEnrolment NOTIFY enrolmentChanged)
    Q_PROPERTY(QString activityUid READ activityUid WRITE setActivityUid NOTIFY activityUidChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /** False (the default): "Recent" lists only the RecentShown newest sessions, so that the coming ones are not far below. */
    Q_PROPERTY(bool showAllRecent READ showAllRecent WRITE setShowAllRecent NOTIFY showAllRecentChanged)
    /** How many recent sessions showAllRecent would add. */
    Q_PROPERTY(int hiddenRecent READ hiddenRecent NOTIFY countChanged)

public:
    enum Role {
        OccurrenceUidRole = Qt::UserRole + 1,
        DayTextRole,        ///< "Tuesday 24 November" (the scheduled day)
        TimeTextRole,       ///< "14:00–16:00" (the scheduled time)
        StatusRole,         ///< scheduled, cancelled, moved
        BadgeTextRole,      ///< what residents see: "Cancelled", "Moved" or empty
        ReasonLabelRole,    ///< the translated cancel reason
        MovedTextRole,      ///< "Moved to Wed 25 Nov 15:00 · VONK"
        MovedPlaceRole,     ///< the name of the place it moved to, or empty
        PastRole,           ///< the session has started
        LoggedRole,
        ColleagueLoggedRole, ///< not logged on this device, but a colleague's device logged it (worker/teamlogged.h)
        LogSummaryRole,     ///< "12 attended", "Not held" or empty
        CanLogRole,
        CanCancelRole,
        CanMoveRole,
        CanRestoreRole,
        SectionRole,        ///< "Recent" or "Coming", translated
        SectionStartRole,   ///< the first row of its section
        LastRecentRole,     ///< the last row of "Recent", under which the rest of them can be shown
    };
    Q_ENUM(Role)

    /** How far ahead the page lists sessions. */
    static constexpr int WeeksAhead = 8;
    /** Recent sessions listed before the worker asks for all of them (a daily activity has twenty in four weeks). */
    static constexpr int RecentShown = 5;

    explicit WorkerSessionsModel(QObject *parent = nullptr);

    WorkerEnrolment *enrolment() const { return m_enrolment; }
    void setEnrolment(WorkerEnrolment *enrolment);
    QString activityUid() const { return m_activityUid; }
    void setActivityUid(const QString &uid);
    bool showAllRecent() const { return m_showAllRecent; }
    void setShowAllRecent(bool all);
    int hiddenRecent() const { return m_hiddenRecent; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** The row of @p occurrenceUid, or -1. */
    Q_INVOKABLE int indexOf(const QString &occurrenceUid) const;
    /** Every role of row @p row by role name, for QML and tests; empty when out of range. */
    Q_INVOKABLE QVariantMap get(int row) const;
    /** Reads the sessions again. */
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void enrolmentChanged();
    void activityUidChanged();
    void countChanged();
    void showAllRecentChanged();

private:
    struct Row {
        PlannedSession session;
        QString reason;
        QString movedPlace;
        bool past = false;
        bool logged = false;
        bool colleagueLogged = false;
        bool held = true;
        int attendance = 0;
        bool canLog = false;
        bool canRestore = false;
    };

    QPointer<WorkerEnrolment> m_enrolment;
    QString m_activityUid;
    QList<Row> m_rows;
    bool m_showAllRecent = false;
    int m_hiddenRecent = 0;
};

} // namespace Buurtplein
