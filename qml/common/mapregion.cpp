// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/mapregion.h"
#include "common/tilerenderthread.h"
#include "common/vectormaplayer.h"

#include "hubclient/hubrequest.h"
#include "map/regionpackage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSaveFile>

#include <memory>

Q_LOGGING_CATEGORY(lcMapRegion, "buurtplein.map.region")

namespace Buurtplein {

namespace {
constexpr int StallTimeoutMs = 30000; // no byte for this long: the download stops (and resumes later)
const QString HeldFile = QStringLiteral("region.json");
} // namespace

/**
 * The waiting half of MapRegion, on its thread: the hub's list, the download written to a
 * .part file as it comes, the checks, and the files in the folder. Reports by signals.
 */
class RegionFetcher : public QObject
{
    Q_OBJECT

public:
    explicit RegionFetcher(const QString &folder) : m_folder(folder) {}

    // What the folder holds: region.json and the package it names, when both are there.
    // Packages of earlier versions (kept while the map still drew them) are removed.
    void restore()
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
        readOutlines(record.isEmpty() ? QString() : path);
    }

    // The buurt outlines of the package @p path (empty: the demo the app carries).
    void readOutlines(const QString &path)
    {
        QString error;
        const QString file = TileRenderThread::onDisk(path.isEmpty() ? VectorMapLayer::DemoTiles : path, &error);
        AreaOutlines::Set set;
        for (const RegionPackage::Area &area : RegionPackage::areas(file, &error)) {
            if (area.level != QLatin1String("buurt"))
                continue;
            if (const auto outline = AreaOutlines::read(area.code, area.name, QJsonDocument::fromJson(area.geometry).object()))
                set.insert(area.code, *outline);
        }
        if (!error.isEmpty())
            qCInfo(lcMapRegion) << "no outlines in" << file << error;
        Q_EMIT outlinesRead(set);
    }

    void list(const QUrl &hub)
    {
        QNetworkRequest request = HubRequest::make(hub, QStringLiteral("/v1/tiles/regions"));
        request.setTransferTimeout(StallTimeoutMs);
        QNetworkReply *reply = network()->get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 0)
                return Q_EMIT failed(MapRegion::Failure::Offline, 0, 0);
            if (status != 200)
                return Q_EMIT failed(MapRegion::Failure::Refused, 0, 0);
            Q_EMIT listed(QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("regions")).toArray());
        });
    }

    void fetch(const QUrl &hub, const QJsonObject &region)
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
            return Q_EMIT failed(MapRegion::Failure::Disk, 0, total);
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
                return Q_EMIT failed(MapRegion::Failure::Disk, received, total);
            }
            if (m_cancelled)
                return Q_EMIT cancelled(received, total);
            if (status == 404) {
                QFile::remove(partPath);
                return Q_EMIT failed(MapRegion::Failure::NoPackage, 0, total);
            }
            if (status == 0 && received == m_start) // no answer at all: the hub is out of reach
                return Q_EMIT failed(MapRegion::Failure::Offline, received, total);
            if (status != 200 && status != 206)
                return Q_EMIT failed(status == 0 ? MapRegion::Failure::Broken : MapRegion::Failure::Refused, received, total);
            if (reply->error() != QNetworkReply::NoError || received < total)
                return Q_EMIT failed(MapRegion::Failure::Broken, received, total);
            install(region, partPath);
        });
    }

    void cancel()
    {
        m_cancelled = true;
        if (m_reply)
            m_reply->abort();
    }

    void remove()
    {
        QFile::remove(QDir(m_folder).filePath(HeldFile));
        restore(); // removes every package, as none is held any more
    }

Q_SIGNALS:
    void held(const QJsonObject &region, const QString &path);
    void listed(const QJsonArray &regions);
    void progress(qint64 received, qint64 total);
    void checking();
    void failed(Buurtplein::MapRegion::Failure failure, qint64 received, qint64 total);
    void cancelled(qint64 received, qint64 total);
    void outlinesRead(const Buurtplein::AreaOutlines::Set &outlines);

