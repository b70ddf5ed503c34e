// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/cataloguestore.h"
#include "cli.h"
#include "storage/database.h"
#include "ics/icsimporter.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace Buurtplein::Cli {

namespace {
// Its own scope, so that the catalogue is closed before a refused new one is removed.
IcsImportResult importInto(const QString &dbPath, const QString &file, const IcsImportOptions &options, QString *openError)
{
    Database db;
    if (!db.open(dbPath)) {
        *openError = db.errorString();
        return {};
    }
    CatalogueStore store(db);
    return IcsImporter::importFile(file, store, options);
}
} // namespace

int importIcs(const QStringList &args)
{
    QString error;
    const Accepted accepted{QStringLiteral("import-ics"),
                            {QStringLiteral("db"), QStringLiteral("organisation"), QStringLiteral("category")},
                            {QStringLiteral("db")}, {}, {}, 1};
    const auto options = Arguments::parse(args, accepted, &error);
    if (!options)
        return fail(BadInput, error);
    IcsImportOptions importOptions;
    importOptions.horizon = now().addYears(2);
    importOptions.organisationUid = options->value(QStringLiteral("organisation"));
    if (options->has(QStringLiteral("category")))
        importOptions.category = options->value(QStringLiteral("category"));

    const QString path = options->value(QStringLiteral("db"));
    const bool existed = QFileInfo::exists(path);
    const IcsImportResult result = importInto(path, options->positional().first(), importOptions, &error);
    if (!error.isEmpty() || !result.ok)
        discardNewCatalogue(path, existed);
    if (!error.isEmpty())
        return fail(Failed, error);
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
