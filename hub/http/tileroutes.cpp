// SPDX-License-Identifier: GPL-3.0-or-later
// Map tiles (issue 20, docs/protocol.md): GET /v1/tiles/{z}/{x}/{y}.pbf from the hub's
// MBTiles file (buurtplein-hub import-tiles). No token: OpenStreetMap data is public.
// Tiles are stored gzip-compressed and sent as they are to a client that takes gzip,
// inflated for one that does not; a strong ETag from the bytes, a week's cache lifetime.
#include "http/httpreply.h"
#include "http/hubserver.h"
#include "map/mbtiles.h"
#include "map/vectortile.h"

#include <QCryptographicHash>

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
