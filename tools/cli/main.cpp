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

const Command commands[] = {
    {"occurrences", Cli::occurrences, "occurrences --ics FILE --from T --to T"},
    {"import-places", Cli::importPlaces, "import-places --db DB FILE [--format geojson|csv] [--map COLUMN=FIELD ...]"},
    {"import-ics", Cli::importIcs, "import-ics --db DB FILE [--organisation UID]"},
    {"export-ics", Cli::exportIcs, "export-ics --db DB --activity UID [--occurrence UID] [--reminder MINUTES]"},
    {"search", Cli::search, "search --db DB [--text S] [--near LAT,LON --radius M] [--from T --to T] [--category C] [--lang L] ..."},
};

int usage()
{
    std::fprintf(stderr, "usage: buurtplein-cli COMMAND [OPTIONS]\n\ncommands:\n");
    for (const Command &c : commands)
        std::fprintf(stderr, "  %s\n", c.usage);
    return Cli::BadInput;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("buurtplein-cli"));
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return usage();
    const QString name = args.takeFirst();
    for (const Command &c : commands) {
        if (name == QLatin1String(c.name))
            return c.run(args);
    }
    std::fprintf(stderr, "buurtplein-cli: unknown command '%s'\n\n", qPrintable(name));
    return usage();
}
