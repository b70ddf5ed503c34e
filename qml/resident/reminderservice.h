// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

#include <functional>

namespace Buurtplein {

class ConnectionWorker;
class DiscreetController;
class Notifier;

/**
 * Reminds the resident of joined sessions while the app runs: once a minute it asks
 * ReminderPlanner which reminders fell due since the last check, hands each to the
 * platform's Notifier, and shows the latest in an in-app banner. The joins and the
 * moment reminded up to are read and written by a ConnectionWorker, off the UI thread.
 */
class ReminderService : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppRoot as a singleton of Buurtplein.Resident")
    Q_PROPERTY(QString title READ title NOTIFY bannerChanged)
    Q_PROPERTY(QString text READ text NOTIFY bannerChanged)
    Q_PROPERTY(bool showing READ isShowing NOTIFY bannerChanged)

public:
    ReminderService(ConnectionWorker &worker, DiscreetController &discreet, Notifier *notifier,
                    QObject *parent = nullptr);

    QString title() const { return m_title; }
    QString text() const { return m_text; }
    bool isShowing() const { return !m_title.isEmpty(); }

    /** The clock starts at @p now (the app's --now) and runs on from there. */
    void setNow(const QDateTime &now);
    /** Where "now" comes from, in seconds since the epoch (tests step it by hand); replaces setNow(). */
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    /** Starts the once-a-minute check. */
    void start();

    /** Checks for due reminders now; checked() says how many were shown. */
    Q_INVOKABLE void check();
    Q_INVOKABLE void dismiss();

Q_SIGNALS:
    void bannerChanged();
    /** A check is done: @p shown reminders were handed to the notifier. */
    void checked(int shown);

private:
    qint64 nowUtc() const;
    void show(const QString &title, const QString &text);

    ConnectionWorker &m_worker;
    DiscreetController &m_discreet;
    Notifier *m_notifier;
    QTimer m_timer;
    qint64 m_clockOffset = 0;
    std::function<qint64()> m_clock;
    QString m_title;
    QString m_text;
};

} // namespace Buurtplein
