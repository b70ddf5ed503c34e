// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "ics/icsoccurrences.h"
#include "ics/icsparser.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace Buurtplein::Cli {

// "start" is the instant in Europe/Amsterdam with its offset (Cli::formatInstant), whatever
// zone the event was written in: Buurtplein shows every session in Dutch time, and one
// zone makes the list comparable and sortable by eye.
int occurrences(const QStringList &args)
{
    QString error;
    const QStringList needed{QStringLiteral("ics"), QStringLiteral("from"), QStringLiteral("to")};
    const auto options = Arguments::parse(args, {QStringLiteral("occurrences"), needed, needed}, &error);
    if (!options)
        return fail(BadInput, error);
    const auto from = parseInstant(options->value(QStringLiteral("from")));
    const auto to = parseInstant(options->value(QStringLiteral("to")));
    if (!from || !to)
        return fail(BadInput, QStringLiteral("--from and --to need an ISO 8601 time with offset or Z, e.g. 2026-03-29T00:00:00+01:00."));
    if (*to <= *from)
        return fail(BadInput, QStringLiteral("--to must be later than --from."));

    const IcsParseResult parsed = IcsParser::parseFile(options->value(QStringLiteral("ics")));
    if (!parsed.ok)
        return fail(BadInput, parsed.error);
    QList<IcsSkippedEvent> skipped;
    const QList<IcsOccurrence> list = IcsOccurrences::list(parsed.calendar, from->toSecsSinceEpoch(), to->toSecsSinceEpoch(), &skipped);
    for (const QString &warning : parsed.calendar.warnings)
        fail(Ok, QStringLiteral("warning: ") + warning);
    for (const IcsSkippedEvent &s : std::as_const(skipped))
        fail(Ok, QStringLiteral("skipped %1: %2").arg(s.uid, s.reason));

    QJsonArray array;
    for (const IcsOccurrence &o : list)
        array.append(QJsonObject{{QStringLiteral("uid"), o.uid},
                                 {QStringLiteral("start"), formatInstant(o.startUtc)},
                                 {QStringLiteral("status"), o.status}});
    printJson(QJsonDocument(array));
    return Ok;
}

} // namespace Buurtplein::Cli
