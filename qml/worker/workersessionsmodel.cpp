// SPDX-License-Identifier: GPL-3.0-or-later
#include "worker/workersessionsmodel.h"
#include "common/amsterdamtime.h"
#include "catalogue/cataloguestore.h"
#include "worker/sessionactions.h"
#include "worker/workerenrolment.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace Buurtplein {

WorkerSessionsModel::WorkerSessionsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void WorkerSessionsModel::setEnrolment(WorkerEnrolment *enrolment)
{
    if (!followEnrolment(m_enrolment, enrolment, this, [this](WorkerEnrolment *s) {
            connect(s, &WorkerEnrolment::changed, this, &WorkerSessionsModel::reload);
        }))
        return;
    Q_EMIT enrolmentChanged();
    reload();
}

void WorkerSessionsModel::setActivityUid(const QString &uid)
{
    if (m_activityUid == uid)
        return;
    m_activityUid = uid;
    Q_EMIT activityUidChanged();
    reload();
}

void WorkerSessionsModel::reload()
{
    QList<Row> rows;
    WorkerStore *store = m_enrolment ? &m_enrolment->store() : nullptr;
    const std::optional<Activity> activity = store ? store->catalogue().activity(m_activityUid) : std::nullopt;
    if (activity) {
        const QDateTime now = m_enrolment->now().toUTC();
        const QDateTime windowStart = now.addDays(-7 * qint64(store->logWindowWeeks()));
        const bool active = activity->status == QLatin1String("active");
        const QList<PlannedSession> sessions = SessionFinder::between(
            store->catalogue(), *activity, windowStart.toSecsSinceEpoch(), now.addDays(7 * WeeksAhead).toSecsSinceEpoch());
        const QSet<QString> teamLogged = store->teamLogged();
        for (const PlannedSession &s : sessions) {
            Row row;
            row.session = s;
            row.past = s.start <= now;
            if (!row.past && !active)
                continue;
            if (s.status != QLatin1String("scheduled")) {
                const std::optional<OccurrenceOverride> change = store->catalogue().occurrenceOverride(s.occurrenceUid);
                if (change && s.status == QLatin1String("cancelled"))
                    row.reason = change->reason;
                if (change && s.status == QLatin1String("moved") && !change->newPlaceUid.isEmpty()) {
                    const std::optional<Place> place = store->catalogue().place(change->newPlaceUid);
                    row.movedPlace = place ? place->name : QString();
                }
            }
            if (row.past) {
                if (const std::optional<SessionLog> log = store->sessionLog(s.occurrenceUid)) {
                    row.logged = true;
                    row.held = log->held;
                    row.attendance = log->attendance;
                } else {
                    row.colleagueLogged = teamLogged.contains(s.occurrenceUid);
                }
                // The same window WorkerStore::logSession() accepts.
                row.canLog = s.start >= windowStart;
            }
            row.canRestore = !row.past && s.status != QLatin1String("scheduled") && s.originalStart > now;
            rows.append(row);
        }
    }
    // Recent first, newest first; then what is coming, by start (as SessionFinder gives it).
    auto firstComing = std::stable_partition(rows.begin(), rows.end(), [](const Row &r) { return r.past; });
    std::reverse(rows.begin(), firstComing);
    const int recent = int(firstComing - rows.begin());
    const int hidden = m_showAllRecent ? 0 : std::max(0, recent - RecentShown);
    rows.erase(rows.begin() + (recent - hidden), rows.begin() + recent);
    const bool hiddenChanged = hidden != m_hiddenRecent;
    m_hiddenRecent = hidden;

    const int oldCount = int(m_rows.size());
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (oldCount != m_rows.size() || hiddenChanged)
        Q_EMIT countChanged();
}

void WorkerSessionsModel::setShowAllRecent(bool all)
{
    if (m_showAllRecent == all)
        return;
    m_showAllRecent = all;
    Q_EMIT showAllRecentChanged();
    reload();
}

int WorkerSessionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant WorkerSessionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const PlannedSession &s = row.session;
    const bool moved = s.status == QLatin1String("moved");
    const bool cancelled = s.status == QLatin1String("cancelled");
    // A moved session keeps the day and time its schedule gave it; the badge says where it went.
    const qint64 scheduledStart = s.originalStart.toSecsSinceEpoch();
    const qint64 scheduledEnd = moved ? scheduledStart + s.start.secsTo(s.end) : s.end.toSecsSinceEpoch();
    switch (role) {
    case OccurrenceUidRole:
        return s.occurrenceUid;
    case DayTextRole:
        return QLocale().toString(AmsterdamTime::local(scheduledStart).date(), QStringLiteral("dddd d MMMM"));
    case TimeTextRole:
        return AmsterdamTime::timeRange(scheduledStart, scheduledEnd);
    case StatusRole:
        return s.status;
    case BadgeTextRole:
        if (cancelled)
            //: Status of one date of an activity that will not take place
            return tr("Cancelled");
        if (moved)
            //: Status of one date of an activity that takes place elsewhere or at another time
            return tr("Moved");
        return QString();
    case ReasonLabelRole:
        return cancelled ? SessionActions::reasonLabel(row.reason) : QString();
    case MovedTextRole: {
        if (!moved)
            return QString();
        //: What residents see on a moved session, e.g. "Moved to Tue 1 Dec 14:00"
        const QString text = tr("Moved to %1").arg(SessionActions::shortMoment(s.start));
        return row.movedPlace.isEmpty() ? text : text + QStringLiteral(" · ") + row.movedPlace;
    }
    case MovedPlaceRole:
        return row.movedPlace;
    case PastRole:
        return row.past;
    case LoggedRole:
        return row.logged;
    case ColleagueLoggedRole:
        return row.colleagueLogged;
    case LogSummaryRole:
        if (!row.logged)
            return QString();
        if (!row.held)
            //: Summary of a session log: the session did not take place
            return tr("Not held");
        //: Summary of a session log: how many people took part
        return tr("%n attended", nullptr, row.attendance);
    case CanLogRole:
        return row.canLog;
    case CanCancelRole:
        return !row.past && !cancelled;
    case CanMoveRole:
        return !row.past;
    case CanRestoreRole:
        return row.canRestore;
    case SectionRole:
        return row.past
            //: Heading above the sessions of an activity that have taken place
            ? tr("Recent")
            //: Heading above the sessions of an activity still to come
            : tr("Coming");
    case SectionStartRole:
        return index.row() == 0 || m_rows.at(index.row() - 1).past != row.past;
    case LastRecentRole:
        return row.past && (index.row() + 1 == m_rows.size() || !m_rows.at(index.row() + 1).past);
    default:
        return {};
    }
}

QHash<int, QByteArray> WorkerSessionsModel::roleNames() const
{
    return {
        {OccurrenceUidRole, "occurrenceUid"},
        {DayTextRole, "dayText"},
        {TimeTextRole, "timeText"},
        {StatusRole, "status"},
        {BadgeTextRole, "badgeText"},
        {ReasonLabelRole, "reasonLabel"},
        {MovedTextRole, "movedText"},
        {MovedPlaceRole, "movedPlace"},
        {PastRole, "past"},
        {LoggedRole, "logged"},
        {ColleagueLoggedRole, "colleagueLogged"},
        {LogSummaryRole, "logSummary"},
        {CanLogRole, "canLog"},
        {CanCancelRole, "canCancel"},
        {CanMoveRole, "canMove"},
        {CanRestoreRole, "canRestore"},
        {SectionRole, "section"},
        {SectionStartRole, "sectionStart"},
        {LastRecentRole, "lastRecent"},
    };
}

int WorkerSessionsModel::indexOf(const QString &occurrenceUid) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).session.occurrenceUid == occurrenceUid)
            return i;
    }
    return -1;
}

QVariantMap WorkerSessionsModel::get(int row) const
{
    QVariantMap out;
    if (row < 0 || row >= m_rows.size())
        return out;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.constBegin(); it != names.constEnd(); ++it)
        out.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return out;
}

} // namespace Buurtplein
