// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QQmlEngine>

#include "device/joinstore.h"

namespace Buurtplein {

/**
 * The resident's joins, one row per join: a session, or a whole series shown with its
 * next session. Upcoming first. Joining and leaving go through here so that every page
 * showing a Join button sees the change (the revision property).
 */
class MyActivitiesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppRoot as a singleton of Buurtplein.Resident")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    enum Role {
        TokenRole = Qt::UserRole + 1,
        ActivityUidRole,
        OccurrenceUidRole,
        TitleRole,
        PlaceRole,
        DayRole,
        TimeTextRole,
        StatusRole,
        SeriesRole,
        ReminderMinutesRole,
        UpcomingRole,
        TitleLanguageRole, ///< the language the title is in (BCP 47): its translation's or its original's
    };
    Q_ENUM(Role)

    /** How far ahead a series join looks for its next session. */
    static constexpr int LookAheadDays = 56;

    explicit MyActivitiesModel(JoinStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int revision() const { return m_revision; }
    QString errorString() const { return m_error; }
    void setNow(const QDateTime &now);

    Q_INVOKABLE bool joinOccurrence(const QString &activityUid, const QString &occurrenceUid);
    Q_INVOKABLE bool joinSeries(const QString &activityUid);
    Q_INVOKABLE bool leave(const QString &token);
    /** Minutes before the start, or -1 for no reminder. */
    Q_INVOKABLE bool setReminder(const QString &token, int minutes);
    /** The token of the join of exactly this session (or of the series for an empty @p occurrenceUid); empty when none. */
    Q_INVOKABLE QString tokenFor(const QString &activityUid, const QString &occurrenceUid = {}) const;
    /** True when this session is joined, on its own or through its series. */
    Q_INVOKABLE bool isCovered(const QString &activityUid, const QString &occurrenceUid) const;
    /** The join of exactly this session (or the series), for C++ callers. */
    std::optional<Join> joinOf(const QString &activityUid, const QString &occurrenceUid) const
    {
        return m_store.covering(activityUid, occurrenceUid);
    }
    /** "1 hour before", "No reminder", ... for a reminder setting. */
    Q_INVOKABLE static QString reminderText(int minutes);
    /** Reads the joins again. */
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void countChanged();
    void revisionChanged();
    void errorStringChanged();

private:
    struct Row {
        Join join;
        JoinedSession next;
        bool upcoming = false;
    };
    bool finish(bool ok, const QString &error);

    JoinStore &m_store;
    QList<Row> m_rows;
    QDateTime m_now;
    int m_revision = 0;
    QString m_error;
};

} // namespace Buurtplein
