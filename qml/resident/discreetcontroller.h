// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>

#include "device/discreetmode.h"

namespace Buurtplein {

/**
 * Discreet mode as the pages see it: when on, My activities stays locked until the PIN
 * is entered, and locks again when the app leaves the page or quick-exits.
 */
class DiscreetController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppRoot as a singleton of Buurtplein.Resident")
    Q_PROPERTY(bool enabled READ isEnabled NOTIFY changed)
    Q_PROPERTY(bool locked READ isLocked NOTIFY changed)
    Q_PROPERTY(QString errorString READ errorString NOTIFY changed)

public:
    explicit DiscreetController(DeviceSettings &settings, QObject *parent = nullptr);

    bool isEnabled() const { return m_mode.isEnabled(); }
    bool isLocked() const { return isEnabled() && !m_unlocked; }
    QString errorString() const { return m_error; }

    /** Turns discreet mode on with a new PIN (4 to 8 digits). */
    Q_INVOKABLE bool enable(const QString &pin);
    /** Turns discreet mode off; needs the PIN. */
    Q_INVOKABLE bool disable(const QString &pin);
    /** Opens My activities until lock(); false for a wrong PIN. */
    Q_INVOKABLE bool unlock(const QString &pin);
    Q_INVOKABLE void lock();
    /** True for a PIN discreet mode accepts. */
    Q_INVOKABLE static bool isValidPin(const QString &pin);

Q_SIGNALS:
    void changed();

private:
    bool finish(bool ok, const QString &error);

    DiscreetMode m_mode;
    bool m_unlocked = false;
    QString m_error;
};

} // namespace Buurtplein
