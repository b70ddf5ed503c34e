// SPDX-License-Identifier: GPL-3.0-or-later
// Map tiles (issue 20, docs/protocol.md): GET /v1/tiles/{z}/{x}/{y}.pbf from the hub's
// MBTiles file (buurtplein-hub import-tiles). No token: OpenStreetMap data is public.
// Tiles are stored gzip-compressed and sent as they are to a client that takes gzip,
// inflated for one that does not; a strong ETag from the bytes, a week's cache lifetime.
// Region packages (docs/map.md): GET /v1/tiles/regions lists them, GET
// /v1/tiles/regions/{GM code}.mbtiles sends one whole or from a byte on (Range), so that
// a phone on a weak network resumes a download rather than starting again.
#include "http/httpreply.h"
#include "http/hubserver.h"
#include "map/mbtiles.h"
#include "map/vectortile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Buurtplein {

void HubServer::setTileSet(std::shared_ptr<MbTiles> tiles)
{
    m_tiles = std::move(tiles);
}

void HubServer::addTileRoutes()
{
    m_http.route(QStringLiteral("/v1/tiles/<arg>/<arg>/<arg>"),
                 [this](const QString &z, const QString &x, const QString &file, const QHttpServerRequest &request) {
                     return dispatch(request, QHttpServerRequest::Method::Get, [&](const QHttpServerRequest &r) { return tile(z, x, file, r); });
                 });
    addRoute(QStringLiteral("/v1/tiles/regions"), QHttpServerRequest::Method::Get, [this](const QHttpServerRequest &r) { return tileRegions(r); });
    m_http.route(QStringLiteral("/v1/tiles/regions/<arg>"), [this](const QString &file, const QHttpServerRequest &request) {
        return dispatch(request, QHttpServerRequest::Method::Get, [&](const QHttpServerRequest &r) { return tileRegion(file, r); });
    });
}

namespace {
// The regions' index (RegionPackage::Info of each, written by the CLI); empty when none.
QJsonArray regionIndex(const QString &folder)
{
    QFile index(QDir(folder).filePath(QStringLiteral("index.json")));
    if (folder.isEmpty() || !index.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(index.readAll()).object().value(QStringLiteral("regions")).toArray();
}

} // namespace

QHttpServerResponse HubServer::tileRegions(const QHttpServerRequest &request)
{
    if (!request.query().isEmpty())
        return HttpReply::error(400, QStringLiteral("invalid_query"), QStringLiteral("The list of regions takes no parameters."));
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("regions"), regionIndex(m_tileRegions)}}).toJson(QJsonDocument::Compact);
    return HttpReply::publicBody(request, QByteArrayLiteral("application/json"), body, QByteArrayLiteral("public, max-age=3600"));
}

QHttpServerResponse HubServer::tileRegion(const QString &file, const QHttpServerRequest &request)
{
    static const QRegularExpression name(QStringLiteral("^(GM[0-9]{4})\\.mbtiles$"));
    const auto match = name.match(file);
    if (!match.hasMatch())
        return HttpReply::error(400, QStringLiteral("invalid_region"), QStringLiteral("A region package is /v1/tiles/regions/{GM code}.mbtiles, such as GM0363.mbtiles."));
    if (!request.query().isEmpty())
        return HttpReply::error(400, QStringLiteral("invalid_query"), QStringLiteral("A region package takes no parameters."));
    const QString code = match.captured(1);
    QJsonObject entry;
    for (const QJsonValue &region : regionIndex(m_tileRegions)) {
        if (region.toObject().value(QStringLiteral("code")).toString() == code)
            entry = region.toObject();
    }
    QFile package(QDir(m_tileRegions).filePath(code + QStringLiteral(".mbtiles")));
    if (entry.isEmpty() || !package.open(QIODevice::ReadOnly))
        return HttpReply::error(404, QStringLiteral("no_region"),
                                QStringLiteral("This hub has no map package of %1 (it needs map tiles and that gemeente's outlines: import-tiles, import-areas).").arg(code));
    const QByteArray etag = '"' + entry.value(QStringLiteral("sha1")).toString().toLatin1() + '"';
    const QByteArray cacheControl = QByteArrayLiteral("public, max-age=86400");
    if (HttpReply::matchesEtag(request, etag))
        return HttpReply::notModified(etag, cacheControl);
    return HttpReply::fileRange(request, package, QByteArrayLiteral("application/vnd.sqlite3"), etag, cacheControl);
}

QHttpServerResponse HubServer::tile(const QString &zText, const QString &xText, const QString &file, const QHttpServerRequest &request)
{
    if (!file.endsWith(QLatin1String(".pbf")))
        return HttpReply::error(404, QStringLiteral("not_found"), QStringLiteral("Tiles are /v1/tiles/{z}/{x}/{y}.pbf."));
    bool okZ = false, okX = false, okY = false;
    const TileId id{zText.toInt(&okZ), xText.toInt(&okX), file.chopped(4).toInt(&okY)};
    if (!okZ || !okX || !okY || !id.isValid())
        return HttpReply::error(400, QStringLiteral("invalid_tile"),
                                QStringLiteral("%1/%2/%3 is not a tile: z is 0-22, and x and y lie within 0 to 2^z - 1.").arg(zText, xText, file));
    if (!request.query().isEmpty())
        return HttpReply::error(400, QStringLiteral("invalid_query"), QStringLiteral("A tile takes no parameters."));
    const auto stored = m_tiles ? m_tiles->tile(id) : std::nullopt;
    if (!stored)
        return HttpReply::error(404, QStringLiteral("no_tile"),
                                m_tiles ? QStringLiteral("This hub has no tile %1.").arg(id.path())
                                        : QStringLiteral("This hub serves no map tiles (buurtplein-hub import-tiles)."));
    const QByteArray etag = '"' + QCryptographicHash::hash(*stored, QCryptographicHash::Sha1).toHex().left(20) + '"';
    const QByteArray cacheControl = QByteArrayLiteral("public, max-age=604800");
    if (HttpReply::matchesEtag(request, etag))
        return HttpReply::notModified(etag, cacheControl);
    const bool gzipped = stored->startsWith("\x1f\x8b");
    const bool sendAsStored = !gzipped || HttpReply::acceptsGzip(request);
    const QByteArray body = sendAsStored ? *stored : VectorTile::inflate(*stored).value_or(QByteArray());
    QHttpServerResponse response(QByteArrayLiteral("application/vnd.mapbox-vector-tile"), body);
    response.setHeader(QByteArrayLiteral("ETag"), etag);
    response.setHeader(QByteArrayLiteral("Cache-Control"), cacheControl);
    response.setHeader(QByteArrayLiteral("Vary"), QByteArrayLiteral("Accept-Encoding"));
    if (gzipped && sendAsStored)
        response.setHeader(QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip"));
    return response;
}

} // namespace Buurtplein
