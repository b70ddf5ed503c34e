// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace Buurtplein {

/**
 * Hands a file or a route to the platform's own apps. A route names only its destination:
 * the resident's position is never put in a URL; the maps app finds it itself.
 */
namespace ExternalOpener {

/** Opens @p path (e.g. an .ics file to add to the calendar) in the app the platform picks. */
bool openFile(const QString &path);
/** Opens a route to (@p lat, @p lon) named @p label in the platform's maps app, else in OpenStreetMap's website. */
bool openRoute(double lat, double lon, const QString &label);

/** geo:52.364156,4.938757?q=52.364156,4.938757(OBA%20Javaplein) (RFC 5870 with the label Android and iOS maps read). */
QUrl geoUrl(double lat, double lon, const QString &label);
/** OpenStreetMap's walking directions with only the destination filled in. */
QUrl webRouteUrl(double lat, double lon);

} // namespace ExternalOpener

} // namespace Buurtplein
