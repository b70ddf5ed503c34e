// SPDX-License-Identifier: GPL-3.0-or-later
#include "resident/nearme.h"
#include "device/devicesettings.h"
#include "device/locationresolver.h"
#include "places/areaindex.h"
#include "platform/positionprovider.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcNearMe, "buurtplein.app.nearme")

namespace Buurtplein {

namespace {
const QString positionMode = QStringLiteral("position");
const QString areaMode = QStringLiteral("area");
const QString postcodeMode = QStringLiteral("postcode");
} // namespace

NearMe::NearMe(DeviceSettings &settings, LocationResolver &resolver, PositionProvider *provider, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_resolver(resolver)
    , m_provider(provider)
    , m_fixTimer(new QTimer(this))
{
    // No fix in time (indoors, a source that never answers): offer the other choices at
    // once rather than "looking for your position" for ever.
    m_fixTimer->setSingleShot(true);
    m_fixTimer->setInterval(DefaultFixTimeoutMs);
    connect(m_fixTimer, &QTimer::timeout, this, [this] {
        if (m_state != Waiting && m_state != Asking)
            return;
        qCInfo(lcNearMe) << "no position fix within" << m_fixTimer->interval() << "ms";
        setState(Unavailable, tr("Without your position, choose your neighbourhood or type your postcode."));
    });
    if (!m_provider)
        return;
    connect(m_provider, &PositionProvider::positionUpdated, this, &NearMe::onPosition);
    connect(m_provider, &PositionProvider::unavailable, this, [this](const QString &reason) {
        qCInfo(lcNearMe) << "no position:" << reason;
        setState(Unavailable, reason);
    });
    connect(m_provider, &PositionProvider::permissionChanged, this, [this](bool granted) {
        if (!granted) {
            //: Shown when the resident did not allow the app to use the position
            setState(Denied, tr("Without your position, choose your neighbourhood or type your postcode."));
            return;
        }
        setState(Waiting);
        m_fixTimer->start();
        m_provider->start();
    });
}

void NearMe::setFixTimeoutMs(int ms)
{
    m_fixTimer->setInterval(ms);
}

QVariantList NearMe::areas() const
{
    QVariantList out;
    for (const AreaChoice &area : m_resolver.areas())
        out.append(QVariantMap{{QStringLiteral("code"), area.code},
                               {QStringLiteral("name"), area.name},
                               {QStringLiteral("level"), area.level}});
    return out;
}

QVariantList NearMe::findAreas(const QString &text, int limit) const
{
    QVariantList out;
    for (const AreaChoice &area : m_resolver.findAreas(text, limit))
        out.append(QVariantMap{{QStringLiteral("code"), area.code},
                               {QStringLiteral("name"), area.name},
                               {QStringLiteral("level"), area.level}});
    return out;
}

void NearMe::restore()
{
    const QString mode = m_settings.value(SettingKey::locationMode);
    if (mode == areaMode) {
        // A buurt chosen on the map keeps its own point; one from the list is looked up.
        const QStringList point = m_settings.value(SettingKey::areaPoint).split(QLatin1Char('|'));
        if (point.size() == 3)
            chooseOutlinedArea(m_settings.value(SettingKey::areaCode), point.at(0), point.at(1).toDouble(), point.at(2).toDouble());
        else
            chooseArea(m_settings.value(SettingKey::areaCode));
    }
    else if (mode == postcodeMode)
        usePostcode(m_settings.value(SettingKey::postcode));
    else if (mode == positionMode)
        usePosition();
}

void NearMe::usePosition()
{
    if (!m_provider || !m_provider->isAvailable()) {
        //: Shown when the device has no position source at all
        setState(Unavailable, tr("This device cannot tell your position. Choose your neighbourhood or type your postcode."));
        return;
    }
    m_settings.setValue(SettingKey::locationMode, positionMode);
    setState(Asking);
    m_provider->requestPermission();
}

bool NearMe::chooseArea(const QString &code)
{
    const std::optional<GeoPoint> point = m_resolver.forArea(code);
    if (!point) {
        //: Shown when a chosen neighbourhood has no known location
        setState(m_state, tr("That neighbourhood has no known location."));
        return false;
    }
    QString name = code;
    for (const AreaChoice &area : m_resolver.areas()) {
        if (area.code == code)
            name = area.name;
    }
    keepArea(code, name, SearchQuery::Near{point->lat, point->lon}, QString());
    return true;
}

bool NearMe::chooseOutlinedArea(const QString &code, const QString &name, double lat, double lon)
{
    if (!AreaIndex::levelOf(code) || name.trimmed().isEmpty() || name.contains(QLatin1Char('|')) || !(lat >= -90 && lat <= 90)
        || !(lon >= -180 && lon <= 180)) {
        //: Shown when a chosen neighbourhood has no known location
        setState(m_state, tr("That neighbourhood has no known location."));
        return false;
    }
    keepArea(code, name, SearchQuery::Near{lat, lon}, QStringLiteral("%1|%2|%3").arg(name).arg(lat, 0, 'f', 6).arg(lon, 0, 'f', 6));
    return true;
}

void NearMe::keepArea(const QString &code, const QString &name, const SearchQuery::Near &point, const QString &keptPoint)
{
    if (m_provider)
        m_provider->stop();
    m_settings.setValue(SettingKey::locationMode, areaMode);
    m_settings.setValue(SettingKey::areaCode, code);
    if (keptPoint.isEmpty())
        m_settings.remove(SettingKey::areaPoint);
    else
        m_settings.setValue(SettingKey::areaPoint, keptPoint);
    setState(Off);
    setPoint(point, areaMode, name);
}

QString NearMe::areaCode() const
{
    return m_mode == areaMode ? m_settings.value(SettingKey::areaCode) : QString();
}

bool NearMe::usePostcode(const QString &text)
{
    QString error;
    const std::optional<GeoPoint> point = m_resolver.forPostcode(text, &error);
    if (!point) {
        setState(m_state, error);
        return false;
    }
    if (m_provider)
        m_provider->stop();
    const QString postcode = LocationResolver::normalisePostcode(text);
    m_settings.setValue(SettingKey::locationMode, postcodeMode);
    m_settings.setValue(SettingKey::postcode, postcode);
    setState(Off);
    const QString label = postcode.size() == 6 ? postcode.left(4) + QLatin1Char(' ') + postcode.mid(4) : postcode;
    setPoint(SearchQuery::Near{point->lat, point->lon}, postcodeMode, label);
    return true;
}

void NearMe::forget()
{
    if (m_provider)
        m_provider->stop();
    m_settings.remove(SettingKey::locationMode);
    m_settings.remove(SettingKey::areaCode);
    m_settings.remove(SettingKey::areaPoint);
    m_settings.remove(SettingKey::postcode);
    setState(Off);
    setPoint(std::nullopt, {}, {});
}

void NearMe::setState(PositionState state, const QString &message)
{
    if (state == m_state && message == m_message)
        return;
    m_state = state;
    m_message = message;
    Q_EMIT positionStateChanged();
}

void NearMe::setPoint(std::optional<SearchQuery::Near> point, const QString &mode, const QString &label)
{
    m_point = point;
    m_mode = mode;
    m_label = label;
    Q_EMIT locationChanged();
}

void NearMe::onPosition(double lat, double lon, double)
{
    m_fixTimer->stop();
    setState(Fixed);
    //: Where "near me" is measured from when the device knows its position
    setPoint(SearchQuery::Near{lat, lon}, positionMode, tr("Your position"));
}

} // namespace Buurtplein
