// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/hubcli.h"
#include "store/hubdatabase.h"
#include "store/sessionlogstore.h"

#include <QDateTime>
#include <QFileInfo>

namespace Buurtplein::HubCli {

namespace {
/** Raw logs younger than this are needed for the current period's statistics and corrections. */
constexpr int MinRetentionDays = 30;
constexpr int MaxRetentionDays = 36500;
} // namespace

int retention(const QStringList &args)
{
    QString error;
    const auto options = Arguments::parse(args, {QStringLiteral("retention"), {QStringLiteral("older-than"), QStringLiteral("db")},
                                                 {QStringLiteral("older-than")}},
                                          &error);
    if (!options)
        return fail(BadInput, error);
    bool isNumber = false;
    const int days = options->value(QStringLiteral("older-than")).toInt(&isNumber);
    if (!isNumber || days < MinRetentionDays || days > MaxRetentionDays) {
        return fail(BadInput, QStringLiteral("--older-than takes a number of days from %1 to %2; nothing was deleted.")
                                  .arg(MinRetentionDays).arg(MaxRetentionDays));
    }
    const QString location = databaseLocation(*options);
    const auto parsed = HubLocation::parse(location, &error);
    if (parsed && parsed->dialect.kind() == SqlDialect::Sqlite && !QFileInfo::exists(location))
        return fail(BadInput, QStringLiteral("There is no hub database at %1.").arg(location));
    return withDatabase(location, [&](HubDatabase &db) {
        const QDateTime cutoff = now().addDays(-days);
        const auto deleted = SessionLogStore(db).deleteStartedBefore(cutoff.toSecsSinceEpoch(), &error);
        if (!deleted)
            return fail(Failed, error);
        print(QStringLiteral("deleted %1 session logs of sessions before %2.").arg(*deleted).arg(cutoff.toString(Qt::ISODate)));
        return int(Ok);
    });
}

} // namespace Buurtplein::HubCli
