// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/cataloguetypes.h"
#include "hubclient/hubclient.h"

#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QObject;

// Redeeming a one-time enrolment code at the hub (docs/protocol.md, Enrolment): the
// device sends the code, and a label the coordinator sees in the token list, and gets
// the organisation's token and record back. Keeping the token and the enrolment is the
// app's part (WorkerEnrolment); the conversation and what its answer means are here.
namespace Buurtplein::Enrolment {

/** How long a redemption may take before the social worker hears that the hub is silent. */
inline constexpr int TimeoutMs = 15000;
/** The longest device label the hub keeps; longer ones are cut. */
inline constexpr int MaxLabelLength = 60;

/** What a 200 from POST /v1/enrol must hold. */
struct Redeemed {
    QString token;
    Organisation organisation;
};

/** How a redemption ended. */
struct Result {
    enum Kind {
        Enrolled,   ///< the hub gave a token: redeemed holds it
        Offline,    ///< no answer from the hub
        Refused,    ///< the hub answered with an error: status and errorId say which
        NotAHub,    ///< a 200 that is not what a Buurtplein hub sends
    };
    Kind kind = Offline;
    int status = 0;
    QString errorId;        ///< "unknown_code", "code_used", "code_expired", "invalid_code", ...
    QString networkError;   ///< for the log, when offline
    Redeemed redeemed;
};

/** Reads the body of a 200 answer; std::nullopt when a token, the worker role or the organisation is missing. */
std::optional<Redeemed> readAnswer(const QByteArray &body);

/** The request body: the code, and @p label simplified and cut to MaxLabelLength when it is not empty. */
QByteArray requestBody(const QString &code, const QString &label);

/** Redeems @p code at @p hub; @p done runs once, on @p context's thread. */
void redeem(const HubClient &client, const QUrl &hub, const QString &code, const QString &label, QObject *context,
            std::function<void(const Result &)> done);

} // namespace Buurtplein::Enrolment
