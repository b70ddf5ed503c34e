// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandframe/commandframe.h"
#include "sync/cataloguesnapshot.h"

#include <QJsonArray>
#include <QStringList>

#include <functional>
#include <optional>

namespace Buurtplein {
class HubDatabase;
namespace Release {
struct Rules;
}
}

// The buurtplein-hub command line, in the command frame it shares with buurtplein-cli
// (tools/commandframe): an unknown, repeated or value-less option, or a missing required
// one, is refused with exit 2 and a usage line, messages go to stderr, and refused input
// changes nothing.
namespace Buurtplein::HubCli {

using namespace CommandFrame;

/**
 * Runs the command line @p args (without the program name); returns the exit code. Every
 * command also takes --now T (ISO 8601 with an offset): the hub's clock starts at T and
 * runs on from there, for demos and tests that must not depend on the day they run.
 */
int run(const QStringList &args);
/** The --db of @p args, else $BUURTPLEIN_HUB_DB, else buurtplein-hub.sqlite in the working folder. */
QString databaseLocation(const Arguments &args);
/**
 * Opens the hub database at @p location, runs @p body on it and closes it. A new SQLite
 * file is removed again when @p body refuses (any exit but Ok), so bad input leaves nothing.
 */
int withDatabase(const QString &location, const std::function<int(HubDatabase &)> &body);

/** The --tiles of @p args, else $BUURTPLEIN_HUB_TILES, else buurtplein-hub-tiles.mbtiles in the working folder. */
QString tilesLocation(const Arguments &args);

/** The folder of region packages beside the tile set @p tilesFile (docs/map.md). */
QString regionsLocation(const QString &tilesFile);
/**
 * Builds a region package (core/map/regionpackage.h) for every gemeente whose outlines
 * @p db holds and the tile set @p tilesFile covers, into regionsLocation(), replacing the
 * folder only when all were written; the packages' index, or std::nullopt and @p error.
 * An empty index when there is no tile set or no outline.
 */
std::optional<QJsonArray> buildTileRegions(HubDatabase &db, const QString &tilesFile, QString *error);

/** The --snapshots of @p args, else $BUURTPLEIN_HUB_SNAPSHOTS, else beside an SQLite --db (DB.snapshots), else buurtplein-hub-snapshots. */
QString snapshotsLocation(const Arguments &args);
/**
 * Writes the catalogue's snapshot for devices that never synced (core/sync/cataloguesnapshot.h)
 * into @p folder with its snapshot.json, from one consistent read of @p db; @p progress
 * hears the records written so far. Its description, or std::nullopt and @p error.
 */
std::optional<CatalogueSnapshot::Info> buildSnapshot(HubDatabase &db, const QString &folder, const QDateTime &now,
                                                      const std::function<void(qint64)> &progress, QString *error);

/** --k of @p options as release rules (SPEC defaults otherwise); std::nullopt and @p error when refused. */
std::optional<Release::Rules> releaseRules(const Arguments &options, QString *error);

// One function per command; each returns an ExitCode. Their usage lines are in hubcli.cpp.
int serve(const QStringList &args);
int tokenCreate(const QStringList &args);
int tokenRevoke(const QStringList &args);
int tokenList(const QStringList &args);
int enrolCodeCreate(const QStringList &args);
int orgCreate(const QStringList &args);
int orgList(const QStringList &args);
int importPlaces(const QStringList &args);
int importIcs(const QStringList &args);
int importDemo(const QStringList &args);
int draftsList(const QStringList &args);
int draftsConfirm(const QStringList &args);
int draftsDiscard(const QStringList &args);
int retention(const QStringList &args);
int backup(const QStringList &args);
int logsExport(const QStringList &args);
int logsDelete(const QStringList &args);
int stats(const QStringList &args);
int importAreas(const QStringList &args);
int placeAreas(const QStringList &args);
int importTiles(const QStringList &args);
int tileRegions(const QStringList &args);
int buildSnapshotCommand(const QStringList &args);
int report(const QStringList &args);

} // namespace Buurtplein::HubCli
