// SPDX-License-Identifier: GPL-3.0-or-later
#include "device/devicesettings.h"
#include "storage/connectionworker.h"
#include "storage/database.h"

#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

Q_LOGGING_CATEGORY(lcSettings, "buurtplein.device.settings")

namespace Buurtplein {

/** The writes queued behind and not yet stored: shared with the worker's thread. */
struct DeviceSettings::Pending {
    struct Write {
        quint64 number = 0;
        std::optional<QString> value; ///< nullopt: removed
    };
    QMutex mutex;
    quint64 lastNumber = 0;
    QHash<QString, Write> writes;

    /** Queues @p value for @p key (nullopt: remove) and returns the write's number. */
    quint64 queue(const QString &key, std::optional<QString> value)
    {
        QMutexLocker lock(&mutex);
        writes.insert(key, Write{++lastNumber, std::move(value)});
        return lastNumber;
    }
    /** Write @p number of @p key is stored: the database answers for it again, unless a newer write waits. */
    void stored(const QString &key, quint64 number)
    {
        QMutexLocker lock(&mutex);
        const auto it = writes.constFind(key);
        if (it != writes.cend() && it->number == number)
            writes.erase(it);
    }
    /** The queued write of @p key, if any. */
    std::optional<Write> find(const QString &key)
    {
        QMutexLocker lock(&mutex);
        const auto it = writes.constFind(key);
        return it == writes.cend() ? std::nullopt : std::optional<Write>(*it);
    }
};

DeviceSettings::DeviceSettings(QSqlDatabase db)
    : m_db(db)
{
}

DeviceSettings::~DeviceSettings() = default;

void DeviceSettings::writeBehind(ConnectionWorker *worker)
{
    m_worker = worker;
    if (m_worker && !m_pending)
        m_pending = std::make_shared<Pending>();
}

QString DeviceSettings::value(const QString &key, const QString &fallback) const
{
    if (m_pending) {
        if (const auto queued = m_pending->find(key))
            return queued->value.value_or(fallback);
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM device_setting WHERE key = ?"));
    q.bindValue(0, key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

bool DeviceSettings::contains(const QString &key) const
{
    if (m_pending) {
        if (const auto queued = m_pending->find(key))
            return queued->value.has_value();
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM device_setting WHERE key = ?"));
    q.bindValue(0, key);
    return q.exec() && q.next();
}

bool DeviceSettings::setValue(const QString &key, const QString &value)
{
    Q_ASSERT(!key.isEmpty());
    if (m_worker) {
        const quint64 number = m_pending->queue(key, value.isNull() ? QStringLiteral("") : value);
        m_worker->post([pending = m_pending, key, value, number](QSqlDatabase db) {
            DeviceSettings(db).setValue(key, value);
            pending->stored(key, number);
        });
        return true;
    }
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO device_setting (key, value) VALUES (:key, :value) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bindValue(QStringLiteral(":key"), key);
    // A null QString binds as NULL, which the NOT NULL column refuses.
    q.bindValue(QStringLiteral(":value"), value.isNull() ? QStringLiteral("") : value);
    if (!tx.isActive() || !q.exec() || !tx.commit()) {
        qCWarning(lcSettings) << "cannot save setting" << key << q.lastError().text();
        return false;
    }
    return true;
}

bool DeviceSettings::remove(const QString &key)
{
    if (m_worker) {
        const quint64 number = m_pending->queue(key, std::nullopt);
        m_worker->post([pending = m_pending, key, number](QSqlDatabase db) {
            DeviceSettings(db).remove(key);
            pending->stored(key, number);
        });
        return true;
    }
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM device_setting WHERE key = ?"));
    q.bindValue(0, key);
    if (!tx.isActive() || !q.exec() || !tx.commit()) {
        qCWarning(lcSettings) << "cannot remove setting" << key << q.lastError().text();
        return false;
    }
    return true;
}

} // namespace Buurtplein
