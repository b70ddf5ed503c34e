// SPDX-License-Identifier: GPL-3.0-or-later
// A device that never synced starts from the hub's catalogue snapshot (docs/sync.md,
// "Snapshot"): GET /v1/snapshot, the gzipped file in parts (Range, If-Range) into a .part
// file that outlives a broken cycle, its SHA-1 checked, inflated, checked again
// (CatalogueSnapshot::check) and copied into the catalogue in one transaction; then the
// feed from the snapshot's change number. Whatever makes the snapshot unusable falls back
// to reading the whole feed, as before.
#include "sync/cataloguesnapshot.h"
#include "sync/syncengine.h"
#include "storage/database.h"
#include "sync/synclog.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QNetworkReply>

namespace Buurtplein {

namespace {
constexpr int MaxStartsOver = 2;  // a new snapshot appeared mid-download: start again at most this often
const QString PartFile = QStringLiteral("snapshot.part");

QString partPath(const QString &folder) { return QDir(folder).filePath(PartFile); }
QString tagPath(const QString &folder) { return partPath(folder) + QStringLiteral(".sha1"); }
QString inflatedPath(const QString &folder) { return QDir(folder).filePath(QStringLiteral("snapshot.sqlite")); }

void removeDownload(const QString &folder)
{
    for (const QString &path : {partPath(folder), tagPath(folder), inflatedPath(folder), inflatedPath(folder) + QStringLiteral("-journal")})
        QFile::remove(path);
}
} // namespace

void SyncEngine::fetchSnapshot(int attempt)
{
    setState(FetchingSnapshot);
    get(QStringLiteral("/v1/snapshot"), [this, attempt](const Answer &answer) {
        if (answer.status == 0) {
            end(false, tr("The catalogue could not be fetched from the hub: %1").arg(answer.message()));
            return;
        }
        if (answer.status != 200) {
            snapshotUnusable(QStringLiteral("the hub offers none (%1)").arg(answer.message()));
            return;
        }
        QString error;
        const auto info = CatalogueSnapshot::Info::fromJson(answer.json, &error);
        if (!info) {
            snapshotUnusable(error);
            return;
        }
        if (info->schemaVersion != Database::latestSchemaVersion()) {
            snapshotUnusable(QStringLiteral("it is written in schema %1, this device reads %2").arg(info->schemaVersion).arg(Database::latestSchemaVersion()));
            return;
        }
        fetchSnapshotPart(*info, attempt);
    });
}

void SyncEngine::fetchSnapshotPart(const CatalogueSnapshot::Info &info, int attempt)
{
    QDir().mkpath(m_snapshotFolder);
    // A part of this version goes on where it stopped; anything else starts over.
    QFile tag(tagPath(m_snapshotFolder));
    const bool sameVersion = tag.open(QIODevice::ReadOnly) && tag.readAll() == info.sha1.toLatin1();
    tag.close();
    QFile part(partPath(m_snapshotFolder));
    if (!sameVersion) {
        if (!part.open(QIODevice::WriteOnly | QIODevice::Truncate) || !tag.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || tag.write(info.sha1.toLatin1()) != info.sha1.size()) {
            snapshotUnusable(QStringLiteral("it cannot be stored in %1").arg(m_snapshotFolder));
            return;
        }
        part.close();
    }
    const qint64 have = part.size();
    emit snapshotProgress(have, info.bytes);
    if (have >= info.bytes) {
        installSnapshot(info);
        return;
    }
    const qint64 last = std::min(have + m_snapshotChunk, info.bytes) - 1;
    const QByteArray etag = '"' + info.sha1.toLatin1() + '"';
    auto sent = std::make_shared<QPointer<QNetworkReply>>();
    *sent = m_client.getRange(m_hub, QStringLiteral("/v1/snapshot/") + info.file, have, last, etag, this,
                              [this, sent, info, attempt, have, last](const HubAnswer &hub) {
        m_replies.removeAll(*sent);
        m_lastAnswer = hub.kind;
        if (hub.status == 0) {
            // Kept: the next cycle goes on from here.
            end(false, tr("The catalogue could not be fetched from the hub: %1").arg(hub.networkError));
            return;
        }
        if (hub.status == 200 || hub.status == 404 || hub.status == 416) {
            // The hub has built a newer snapshot (or lost this one): ask again.
            removeDownload(m_snapshotFolder);
            if (attempt >= MaxStartsOver)
                snapshotUnusable(QStringLiteral("it changed while it was downloaded"));
            else
                fetchSnapshot(attempt + 1);
            return;
        }
        if (hub.status != 206 || hub.body.size() != last - have + 1) {
            removeDownload(m_snapshotFolder);
            snapshotUnusable(QStringLiteral("the hub answered a part with HTTP %1 and %2 bytes").arg(hub.status).arg(hub.body.size()));
            return;
        }
        QFile part(partPath(m_snapshotFolder));
        if (!part.open(QIODevice::Append) || part.size() != have || part.write(hub.body) != hub.body.size()) {
            removeDownload(m_snapshotFolder);
            snapshotUnusable(QStringLiteral("the device could not store it (disk full?)"));
            return;
        }
        part.close();
        fetchSnapshotPart(info, attempt);
    });
    m_replies.append(*sent);
}

void SyncEngine::installSnapshot(const CatalogueSnapshot::Info &info)
{
    QFile part(partPath(m_snapshotFolder));
    QCryptographicHash hash(QCryptographicHash::Sha1);
    if (!part.open(QIODevice::ReadOnly) || !hash.addData(&part) || QString::fromLatin1(hash.result().toHex()) != info.sha1) {
        removeDownload(m_snapshotFolder);
        snapshotUnusable(QStringLiteral("the downloaded file is not the one the hub described (SHA-1 differs)"));
        return;
    }
    part.close();
    QElapsedTimer timer;
    timer.start();
    QString error;
    const bool inflated = CatalogueSnapshot::inflate(partPath(m_snapshotFolder), inflatedPath(m_snapshotFolder), &error);
    qCInfo(lcSync) << "snapshot checked and inflated in" << timer.elapsed() << "ms";
    const bool installed = inflated && CatalogueSnapshot::install(m_db, inflatedPath(m_snapshotFolder), m_clock(), &error).has_value();
    removeDownload(m_snapshotFolder);
    if (!installed) {
        snapshotUnusable(error);
        return;
    }
    m_snapshotInstalled = true;
    qCInfo(lcSync) << "catalogue taken from the hub's snapshot at change" << info.changeNumber << "; following the feed from there";
    pullNext();
}

void SyncEngine::snapshotUnusable(const QString &why)
{
    qCInfo(lcSync) << "not using the hub's catalogue snapshot:" << why << "; reading the whole feed";
    resync();
}

} // namespace Buurtplein
