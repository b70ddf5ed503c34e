// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QQmlEngine>

#include "search/searchquery.h"

#include <optional>

namespace Buurtplein {

/**
 * Sessions found in the catalogue, one row each, with what a list row shows: time, title,
 * place, distance from the resident, category, languages, cost and status. The home page
 * and the search page fill it in their own way.
 */
class OccurrenceListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A base of UpcomingModel and SearchModel")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    Q_PROPERTY(bool hasOrigin READ hasOrigin NOTIFY originChanged)

public:
    enum Role {
        TitleRole = Qt::UserRole + 1,
        PlaceRole,
        StartRole,
        EndRole,
        TimeTextRole,
        DayRole,
        CategoryRole,
        LanguagesRole,
        FreeRole,
        StatusRole,
        OccurrenceUidRole,
        ActivityUidRole,
        PlaceUidRole,
        CostTextRole,
        DistanceRole,
        DistanceTextRole,
        TitleLanguageRole, ///< the language the title is in (BCP 47): its translation's or its original's
        ReasonRole,        ///< why it was cancelled or moved; for a skipped date the holiday's name
    };
    Q_ENUM(Role)

    explicit OccurrenceListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString errorString() const { return m_error; }
    bool hasOrigin() const { return m_origin.has_value(); }

    /** Where distances are measured from (the resident's position or chosen area); none clears them. */
    void setOrigin(std::optional<SearchQuery::Near> origin);
    std::optional<SearchQuery::Near> origin() const { return m_origin; }

    /** "Vandaag", "Morgen" or the weekday and date of @p day, seen from @p today. */
    static QString dayLabel(const QDate &day, const QDate &today);

Q_SIGNALS:
    void countChanged();
    void errorStringChanged();
    void originChanged();

protected:
    /** Replaces the rows; @p today names the day headings. */
    void setRows(const QList<SearchResult> &rows, const QDate &today, const QString &error);
    const QList<SearchResult> &rows() const { return m_rows; }

private:
    double distanceOf(const SearchResult &row) const;

    QList<SearchResult> m_rows;
    QDate m_today;
    QString m_error;
    std::optional<SearchQuery::Near> m_origin;
};

} // namespace Buurtplein
