// SPDX-License-Identifier: GPL-3.0-or-later
#include "device/devicesettings.h"
#include "storage/database.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcSettings, "buurtplein.device.settings")

namespace Buurtplein {

DeviceSettings::DeviceSettings(QSqlDatabase db)
    : m_db(db)
{
}

QString DeviceSettings::value(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM device_setting WHERE key = ?"));
    q.bindValue(0, key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

bool DeviceSettings::contains(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM device_setting WHERE key = ?"));
    q.bindValue(0, key);
    return q.exec() && q.next();
}

bool DeviceSettings::setValue(const QString &key, const QString &value)
{
    Q_ASSERT(!key.isEmpty());
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
