// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include <QCoreApplication>

using namespace Buurtplein;

namespace {
// Keep each line true to the Accepted list in its cmd_*.cpp: tst_cli_usage checks every option named here.
const CommandFrame::Program program{
    "buurtplein-cli",
    {
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
    },
    "T is an ISO 8601 time with offset or Z, e.g. 2026-03-29T10:00:00+02:00.\n"
    "Every command takes --now T: the tool's clock starts at T (\"this week\", import horizons, sync).\n"
    "Options marked ... may be repeated. Results are JSON on stdout, messages on stderr.\n"
    "Exit status: 0 done, 1 the tool or its environment failed, 2 bad input (nothing changed).\n",
};
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("buurtplein-cli"));
    return CommandFrame::run(program, app.arguments().mid(1));
}
