// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/regiondownload.h"

#include "hubclient/hubrequest.h"
#include "map/regionpackage.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcRegionDownload, "buurtplein.map.region")

namespace Buurtplein {

namespace {
constexpr int StallTimeoutMs = 30000; // no byte for this long: the download stops (and resumes later)
const QString HeldFile = QStringLiteral("region.json");
} // namespace

RegionDownload::RegionDownload(const QString &folder, QObject *parent) : QObject(parent), m_folder(folder)
{
    qRegisterMetaType<Failure>("Buurtplein::RegionDownload::Failure");
}

RegionDownload::~RegionDownload() = default;

// What the folder holds: region.json and the package it names, when both are there.
// Packages of earlier versions (kept while the map still drew them) are removed.
void RegionDownload::restore()
{
    QFile file(QDir(m_folder).filePath(HeldFile));
    QJsonObject record;
    if (file.open(QIODevice::ReadOnly))
        record = QJsonDocument::fromJson(file.readAll()).object();
    const QString path = record.isEmpty() ? QString() : QDir(m_folder).filePath(record.value(QStringLiteral("file")).toString());
    if (path.isEmpty() || !QFileInfo::exists(path))
        record = {};
    for (const QFileInfo &old : QDir(m_folder).entryInfoList({QStringLiteral("*.mbtiles")}, QDir::Files)) {
        if (old.absoluteFilePath() != QFileInfo(path).absoluteFilePath())
            QFile::remove(old.absoluteFilePath());
    }
    Q_EMIT held(record, record.isEmpty() ? QString() : path);
}


void RegionDownload::list(const QUrl &hub)
{
    QNetworkRequest request = HubRequest::make(hub, QStringLiteral("/v1/tiles/regions"));
    request.setTransferTimeout(StallTimeoutMs);
    QNetworkReply *reply = network()->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0)
            return Q_EMIT failed(Failure::Offline, 0, 0);
        if (status != 200)
            return Q_EMIT failed(Failure::Refused, 0, 0);
        Q_EMIT listed(QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("regions")).toArray());
    });
}

void RegionDownload::fetch(const QUrl &hub, const QJsonObject &region)
{
    const QString code = region.value(QStringLiteral("code")).toString();
    const QByteArray sha1 = region.value(QStringLiteral("sha1")).toString().toLatin1();
    const qint64 total = qint64(region.value(QStringLiteral("bytes")).toDouble());
    QDir().mkpath(m_folder);
    const QString partPath = QDir(m_folder).filePath(code + QStringLiteral(".part"));
    // A part of the same version goes on; anything else starts over.
    QFile tag(partPath + QStringLiteral(".sha1"));
    const bool sameVersion = tag.open(QIODevice::ReadOnly) && tag.readAll() == sha1;
    tag.close();
    m_part = std::make_unique<QFile>(partPath);
    const bool resume = sameVersion && m_part->exists() && m_part->size() < total;
    if (!m_part->open(resume ? QIODevice::Append : QIODevice::WriteOnly | QIODevice::Truncate)
        || (!resume && !(tag.open(QIODevice::WriteOnly | QIODevice::Truncate) && tag.write(sha1) == sha1.size()))) {
        m_part.reset();
        return Q_EMIT failed(Failure::Disk, 0, total);
    }
    tag.close();
    m_start = resume ? m_part->size() : 0;
    QNetworkRequest request = HubRequest::make(hub, QStringLiteral("/v1/tiles/regions/%1.mbtiles").arg(code));
    request.setTransferTimeout(StallTimeoutMs);
    if (m_start > 0) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_start) + '-');
        request.setRawHeader("If-Range", '"' + sha1 + '"');
    }
    m_cancelled = false;
    m_reply = network()->get(request);
    QNetworkReply *reply = m_reply;
    Q_EMIT progress(m_start, total);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        // The hub sent the whole file (a new version, or no range support): start over.
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200 && m_start > 0) {
            m_part->resize(0);
            m_part->seek(0);
            m_start = 0;
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply, total] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200 && status != 206)
            return;
        const QByteArray chunk = reply->readAll();
        if (m_part->write(chunk) != chunk.size()) {
            m_diskFull = true;
            reply->abort();
            return;
        }
        Q_EMIT progress(m_part->size(), total);
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, region, partPath, total] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_part->flush();
        const qint64 received = m_part->size();
        m_part->close();
        m_part.reset();
        if (m_diskFull) {
            m_diskFull = false;
            return Q_EMIT failed(Failure::Disk, received, total);
        }
        if (m_cancelled)
            return Q_EMIT cancelled(received, total);
        if (status == 404) {
            QFile::remove(partPath);
            return Q_EMIT failed(Failure::NoPackage, 0, total);
        }
        if (status == 0 && received == m_start) // no answer at all: the hub is out of reach
            return Q_EMIT failed(Failure::Offline, received, total);
        if (status != 200 && status != 206)
            return Q_EMIT failed(status == 0 ? Failure::Broken : Failure::Refused, received, total);
        if (reply->error() != QNetworkReply::NoError || received < total)
            return Q_EMIT failed(Failure::Broken, received, total);
        install(region, partPath);
    });
}

void RegionDownload::cancel()
{
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
}

void RegionDownload::remove()
{
    QFile::remove(QDir(m_folder).filePath(HeldFile));
    restore(); // removes every package, as none is held any more
}

QNetworkAccessManager *RegionDownload::network()
{
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    return m_network.get();
}

// The whole file came: it must be the version the hub listed and a sound package
// before the map may use it; then it is stored under a name of its own.
void RegionDownload::install(const QJsonObject &region, const QString &partPath)
{
    Q_EMIT checking();
    const QByteArray sha1 = region.value(QStringLiteral("sha1")).toString().toLatin1();
    QFile part(partPath);
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const bool read = part.open(QIODevice::ReadOnly) && hash.addData(&part);
    part.close();
    QString why;
    const bool sound = read && hash.result().toHex() == sha1 && RegionPackage::check(partPath, &why).has_value();
    if (!sound) {
        qCWarning(lcRegionDownload) << "a downloaded package failed its check:" << (why.isEmpty() ? QStringLiteral("SHA-1 differs") : why);
        QFile::remove(partPath);
        QFile::remove(partPath + QStringLiteral(".sha1"));
        return Q_EMIT failed(Failure::Damaged, 0, 0);
    }
    const QString code = region.value(QStringLiteral("code")).toString();
    const QString name = code + QLatin1Char('-') + QString::fromLatin1(sha1.left(12)) + QStringLiteral(".mbtiles");
    const QString target = QDir(m_folder).filePath(name);
    QFile::remove(target);
    QJsonObject held{{QStringLiteral("code"), code},
                     {QStringLiteral("name"), region.value(QStringLiteral("name"))},
                     {QStringLiteral("sha1"), QString::fromLatin1(sha1)},
                     {QStringLiteral("bytes"), region.value(QStringLiteral("bytes"))},
                     {QStringLiteral("file"), name},
                     {QStringLiteral("fetchedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    QSaveFile record(QDir(m_folder).filePath(HeldFile));
    if (!QFile::rename(partPath, target) || !record.open(QIODevice::WriteOnly)
        || record.write(QJsonDocument(held).toJson()) < 0 || !record.commit())
        return Q_EMIT failed(Failure::Disk, 0, 0);
    QFile::remove(partPath + QStringLiteral(".sha1"));
    Q_EMIT this->held(held, target);
}

} // namespace Buurtplein
