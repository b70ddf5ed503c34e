// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Buurtplein {

class DeviceSettings;

/** The PIN of discreet mode: what a valid one is and how it is hashed. */
namespace DiscreetPin {
/** PBKDF2 rounds: slow enough to make guessing every PIN from a copied database costly. */
constexpr int Iterations = 100000;
/** Bytes of random salt per PIN. */
constexpr int SaltBytes = 16;

/** True for 4 to 8 digits (any script's decimal digits, e.g. Arabic-Indic). */
bool isValid(const QString &pin);
/** PBKDF2-HMAC-SHA256 of @p pin (its digits as ASCII) with @p salt, 32 bytes. */
QByteArray hash(const QString &pin, const QByteArray &salt);
/** A new random salt from the system's generator. */
QByteArray newSalt();
} // namespace DiscreetPin

/**
 * Discreet mode (SPEC privacy 7): behind a PIN, "my activities" is hidden and reminders
 * are neutral. Only a salted hash of the PIN is stored, in the device settings.
 */
class DiscreetMode
{
public:
    explicit DiscreetMode(DeviceSettings &settings);

    /** True while discreet mode is on. */
    bool isEnabled() const;
    /** Turns discreet mode on with @p pin; refused (with @p error) for an invalid PIN or when it is already on. */
    bool enable(const QString &pin, QString *error);
    /** Turns discreet mode off; refused (with @p error) for a wrong PIN. */
    bool disable(const QString &pin, QString *error);
    /** True when discreet mode is on and @p pin is its PIN. */
    bool checkPin(const QString &pin) const;

private:
    DeviceSettings &m_settings;
};

} // namespace Buurtplein
