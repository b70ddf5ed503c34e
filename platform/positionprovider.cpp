// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/positionprovider.h"
#include "platform/geosourceprovider.h"

#include <QFile>
#include <QLoggingCategory>
#include <QNmeaPositionInfoSource>

Q_LOGGING_CATEGORY(lcPosition, "buurtplein.platform.position")

namespace Buurtplein {

namespace {
// Qt's NMEA source reports 2 x HDOP x this user-equivalent range error as the accuracy
// in metres; 5 m is typical of a phone's GPS in a street with houses on both sides.
constexpr double RangeErrorMetres = 5.0;
} // namespace

PositionProvider::PositionProvider(QObject *parent)
    : QObject(parent)
{
}

PositionProvider *PositionProvider::create(const QString &nmeaReplayFile, QObject *parent)
{
    if (nmeaReplayFile.isEmpty())
        return createPlatform(parent);
    auto *file = new QFile(nmeaReplayFile);
    if (!file->open(QIODevice::ReadOnly)) {
        qCWarning(lcPosition) << "cannot replay" << nmeaReplayFile << file->errorString();
        delete file;
        return new GeoSourcePositionProvider(nullptr, parent);
    }
    auto *source = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::SimulationMode);
    file->setParent(source);
    source->setDevice(file);
    source->setUserEquivalentRangeError(RangeErrorMetres);
    qCInfo(lcPosition) << "replaying positions from" << nmeaReplayFile;
    auto *provider = new GeoSourcePositionProvider(source, parent);
    // A recorded walk needs no permission: it is not the resident's position.
    provider->setPermissionGranted(true);
    return provider;
}

void PositionProvider::requestPermission()
{
    setPermissionGranted(true);
}

void PositionProvider::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    Q_EMIT activeChanged(active);
}

void PositionProvider::setPermissionGranted(bool granted)
{
    m_permissionGranted = granted;
    // Emitted even when unchanged: a page that asked waits for the answer.
    Q_EMIT permissionChanged(granted);
}

GeoSourcePositionProvider::GeoSourcePositionProvider(QGeoPositionInfoSource *source, QObject *parent)
    : PositionProvider(parent)
    , m_source(source)
{
    if (!m_source)
        return;
    m_source->setParent(this);
    m_source->setUpdateInterval(1000);
    connect(m_source, &QGeoPositionInfoSource::positionUpdated, this, &GeoSourcePositionProvider::onPosition);
    connect(m_source, &QGeoPositionInfoSource::errorOccurred, this, &GeoSourcePositionProvider::onError);
}

void GeoSourcePositionProvider::start()
{
    if (!m_source) {
        //: Shown on "near me" when the device cannot tell where it is.
        Q_EMIT unavailable(tr("This device cannot tell where you are. Choose your neighbourhood or type your postcode."));
        return;
    }
    m_source->startUpdates();
    setActive(true);
}

void GeoSourcePositionProvider::stop()
{
    if (m_source)
        m_source->stopUpdates();
    setActive(false);
}

void GeoSourcePositionProvider::onPosition(const QGeoPositionInfo &info)
{
    if (!info.isValid() || !info.coordinate().isValid())
        return;
    const double accuracy = info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy)
        ? info.attribute(QGeoPositionInfo::HorizontalAccuracy)
        : -1.0;
    Q_EMIT positionUpdated(info.coordinate().latitude(), info.coordinate().longitude(), accuracy);
}

void GeoSourcePositionProvider::onError(QGeoPositionInfoSource::Error error)
{
    qCInfo(lcPosition) << "position source error" << error;
    switch (error) {
    case QGeoPositionInfoSource::AccessError:
        setPermissionGranted(false);
        setActive(false);
        //: Shown on "near me" when the resident did not allow location access.
        Q_EMIT unavailable(tr("Buurtplein may not use your location. Choose your neighbourhood or type your postcode."));
        break;
    case QGeoPositionInfoSource::ClosedError:
        setActive(false);
        //: Shown on "near me" when location is switched off on the device.
        Q_EMIT unavailable(tr("Location is switched off on this device. Choose your neighbourhood or type your postcode."));
        break;
    case QGeoPositionInfoSource::UpdateTimeoutError:
        //: Shown on "near me" while the device has no position fix (e.g. indoors).
        Q_EMIT unavailable(tr("No position found yet. Choose your neighbourhood or type your postcode."));
        break;
    case QGeoPositionInfoSource::UnknownSourceError:
    case QGeoPositionInfoSource::NoError:
        break;
    }
}

} // namespace Buurtplein
