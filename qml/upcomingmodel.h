// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QQmlEngine>
#include <QSqlDatabase>

#include "searchquery.h"

namespace Buurtplein {

/** The occurrences of the coming days in the device's catalogue, by start, for the home page. */
class UpcomingModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppContext")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int days READ days WRITE setDays NOTIFY daysChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

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
    };
    Q_ENUM(Role)

    explicit UpcomingModel(QSqlDatabase db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int days() const { return m_days; }
    void setDays(int days);
    QString errorString() const { return m_error; }

    /** Reads the coming days again from the catalogue, starting at @p now (the current time when invalid). */
    Q_INVOKABLE void reload(const QDateTime &now = {});

    /** "Vandaag", "Morgen" or the weekday and date of @p day, seen from @p today. */
    static QString dayLabel(const QDate &day, const QDate &today);

Q_SIGNALS:
    void countChanged();
    void daysChanged();
    void errorStringChanged();

private:
    QSqlDatabase m_db;
    QList<SearchResult> m_rows;
    QDate m_today;
    int m_days = 7;
    QString m_error;
};

} // namespace Buurtplein
