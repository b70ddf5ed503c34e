// SPDX-License-Identifier: GPL-3.0-or-later
// The Qt-portable backend: Qt Positioning's default source for this platform (GeoClue on
// Linux, CoreLocation on macOS, Windows' location API). A desktop asks no permission of
// its own here, so the base class grants it at once.
#include "platform/geosourceprovider.h"

namespace Buurtplein {

PositionProvider *PositionProvider::createPlatform(QObject *parent)
{
    return new GeoSourcePositionProvider(QGeoPositionInfoSource::createDefaultSource(nullptr), parent);
}

} // namespace Buurtplein
