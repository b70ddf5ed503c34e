// SPDX-License-Identifier: GPL-3.0-or-later
#include "organisationactivitiesmodel.h"
#include "amsterdamtime.h"
#include "occurrencelistmodel.h"
#include "terms.h"
#include "workersession.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

Q_LOGGING_CATEGORY(lcOrganisationActivities, "buurtplein.app.worker.activities", QtInfoMsg)

namespace Buurtplein {

OrganisationActivitiesModel::OrganisationActivitiesModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void OrganisationActivitiesModel::setSession(WorkerSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &WorkerSession::changed, this, &OrganisationActivitiesModel::reload);
        connect(m_session, &WorkerSession::enrolmentChanged, this, &OrganisationActivitiesModel::reload);
    }
    Q_EMIT sessionChanged();
    reload();
}

int OrganisationActivitiesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant OrganisationActivitiesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return r.title;
    case UidRole:
        return r.uid;
    case CategoryRole:
        return r.category;
    case CategoryLabelRole:
        return Terms::categoryLabel(r.category);
    case CategoryIconRole:
        return Terms::categoryIcon(r.category);
    case CategoryColorRole:
        return Terms::categoryColor(r.category);
    case StatusRole:
        return r.status;
    case StatusLabelRole:
        return statusLabel(r.status);
    case NextStartRole:
        return r.nextStart;
    case NextTextRole: {
        if (!r.nextStart.isValid())
            return QString();
        const QDate today = m_session ? m_session->now().toTimeZone(AmsterdamTime::zone()).date() : QDate();
        const QDateTime local = AmsterdamTime::local(r.nextStart.toSecsSinceEpoch());
        //: The next session of an activity on the social worker's list: %1 is the day ("Tuesday 24 November"), %2 the time ("14:00")
        return tr("Next: %1, %2").arg(OccurrenceListModel::dayLabel(local.date(), today), local.toString(QStringLiteral("HH:mm")));
    }
    case HasNextRole:
        return r.nextStart.isValid();
    case PlaceNameRole:
        //: An activity without a default place: each session says where it is
        return r.placeName.isEmpty() ? tr("No fixed place") : r.placeName;
    case ScheduleCountRole:
        return r.scheduleCount;
    }
    return {};
}

QHash<int, QByteArray> OrganisationActivitiesModel::roleNames() const
{
    return {
        {UidRole, "uid"},
        {TitleRole, "title"},
        {CategoryRole, "category"},
        {CategoryLabelRole, "categoryLabel"},
        {CategoryIconRole, "categoryIcon"},
        {CategoryColorRole, "categoryColor"},
        {StatusRole, "status"},
        {StatusLabelRole, "statusLabel"},
        {NextStartRole, "nextStart"},
        {NextTextRole, "nextText"},
        {HasNextRole, "hasNext"},
        {PlaceNameRole, "placeName"},
        {ScheduleCountRole, "scheduleCount"},
    };
}

QString OrganisationActivitiesModel::statusLabel(const QString &status)
{
    if (status == QLatin1String("paused"))
        //: Status of an activity whose sessions are on hold for a while
        return tr("Paused");
    if (status == QLatin1String("ended"))
        //: Status of an activity that no longer runs
        return tr("Ended");
    //: Status of an activity that runs
    return tr("Active");
}

void OrganisationActivitiesModel::reload()
{
    QList<Row> rows;
    if (m_session && m_session->enrolled()) {
        // Only an active series meets: a paused one keeps its schedules but holds no sessions.
        QSqlQuery q(m_session->connection());
        q.prepare(QStringLiteral(
            "SELECT a.uid, a.title, a.category, a.status, coalesce(p.name, ''), "
            "(SELECT count(*) FROM schedule s WHERE s.activity_id = a.id), "
            "(SELECT min(o.start) FROM occurrence o WHERE a.status = 'active' AND o.activity_id = a.id "
            "AND o.start >= :now AND o.status != 'cancelled') "
            "FROM activity a JOIN organisation g ON g.id = a.organisation_id LEFT JOIN place p ON p.id = a.place_id "
            "WHERE g.uid = :organisation"));
        q.bindValue(QStringLiteral(":now"), m_session->now().toSecsSinceEpoch());
        q.bindValue(QStringLiteral(":organisation"), m_session->organisationUid());
        if (!q.exec())
            qCWarning(lcOrganisationActivities) << "cannot read the organisation's activities:" << q.lastError().text();
        while (q.next()) {
            Row row;
            row.uid = q.value(0).toString();
            row.title = q.value(1).toString();
            row.category = q.value(2).toString();
            row.status = q.value(3).toString();
            row.placeName = q.value(4).toString();
            row.scheduleCount = q.value(5).toInt();
            if (!q.value(6).isNull())
                row.nextStart = QDateTime::fromSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
            rows.append(row);
        }
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        const bool aEnded = a.status == QLatin1String("ended");
        const bool bEnded = b.status == QLatin1String("ended");
        if (aEnded != bEnded)
            return bEnded;
        const int byTitle = a.title.localeAwareCompare(b.title);
        return byTitle != 0 ? byTitle < 0 : a.uid < b.uid;
    });
    const int oldCount = int(m_rows.size());
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (oldCount != m_rows.size())
        Q_EMIT countChanged();
}

} // namespace Buurtplein
