// SPDX-License-Identifier: GPL-3.0-or-later
#include "resident/reminderservice.h"
#include "resident/cataloguedetails.h"
#include "device/devicesettings.h"
#include "resident/discreetcontroller.h"
#include "device/joinstore.h"
#include "platform/notifier.h"
#include "device/reminderplanner.h"
#include "storage/connectionworker.h"

namespace Buurtplein {

namespace {
// Reminders can be set up to four weeks ahead (JoinStore::isValidReminder).
constexpr qint64 lookAheadSecs = 29 * 24 * 3600;
} // namespace

ReminderService::ReminderService(ConnectionWorker &worker, DiscreetController &discreet, Notifier *notifier,
                                 QObject *parent)
    : QObject(parent)
    , m_worker(worker)
    , m_discreet(discreet)
    , m_notifier(notifier)
{
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &ReminderService::check);
    if (m_notifier)
        connect(m_notifier, &Notifier::notified, this, &ReminderService::show);
}

void ReminderService::setNow(const QDateTime &now)
{
    m_clockOffset = now.isValid() ? now.toSecsSinceEpoch() - QDateTime::currentSecsSinceEpoch() : 0;
}

void ReminderService::start()
{
    check();
    m_timer.start();
}

void ReminderService::check()
{
    const qint64 now = nowUtc();
    const QString language = CatalogueDetails::contentLanguage();
    const bool discreet = m_discreet.isEnabled();
    m_worker.run<QList<Reminder>>(
        [now, language, discreet](QSqlDatabase db) {
            DeviceSettings settings(db);
            // The first run shows nothing from the past: it starts counting from now.
            bool known = false;
            const qint64 since = settings.value(SettingKey::remindersShownUntil).toLongLong(&known);
            const qint64 from = known ? std::min(since, now) : now;
            const QList<JoinedSession> sessions = JoinStore(db).sessions(from, now + lookAheadSecs, language);
            settings.setValue(SettingKey::remindersShownUntil, QString::number(now));
            return ReminderPlanner::due(sessions, now, from, discreet);
        },
        this,
        [this](const QList<Reminder> &due) {
            for (const Reminder &reminder : due) {
                if (m_notifier)
                    m_notifier->notify(reminder.title, reminder.text);
                else
                    show(reminder.title, reminder.text);
            }
            Q_EMIT checked(int(due.size()));
        });
}

void ReminderService::dismiss()
{
    show({}, {});
}

qint64 ReminderService::nowUtc() const
{
    if (m_clock)
        return m_clock();
    return QDateTime::currentSecsSinceEpoch() + m_clockOffset;
}

void ReminderService::show(const QString &title, const QString &text)
{
    if (title == m_title && text == m_text)
        return;
    m_title = title;
    m_text = text;
    Q_EMIT bannerChanged();
}

} // namespace Buurtplein
