// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/devicepaths.h"

#include <QDir>
#include <QFileInfo>
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

QString calendarDirectory()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty()) {
        const QString dir = QDir(documents).filePath(QStringLiteral("Buurtplein"));
        if (QDir().mkpath(dir) && QFileInfo(dir).isWritable())
            return dir;
    }
    return exportDirectory();
}

QString displayPath(const QString &path)
{
    const QString home = QDir::homePath();
    if (!home.isEmpty() && path.startsWith(home + QLatin1Char('/')))
        return QDir::toNativeSeparators(path.mid(home.size() + 1));
    return QDir::toNativeSeparators(path);
}

} // namespace Buurtplein::DevicePaths
