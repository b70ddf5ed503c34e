// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluator/evaluatorsignin.h"
#include "device/devicesettings.h"
#include "hubclient/hubrequest.h"
#include "platform/securetokenstore.h"
#include "stats/statsaccess.h"

#include <QLoggingCategory>

#include <memory>

Q_LOGGING_CATEGORY(lcEvaluator, "buurtplein.app.evaluator", QtInfoMsg)

namespace Buurtplein {

namespace {

const QString hubKey = QStringLiteral("evaluator.hubUrl");
const QString roleKey = QStringLiteral("evaluator.role");

} // namespace

EvaluatorSignIn::EvaluatorSignIn(DeviceSettings &settings, SecureTokenStore *tokens, HubClient hub,
                                   const QString &cacheFile, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_tokens(tokens)
    , m_hub(hub)
    , m_stats(hub, cacheFile)
{
    restore();
}

void EvaluatorSignIn::restore()
{
    m_hubUrl = m_settings.value(hubKey);
    m_role = m_settings.value(roleKey);
    if (!signedIn() || !m_tokens)
        return;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_tokens, &SecureTokenStore::loaded, this,
                          [this, connection](const QString &key, const QString &secret, bool found, const QString &error) {
        if (key != TokenKey)
            return;
        disconnect(*connection);
        if (!found) {
            qCWarning(lcEvaluator) << "signed in, but the evaluator token is not on this device" << error;
            return;
        }
        m_stats.setCredentials(QUrl(m_hubUrl), secret);
    });
    m_tokens->load(TokenKey);
}

void EvaluatorSignIn::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void EvaluatorSignIn::signIn(const QString &hubAddress, const QString &token)
{
    if (m_busy)
        return;
    const auto hub = HubRequest::readAddress(hubAddress);
    if (!hub) {
        //: Evaluator sign-in: the hub address is missing or not a web address
        Q_EMIT signInFailed(tr("Enter the hub's address, such as https://hub.example.nl."));
        return;
    }
    const QString key = token.trimmed();
    if (key.isEmpty() || key.contains(QLatin1Char(' '))) {
        //: Evaluator sign-in: the key field is empty or holds more than one word
        Q_EMIT signInFailed(tr("Paste the evaluator key your coordinator gave you: one long word of letters and digits."));
        return;
    }
    if (!m_hub.isValid() || !m_tokens) {
        Q_EMIT signInFailed(tr("This device cannot reach a hub."));
        return;
    }
    setBusy(true);
    const QString hubText = hub->toString();
    StatsAccess::check(m_hub, *hub, key, this, [this, hubText, key](const StatsAccess::Result &result) {
        QString failure;
        switch (result.kind) {
        case StatsAccess::Result::Allowed:
            break;
        case StatsAccess::Result::Offline:
            //: Evaluator sign-in: no answer; %1 is the hub's address
            failure = tr("The hub at %1 cannot be reached. Check the address and the internet connection, then try again.").arg(hubText);
            break;
        case StatsAccess::Result::UnknownKey:
            //: Evaluator sign-in: the hub does not know the key (or it was revoked)
            failure = tr("The hub does not accept this key. Check that you pasted all of it, or ask your coordinator for a new one.");
            break;
        case StatsAccess::Result::NotAHub:
            //: Evaluator sign-in: the server answered, but not as a Buurtplein hub would
            failure = tr("The answer from %1 is not what a Buurtplein hub sends. Check the hub's address.").arg(hubText);
            break;
        case StatsAccess::Result::WrongRole:
            //: Evaluator sign-in: the key is a social worker's, not an evaluator's
            failure = tr("This key belongs to a social worker's device, not to an evaluator. "
                         "Ask your coordinator for an evaluator key.");
            break;
        }
        if (!failure.isEmpty()) {
            qCInfo(lcEvaluator) << "sign-in refused:" << result.status << result.role;
            setBusy(false);
            Q_EMIT signInFailed(failure);
            return;
        }
        keep(hubText, key, result.role);
    });
}

void EvaluatorSignIn::keep(const QString &hub, const QString &token, const QString &role)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_tokens, &SecureTokenStore::stored, this,
                          [this, connection, hub, token, role](const QString &key, bool ok, const QString &error) {
        if (key != TokenKey)
            return;
        disconnect(*connection);
        setBusy(false);
        if (!ok || !m_settings.setValue(hubKey, hub) || !m_settings.setValue(roleKey, role)) {
            qCWarning(lcEvaluator) << "sign-in: cannot keep the token or the hub:" << error;
            m_tokens->erase(TokenKey);
            m_settings.remove(hubKey);
            m_settings.remove(roleKey);
            //: Evaluator sign-in: the device could not keep the key safely
            Q_EMIT signInFailed(tr("This device could not keep the evaluator key safely, so you are not signed in."));
            return;
        }
        m_hubUrl = hub;
        m_role = role;
        m_stats.clearCache(); // figures of another hub or key must not show
        m_stats.setCredentials(QUrl(hub), token);
        qCInfo(lcEvaluator) << "signed in at" << hub << "as" << role;
        Q_EMIT signedInChanged();
        Q_EMIT signInSucceeded();
    });
    m_tokens->store(TokenKey, token);
}

void EvaluatorSignIn::signOut()
{
    if (!signedIn() || !m_tokens) {
        Q_EMIT signedOut();
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_tokens, &SecureTokenStore::erased, this,
                          [this, connection](const QString &key, bool ok, const QString &error) {
        if (key != TokenKey)
            return;
        disconnect(*connection);
        if (!ok || !m_settings.remove(hubKey) || !m_settings.remove(roleKey)) {
            qCWarning(lcEvaluator) << "sign-out: cannot remove the token:" << error;
            //: Evaluator sign-out failed
            Q_EMIT signOutFailed(tr("The evaluator key could not be removed from this device. Try again."));
            return;
        }
        m_hubUrl.clear();
        m_role.clear();
        m_stats.setCredentials({}, {});
        m_stats.clearCache();
        Q_EMIT signedInChanged();
        Q_EMIT signedOut();
    });
    m_tokens->erase(TokenKey);
}

} // namespace Buurtplein
