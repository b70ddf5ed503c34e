// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QHttpServer>
#include "release/releaserules.h"
#include <QObject>

#include <functional>
#include <memory>

namespace Buurtplein {

class HubDatabase;
class MbTiles;

/**
 * The hub's HTTP API (docs/protocol.md) on Qt HTTP Server: GET /v1/health,
 * POST /v1/enrol, GET /v1/whoami. Logs one line per request on stderr (method, path,
 * status, duration) and never a body, an address or a user agent.
 */
class HubServer : public QObject
{
    Q_OBJECT

public:
    /** @p now gives the time in seconds since the epoch; tests may fix it. */
    explicit HubServer(HubDatabase &db, std::function<qint64()> now = {}, QObject *parent = nullptr);

    /** Listens on @p address:@p port (0 picks a free one); the port, or 0 and @p error when it cannot. */
    quint16 listen(const QHostAddress &address, quint16 port, QString *error);
    /** The release rules of the statistics routes (serve --k); SPEC defaults until set. */
    void setReleaseRules(const Release::Rules &rules) { m_releaseRules = rules; }
    /** The map tiles GET /v1/tiles serves (serve --tiles); none until set. */
    void setTileSet(std::shared_ptr<MbTiles> tiles);
    /** The folder of region packages GET /v1/tiles/regions serves (import-tiles and import-areas build it); none until set. */
    void setTileRegions(const QString &folder) { m_tileRegions = folder; }
    /** The folder of catalogue snapshots GET /v1/snapshot serves (build-snapshot writes it); none until set. */
    void setSnapshots(const QString &folder) { m_snapshots = folder; }

private:
    using Handler = std::function<QHttpServerResponse(const QHttpServerRequest &)>;
    /** The longest name a device may be given at enrolment. */
    static constexpr int MaxDeviceLabel = 60;
    void addRoute(const QString &path, QHttpServerRequest::Method method, Handler handler);
    /** Runs @p handler for a request of @p method (405 otherwise) and logs it: what every route does. */
    static QHttpServerResponse dispatch(const QHttpServerRequest &request, QHttpServerRequest::Method method, const Handler &handler);

    QHttpServerResponse health(const QHttpServerRequest &request);
    QHttpServerResponse enrol(const QHttpServerRequest &request);
    QHttpServerResponse whoami(const QHttpServerRequest &request);

    // The catalogue: GET /v1/feed, POST /v1/changes (catalogueroutes.cpp).
    void addCatalogueRoutes();
    QHttpServerResponse feed(const QHttpServerRequest &request);
    QHttpServerResponse changes(const QHttpServerRequest &request);

    // Ingest: POST /v1/session-logs, GET /v1/session-logs/export (ingestroutes.cpp).
    void addIngestRoutes();
    QHttpServerResponse postSessionLogs(const QHttpServerRequest &request);
    QHttpServerResponse exportSessionLogs(const QHttpServerRequest &request);
    QHttpServerResponse loggedSessions(const QHttpServerRequest &request);
    // Residents' anonymous joins: POST /v1/join-counts (joinroutes.cpp).
    void addJoinRoutes();
    QHttpServerResponse postJoinCounts(const QHttpServerRequest &request);
    // Released statistics: GET /v1/stats/dimensions, GET /v1/stats/table (statsroutes.cpp).
    void addStatsRoutes();
    QHttpServerResponse statsDimensions(const QHttpServerRequest &request);
    QHttpServerResponse statsTable(const QHttpServerRequest &request);

    // icsroutes.cpp: subscribable calendars of the public catalogue
    void addIcsRoutes();
    QHttpServerResponse icsFeed(const QString &kind, const QString &file, const QHttpServerRequest &request);
    // arearoutes.cpp: area outlines for maps
    void addAreaRoutes();
    QHttpServerResponse areaOutlines(const QHttpServerRequest &request);
    // tileroutes.cpp: map tiles from an MBTiles file
    void addTileRoutes();
    QHttpServerResponse tile(const QString &z, const QString &x, const QString &file, const QHttpServerRequest &request);
    QHttpServerResponse tileRegions(const QHttpServerRequest &request);
    QHttpServerResponse tileRegion(const QString &file, const QHttpServerRequest &request);
    std::shared_ptr<MbTiles> m_tiles;
    QString m_tileRegions;
    // snapshotroutes.cpp: the catalogue in one file for a device that never synced
    void addSnapshotRoutes();
    QHttpServerResponse snapshotInfo(const QHttpServerRequest &request);
    QHttpServerResponse snapshotFile(const QString &file, const QHttpServerRequest &request);
    QString m_snapshots;

    Release::Rules m_releaseRules;

    std::shared_ptr<class JoinBudget> m_joinBudget; ///< per process, in memory only (docs/hub.md)

    HubDatabase &m_db;
    std::function<qint64()> m_now;
    QHttpServer m_http;
};

} // namespace Buurtplein