private:
    QNetworkAccessManager *network()
    {
        if (!m_network)
            m_network = std::make_unique<QNetworkAccessManager>();
        return m_network.get();
    }

    // The whole file came: it must be the version the hub listed and a sound package
    // before the map may use it; then it is stored under a name of its own.
    void install(const QJsonObject &region, const QString &partPath)
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
            qCWarning(lcMapRegion) << "a downloaded package failed its check:" << (why.isEmpty() ? QStringLiteral("SHA-1 differs") : why);
            QFile::remove(partPath);
            QFile::remove(partPath + QStringLiteral(".sha1"));
            return Q_EMIT failed(MapRegion::Failure::Damaged, 0, 0);
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
            return Q_EMIT failed(MapRegion::Failure::Disk, 0, 0);
        QFile::remove(partPath + QStringLiteral(".sha1"));
        Q_EMIT this->held(held, target);
        readOutlines(target);
    }

    QString m_folder;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<QFile> m_part;
    QPointer<QNetworkReply> m_reply;
    qint64 m_start = 0;
    bool m_cancelled = false;
    bool m_diskFull = false;
};

MapRegion::MapRegion(const QString &folder, QObject *parent) : QObject(parent)
{
    qRegisterMetaType<Failure>("Buurtplein::MapRegion::Failure");
    qRegisterMetaType<AreaOutlines::Set>("Buurtplein::AreaOutlines::Set");
    m_fetcher = new RegionFetcher(folder);
    m_fetcher->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_fetcher, &QObject::deleteLater);
    connect(m_fetcher, &RegionFetcher::held, this, &MapRegion::onHeld);
    connect(m_fetcher, &RegionFetcher::listed, this, &MapRegion::onListed);
    connect(m_fetcher, &RegionFetcher::failed, this, &MapRegion::onFailed);
    connect(m_fetcher, &RegionFetcher::progress, this, [this](qint64 received, qint64 total) {
        m_received = received;
        m_total = total;
        Q_EMIT progressChanged();
    });
    connect(m_fetcher, &RegionFetcher::outlinesRead, this, [this](const AreaOutlines::Set &set) { m_outlines.set(set); });
    connect(m_fetcher, &RegionFetcher::checking, this, [this] { setState(Checking); });
    connect(m_fetcher, &RegionFetcher::cancelled, this, [this](qint64 received, qint64 total) {
        m_received = received;
        m_total = total;
        Q_EMIT progressChanged();
        setState(Idle);
        Q_EMIT finished(false);
    });
    m_thread.setObjectName(QStringLiteral("map region"));
    m_thread.start();
    QMetaObject::invokeMethod(m_fetcher, [fetcher = m_fetcher] { fetcher->restore(); });
}

MapRegion::~MapRegion()
{
    QMetaObject::invokeMethod(m_fetcher, [fetcher = m_fetcher] { fetcher->cancel(); });
    m_thread.quit();
    m_thread.wait();
}

QDateTime MapRegion::fetchedAt() const
{
    return QDateTime::fromString(m_held.value(QStringLiteral("fetchedAt")).toString(), Qt::ISODate);
}

void MapRegion::look(const QString &hub, bool hasLocation, double lat, double lon)
{
    const auto address = HubRequest::readAddress(hub);
    m_hasLocation = hasLocation;
    m_lat = lat;
    m_lon = lon;
    if (!address) {
        //: Offline map: the device has no hub address to fetch a map from
        setProblem(tr("This device has no hub to fetch a map from. Add one under Hub and sync."));
        return;
    }
    if (m_state == Downloading || m_state == Checking)
        return;
    m_hub = address->toString();
    setProblem({});
    setState(Looking);
    QMetaObject::invokeMethod(m_fetcher, [fetcher = m_fetcher, url = *address] { fetcher->list(url); });
}

bool MapRegion::download(const QString &code)
{
    if (m_state != Idle || m_hub.isEmpty())
        return false;
    for (const QJsonValue &region : m_listed) {
        if (region[QStringLiteral("code")].toString() != code)
            continue;
        setProblem({});
        m_received = 0;
        m_total = qint64(region[QStringLiteral("bytes")].toDouble());
        Q_EMIT progressChanged();
        setState(Downloading);
        QMetaObject::invokeMethod(m_fetcher, [fetcher = m_fetcher, url = QUrl(m_hub), r = region.toObject()] { fetcher->fetch(url, r); });
        return true;
    }
    return false;
}

void MapRegion::cancel()
{
    QMetaObject::invokeMethod(m_fetcher, [fetcher = m_fetcher] { fetcher->cancel(); });
}

void MapRegion::remove()
{
    if (m_state == Downloading || m_state == Checking)
        return;
    QMetaObject::invokeMethod(m_fetcher, [fetcher = m_fetcher] { fetcher->remove(); });
}

