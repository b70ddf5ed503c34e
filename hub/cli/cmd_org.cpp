// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/hubcli.h"
#include "store/hubcatalogue.h"
#include "store/hubdatabase.h"
#include "store/organisationstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Buurtplein::HubCli {

int orgCreate(const QStringList &args)
{
    QString error;
    const QStringList required{QStringLiteral("uid"), QStringLiteral("name"), QStringLiteral("kind")};
    const auto options = Arguments::parse(args, {QStringLiteral("org create"), required + QStringList{QStringLiteral("db")}, required}, &error);
    if (!options)
        return fail(BadInput, error);
    return withDatabase(databaseLocation(*options), [&](HubDatabase &db) {
        HubOrganisation organisation;
        organisation.uid = options->value(QStringLiteral("uid"));
        organisation.name = options->value(QStringLiteral("name"));
        organisation.kind = options->value(QStringLiteral("kind"));
        // The organisation and its catalogue record in one transaction: a device that
        // enrols for it finds it in the feed before the organisation has any activity.
        HubTransaction tx(db.connection(), db.dialect());
        if (!tx.isActive())
            return fail(Failed, QStringLiteral("Cannot begin: ") + tx.errorString());
        QString why;
        if (!OrganisationStore(db).create(organisation, now().toSecsSinceEpoch(), &why))
            return fail(BadInput, why);
        HubCatalogue catalogue(db);
        const auto stored = OrganisationStore(db).find(organisation.uid);
        if (!stored || catalogue.ensureOrganisation(*stored).outcome == CatalogueWrite::Failed)
            return fail(Failed, QStringLiteral("Cannot add the organisation to the catalogue: ") + catalogue.errorString());
        if (!tx.commit())
            return fail(Failed, QStringLiteral("Cannot commit: ") + tx.errorString());
        return fail(Ok, QStringLiteral("made organisation %1.").arg(organisation.uid));
    });
}

int orgList(const QStringList &args)
{
    QString error;
    const auto options = Arguments::parse(args, {QStringLiteral("org list"), {QStringLiteral("db")}, {}}, &error);
    if (!options)
        return fail(BadInput, error);
    return withDatabase(databaseLocation(*options), [](HubDatabase &db) {
        QJsonArray list;
        for (const HubOrganisation &o : OrganisationStore(db).list()) {
            list.append(QJsonObject{{QStringLiteral("uid"), o.uid},
                                    {QStringLiteral("name"), o.name},
                                    {QStringLiteral("kind"), o.kind},
                                    {QStringLiteral("version"), o.version}});
        }
        print(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
        return int(Ok);
    });
}

} // namespace Buurtplein::HubCli
