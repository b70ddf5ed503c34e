// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace Buurtplein {

/**
 * Keeps secrets (the organisation token of an enrolled device) in the platform's secure
 * storage through qtkeychain: Secret Service or KWallet on Linux, the Keychain on macOS
 * and iOS, the Keystore on Android, the Credential Store on Windows. Where none answers,
 * the secret goes to a file only the user can read, and storage() says so, so the
 * enrolment page can tell the social worker. Every call answers with exactly one signal.
 */
class SecureTokenStore : public QObject
{
    Q_OBJECT

public:
    /** Where a secret was last found or put. */
    enum class Storage { None, Keychain, ProtectedFile };
    Q_ENUM(Storage)

    /** @p fallbackDirectory holds the protected files when no keychain answers. */
    explicit SecureTokenStore(const QString &fallbackDirectory, QObject *parent = nullptr);

    /** Tests and devices known to lack a keychain skip it and use the protected file. */
    void setKeychainEnabled(bool enabled) { m_keychainEnabled = enabled; }

    /** Stores @p secret under @p key; answers with stored(). */
    void store(const QString &key, const QString &secret);
    /** Reads the secret under @p key; answers with loaded(). */
    void load(const QString &key);
    /** Removes the secret under @p key from every storage; answers with erased(). */
    void erase(const QString &key);

    /** Where the last successful store() or load() found its secret. */
    Storage storage() const { return m_storage; }

Q_SIGNALS:
    void stored(const QString &key, bool ok, const QString &error);
    void loaded(const QString &key, const QString &secret, bool found, const QString &error);
    void erased(const QString &key, bool ok, const QString &error);

private:
    QString fallbackPath(const QString &key) const;
    bool writeFallback(const QString &key, const QString &secret, QString *error);
    bool readFallback(const QString &key, QString *secret) const;
    bool removeFallback(const QString &key, QString *error) const;

    QString m_directory;
    bool m_keychainEnabled = true;
    Storage m_storage = Storage::None;
};

} // namespace Buurtplein
