// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/positionprovider.h"

#include <QGeoPositionInfoSource>
#include <QPointer>

namespace Buurtplein {

/** A PositionProvider over any Qt Positioning source: the platform's default one or an NMEA replay. */
class GeoSourcePositionProvider : public PositionProvider
{
    Q_OBJECT

public:
    /** Takes ownership of @p source, which may be null when the device has none. */
    GeoSourcePositionProvider(QGeoPositionInfoSource *source, QObject *parent);

    void start() override;
    void stop() override;
    bool isAvailable() const override { return m_source != nullptr; }

private:
    void onPosition(const QGeoPositionInfo &info);
    void onError(QGeoPositionInfoSource::Error error);

    QPointer<QGeoPositionInfoSource> m_source;
};

} // namespace Buurtplein
