// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Buurtplein;

namespace {
struct Command {
    const char *name;
    int (*run)(const QStringList &);
    const char *usage;
};

// Keep each line true to the Accepted list in its cmd_*.cpp: tst_cli_refusals checks every option named here.
const Command commands[] = {
    {"occurrences", Cli::occurrences, "occurrences --ics FILE --from T --to T"},
    {"import-places", Cli::importPlaces,
     "import-places --db DB FILE [--format geojson|csv] [--map FIELD=COLUMN[,...]]... [--areas CBS.csv] [--uid-prefix P]"},
    {"import-ics", Cli::importIcs, "import-ics --db DB FILE [--organisation UID] [--category CATEGORY]"},
    {"export-ics", Cli::exportIcs, "export-ics --db DB --activity UID [--occurrence UID] [--reminder MINUTES]"},
    {"search", Cli::search,
     "search --db DB [--text S] [--category C[,...]]... [--lang L[,...]]... [--audience A[,...]]... "
     "[--accessible F[,...]]... [--free] [--no-cancelled] [--near LAT,LON [--radius M]] [--from T] [--to T] "
     "[--order start|distance] [--limit N] [--offset N] [--content-language L]"},
    {"sync", Cli::sync, "sync --db DB --hub URL --token-file FILE"},
};

void printUsage(FILE *stream)
{
    std::fprintf(stream, "usage: buurtplein-cli COMMAND [OPTIONS]\n       buurtplein-cli help | --help | COMMAND --help\n\ncommands:\n");
    for (const Command &c : commands)
        std::fprintf(stream, "  %s\n", c.usage);
    std::fprintf(stream, "\nT is an ISO 8601 time with offset or Z, e.g. 2026-03-29T10:00:00+02:00.\n"
                         "Every command takes --now T: the tool's clock starts at T (\"this week\", import horizons, sync).\n"
                         "Options marked ... may be repeated. Results are JSON on stdout, messages on stderr.\n"
                         "Exit status: 0 done, 1 the tool or its environment failed, 2 bad input (nothing changed).\n");
}

bool isHelp(const QString &arg)
{
    return arg == QLatin1String("--help") || arg == QLatin1String("-h") || arg == QLatin1String("help");
}
} // namespace

QString Cli::usage(const QString &command)
{
    for (const Command &c : commands) {
        if (command == QLatin1String(c.name))
            return QString::fromUtf8(c.usage);
    }
    return {};
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("buurtplein-cli"));
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        printUsage(stderr);
        return Cli::BadInput;
    }
    QString error;
    if (!Cli::takeNow(&args, &error)) {
        std::fprintf(stderr, "buurtplein-cli: %s\n", qPrintable(error));
        return Cli::BadInput;
    }
    if (args.isEmpty()) {
        printUsage(stderr);
        return Cli::BadInput;
    }
    const QString name = args.takeFirst();
    if (isHelp(name)) {
        printUsage(stdout);
        return Cli::Ok;
    }
    for (const Command &c : commands) {
        if (name != QLatin1String(c.name))
            continue;
        if (args.contains(QLatin1String("--help"))) {
            std::printf("usage: buurtplein-cli %s\n", c.usage);
            return Cli::Ok;
        }
        return c.run(args);
    }
    std::fprintf(stderr, "buurtplein-cli: unknown command '%s'\n\n", qPrintable(name));
    printUsage(stderr);
    return Cli::BadInput;
}
