// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/securetokenstore.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "buurtplein.platform.secrets", QtInfoMsg)

namespace Buurtplein {

namespace {

const QString service = QStringLiteral("buurtplein");

// Errors that mean "there is no keychain here", as opposed to "the keychain refused".
bool keychainMissing(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError;
}

} // namespace

SecureTokenStore::SecureTokenStore(const QString &fallbackDirectory, QObject *parent)
    : QObject(parent)
    , m_directory(fallbackDirectory)
{
}

void SecureTokenStore::store(const QString &key, const QString &secret)
{
    auto storeInFile = [this, key, secret] {
        QString error;
        const bool ok = writeFallback(key, secret, &error);
        if (ok)
            m_storage = Storage::ProtectedFile;
        Q_EMIT stored(key, ok, error);
    };
    if (!m_keychainEnabled) {
        storeInFile();
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(service, this);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, key, storeInFile](QKeychain::Job *done) {
        if (done->error() == QKeychain::NoError) {
            QString ignored;
            removeFallback(key, &ignored); // an older copy must not outlive the keychain's
            m_storage = Storage::Keychain;
            Q_EMIT stored(key, true, QString());
        } else if (keychainMissing(done->error())) {
            qCInfo(lcSecrets) << "no keychain answers, keeping the secret in a protected file:" << done->errorString();
            storeInFile();
        } else {
            Q_EMIT stored(key, false, done->errorString());
        }
    });
    job->start();
}

void SecureTokenStore::load(const QString &key)
{
    auto loadFromFile = [this, key](const QString &keychainError) {
        QString secret;
        if (readFallback(key, &secret)) {
            m_storage = Storage::ProtectedFile;
            Q_EMIT loaded(key, secret, true, QString());
        } else {
            Q_EMIT loaded(key, QString(), false, keychainError);
        }
    };
    if (!m_keychainEnabled) {
        loadFromFile(QString());
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(service, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key, loadFromFile](QKeychain::Job *done) {
        if (done->error() == QKeychain::NoError) {
            m_storage = Storage::Keychain;
            Q_EMIT loaded(key, static_cast<QKeychain::ReadPasswordJob *>(done)->textData(), true, QString());
        } else if (done->error() == QKeychain::EntryNotFound || keychainMissing(done->error())) {
            loadFromFile(done->error() == QKeychain::EntryNotFound ? QString() : done->errorString());
        } else {
            Q_EMIT loaded(key, QString(), false, done->errorString());
        }
    });
    job->start();
}

void SecureTokenStore::erase(const QString &key)
{
    QString fileError;
    const bool fileOk = removeFallback(key, &fileError);
    if (!m_keychainEnabled) {
        m_storage = Storage::None;
        Q_EMIT erased(key, fileOk, fileError);
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(service, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key, fileOk, fileError](QKeychain::Job *done) {
        const bool keychainOk = done->error() == QKeychain::NoError || done->error() == QKeychain::EntryNotFound
            || keychainMissing(done->error());
        m_storage = Storage::None;
        Q_EMIT erased(key, fileOk && keychainOk, fileOk ? (keychainOk ? QString() : done->errorString()) : fileError);
    });
    job->start();
}

QString SecureTokenStore::fallbackPath(const QString &key) const
{
    // Keys are ascii identifiers chosen by the app; anything else would be a programmer error.
    Q_ASSERT(!key.isEmpty() && !key.contains(QLatin1Char('/')) && !key.contains(QLatin1String("..")));
    return m_directory + QStringLiteral("/secrets/") + key;
}

bool SecureTokenStore::writeFallback(const QString &key, const QString &secret, QString *error)
{
    const QString path = fallbackPath(key);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile::setPermissions(QFileInfo(path).absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    // Restrict before the secret is written: QSaveFile writes a temporary file first.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(secret.toUtf8());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool SecureTokenStore::readFallback(const QString &key, QString *secret) const
{
    QFile file(fallbackPath(key));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *secret = QString::fromUtf8(file.readAll());
    return true;
}

bool SecureTokenStore::removeFallback(const QString &key, QString *error) const
{
    QFile file(fallbackPath(key));
    if (!file.exists() || file.remove())
        return true;
    *error = file.errorString();
    return false;
}

} // namespace Buurtplein
