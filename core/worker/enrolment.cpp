// SPDX-License-Identifier: GPL-3.0-or-later
#include "worker/enrolment.h"
#include "storage/vocabulary.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Buurtplein::Enrolment {

std::optional<Redeemed> readAnswer(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject root = doc.object();
    const QJsonObject organisation = root.value(QStringLiteral("organisation")).toObject();
    Redeemed answer;
    answer.token = root.value(QStringLiteral("token")).toString();
    answer.organisation.uid = organisation.value(QStringLiteral("uid")).toString().trimmed();
    answer.organisation.name = organisation.value(QStringLiteral("name")).toString().trimmed();
    answer.organisation.kind = organisation.value(QStringLiteral("kind")).toString();
    if (answer.token.isEmpty() || root.value(QStringLiteral("role")).toString() != QLatin1String("worker")
        || answer.organisation.uid.isEmpty() || answer.organisation.name.isEmpty())
        return std::nullopt;
    // A kind this version of the app does not know yet still names a real organisation.
    if (!Vocabulary::isOrganisationKind(answer.organisation.kind))
        answer.organisation.kind.clear();
    return answer;
}

QByteArray requestBody(const QString &code, const QString &label)
{
    QJsonObject fields{{QStringLiteral("code"), code}};
    if (!label.simplified().isEmpty())
        fields.insert(QStringLiteral("label"), label.simplified().left(MaxLabelLength));
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

void redeem(const HubClient &client, const QUrl &hub, const QString &code, const QString &label, QObject *context,
            std::function<void(const Result &)> done)
{
    client.postJson(hub, QStringLiteral("/v1/enrol"), requestBody(code, label), {}, context,
                    [done = std::move(done)](const HubAnswer &answer) {
        Result result;
        result.status = answer.status;
        if (answer.kind == HubAnswer::Offline) {
            result.kind = Result::Offline;
            result.networkError = answer.networkError;
        } else if (answer.status != 200) {
            result.kind = Result::Refused;
            result.errorId = answer.errorId();
        } else if (const auto redeemed = readAnswer(answer.body)) {
            result.kind = Result::Enrolled;
            result.redeemed = *redeemed;
        } else {
            result.kind = Result::NotAHub;
        }
        done(result);
    }, TimeoutMs);
}

} // namespace Buurtplein::Enrolment
