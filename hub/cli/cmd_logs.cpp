// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/hubcli.h"
#include "store/hubdatabase.h"
#include "store/organisationstore.h"
#include "store/sessionlogstore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Raw session logs are personal data (SPEC, privacy 8): an organisation may ask for its
// logs or for their deletion. Join counts are per occurrence and anonymous, so they stay.
namespace Buurtplein::HubCli {

namespace {
/** Exit 2 when @p location names an SQLite file that is not there: opening it would make an empty hub. */
std::optional<int> refuseMissingDatabase(const QString &location)
{
    QString error;
    const auto parsed = HubLocation::parse(location, &error);
    if (parsed && parsed->dialect.kind() == SqlDialect::Sqlite && !QFileInfo::exists(location))
        return fail(BadInput, QStringLiteral("There is no hub database at %1.").arg(location));
    return std::nullopt;
}

int unknownOrganisation(const QString &uid, const char *nothing)
{
    return fail(BadInput, QStringLiteral("The hub has no organisation %1; %2. `org list` shows the organisations.").arg(uid, QLatin1String(nothing)));
}
} // namespace

int logsExport(const QStringList &args)
{
    QString error;
    const auto options = Arguments::parse(args, {QStringLiteral("logs export"), {QStringLiteral("org"), QStringLiteral("to"), QStringLiteral("db")},
                                                 {QStringLiteral("org"), QStringLiteral("to")}},
                                          &error);
    if (!options)
        return fail(BadInput, error);
    const QString organisation = options->value(QStringLiteral("org"));
    const QString target = options->value(QStringLiteral("to"));
    if (QFileInfo::exists(target))
        return fail(BadInput, QStringLiteral("%1 exists already; logs export never overwrites a file. Choose a new name.").arg(target));
    if (!QFileInfo(QFileInfo(target).absolutePath()).isDir())
        return fail(BadInput, QStringLiteral("There is no folder %1 to write the export in.").arg(QFileInfo(target).absolutePath()));
    const QString location = databaseLocation(*options);
    if (const auto refused = refuseMissingDatabase(location))
        return *refused;

    return withDatabase(location, [&](HubDatabase &db) {
        if (!OrganisationStore(db).find(organisation))
            return unknownOrganisation(organisation, "nothing was written");
        const QJsonArray items = SessionLogStore(db).exportOrganisation(organisation, &error);
        if (!error.isEmpty())
            return fail(Failed, QStringLiteral("Cannot read the session logs: ") + error);
        // NewOnly: a file that appeared since the check above is still never overwritten.
        // Owner-only, because the file holds personal data.
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return fail(Failed, QStringLiteral("Cannot create %1: %2").arg(target, file.errorString()));
        const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("items"), items}}).toJson(QJsonDocument::Indented);
        if (file.write(json) != json.size() || !file.flush()) {
            const QString why = file.errorString();
            file.close();
            file.remove();
            return fail(Failed, QStringLiteral("Cannot write %1: %2").arg(target, why));
        }
        print(QStringLiteral("exported %1 session logs of %2 to %3.").arg(items.size()).arg(organisation, target));
        return int(Ok);
    });
}

int logsDelete(const QStringList &args)
{
    QString error;
    const auto options = Arguments::parse(args, {QStringLiteral("logs delete"), {QStringLiteral("org"), QStringLiteral("confirm"), QStringLiteral("db")},
                                                 {QStringLiteral("org"), QStringLiteral("confirm")}},
                                          &error);
    if (!options)
        return fail(BadInput, error);
    const QString organisation = options->value(QStringLiteral("org"));
    // Typing the uid twice is the confirmation: a deletion cannot be undone.
    if (options->value(QStringLiteral("confirm")) != organisation) {
        return fail(BadInput, QStringLiteral("--confirm must repeat the organisation uid given to --org (%1); nothing was deleted.")
                                  .arg(organisation));
    }
    const QString location = databaseLocation(*options);
    if (const auto refused = refuseMissingDatabase(location))
        return *refused;

    return withDatabase(location, [&](HubDatabase &db) {
        if (!OrganisationStore(db).find(organisation))
            return unknownOrganisation(organisation, "nothing was deleted");
        const auto deleted = SessionLogStore(db).deleteOrganisation(organisation, &error);
        if (!deleted)
            return fail(Failed, error);
        print(QStringLiteral("deleted %1 session logs of %2; join counts are anonymous and stay.").arg(*deleted).arg(organisation));
        return int(Ok);
    });
}

} // namespace Buurtplein::HubCli
