// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicepaths.h"

#include <QDir>
#include <QStandardPaths>

namespace Buurtplein::DevicePaths {

QString dataDirectory()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir;
}

QString catalogueDatabase()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("catalogue.sqlite"));
}

QString exportDirectory()
{
    // A cache: the platform may clear it, and the files in it are only hand-overs.
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("export"));
    QDir().mkpath(dir);
    return dir;
}

} // namespace Buurtplein::DevicePaths
