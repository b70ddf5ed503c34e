// SPDX-License-Identifier: GPL-3.0-or-later
// `report`: the printable quarterly report (PDF) of a programme or a gemeente, made from
// the same released tables evaluators get over HTTP (report/, docs/statistics.md).
#include "cli/hubcli.h"
#include "report/reportwriter.h"
#include "stats/statsstore.h"
#include "stats/statstable.h"
#include "store/hubdatabase.h"

#include <QJsonDocument>

#include <cstdio>

namespace Buurtplein::HubCli {

namespace {
/** The released tables of @p plan, answered here as GET /v1/stats/table would; std::nullopt and @p error otherwise. */
std::optional<Report::Answers> answer(StatsStore &store, const QList<Report::Query> &plan, const Release::Rules &rules,
                                      QString *error)
{
    const QDateTime generated = now();
    Report::Answers answers;
    for (const Report::Query &query : plan) {
        auto request = Stats::parseRequest(query.query.queryItems(QUrl::FullyDecoded), error);
        if (!request)
            return std::nullopt;
        request->query.asOf = Stats::hubDate(generated);
        const auto cells = store.collect(request->query, error);
        if (!cells)
            return std::nullopt;
        const Stats::ReleasedStats released = Stats::releaseTable(request->query, *cells, rules,
                                                                  [&store](Stats::Dimension d) { return store.labels(d); }, request->lang);
        if (!released.error.isEmpty()) {
            *error = released.error;
            return std::nullopt;
        }
        // Through the same strict reader the app uses, so both make the report from one form.
        const auto table = StatsAnswer::read(Stats::toJson(released, generated.toString(Qt::ISODate)), error);
        if (!table)
            return std::nullopt;
        answers.insert(query.id, *table);
    }
    return answers;
}
} // namespace

int report(const QStringList &args)
{
    QString error;
    const auto options = Arguments::parse(args,
                                          {QStringLiteral("report"),
                                           {QStringLiteral("quarter"), QStringLiteral("gemeente"), QStringLiteral("programme"),
                                            QStringLiteral("lang"), QStringLiteral("to"), QStringLiteral("k"), QStringLiteral("db")},
                                           {QStringLiteral("quarter"), QStringLiteral("to")}},
                                          &error);
    if (!options)
        return fail(BadInput, error);
    if (options->has(QStringLiteral("gemeente")) == options->has(QStringLiteral("programme")))
        return fail(BadInput, QStringLiteral("Say what the report is about: --gemeente GM.. or --programme NAME (one of them)."));
    const auto quarter = Report::readQuarter(options->value(QStringLiteral("quarter")), &error);
    if (!quarter)
        return fail(BadInput, error);
    const auto rules = releaseRules(*options, &error);
    if (!rules)
        return fail(BadInput, error);

    Report::Request request;
    const bool gemeente = options->has(QStringLiteral("gemeente"));
    request.subject = gemeente ? Report::Request::Subject::Gemeente : Report::Request::Subject::Programme;
    request.key = options->value(gemeente ? QStringLiteral("gemeente") : QStringLiteral("programme"));
    request.year = quarter->first;
    request.quarter = quarter->second;
    request.language = options->has(QStringLiteral("lang")) ? options->value(QStringLiteral("lang")) : QStringLiteral("nl");
    if (const QString why = Report::requestError(request); !why.isEmpty())
        return fail(BadInput, why);
    const QString path = options->value(QStringLiteral("to"));

    return withDatabase(databaseLocation(*options), [&](HubDatabase &db) {
        StatsStore store(db);
        QString why;
        if (!store.refresh(&why))
            return fail(Failed, why);
        if (gemeente)
            request.subjectName = store.labels(Stats::Dimension::Gemeente).value(request.key);
        const auto answers = answer(store, Report::plan(request), *rules, &why);
        if (!answers)
            return fail(Failed, why);
        if (!Report::write(request, *answers, path, now(), &why))
            return fail(Failed, why);
        std::printf("%s\n", qPrintable(path));
        return int(Ok);
    });
}

} // namespace Buurtplein::HubCli
