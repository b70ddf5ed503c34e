// SPDX-License-Identifier: GPL-3.0-or-later
#include "upcomingmodel.h"

#include <QLocale>
#include <QTimeZone>

namespace Buurtplein {

namespace {
const QTimeZone &amsterdam()
{
    static const QTimeZone zone("Europe/Amsterdam");
    return zone;
}

QDateTime local(qint64 utcSecs)
{
    return QDateTime::fromSecsSinceEpoch(utcSecs, amsterdam());
}
} // namespace

UpcomingModel::UpcomingModel(QSqlDatabase db, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(db)
{
}

int UpcomingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant UpcomingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchResult &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return r.title;
    case PlaceRole:
        return r.placeName;
    case StartRole:
        return local(r.start);
    case EndRole:
        return local(r.end);
    case TimeTextRole:
        // Dutch clocks are 24-hour whatever the system locale; "10:00–12:00".
        return local(r.start).time().toString(QStringLiteral("HH:mm")) + QStringLiteral("–")
            + local(r.end).time().toString(QStringLiteral("HH:mm"));
    case DayRole:
        return dayLabel(local(r.start).date(), m_today);
    case CategoryRole:
        return r.category;
    case LanguagesRole:
        return r.languages;
    case FreeRole:
        return r.costCents == 0;
    case StatusRole:
        return r.status;
    case OccurrenceUidRole:
        return r.occurrenceUid;
    }
    return {};
}

QHash<int, QByteArray> UpcomingModel::roleNames() const
{
    return {
        {TitleRole, "title"},
        {PlaceRole, "place"},
        {StartRole, "start"},
        {EndRole, "end"},
        {TimeTextRole, "timeText"},
        {DayRole, "day"},
        {CategoryRole, "category"},
        {LanguagesRole, "languages"},
        {FreeRole, "free"},
        {StatusRole, "status"},
        {OccurrenceUidRole, "occurrenceUid"},
    };
}

void UpcomingModel::setDays(int days)
{
    if (days == m_days || days < 1)
        return;
    m_days = days;
    Q_EMIT daysChanged();
    reload();
}

void UpcomingModel::reload(const QDateTime &now)
{
    const QDateTime from = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    SearchQuery query;
    query.from = from;
    query.to = from.addDays(m_days);
    query.limit = 500;
    QString error;
    const QList<SearchResult> rows = Search::run(m_db, query, &error);
    const int oldCount = int(m_rows.size());
    beginResetModel();
    m_rows = rows;
    m_today = from.toTimeZone(amsterdam()).date();
    endResetModel();
    if (oldCount != m_rows.size())
        Q_EMIT countChanged();
    if (error != m_error) {
        m_error = error;
        Q_EMIT errorStringChanged();
    }
}

QString UpcomingModel::dayLabel(const QDate &day, const QDate &today)
{
    if (day == today)
        return tr("Today");
    if (day == today.addDays(1))
        return tr("Tomorrow");
    //: Day heading in the list of this week's activities, e.g. "Thursday 26 November"
    return QLocale().toString(day, QStringLiteral("dddd d MMMM"));
}

} // namespace Buurtplein
