// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/hubcli.h"
#include "worker/enrolcode.h"
#include "store/enrolstore.h"
#include "store/hubdatabase.h"

#include <QDateTime>
#include <QUrl>

namespace Buurtplein::HubCli {

int enrolCodeCreate(const QStringList &args)
{
    QString error;
    const auto options = Arguments::parse(args, {QStringLiteral("enrol-code create"),
                                                 {QStringLiteral("org"), QStringLiteral("valid-days"), QStringLiteral("hub-url"), QStringLiteral("db")},
                                                 {QStringLiteral("org")}},
                                          &error);
    if (!options)
        return fail(BadInput, error);
    bool isNumber = false;
    const int days = options->value(QStringLiteral("valid-days"), QStringLiteral("7")).toInt(&isNumber);
    if (!isNumber || days < 1 || days > 90)
        return fail(BadInput, QStringLiteral("--valid-days takes a whole number of days from 1 to 90."));
    const QUrl hub(options->value(QStringLiteral("hub-url")), QUrl::StrictMode);
    if (options->has(QStringLiteral("hub-url"))
        && (!hub.isValid() || hub.host().isEmpty() || (hub.scheme() != QLatin1String("https") && hub.scheme() != QLatin1String("http"))))
        return fail(BadInput, QStringLiteral("--hub-url takes the hub's address, such as https://hub.example.nl."));

    return withDatabase(databaseLocation(*options), [&](HubDatabase &db) {
        const qint64 expires = now().toSecsSinceEpoch() + qint64(days) * 24 * 3600;
        QString why;
        const auto code = EnrolStore(db).create(options->value(QStringLiteral("org")), expires, &why);
        if (!code)
            return fail(BadInput, why);
        print(EnrolCode::grouped(*code));
        print(EnrolCode::link(*code, hub));
        fail(Ok, QStringLiteral("one-time code for %1, valid until %2%3.")
                     .arg(options->value(QStringLiteral("org")), QDateTime::fromSecsSinceEpoch(expires, Qt::UTC).toString(Qt::ISODate),
                          hub.isEmpty() ? QStringLiteral("; the link names no hub, give --hub-url") : QString()));
        return int(Ok);
    });
}

} // namespace Buurtplein::HubCli
