// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/statsaccess.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Buurtplein::StatsAccess {

Result read(int status, const QByteArray &body)
{
    Result result;
    result.status = status;
    result.role = QJsonDocument::fromJson(body).object().value(QStringLiteral("role")).toString();
    if (status == 0)
        result.kind = Result::Offline;
    else if (status == 401)
        result.kind = Result::UnknownKey;
    else if (status != 200 || result.role.isEmpty())
        result.kind = Result::NotAHub;
    else if (result.role != QLatin1String("evaluator") && result.role != QLatin1String("admin"))
        result.kind = Result::WrongRole;
    else
        result.kind = Result::Allowed;
    return result;
}

void check(const HubClient &client, const QUrl &hub, const QString &key, QObject *context,
           std::function<void(const Result &)> done)
{
    client.get(hub, QStringLiteral("/v1/whoami"), key.toLatin1(), context,
               [done = std::move(done)](const HubAnswer &answer) { done(read(answer.status, answer.body)); }, TimeoutMs);
}

} // namespace Buurtplein::StatsAccess
