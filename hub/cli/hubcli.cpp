// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/hubcli.h"
#include "store/hubdatabase.h"

#include <QFile>
#include <QFileInfo>

namespace Buurtplein::HubCli {

namespace {
// Keep each line true to the Accepted list in its cmd_*.cpp; tst_hubcli checks them.
const Program program{
    "buurtplein-hub",
    {
        {"serve", serve, "serve [--listen ADDRESS:PORT] [--k K] [--tiles FILE.mbtiles] [--snapshots DIR] [--snapshot-hours H] [--db DB]"},
        {"token create", tokenCreate, "token create --role worker|evaluator|admin [--org ORG_UID] [--label TEXT] [--db DB]"},
        {"token revoke", tokenRevoke, "token revoke --token TOKEN | --id ID [--db DB]"},
        {"token list", tokenList, "token list [--db DB]"},
        {"enrol-code create", enrolCodeCreate, "enrol-code create --org ORG_UID [--valid-days DAYS] [--hub-url URL] [--db DB]"},
        {"org create", orgCreate, "org create --uid UID --name NAME --kind KIND [--db DB]"},
        {"org list", orgList, "org list [--db DB]"},
        {"import-places", importPlaces, "import-places FILE [--map FIELD=COLUMN[,...]]... [--areas CBS_LABELPOINTS.csv] [--db DB]"},
        {"import-ics", importIcs, "import-ics FILE --org ORG_UID [--db DB]"},
        {"import-demo", importDemo, "import-demo [--db DB]"},
        {"drafts list", draftsList, "drafts list [--org ORG_UID] [--db DB]"},
        {"drafts confirm", draftsConfirm,
         "drafts confirm --activity UID --category CATEGORY --cost free|EUROS --audience AUDIENCE [--place PLACE_UID] [--db DB]"},
        {"drafts discard", draftsDiscard, "drafts discard --activity UID [--db DB]"},
        {"retention", retention, "retention --older-than DAYS [--db DB]"},
        {"backup", backup, "backup --to FILE [--db DB]"},
        {"logs export", logsExport, "logs export --org ORG_UID --to FILE [--db DB]"},
        {"logs delete", logsDelete, "logs delete --org ORG_UID --confirm ORG_UID [--db DB]"},
        {"stats", stats,
         "stats --metric METRIC --rows DIM [--columns DIM] --from DATE --to DATE [--format json|csv] [--lang nl|en] "
         "[--gemeente GM..] [--wijk WK..] [--buurt BU..] [--category C] [--programme P] [--organisation ORG] [--k K] [--db DB]"},
        {"import-areas", importAreas, "import-areas FILE.csv | FILE.geojson --code PROPERTY --name PROPERTY [--division YEAR] [--tiles FILE.mbtiles] [--db DB]"},
        {"report", report, "report --quarter YYYY-Qn --gemeente GM.. | --programme NAME --to FILE.pdf [--lang nl|en] [--k K] [--db DB]"},
        {"import-tiles", importTiles, "import-tiles DIR|FILE.mbtiles [--min-zoom Z] [--max-zoom Z] [--bbox W,S,E,N] [--tiles FILE.mbtiles] [--db DB]"},
        {"tile-regions", tileRegions, "tile-regions [--tiles FILE.mbtiles] [--db DB]"},
        {"build-snapshot", buildSnapshotCommand, "build-snapshot [--snapshots DIR] [--db DB]"},
        {"place-areas", placeAreas, "place-areas --place UID [--gemeente GM..] [--wijk WK..] [--buurt BU..] [--db DB]"},
    },
    "DB is an SQLite file (default $BUURTPLEIN_HUB_DB, else ./buurtplein-hub.sqlite) or\n"
    "postgresql://user[:password]@host[:port]/dbname. Tokens are printed once, bare; lists are JSON.\n"
    "Every command takes --now T (ISO 8601 with offset): the hub's clock starts at T.\n"
    "Exit status: 0 done, 1 the hub or its environment failed, 2 bad input (nothing changed).\n",
};
} // namespace

int run(const QStringList &args)
{
    return CommandFrame::run(program, args);
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

} // namespace Buurtplein::HubCli
