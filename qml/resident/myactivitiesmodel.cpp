// SPDX-License-Identifier: GPL-3.0-or-later
#include "resident/myactivitiesmodel.h"
#include "common/amsterdamtime.h"
#include "resident/cataloguedetails.h"
#include "common/occurrencelistmodel.h"
#include "storage/connectionworker.h"

#include <algorithm>

namespace Buurtplein {

MyActivitiesModel::MyActivitiesModel(ConnectionWorker &worker, QObject *parent)
    : QAbstractListModel(parent)
    , m_worker(worker)
{
    reload();
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
    const QDate today = now().toTimeZone(AmsterdamTime::zone()).date();
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

QDateTime MyActivitiesModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void MyActivitiesModel::setNow(const QDateTime &now)
{
    m_now = now;
    reload();
}

void MyActivitiesModel::joinOccurrence(const QString &activityUid, const QString &occurrenceUid)
{
    write([activityUid, occurrenceUid](JoinStore &store, QString *error) {
        return store.joinOccurrence(activityUid, occurrenceUid, JoinStore::DefaultReminderMinutes, error).has_value();
    });
}

void MyActivitiesModel::joinSeries(const QString &activityUid)
{
    write([activityUid](JoinStore &store, QString *error) {
        return store.joinSeries(activityUid, JoinStore::DefaultReminderMinutes, error).has_value();
    });
}

void MyActivitiesModel::leave(const QString &token)
{
    write([token](JoinStore &store, QString *error) { return store.leave(token, error); });
}

void MyActivitiesModel::setReminder(const QString &token, int minutes)
{
    write([token, minutes](JoinStore &store, QString *error) { return store.setReminder(token, minutes, error); });
}

QString MyActivitiesModel::tokenFor(const QString &activityUid, const QString &occurrenceUid) const
{
    const std::optional<Join> join = JoinStore::joinIn(m_joins, activityUid, occurrenceUid);
    return join ? join->token : QString();
}

bool MyActivitiesModel::isCovered(const QString &activityUid, const QString &occurrenceUid) const
{
    return JoinStore::coveringIn(m_joins, activityUid, occurrenceUid).has_value();
}

std::optional<Join> MyActivitiesModel::joinOf(const QString &activityUid, const QString &occurrenceUid) const
{
    return JoinStore::coveringIn(m_joins, activityUid, occurrenceUid);
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
    const qint64 now = this->now().toSecsSinceEpoch();
    const QString language = CatalogueDetails::contentLanguage();
    m_worker.run<State>([now, language](QSqlDatabase db) { return read(db, now, language); }, this,
                        [this](const State &state) { apply(state); });
}

void MyActivitiesModel::write(std::function<bool(JoinStore &, QString *)> change)
{
    const qint64 now = this->now().toSecsSinceEpoch();
    const QString language = CatalogueDetails::contentLanguage();
    if (m_pending++ == 0)
        Q_EMIT busyChanged();
    m_worker.run<State>(
        [change = std::move(change), now, language](QSqlDatabase db) {
            JoinStore store(db);
            QString error;
            if (!change(store, &error)) {
                State refused;
                refused.ok = false;
                refused.error = error;
                return refused;
            }
            return read(db, now, language);
        },
        this,
        [this](const State &state) {
            const QString message = state.ok ? QString() : state.error;
            if (message != m_error) {
                m_error = message;
                Q_EMIT errorStringChanged();
            }
            if (state.ok)
                apply(state);
            if (--m_pending == 0)
                Q_EMIT busyChanged();
            Q_EMIT written(state.ok);
        });
}

MyActivitiesModel::State MyActivitiesModel::read(const QSqlDatabase &db, qint64 now, const QString &language)
{
    const JoinStore store(db);
    State state;
    const QList<JoinedSession> sessions = store.sessions(now, now + qint64(LookAheadDays) * 24 * 3600, language);
    state.joins = store.joins();
    for (const Join &join : std::as_const(state.joins)) {
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
            row.next.title = store.activityTitle(join.activityUid, language, &row.next.titleLanguage);
            if (row.next.title.isEmpty())
                //: My activities: a joined activity that its organiser has since removed from the calendar
                row.next.title = tr("An activity no longer in the calendar");
        }
        state.rows.append(row);
    }
    std::stable_sort(state.rows.begin(), state.rows.end(), [](const Row &a, const Row &b) {
        if (a.upcoming != b.upcoming)
            return a.upcoming;
        return a.next.start < b.next.start;
    });
    return state;
}

void MyActivitiesModel::apply(const State &state)
{
    const bool joinsChanged = state.joins.size() != m_joins.size()
        || !std::equal(state.joins.cbegin(), state.joins.cend(), m_joins.cbegin(), [](const Join &a, const Join &b) {
               return a.token == b.token && a.reminderMinutes == b.reminderMinutes;
           });
    m_joins = state.joins;
    const int oldCount = int(m_rows.size());
    beginResetModel();
    m_rows = state.rows;
    endResetModel();
    if (oldCount != m_rows.size())
        Q_EMIT countChanged();
    // The joins changed under the pages (their first read, or another writer): their buttons follow.
    if (joinsChanged) {
        ++m_revision;
        Q_EMIT revisionChanged();
    }
}

} // namespace Buurtplein
