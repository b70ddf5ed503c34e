// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evaluator/statsclient.h"

#include <QObject>
#include <QQmlEngine>

namespace Buurtplein {

class DeviceSettings;
class SecureTokenStore;

/**
 * A programme evaluator on this device (issue 6): signed in to a hub with an evaluator
 * token (pasted; checked with GET /v1/whoami, role evaluator or admin), the token kept in
 * SecureTokenStore like a social worker's, and the StatsClient the dashboard reads
 * through. Residents never see any of it: the Evaluate tab appears only once signed in.
 */
class EvaluatorSignIn : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the singleton Evaluator is the device's one EvaluatorSignIn")
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY signedInChanged)
    Q_PROPERTY(QString hubUrl READ hubUrl NOTIFY signedInChanged)
    /** "evaluator" or "admin", as the hub said at sign-in. */
    Q_PROPERTY(QString role READ role NOTIFY signedInChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(Buurtplein::StatsClient *stats READ stats CONSTANT)

public:
    /** @p cacheFile keeps the last statistics answers for offline use. */
    EvaluatorSignIn(DeviceSettings &settings, SecureTokenStore *tokens, HubClient hub,
                     const QString &cacheFile, QObject *parent = nullptr);

    /** The key the evaluator token is kept under in SecureTokenStore. */
    static inline const QString TokenKey = QStringLiteral("evaluator-token");

    bool signedIn() const { return !m_hubUrl.isEmpty(); }
    QString hubUrl() const { return m_hubUrl; }
    QString role() const { return m_role; }
    bool busy() const { return m_busy; }
    StatsClient *stats() { return &m_stats; }

    /**
     * Checks @p token at @p hubAddress (GET /v1/whoami); keeps it when its role is
     * evaluator or admin. Answers with signInSucceeded() or signInFailed(sentence).
     */
    Q_INVOKABLE void signIn(const QString &hubAddress, const QString &token);
    /** Removes the token, the hub and the cached figures; answers with signedOut() or signOutFailed(). */
    Q_INVOKABLE void signOut();

Q_SIGNALS:
    void signedInChanged();
    void busyChanged();
    void signInSucceeded();
    void signInFailed(const QString &message);
    void signedOut();
    void signOutFailed(const QString &message);

private:
    void restore();
    void keep(const QString &hub, const QString &token, const QString &role);
    void setBusy(bool busy);

    DeviceSettings &m_settings;
    SecureTokenStore *m_tokens = nullptr;
    HubClient m_hub;
    StatsClient m_stats;
    QString m_hubUrl;
    QString m_role;
    bool m_busy = false;
};

} // namespace Buurtplein
