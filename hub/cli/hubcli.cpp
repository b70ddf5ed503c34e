// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/hubcli.h"
#include "clock.h"
#include "store/hubdatabase.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace Buurtplein::HubCli {

namespace {
struct Command {
    const char *name;
    int (*run)(const QStringList &);
    const char *usage;
};

// Keep each line true to the Accepted list in its cmd_*.cpp; tst_hubcli checks them.
const Command commands[] = {
    {"serve", serve, "serve [--listen ADDRESS:PORT] [--k K] [--db DB]"},
    {"token create", tokenCreate, "token create --role worker|evaluator|admin [--org ORG_UID] [--label TEXT] [--db DB]"},
    {"token revoke", tokenRevoke, "token revoke --token TOKEN | --id ID [--db DB]"},
    {"token list", tokenList, "token list [--db DB]"},
    {"enrol-code create", enrolCodeCreate, "enrol-code create --org ORG_UID [--valid-days DAYS] [--hub-url URL] [--db DB]"},
    {"org create", orgCreate, "org create --uid UID --name NAME --kind KIND [--db DB]"},
    {"org list", orgList, "org list [--db DB]"},
    {"import-places", importPlaces, "import-places FILE [--areas CBS_LABELPOINTS.csv] [--db DB]"},
    {"import-ics", importIcs, "import-ics FILE --org ORG_UID [--db DB]"},
    {"import-demo", importDemo, "import-demo [--db DB]"},
    {"retention", retention, "retention --older-than DAYS [--db DB]"},
    {"backup", backup, "backup --to FILE [--db DB]"},
    {"logs export", logsExport, "logs export --org ORG_UID --to FILE [--db DB]"},
    {"logs delete", logsDelete, "logs delete --org ORG_UID --confirm ORG_UID [--db DB]"},
    {"stats", stats, "stats --metric METRIC --rows DIM [--columns DIM] --from DATE --to DATE [--format json|csv] [--lang nl|en] [--gemeente GM..] [--wijk WK..] [--buurt BU..] [--category C] [--programme P] [--organisation ORG] [--k K] [--db DB]"},
    {"import-areas", importAreas, "import-areas FILE [--db DB]"},
    {"report", report, "report --quarter YYYY-Qn --gemeente GM.. | --programme NAME --to FILE.pdf [--lang nl|en] [--k K] [--db DB]"},
    {"place-areas", placeAreas, "place-areas --place UID [--gemeente GM..] [--wijk WK..] [--buurt BU..] [--db DB]"},
};

void printUsage(FILE *stream)
{
    std::fprintf(stream, "usage: buurtplein-hub COMMAND [OPTIONS]\n       buurtplein-hub help | --help | COMMAND --help\n\ncommands:\n");
    for (const Command &c : commands)
        std::fprintf(stream, "  %s\n", c.usage);
    std::fprintf(stream, "\nDB is an SQLite file (default $BUURTPLEIN_HUB_DB, else ./buurtplein-hub.sqlite) or\n"
                         "postgresql://user[:password]@host[:port]/dbname. Tokens are printed once, bare; lists are JSON.\n"
                         "Every command takes --now T (ISO 8601 with offset): the hub's clock starts at T.\n"
                         "Exit status: 0 done, 1 the hub or its environment failed, 2 bad input (nothing changed).\n");
}

bool isHelp(const QString &arg)
{
    return arg == QLatin1String("--help") || arg == QLatin1String("-h") || arg == QLatin1String("help");
}

Clocks::Source hubClock = Clocks::system;

} // namespace

QDateTime now()
{
    return hubClock();
}

std::optional<Arguments> Arguments::parse(const QStringList &args, const Accepted &accepted, QString *error)
{
    const QString usageLine = QStringLiteral("\nusage: buurtplein-hub ") + usage(accepted.command);
    Arguments result;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const QString name = arg.mid(2);
        if (!arg.startsWith(QLatin1String("--"))) {
            *error = QStringLiteral("Unexpected argument '%1'.").arg(arg) + usageLine;
            return std::nullopt;
        }
        if (!accepted.options.contains(name)) {
            *error = QStringLiteral("%1 has no option %2.").arg(accepted.command, arg) + usageLine;
            return std::nullopt;
        }
        // A value that looks like an option is almost always a forgotten value.
        if (i + 1 >= args.size() || args.at(i + 1).startsWith(QLatin1String("--"))) {
            *error = QStringLiteral("Option %1 needs a value.").arg(arg) + usageLine;
            return std::nullopt;
        }
        if (result.m_values.contains(name)) {
            *error = QStringLiteral("Option %1 is given twice; give it once.").arg(arg) + usageLine;
            return std::nullopt;
        }
        result.m_values.insert(name, args.at(++i));
    }
    for (const QString &name : accepted.required) {
        if (!result.m_values.contains(name)) {
            *error = QStringLiteral("%1 needs --%2.").arg(accepted.command, name) + usageLine;
            return std::nullopt;
        }
    }
    return result;
}

QString usage(const QString &command)
{
    for (const Command &c : commands) {
        if (command == QLatin1String(c.name))
            return QString::fromUtf8(c.usage);
    }
    return {};
}

int fail(ExitCode code, const QString &message)
{
    std::fprintf(stderr, "buurtplein-hub: %s\n", qPrintable(message));
    return code;
}

void print(const QString &text)
{
    std::fprintf(stdout, "%s\n", text.toUtf8().constData());
    std::fflush(stdout);
}

QString databaseLocation(const Arguments &args)
{
    const QString fromEnvironment = qEnvironmentVariable("BUURTPLEIN_HUB_DB");
    return args.value(QStringLiteral("db"), fromEnvironment.isEmpty() ? QStringLiteral("buurtplein-hub.sqlite") : fromEnvironment);
}

int withDatabase(const QString &location, const std::function<int(HubDatabase &)> &body)
{
    QString error;
    const auto parsed = HubLocation::parse(location, &error);
    if (!parsed)
        return fail(BadInput, error);
    const bool isNewFile = parsed->dialect.kind() == SqlDialect::Sqlite && !QFileInfo::exists(location);
    int code = Ok;
    {
        HubDatabase db;
        code = db.open(location) ? body(db) : fail(Failed, db.errorString());
    }
    if (code != Ok && isNewFile) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(location + QLatin1String(suffix));
    }
    return code;
}

int run(const QStringList &arguments)
{
    QStringList args = arguments;
    QString error;
    if (!Clocks::takeNowOption(&args, &hubClock, &error))
        return fail(BadInput, error);
    if (args.isEmpty()) {
        printUsage(stderr);
        return BadInput;
    }
    if (isHelp(args.first())) {
        printUsage(stdout);
        return Ok;
    }
    for (const Command &c : commands) {
        const QStringList words = QString::fromLatin1(c.name).split(QLatin1Char(' '));
        if (args.mid(0, words.size()) != words)
            continue;
        const QStringList rest = args.mid(words.size());
        if (rest.contains(QLatin1String("--help"))) {
            print(QStringLiteral("usage: buurtplein-hub ") + QString::fromLatin1(c.usage));
            return Ok;
        }
        return c.run(rest);
    }
    std::fprintf(stderr, "buurtplein-hub: unknown command '%s'\n\n", qPrintable(args.mid(0, 2).join(QLatin1Char(' '))));
    printUsage(stderr);
    return BadInput;
}

} // namespace Buurtplein::HubCli
