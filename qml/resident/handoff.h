// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QString>

namespace Buurtplein {

class ConnectionWorker;
class MyActivitiesModel;

/**
 * What leaves the app for another one on the device: an activity to the calendar app, a
 * route to the maps app. QML reads it as the singleton Handoff.
 */
class Handoff : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Handoff is the app's one Handoff")

public:
    /**
     * Reads activities and writes files through @p worker (off the UI thread); the
     * resident's joins (for the reminder and the whole series) come from @p joins.
     */
    Handoff(ConnectionWorker &worker, MyActivitiesModel *joins, QObject *parent = nullptr);

    /**
     * Writes an .ics of the activity (or of one session; the whole series when the resident
     * joined every time) with a reminder into Documents/Buurtplein, named after the
     * activity, and hands it to the platform's calendar. The file is written off the UI
     * thread: calendarFileWritten() says where, actionFailed() when it cannot be written or
     * no calendar app took it (the message then says where the file is).
     */
    Q_INVOKABLE void addToCalendar(const QString &activityUid, const QString &occurrenceUid = {});
    /** The file the last addToCalendar() wrote. */
    QString lastCalendarFile() const { return m_lastCalendarFile; }
    /** Opens the platform's maps app with a route to (@p lat, @p lon). */
    Q_INVOKABLE bool openRoute(double lat, double lon, const QString &label);

Q_SIGNALS:
    /** A sentence for the resident when an action that leaves the app failed. */
    void actionFailed(const QString &message);
    /** addToCalendar() wrote the activity to @p path. */
    void calendarFileWritten(const QString &path);

private:
    ConnectionWorker &m_worker;
    MyActivitiesModel *m_joins;
    QString m_lastCalendarFile;
};

} // namespace Buurtplein
