// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/hubcli.h"
#include "store/hubdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace Buurtplein::HubCli {

int backup(const QStringList &args)
{
    QString error;
    const auto options = Arguments::parse(args, {QStringLiteral("backup"), {QStringLiteral("to"), QStringLiteral("db")}, {QStringLiteral("to")}},
                                          &error);
    if (!options)
        return fail(BadInput, error);
    const QString location = databaseLocation(*options);
    const auto parsed = HubLocation::parse(location, &error);
    if (!parsed)
        return fail(BadInput, error);
    // PostgreSQL has its own tool for a consistent copy of a running database; the hub does not redo it.
    if (parsed->dialect.kind() == SqlDialect::Postgres) {
        return fail(BadInput, QStringLiteral("backup copies SQLite databases only. For PostgreSQL use pg_dump, which takes a consistent "
                                             "snapshot while hubs keep running: pg_dump --format=custom --file FILE --host %1 --port %2 "
                                             "--username %3 %4")
                                  .arg(parsed->host).arg(parsed->port).arg(parsed->user, parsed->path));
    }
    const QString target = options->value(QStringLiteral("to"));
    if (!QFileInfo::exists(location))
        return fail(BadInput, QStringLiteral("There is no hub database at %1.").arg(location));
    if (QFileInfo::exists(target))
        return fail(BadInput, QStringLiteral("%1 exists already; backup never overwrites a file. Choose a new name.").arg(target));
    if (!QFileInfo(QFileInfo(target).absolutePath()).isDir())
        return fail(BadInput, QStringLiteral("There is no folder %1 to write the backup in.").arg(QFileInfo(target).absolutePath()));

    return withDatabase(location, [&](HubDatabase &db) {
        // Raw session logs are personal data (SPEC privacy 8): the copy is readable by its
        // owner only from its first byte. VACUUM INTO writes into an empty file it is given.
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            const QString why = file.errorString();
            QFile::remove(target);
            return fail(Failed, QStringLiteral("Cannot write the backup %1: %2").arg(target, why));
        }
        file.close();
        // VACUUM INTO reads one snapshot, so the copy is consistent while a hub keeps writing.
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("VACUUM INTO :target"));
        q.bindValue(QStringLiteral(":target"), target);
        if (!q.exec()) {
            const QString why = q.lastError().text();
            QFile::remove(target);
            return fail(Failed, QStringLiteral("Cannot write the backup %1: %2").arg(target, why));
        }
        print(QStringLiteral("backed up %1 to %2 (%3 bytes).").arg(location, target).arg(QFileInfo(target).size()));
        return int(Ok);
    });
}

} // namespace Buurtplein::HubCli
