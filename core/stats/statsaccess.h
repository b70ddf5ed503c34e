// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hubclient/hubclient.h"

#include <QString>
#include <QUrl>

#include <functional>

class QObject;

// Checking an evaluator's key at the hub (GET /v1/whoami, docs/protocol.md): which role
// the key has. Only evaluator and admin keys may read statistics; keeping the key is
// the app's part (EvaluatorSignIn).
namespace Buurtplein::StatsAccess {

/** How long the check may take before the evaluator hears that the hub is silent. */
inline constexpr int TimeoutMs = 15000;

/** What the hub said of a key. */
struct Result {
    enum Kind {
        Allowed,    ///< an evaluator or admin key: role says which
        Offline,    ///< no answer from the hub
        UnknownKey, ///< 401: the hub does not know the key, or it was revoked
        NotAHub,    ///< an answer without a role, or another error: not what a Buurtplein hub sends
        WrongRole,  ///< a key of another role (a social worker's device): role says which
    };
    Kind kind = Offline;
    int status = 0;
    QString role;
};

/** What an answer with @p status and @p body means. */
Result read(int status, const QByteArray &body);

/** Asks @p hub which role @p key has; @p done runs once, on @p context's thread. */
void check(const HubClient &client, const QUrl &hub, const QString &key, QObject *context,
           std::function<void(const Result &)> done);

} // namespace Buurtplein::StatsAccess
