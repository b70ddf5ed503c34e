// SPDX-License-Identifier: GPL-3.0-or-later
#include "resident/myactivitiesmodel.h"
#include "common/amsterdamtime.h"
#include "resident/cataloguedetails.h"
#include "common/occurrencelistmodel.h"

#include <algorithm>

namespace Buurtplein {

MyActivitiesModel::MyActivitiesModel(JoinStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
}

int MyActivitiesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MyActivitiesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const QDate today = (m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc()).toTimeZone(AmsterdamTime::zone()).date();
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return r.next.title;
    case TitleLanguageRole:
        return r.next.titleLanguage;
    case TokenRole:
        return r.join.token;
    case ActivityUidRole:
        return r.join.activityUid;
    case OccurrenceUidRole:
        return r.next.occurrenceUid;
    case PlaceRole:
        return r.next.placeName;
    case DayRole:
        return r.upcoming ? OccurrenceListModel::dayLabel(AmsterdamTime::local(r.next.start).date(), today) : QString();
    case TimeTextRole:
        return r.upcoming ? AmsterdamTime::timeRange(r.next.start, r.next.end) : QString();
    case StatusRole:
        return r.next.status;
    case SeriesRole:
        return r.join.isSeries();
    case ReminderMinutesRole:
        return r.join.reminderMinutes;
    case UpcomingRole:
        return r.upcoming;
    }
    return {};
}

QHash<int, QByteArray> MyActivitiesModel::roleNames() const
{
    return {
        {TokenRole, "token"},       {ActivityUidRole, "activityUid"}, {OccurrenceUidRole, "occurrenceUid"},
        {TitleRole, "title"},       {PlaceRole, "place"},             {DayRole, "day"},
        {TimeTextRole, "timeText"}, {StatusRole, "status"},           {SeriesRole, "series"},
        {ReminderMinutesRole, "reminderMinutes"},                     {UpcomingRole, "upcoming"},
        {TitleLanguageRole, "titleLanguage"},
    };
}

void MyActivitiesModel::setNow(const QDateTime &now)
{
    m_now = now;
    reload();
}

bool MyActivitiesModel::joinOccurrence(const QString &activityUid, const QString &occurrenceUid)
{
    QString error;
    const bool ok = m_store.joinOccurrence(activityUid, occurrenceUid, JoinStore::DefaultReminderMinutes, &error).has_value();
    return finish(ok, error);
}

bool MyActivitiesModel::joinSeries(const QString &activityUid)
{
    QString error;
    const bool ok = m_store.joinSeries(activityUid, JoinStore::DefaultReminderMinutes, &error).has_value();
    return finish(ok, error);
}

bool MyActivitiesModel::leave(const QString &token)
{
    QString error;
    const bool ok = m_store.leave(token, &error);
    return finish(ok, error);
}

bool MyActivitiesModel::setReminder(const QString &token, int minutes)
{
    QString error;
    const bool ok = m_store.setReminder(token, minutes, &error);
    return finish(ok, error);
}

QString MyActivitiesModel::tokenFor(const QString &activityUid, const QString &occurrenceUid) const
{
    const std::optional<Join> join = m_store.joinFor(activityUid, occurrenceUid);
    return join ? join->token : QString();
}

bool MyActivitiesModel::isCovered(const QString &activityUid, const QString &occurrenceUid) const
{
    return m_store.covering(activityUid, occurrenceUid).has_value();
}

QString MyActivitiesModel::reminderText(int minutes)
{
    if (minutes < 0)
        //: Reminder setting of a joined activity
        return tr("No reminder");
    if (minutes == 0)
        //: Reminder setting: at the moment the session starts
        return tr("When it starts");
    if (minutes % (24 * 60) == 0)
        //: Reminder setting
        return tr("%n day(s) before", nullptr, minutes / (24 * 60));
    if (minutes % 60 == 0)
        //: Reminder setting
        return tr("%n hour(s) before", nullptr, minutes / 60);
    //: Reminder setting
    return tr("%n minute(s) before", nullptr, minutes);
}

void MyActivitiesModel::reload()
{
    const qint64 now = (m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch();
    const QString language = CatalogueDetails::contentLanguage();
    const QList<JoinedSession> sessions = m_store.sessions(now, now + qint64(LookAheadDays) * 24 * 3600, language);
    QList<Row> rows;
    for (const Join &join : m_store.joins()) {
        Row row{join, {}, false};
        // Sessions come by start, so the first one this join covers is its next.
        const auto next = std::find_if(sessions.cbegin(), sessions.cend(), [&join](const JoinedSession &s) {
            return s.join.token == join.token;
        });
        if (next != sessions.cend()) {
            row.next = *next;
            row.upcoming = true;
        } else {
            row.next.activityUid = join.activityUid;
            row.next.occurrenceUid = join.occurrenceUid;
            row.next.title = m_store.activityTitle(join.activityUid, language, &row.next.titleLanguage);
            if (row.next.title.isEmpty())
                //: My activities: a joined activity that its organiser has since removed from the calendar
                row.next.title = tr("An activity no longer in the calendar");
        }
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.upcoming != b.upcoming)
            return a.upcoming;
        return a.next.start < b.next.start;
    });
    const int oldCount = int(m_rows.size());
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (oldCount != m_rows.size())
        Q_EMIT countChanged();
}

bool MyActivitiesModel::finish(bool ok, const QString &error)
{
    const QString message = ok ? QString() : error;
    if (message != m_error) {
        m_error = message;
        Q_EMIT errorStringChanged();
    }
    if (ok) {
        reload();
        ++m_revision;
        Q_EMIT revisionChanged();
    }
    return ok;
}

} // namespace Buurtplein
