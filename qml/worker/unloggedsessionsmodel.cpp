// SPDX-License-Identifier: GPL-3.0-or-later
#include "worker/unloggedsessionsmodel.h"
#include "common/amsterdamtime.h"

#include <QLocale>

namespace Buurtplein {

UnloggedSessionsModel::UnloggedSessionsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void UnloggedSessionsModel::setEnrolment(WorkerEnrolment *enrolment)
{
    if (!followEnrolment(m_enrolment, enrolment, this, [this](WorkerEnrolment *s) {
            connect(s, &WorkerEnrolment::changed, this, &UnloggedSessionsModel::reload);
            connect(s, &WorkerEnrolment::enrolmentChanged, this, &UnloggedSessionsModel::reload);
        }))
        return;
    Q_EMIT enrolmentChanged();
    reload();
}

int UnloggedSessionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant UnloggedSessionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UnloggedSession &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return s.title;
    case OccurrenceUidRole:
        return s.occurrenceUid;
    case ActivityUidRole:
        return s.activityUid;
    case DateLabelRole:
        return dateLabel(s.start, s.end, m_enrolment ? m_enrolment->now() : QDateTime::currentDateTimeUtc());
    }
    return {};
}

QHash<int, QByteArray> UnloggedSessionsModel::roleNames() const
{
    return {
        {OccurrenceUidRole, "occurrenceUid"},
        {ActivityUidRole, "activityUid"},
        {TitleRole, "title"},
        {DateLabelRole, "dateLabel"},
    };
}

void UnloggedSessionsModel::reload()
{
    QList<UnloggedSession> rows;
    if (m_enrolment && m_enrolment->enrolled()) {
        WorkerStore &store = m_enrolment->store();
        rows = store.unloggedSessions(m_enrolment->organisationUid(), m_enrolment->now(), store.logWindowWeeks());
    }
    const int before = int(m_rows.size());
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (before != m_rows.size())
        Q_EMIT countChanged();
}

QString UnloggedSessionsModel::dateLabel(const QDateTime &startUtc, const QDateTime &endUtc, const QDateTime &nowUtc)
{
    const QDate day = startUtc.toTimeZone(AmsterdamTime::zone()).date();
    const QDate today = nowUtc.toTimeZone(AmsterdamTime::zone()).date();
    QString dayText;
    if (day == today) {
        //: The day of a session in a list of sessions to log
        dayText = tr("Today");
    } else if (day == today.addDays(-1)) {
        //: The day of a session in a list of sessions to log
        dayText = tr("Yesterday");
    } else {
        dayText = QLocale().toString(day, QStringLiteral("dddd d MMMM"));
    }
    //: A session's day and time, e.g. "Yesterday, 10:00–12:00"
    return tr("%1, %2").arg(dayText, AmsterdamTime::timeRange(startUtc.toSecsSinceEpoch(), endUtc.toSecsSinceEpoch()));
}

} // namespace Buurtplein
