// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloguestore.h"
#include "cli.h"
#include "database.h"
#include "icsimporter.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Buurtplein::Cli {

int importIcs(const QStringList &args)
{
    QString error;
    const auto options = Arguments::parse(args, {}, &error);
    if (!options)
        return fail(BadInput, error);
    if (!options->has(QStringLiteral("db")) || options->positional().size() != 1)
        return fail(BadInput, QStringLiteral("usage: import-ics --db DB FILE [--organisation UID] [--category CATEGORY]"));

    Database db;
    if (!db.open(options->value(QStringLiteral("db"))))
        return fail(Failed, db.errorString());
    CatalogueStore store(db);
    IcsImportOptions importOptions;
    importOptions.organisationUid = options->value(QStringLiteral("organisation"));
    if (options->has(QStringLiteral("category")))
        importOptions.category = options->value(QStringLiteral("category"));

    const IcsImportResult result = IcsImporter::importFile(options->positional().first(), store, importOptions);
    if (!result.ok)
        return fail(BadInput, result.error + QStringLiteral(" Nothing was imported."));
    for (const QString &warning : result.warnings)
        fail(Ok, QStringLiteral("warning: ") + warning);

    QJsonArray skipped;
    for (const IcsSkippedEvent &s : result.skipped)
        skipped.append(QJsonObject{{QStringLiteral("uid"), s.uid}, {QStringLiteral("reason"), s.reason}});
    printJson(QJsonDocument(QJsonObject{{QStringLiteral("imported"), result.imported},
                                        {QStringLiteral("skipped"), skipped},
                                        {QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings)}}));
    return Ok;
}

} // namespace Buurtplein::Cli
