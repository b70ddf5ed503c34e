// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/hubcli.h"
#include "store/hubdatabase.h"
#include "store/tokenstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Buurtplein::HubCli {

int tokenCreate(const QStringList &args)
{
    QString error;
    const auto options = Arguments::parse(args, {QStringLiteral("token create"),
                                                 {QStringLiteral("role"), QStringLiteral("org"), QStringLiteral("label"), QStringLiteral("db")},
                                                 {QStringLiteral("role")}},
                                          &error);
    if (!options)
        return fail(BadInput, error);
    const auto role = roleFromName(options->value(QStringLiteral("role")));
    if (!role)
        return fail(BadInput, QStringLiteral("'%1' is not a role; use worker, evaluator or admin.").arg(options->value(QStringLiteral("role"))));
    if (*role == Role::Worker && !options->has(QStringLiteral("org")))
        return fail(BadInput, QStringLiteral("A worker token needs --org ORG_UID."));
    return withDatabase(databaseLocation(*options), [&](HubDatabase &db) {
        QString why;
        const auto made = TokenStore(db).create(*role, options->value(QStringLiteral("org")), options->value(QStringLiteral("label")),
                                                now().toSecsSinceEpoch(), &why);
        if (!made)
            return fail(BadInput, why);
        print(made->token);
        fail(Ok, QStringLiteral("made %1 token %2; it is shown only this once.").arg(roleName(*role)).arg(made->id));
        return int(Ok);
    });
}

int tokenRevoke(const QStringList &args)
{
    QString error;
    const auto options = Arguments::parse(args, {QStringLiteral("token revoke"),
                                                 {QStringLiteral("token"), QStringLiteral("id"), QStringLiteral("db")}, {}},
                                          &error);
    if (!options)
        return fail(BadInput, error);
    if (options->has(QStringLiteral("token")) == options->has(QStringLiteral("id")))
        return fail(BadInput, QStringLiteral("Give either --token TOKEN or --id ID.\nusage: buurtplein-hub ") + usage(QStringLiteral("token revoke")));
    bool isNumber = true;
    const qint64 givenId = options->value(QStringLiteral("id")).toLongLong(&isNumber);
    if (options->has(QStringLiteral("id")) && (!isNumber || givenId <= 0))
        return fail(BadInput, QStringLiteral("--id takes a token id from 'token list'."));
    return withDatabase(databaseLocation(*options), [&](HubDatabase &db) {
        TokenStore tokens(db);
        const auto id = options->has(QStringLiteral("id")) ? std::optional<qint64>(givenId) : tokens.idOf(options->value(QStringLiteral("token")));
        const auto info = id ? tokens.find(*id) : std::nullopt;
        if (!info)
            return fail(BadInput, QStringLiteral("The hub has no such token; nothing was revoked."));
        if (info->revoked != 0)
            return fail(Ok, QStringLiteral("token %1 was revoked already.").arg(info->id));
        QString why;
        if (!tokens.revoke(info->id, now().toSecsSinceEpoch(), &why))
            return fail(Failed, why);
        return fail(Ok, QStringLiteral("revoked token %1.").arg(info->id));
    });
}

int tokenList(const QStringList &args)
{
    QString error;
    const auto options = Arguments::parse(args, {QStringLiteral("token list"), {QStringLiteral("db")}, {}}, &error);
    if (!options)
        return fail(BadInput, error);
    return withDatabase(databaseLocation(*options), [](HubDatabase &db) {
        QJsonArray list;
        for (const TokenInfo &t : TokenStore(db).list()) {
            list.append(QJsonObject{
                {QStringLiteral("id"), t.id},
                {QStringLiteral("role"), roleName(t.role)},
                {QStringLiteral("organisation"), t.organisationUid.isEmpty() ? QJsonValue() : QJsonValue(t.organisationUid)},
                {QStringLiteral("label"), t.label},
                {QStringLiteral("created"), QDateTime::fromSecsSinceEpoch(t.created, Qt::UTC).toString(Qt::ISODate)},
                {QStringLiteral("revoked"), t.revoked ? QJsonValue(QDateTime::fromSecsSinceEpoch(t.revoked, Qt::UTC).toString(Qt::ISODate)) : QJsonValue()},
            });
        }
        print(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
        return int(Ok);
    });
}

} // namespace Buurtplein::HubCli
