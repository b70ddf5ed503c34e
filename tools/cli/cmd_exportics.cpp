// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/cataloguestore.h"
#include "cli.h"
#include "storage/database.h"
#include "ics/icsexporter.h"

#include <QFileInfo>

#include <cstdio>

namespace Buurtplein::Cli {

int exportIcs(const QStringList &args)
{
    QString error;
    const Accepted accepted{QStringLiteral("export-ics"),
                            {QStringLiteral("db"), QStringLiteral("activity"), QStringLiteral("occurrence"), QStringLiteral("reminder")},
                            {QStringLiteral("db"), QStringLiteral("activity")}};
    const auto options = Arguments::parse(args, accepted, &error);
    if (!options)
        return fail(BadInput, error);
    IcsExportOptions exportOptions;
    exportOptions.stamp = now();
    if (options->has(QStringLiteral("reminder"))) {
        bool ok = false;
        exportOptions.reminderMinutes = options->value(QStringLiteral("reminder")).toInt(&ok);
        if (!ok || exportOptions.reminderMinutes < 0 || exportOptions.reminderMinutes > 40320)
            return fail(BadInput, QStringLiteral("--reminder needs a number of minutes between 0 and 40320 (four weeks)."));
    }
    const QString path = options->value(QStringLiteral("db"));
    if (!QFileInfo::exists(path))
        return fail(BadInput, QStringLiteral("There is no catalogue at %1.").arg(path));
    Database db;
    if (!db.open(path))
        return fail(Failed, db.errorString());
    CatalogueStore store(db);
    const QByteArray ics = IcsExporter::exportFromStore(store, options->value(QStringLiteral("activity")),
                                                        options->value(QStringLiteral("occurrence")), exportOptions, &error);
    if (ics.isEmpty())
        return fail(BadInput, error);
    std::fwrite(ics.constData(), 1, size_t(ics.size()), stdout);
    std::fflush(stdout);
    return Ok;
}

} // namespace Buurtplein::Cli
