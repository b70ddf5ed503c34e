// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QFile;
class QNetworkAccessManager;
class QNetworkReply;

namespace Buurtplein {

/**
 * The conversation with the hub about map packages, and the files they become (issue 20,
 * docs/map.md, "Region packages"): the hub's list, a package downloaded into a .part file
 * as it comes (going on from a broken download of the same version with Range and
 * If-Range), checked (the list's SHA-1 and RegionPackage::check) and stored under a name
 * of its own beside region.json, which names the package held. Lives on a thread of its
 * own (MapRegion's); every request goes through HubRequest, so it carries only the fields
 * the protocol names. Reports by signals; the sentences are the app's.
 */
class RegionDownload : public QObject
{
    Q_OBJECT

public:
    /** Why a step failed. */
    enum class Failure { Offline, Refused, NoPackage, Broken, Damaged, Disk };

    /** Keeps its packages in @p folder (created when needed). */
    explicit RegionDownload(const QString &folder, QObject *parent = nullptr);
    ~RegionDownload() override;

    /** Reports the package held (held()); packages of earlier versions are removed. */
    void restore();
    /** Asks @p hub for its list (listed() or failed()). */
    void list(const QUrl &hub);
    /** Downloads @p region, an entry of the list (progress(), then held() or failed()). */
    void fetch(const QUrl &hub, const QJsonObject &region);
    /** Stops a download; what came is kept for the next try (cancelled()). */
    void cancel();
    /** Forgets the package held and removes every package file (held() with none). */
    void remove();

Q_SIGNALS:
    /** The package held: its record in region.json and its file; both empty when none. */
    void held(const QJsonObject &region, const QString &path);
    void listed(const QJsonArray &regions);
    void progress(qint64 received, qint64 total);
    void checking();
    void failed(Buurtplein::RegionDownload::Failure failure, qint64 received, qint64 total);
    void cancelled(qint64 received, qint64 total);

private:
    QNetworkAccessManager *network();
    void install(const QJsonObject &region, const QString &partPath);

    QString m_folder;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<QFile> m_part;
    QPointer<QNetworkReply> m_reply;
    qint64 m_start = 0;
    bool m_cancelled = false;
    bool m_diskFull = false;
};

} // namespace Buurtplein