QString MapRegion::sizeText(double bytes) const
{
    return QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeSIFormat);
}

void MapRegion::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

void MapRegion::setProblem(const QString &problem)
{
    if (m_problem == problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged();
}

void MapRegion::onHeld(const QJsonObject &held, const QString &path)
{
    const bool downloaded = m_state == Checking;
    m_held = held;
    m_source = path;
    setState(Idle);
    Q_EMIT regionChanged();
    if (!m_listed.isEmpty())
        onListed(m_listed); // the offers' "held" and "newer" change
    if (downloaded)
        Q_EMIT finished(true);
}

void MapRegion::onListed(const QJsonArray &regions)
{
    m_listed = regions;
    struct Offer {
        QVariantMap map;
        double area;
    };
    QList<Offer> offers;
    for (const QJsonValue &value : regions) {
        const QJsonArray box = value[QStringLiteral("bounds")].toArray();
        const bool here = m_hasLocation && box.size() == 4 && m_lon >= box[0].toDouble() && m_lat >= box[1].toDouble()
            && m_lon <= box[2].toDouble() && m_lat <= box[3].toDouble();
        const QString code = value[QStringLiteral("code")].toString();
        const bool held = code == regionCode();
        offers.append({QVariantMap{{QStringLiteral("code"), code},
                                   {QStringLiteral("name"), value[QStringLiteral("name")].toString()},
                                   {QStringLiteral("bytes"), value[QStringLiteral("bytes")].toDouble()},
                                   {QStringLiteral("here"), here},
                                   {QStringLiteral("held"), held},
                                   {QStringLiteral("newer"), held && value[QStringLiteral("sha1")].toString() != m_held.value(QStringLiteral("sha1")).toString()}},
                       (box[2].toDouble() - box[0].toDouble()) * (box[3].toDouble() - box[1].toDouble())});
    }
    // Around the resident first (the smallest box that holds them), then the one held, then by name.
    std::stable_sort(offers.begin(), offers.end(), [](const Offer &a, const Offer &b) {
        const bool hereA = a.map.value(QStringLiteral("here")).toBool(), hereB = b.map.value(QStringLiteral("here")).toBool();
        if (hereA != hereB)
            return hereA;
        if (hereA)
            return a.area < b.area;
        const bool heldA = a.map.value(QStringLiteral("held")).toBool(), heldB = b.map.value(QStringLiteral("held")).toBool();
        if (heldA != heldB)
            return heldA;
        return QString::localeAwareCompare(a.map.value(QStringLiteral("name")).toString(), b.map.value(QStringLiteral("name")).toString()) < 0;
    });
    m_offers.clear();
    for (const Offer &o : offers)
        m_offers.append(o.map);
    if (m_state == Looking) {
        setState(Idle);
        if (m_offers.isEmpty())
            //: Offline map: the hub has no map packages
            setProblem(tr("The hub has no offline maps yet."));
    }
    Q_EMIT offersChanged();
}

void MapRegion::onFailed(Failure failure, qint64 received, qint64 total)
{
    const bool downloading = m_state == Downloading || m_state == Checking;
    m_received = received;
    m_total = total;
    Q_EMIT progressChanged();
    switch (failure) {
    case Failure::Offline:
        //: Offline map: the hub did not answer
        setProblem(tr("The hub cannot be reached now. The map you have keeps working."));
        break;
    case Failure::Refused:
        //: Offline map: the hub answered with an error
        setProblem(tr("The hub could not send the map now. Try again later."));
        break;
    case Failure::NoPackage:
        //: Offline map: the hub no longer has the package
        setProblem(tr("The hub no longer has this map. Look again for the maps it has."));
        break;
    case Failure::Broken:
        //: Offline map: the download stopped; %1 and %2 are sizes such as "4.1 MB" and "22.7 MB"
        setProblem(tr("The download stopped at %1 of %2. It goes on from there when you try again.").arg(sizeText(double(received)), sizeText(double(total))));
        break;
    case Failure::Damaged:
        //: Offline map: the downloaded file failed its check
        setProblem(tr("The downloaded map was damaged and has been thrown away. The map you had stays."));
        break;
    case Failure::Disk:
        //: Offline map: the file could not be written
        setProblem(tr("There is not enough room on this device for the map."));
        break;
    }
    setState(Idle);
    if (downloading)
        Q_EMIT finished(false);
}

} // namespace Buurtplein

#include "mapregion.moc"
