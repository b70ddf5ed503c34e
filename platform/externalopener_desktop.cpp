// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop backend: QDesktopServices hands URLs to the desktop's registered apps.
#include "platform/externalopener.h"

#include <QDesktopServices>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcOpener, "buurtplein.platform.opener")

namespace Buurtplein::ExternalOpener {

namespace {

// Whether the desktop has an app for geo: links. On Linux xdg-open "succeeds" even
// without one (it starts detached), so the handler is looked up first.
bool hasGeoHandler()
{
#if defined(Q_OS_LINUX) && !defined(Q_OS_ANDROID)
    const QString xdgMime = QStandardPaths::findExecutable(QStringLiteral("xdg-mime"));
    if (xdgMime.isEmpty())
        return false;
    QProcess query;
    query.start(xdgMime, {QStringLiteral("query"), QStringLiteral("default"), QStringLiteral("x-scheme-handler/geo")});
    if (!query.waitForFinished(3000))
        return false;
    return query.exitCode() == 0 && !query.readAllStandardOutput().trimmed().isEmpty();
#else
    // macOS and Windows report a missing handler through openUrl's result.
    return true;
#endif
}

} // namespace

bool openFile(const QString &path)
{
    return QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

bool openRoute(double lat, double lon, const QString &label)
{
    if (hasGeoHandler() && QDesktopServices::openUrl(geoUrl(lat, lon, label)))
        return true;
    qCInfo(lcOpener) << "no app for geo: links; opening the route on openstreetmap.org";
    return QDesktopServices::openUrl(webRouteUrl(lat, lon));
}

} // namespace Buurtplein::ExternalOpener
