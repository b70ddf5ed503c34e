// SPDX-License-Identifier: GPL-3.0-or-later
#include "worker/organisationactivitiesmodel.h"
#include "common/amsterdamtime.h"
#include "common/occurrencelistmodel.h"
#include "common/terms.h"
#include "device/locationresolver.h"
#include "worker/workerenrolment.h"

#include <algorithm>

namespace Buurtplein {

OrganisationActivitiesModel::OrganisationActivitiesModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void OrganisationActivitiesModel::setEnrolment(WorkerEnrolment *enrolment)
{
    if (!followEnrolment(m_enrolment, enrolment, this, [this](WorkerEnrolment *s) {
            connect(s, &WorkerEnrolment::changed, this, &OrganisationActivitiesModel::reload);
            connect(s, &WorkerEnrolment::enrolmentChanged, this, &OrganisationActivitiesModel::reload);
        }))
        return;
    Q_EMIT enrolmentChanged();
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
        const QDate today = m_enrolment ? m_enrolment->now().toTimeZone(AmsterdamTime::zone()).date() : QDate();
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
    if (m_enrolment && m_enrolment->enrolled())
        rows = m_enrolment->store().organisationActivities(m_enrolment->organisationUid(), m_enrolment->now());
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        const bool aEnded = a.status == QLatin1String("ended");
        const bool bEnded = b.status == QLatin1String("ended");
        if (aEnded != bEnded)
            return bEnded;
        const int byTitle = a.title.localeAwareCompare(b.title);
        return byTitle != 0 ? byTitle < 0 : a.uid < b.uid;
    });
    const int oldTotal = int(m_all.size());
    m_all = rows;
    // count and total share one signal: one change of the list, one signal.
    if (applyFilter() || oldTotal != m_all.size())
        Q_EMIT countChanged();
}

void OrganisationActivitiesModel::setFilterText(const QString &text)
{
    if (m_filterText == text)
        return;
    m_filterText = text;
    Q_EMIT filterTextChanged();
    if (applyFilter())
        Q_EMIT countChanged();
}

// An organisation with dozens of activities finds one by a piece of its title, its place
// or its category, typed as a person types it ("koffie", "meevaart", "taal").
bool OrganisationActivitiesModel::applyFilter()
{
    const QString wanted = LocationResolver::foldForSearch(m_filterText.trimmed());
    QList<Row> rows;
    for (const Row &r : std::as_const(m_all)) {
        if (wanted.isEmpty() || LocationResolver::foldForSearch(r.title).contains(wanted)
            || LocationResolver::foldForSearch(r.placeName).contains(wanted)
            || LocationResolver::foldForSearch(Terms::categoryLabel(r.category)).contains(wanted))
            rows.append(r);
    }
    const int oldCount = int(m_rows.size());
    beginResetModel();
    m_rows = rows;
    endResetModel();
    return oldCount != m_rows.size();
}

} // namespace Buurtplein
