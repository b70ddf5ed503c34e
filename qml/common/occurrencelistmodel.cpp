// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/occurrencelistmodel.h"
#include "common/amsterdamtime.h"
#include "search/geodistance.h"
#include "common/terms.h"

#include <QLocale>

namespace Buurtplein {

OccurrenceListModel::OccurrenceListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int OccurrenceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant OccurrenceListModel::data(const QModelIndex &index, int role) const
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
        return AmsterdamTime::local(r.start);
    case EndRole:
        return AmsterdamTime::local(r.end);
    case TimeTextRole:
        return AmsterdamTime::timeRange(r.start, r.end);
    case DayRole:
        return dayLabel(AmsterdamTime::local(r.start).date(), m_today);
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
    case ActivityUidRole:
        return r.activityUid;
    case PlaceUidRole:
        return r.placeUid;
    case CostTextRole:
        return Terms::costText(r.costCents);
    case DistanceRole:
        return distanceOf(r);
    case DistanceTextRole:
        return Terms::distanceText(distanceOf(r));
    case TitleLanguageRole:
        return r.titleLanguage;
    case ReasonRole:
        return r.reason;
    }
    return {};
}

QHash<int, QByteArray> OccurrenceListModel::roleNames() const
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
        {ReasonRole, "reason"},
        {OccurrenceUidRole, "occurrenceUid"},
        {ActivityUidRole, "activityUid"},
        {PlaceUidRole, "placeUid"},
        {CostTextRole, "costText"},
        {DistanceRole, "distance"},
        {DistanceTextRole, "distanceText"},
        {TitleLanguageRole, "titleLanguage"},
    };
}

void OccurrenceListModel::setOrigin(std::optional<SearchQuery::Near> origin)
{
    const bool same = origin.has_value() == m_origin.has_value()
        && (!origin || (origin->lat == m_origin->lat && origin->lon == m_origin->lon));
    if (same)
        return;
    m_origin = origin;
    Q_EMIT originChanged();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {DistanceRole, DistanceTextRole});
}

QString OccurrenceListModel::dayLabel(const QDate &day, const QDate &today)
{
    if (day == today)
        //: Day heading in a list of sessions
        return tr("Today");
    if (day == today.addDays(1))
        //: Day heading in a list of sessions
        return tr("Tomorrow");
    //: Day heading in the list of this week's activities, e.g. "Thursday 26 November"
    return QLocale().toString(day, QStringLiteral("dddd d MMMM"));
}

void OccurrenceListModel::setRows(const QList<SearchResult> &rows, const QDate &today, const QString &error)
{
    const int oldCount = int(m_rows.size());
    beginResetModel();
    m_rows = rows;
    m_today = today;
    endResetModel();
    if (oldCount != m_rows.size())
        Q_EMIT countChanged();
    if (error != m_error) {
        m_error = error;
        Q_EMIT errorStringChanged();
    }
}

double OccurrenceListModel::distanceOf(const SearchResult &row) const
{
    if (row.distanceMetres >= 0)
        return row.distanceMetres;
    if (!m_origin || !row.hasCoordinates)
        return -1;
    return GeoDistance::metres(m_origin->lat, m_origin->lon, row.lat, row.lon);
}

} // namespace Buurtplein
