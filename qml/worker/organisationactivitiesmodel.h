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
    /** Every activity of the organisation, whatever filterText keeps. */
    Q_PROPERTY(int total READ total NOTIFY countChanged)
    /** Keeps the activities whose title, place or category holds this text (case, accents and hyphens do not count); empty: all. */
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)

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

    int total() const { return int(m_all.size()); }
    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);

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
    void filterTextChanged();

private:
    using Row = OrganisationActivity;

    QPointer<WorkerEnrolment> m_enrolment;
    /** Keeps the rows filterText matches; true when their number changed. */
    bool applyFilter();

    QList<Row> m_all;  ///< every activity, in list order
    QList<Row> m_rows; ///< those filterText keeps
    QString m_filterText;
};

} // namespace Buurtplein
