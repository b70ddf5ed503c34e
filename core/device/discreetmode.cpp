// SPDX-License-Identifier: GPL-3.0-or-later
#include "device/discreetmode.h"
#include "device/devicesettings.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>

#include <algorithm>

namespace Buurtplein {

namespace DiscreetPin {

bool isValid(const QString &pin)
{
    if (pin.size() < 4 || pin.size() > 8)
        return false;
    return std::all_of(pin.begin(), pin.end(), [](QChar c) { return c.category() == QChar::Number_DecimalDigit; });
}

QByteArray hash(const QString &pin, const QByteArray &salt)
{
    // A keyboard in Arabic gives Arabic-Indic digits: the same PIN whichever digits typed it.
    QByteArray digits;
    for (const QChar c : pin)
        digits.append(c.digitValue() >= 0 ? char('0' + c.digitValue()) : '?');
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, digits, salt, Iterations, 32);
}

QByteArray newSalt()
{
    quint32 words[SaltBytes / 4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words);
}

} // namespace DiscreetPin

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Compares every byte, so the time taken does not tell how much of a guess was right.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

DiscreetMode::DiscreetMode(DeviceSettings &settings)
    : m_settings(settings)
{
}

bool DiscreetMode::isEnabled() const
{
    return m_settings.value(SettingKey::discreetEnabled) == QLatin1String("1")
        && !m_settings.value(SettingKey::discreetPinHash).isEmpty();
}

bool DiscreetMode::enable(const QString &pin, QString *error)
{
    if (isEnabled())
        //: Shown when discreet mode is switched on while it is already on.
        return fail(error, QCoreApplication::translate("DiscreetMode", "Discreet mode is already on."));
    if (!DiscreetPin::isValid(pin))
        //: The PIN that protects discreet mode.
        return fail(error, QCoreApplication::translate("DiscreetMode", "Choose a PIN of 4 to 8 digits."));
    const QByteArray salt = DiscreetPin::newSalt();
    // "enabled" is written last: a write that fails half-way leaves discreet mode off.
    const bool saved = m_settings.setValue(SettingKey::discreetPinSalt, QString::fromLatin1(salt.toHex()))
        && m_settings.setValue(SettingKey::discreetPinHash, QString::fromLatin1(DiscreetPin::hash(pin, salt).toHex()))
        && m_settings.setValue(SettingKey::discreetEnabled, QStringLiteral("1"));
    if (!saved)
        return fail(error, QCoreApplication::translate("DiscreetMode", "Could not save the PIN on this device."));
    return true;
}

bool DiscreetMode::disable(const QString &pin, QString *error)
{
    if (!isEnabled())
        return true;
    if (!checkPin(pin))
        //: Shown when the PIN typed to leave discreet mode is not the right one.
        return fail(error, QCoreApplication::translate("DiscreetMode", "That PIN is not right."));
    const bool removed = m_settings.remove(SettingKey::discreetEnabled)
        && m_settings.remove(SettingKey::discreetPinHash)
        && m_settings.remove(SettingKey::discreetPinSalt);
    if (!removed)
        return fail(error, QCoreApplication::translate("DiscreetMode", "Could not switch discreet mode off on this device."));
    return true;
}

bool DiscreetMode::checkPin(const QString &pin) const
{
    if (!isEnabled() || !DiscreetPin::isValid(pin))
        return false;
    const QByteArray salt = QByteArray::fromHex(m_settings.value(SettingKey::discreetPinSalt).toLatin1());
    const QByteArray stored = QByteArray::fromHex(m_settings.value(SettingKey::discreetPinHash).toLatin1());
    return !salt.isEmpty() && sameBytes(DiscreetPin::hash(pin, salt), stored);
}

} // namespace Buurtplein
