// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "worker/workerenrolment.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QQmlEngine>

namespace Buurtplein {

/**
 * The reminder on the worker home page (issue 4, point 5): past sessions of the enrolled
 * organisation that were held, are still within the logging window and have no log yet;
 * newest first. Re-reads whenever the session writes something.
 */
class UnloggedSessionsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Buurtplein::WorkerEnrolment *enrolment READ enrolment WRITE setEnrolment NOTIFY enrolmentChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        OccurrenceUidRole = Qt::UserRole + 1,
        ActivityUidRole,
        TitleRole,
        DateLabelRole,
    };
    Q_ENUM(Role)

    explicit UnloggedSessionsModel(QObject *parent = nullptr);

    WorkerEnrolment *enrolment() const { return m_enrolment; }
    void setEnrolment(WorkerEnrolment *enrolment);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** Reads the sessions still to log again. */
    Q_INVOKABLE void reload();

    /** "Yesterday, 10:00–12:00" or "Saturday 21 November, 10:00–12:00": a session's day and time in Amsterdam, relative to @p nowUtc. */
    static QString dateLabel(const QDateTime &startUtc, const QDateTime &endUtc, const QDateTime &nowUtc);

Q_SIGNALS:
    void enrolmentChanged();
    void countChanged();

private:
    QPointer<WorkerEnrolment> m_enrolment;
    QList<UnloggedSession> m_rows;
};

} // namespace Buurtplein
