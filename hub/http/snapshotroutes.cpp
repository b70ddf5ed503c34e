// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue snapshot (docs/sync.md, "Snapshot"): GET /v1/snapshot describes the file
// build-snapshot wrote (its change number, size and SHA-1), GET /v1/snapshot/{file} sends
// it whole or from a byte on (Range), so that a phone on a weak network resumes. No
// token: the catalogue is public. A snapshot older than the deletions the feed still
// serves is not offered: a device following the feed from it could miss one.
#include "http/httpreply.h"
#include "http/hubserver.h"
#include "store/hubcatalogue.h"
#include "store/hublog.h"
#include "sync/cataloguesnapshot.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace Buurtplein {

namespace {
const QString noSnapshot = QStringLiteral("This hub offers no catalogue snapshot now; read the feed from after=0.");
}

void HubServer::addSnapshotRoutes()
{
    addRoute(QStringLiteral("/v1/snapshot"), QHttpServerRequest::Method::Get, [this](const QHttpServerRequest &r) { return snapshotInfo(r); });
    m_http.route(QStringLiteral("/v1/snapshot/<arg>"), [this](const QString &file, const QHttpServerRequest &request) {
        return dispatch(request, QHttpServerRequest::Method::Get, [&](const QHttpServerRequest &r) { return snapshotFile(file, r); });
    });
}

QHttpServerResponse HubServer::snapshotInfo(const QHttpServerRequest &request)
{
    if (!request.query().isEmpty())
        return HttpReply::error(400, QStringLiteral("invalid_query"), QStringLiteral("The snapshot's description takes no parameters."));
    const auto info = CatalogueSnapshot::described(m_snapshots);
    if (!info)
        return HttpReply::error(404, QStringLiteral("no_snapshot"), noSnapshot);
    const auto oldest = HubCatalogue(m_db).oldestCursorServed();
    if (!oldest) {
        qCWarning(lcHub, "snapshot: cannot read the oldest cursor served");
        return HttpReply::error(500, QStringLiteral("internal"), QStringLiteral("The hub could not read its feed."));
    }
    if (info->changeNumber < *oldest)
        return HttpReply::error(404, QStringLiteral("no_snapshot"), noSnapshot);
    const QByteArray body = QJsonDocument(info->toJson()).toJson(QJsonDocument::Compact);
    return HttpReply::publicBody(request, QByteArrayLiteral("application/json"), body, QByteArrayLiteral("public, max-age=60"));
}

QHttpServerResponse HubServer::snapshotFile(const QString &file, const QHttpServerRequest &request)
{
    if (!request.query().isEmpty())
        return HttpReply::error(400, QStringLiteral("invalid_query"), QStringLiteral("The snapshot file takes no parameters."));
    const auto info = CatalogueSnapshot::described(m_snapshots);
    QFile snapshot(info ? QDir(m_snapshots).filePath(info->file) : QString());
    if (!info || info->file != file || !snapshot.open(QIODevice::ReadOnly))
        return HttpReply::error(404, QStringLiteral("no_snapshot"),
                                QStringLiteral("This hub does not offer %1 (any more); GET /v1/snapshot names the file it offers.").arg(file));
    const QByteArray etag = '"' + info->sha1.toLatin1() + '"';
    const QByteArray cacheControl = QByteArrayLiteral("public, max-age=86400");
    if (HttpReply::matchesEtag(request, etag))
        return HttpReply::notModified(etag, cacheControl);
    return HttpReply::fileRange(request, snapshot, QByteArrayLiteral("application/gzip"), etag, cacheControl);
}

} // namespace Buurtplein
