// SPDX-License-Identifier: GPL-3.0-or-later
#include "resident/discreetcontroller.h"

namespace Buurtplein {

DiscreetController::DiscreetController(DeviceSettings &settings, QObject *parent)
    : QObject(parent)
    , m_mode(settings)
{
}

bool DiscreetController::enable(const QString &pin)
{
    QString error;
    const bool ok = m_mode.enable(pin, &error);
    m_unlocked = false;
    return finish(ok, error);
}

bool DiscreetController::disable(const QString &pin)
{
    QString error;
    const bool ok = m_mode.disable(pin, &error);
    return finish(ok, error);
}

bool DiscreetController::unlock(const QString &pin)
{
    const bool ok = m_mode.checkPin(pin);
    m_unlocked = ok;
    //: Shown when the PIN typed to open My activities is not the discreet-mode PIN
    return finish(ok, tr("That PIN is not right."));
}

void DiscreetController::lock()
{
    if (!m_unlocked)
        return;
    m_unlocked = false;
    Q_EMIT changed();
}

bool DiscreetController::isValidPin(const QString &pin)
{
    return DiscreetPin::isValid(pin);
}

bool DiscreetController::finish(bool ok, const QString &error)
{
    m_error = ok ? QString() : error;
    Q_EMIT changed();
    return ok;
}

} // namespace Buurtplein
