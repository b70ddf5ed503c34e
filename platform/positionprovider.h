// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace Buurtplein {

/**
 * Where the resident is, for "near me". The position stays on the device: it is only
 * handed to the search on this device and never written or sent anywhere.
 *
 * create() picks the source: an NMEA replay when a file is given (demos and tests), else
 * the platform's own (Qt Positioning's default source; a mobile backend asks for the
 * location permission first).
 */
class PositionProvider : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool active READ isActive NOTIFY activeChanged)
    Q_PROPERTY(bool permissionGranted READ isPermissionGranted NOTIFY permissionChanged)
    Q_PROPERTY(bool available READ isAvailable CONSTANT)

public:
    /** An NMEA replay of @p nmeaReplayFile (a path or ":/" resource) when given, else the platform's source. */
    static PositionProvider *create(const QString &nmeaReplayFile, QObject *parent);

    /** True between start() and stop() while the source delivers. */
    bool isActive() const { return m_active; }
    /** True once the resident allowed location access. */
    bool isPermissionGranted() const { return m_permissionGranted; }

    /** Asks for location access; permissionChanged() answers (at once on the desktop). */
    virtual void requestPermission();
    /** Starts delivering positionUpdated(); unavailable() when it cannot. */
    virtual void start() = 0;
    virtual void stop() = 0;
    /** True when the device has a position source at all. */
    virtual bool isAvailable() const = 0;

Q_SIGNALS:
    void activeChanged(bool active);
    void permissionChanged(bool granted);
    /** A fix in WGS84 degrees; @p accuracyMetres is -1 when the source does not say. */
    void positionUpdated(double lat, double lon, double accuracyMetres);
    /** No position can be had, with a sentence for the resident. */
    void unavailable(const QString &reason);

protected:
    explicit PositionProvider(QObject *parent = nullptr);
    void setActive(bool active);
    void setPermissionGranted(bool granted);

private:
    /** The platform's own source; defined in the backend file CMake picks. */
    static PositionProvider *createPlatform(QObject *parent);

    bool m_active = false;
    bool m_permissionGranted = false;
};

} // namespace Buurtplein
