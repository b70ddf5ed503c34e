// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QQmlEngine>

#include "device/joinstore.h"

#include <functional>

namespace Buurtplein {

class ConnectionWorker;

/**
 * The resident's joins, one row per join: a session, or a whole series shown with its
 * next session. Upcoming first. Joining and leaving go through here so that every page
 * showing a Join button sees the change (the revision property).
 *
 * Nothing here waits on the database on the UI thread: joins, leaves and reminder
 * changes are written, and the list read, by a ConnectionWorker (a write can wait up to
 * the busy timeout while the sync installs a catalogue). The model keeps the joins
 * themselves in memory, so the Join buttons of a page ask no query. A write's outcome
 * arrives later: busy is true meanwhile, then written() says whether it was stored
 * (errorString says why not) and revision moves on.
 */
class MyActivitiesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppRoot as a singleton of Buurtplein.Resident")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

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

    /** Reads and writes the joins through @p worker; the first read is asked at once. */
    explicit MyActivitiesModel(ConnectionWorker &worker, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int revision() const { return m_revision; }
    QString errorString() const { return m_error; }
    /** True while a join, leave or reminder change is on its way to the database. */
    bool isBusy() const { return m_pending > 0; }
    void setNow(const QDateTime &now);

    Q_INVOKABLE void joinOccurrence(const QString &activityUid, const QString &occurrenceUid);
    Q_INVOKABLE void joinSeries(const QString &activityUid);
    Q_INVOKABLE void leave(const QString &token);
    /** Minutes before the start, or -1 for no reminder. */
    Q_INVOKABLE void setReminder(const QString &token, int minutes);
    /** The token of the join of exactly this session (or of the series for an empty @p occurrenceUid); empty when none. */
    Q_INVOKABLE QString tokenFor(const QString &activityUid, const QString &occurrenceUid = {}) const;
    /** True when this session is joined, on its own or through its series. */
    Q_INVOKABLE bool isCovered(const QString &activityUid, const QString &occurrenceUid) const;
    /** The join of exactly this session (or the series), for C++ callers. */
    std::optional<Join> joinOf(const QString &activityUid, const QString &occurrenceUid) const;
    /** "1 hour before", "No reminder", ... for a reminder setting. */
    Q_INVOKABLE static QString reminderText(int minutes);
    /** Reads the joins again. */
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void countChanged();
    void revisionChanged();
    void errorStringChanged();
    void busyChanged();
    /** A join, leave or reminder change was stored (@p ok) or refused (errorString says why). */
    void written(bool ok);

private:
    struct Row {
        Join join;
        JoinedSession next;
        bool upcoming = false;
    };
    /** What the worker read: every join (newest first) and the rows, upcoming first. */
    struct State {
        bool ok = true;
        QString error;
        QList<Join> joins;
        QList<Row> rows;
    };
    /** The moment the list is read for: setNow()'s, else the clock's. */
    QDateTime now() const;
    /** Reads the joins and their next sessions in @p language from @p db (on the worker's thread). */
    static State read(const QSqlDatabase &db, qint64 now, const QString &language);
    /** Runs @p change on the worker's connection, then reads the rows again. */
    void write(std::function<bool(JoinStore &, QString *)> change);
    void apply(const State &state);

    ConnectionWorker &m_worker;
    QList<Join> m_joins;
    QList<Row> m_rows;
    int m_pending = 0;
    QDateTime m_now;
    int m_revision = 0;
    QString m_error;
};

} // namespace Buurtplein
