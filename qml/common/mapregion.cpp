// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/mapregion.h"
#include "common/tilerenderthread.h"
#include "common/vectormaplayer.h"

#include "hubclient/hubrequest.h"
#include "map/regiondownload.h"
#include "map/regionpackage.h"

#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMapRegion, "buurtplein.map.outlines")

namespace Buurtplein {

namespace {
// The buurt outlines of the package @p path (empty: the demo the app carries), projected
// for the map: run on the download's thread, never the UI thread.
AreaOutlines::Set readOutlines(const QString &path)
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
    return set;
}
} // namespace

MapRegion::MapRegion(const QString &folder, QObject *parent) : QObject(parent)
{
    m_fetcher = new RegionDownload(folder);
    m_fetcher->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_fetcher, &QObject::deleteLater);
    connect(m_fetcher, &RegionDownload::held, this, &MapRegion::onHeld);
    connect(m_fetcher, &RegionDownload::listed, this, &MapRegion::onListed);
    connect(m_fetcher, &RegionDownload::failed, this, &MapRegion::onFailed);
    connect(m_fetcher, &RegionDownload::progress, this, [this](qint64 received, qint64 total) {
        m_received = received;
        m_total = total;
        Q_EMIT progressChanged();
    });
    connect(m_fetcher, &RegionDownload::checking, this, [this] { setState(Checking); });
    connect(m_fetcher, &RegionDownload::cancelled, this, [this](qint64 received, qint64 total) {
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
    // The chooser's outlines follow the package the map draws, read off the UI thread.
    QMetaObject::invokeMethod(m_fetcher, [this, path] {
        const AreaOutlines::Set set = readOutlines(path);
        QMetaObject::invokeMethod(this, [this, set] { m_outlines.set(set); });
    });
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

void MapRegion::onFailed(RegionDownload::Failure failure, qint64 received, qint64 total)
{
    const bool downloading = m_state == Downloading || m_state == Checking;
    m_received = received;
    m_total = total;
    Q_EMIT progressChanged();
    switch (failure) {
    case RegionDownload::Failure::Offline:
        //: Offline map: the hub did not answer
        setProblem(tr("The hub cannot be reached now. The map you have keeps working."));
        break;
    case RegionDownload::Failure::Refused:
        //: Offline map: the hub answered with an error
        setProblem(tr("The hub could not send the map now. Try again later."));
        break;
    case RegionDownload::Failure::NoPackage:
        //: Offline map: the hub no longer has the package
        setProblem(tr("The hub no longer has this map. Look again for the maps it has."));
        break;
    case RegionDownload::Failure::Broken:
        //: Offline map: the download stopped; %1 and %2 are sizes such as "4.1 MB" and "22.7 MB"
        setProblem(tr("The download stopped at %1 of %2. It goes on from there when you try again.").arg(sizeText(double(received)), sizeText(double(total))));
        break;
    case RegionDownload::Failure::Damaged:
        //: Offline map: the downloaded file failed its check
        setProblem(tr("The downloaded map was damaged and has been thrown away. The map you had stays."));
        break;
    case RegionDownload::Failure::Disk:
        //: Offline map: the file could not be written
        setProblem(tr("There is not enough room on this device for the map."));
        break;
    }
    setState(Idle);
    if (downloading)
        Q_EMIT finished(false);
}

} // namespace Buurtplein
