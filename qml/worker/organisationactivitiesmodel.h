// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "worker/workerstore.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QQmlEngine>

namespace Buurtplein {

class WorkerEnrolment;

/**
 * The activities of the organisation the device is enrolled for, as the social worker's
 * home page lists them: active and paused ones by title, ended ones last. Each row says
 * when the next session is (from the search window) or where the activity meets.
 */
class OrganisationActivitiesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("worker/workerenrolment.h")
    Q_PROPERTY(Buurtplein::WorkerEnrolment *enrolment READ enrolment WRITE setEnrolment NOTIFY enrolmentChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        UidRole = Qt::UserRole + 1,
        TitleRole,
        CategoryRole,
        CategoryLabelRole,
        CategoryIconRole,
        CategoryColorRole,
        StatusRole,
        StatusLabelRole,
        NextStartRole,
        NextTextRole,
        HasNextRole,
        PlaceNameRole,
        ScheduleCountRole,
    };
    Q_ENUM(Role)

    explicit OrganisationActivitiesModel(QObject *parent = nullptr);

    WorkerEnrolment *enrolment() const { return m_enrolment; }
    void setEnrolment(WorkerEnrolment *enrolment);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** "Active", "Paused" or "Ended", translated. */
    Q_INVOKABLE static QString statusLabel(const QString &status);
    /** Reads the organisation's activities again. */
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void enrolmentChanged();
    void countChanged();

private:
    using Row = OrganisationActivity;

    QPointer<WorkerEnrolment> m_enrolment;
    QList<Row> m_rows;
};

} // namespace Buurtplein
