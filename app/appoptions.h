// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace Buurtplein {

/** The app's command line. */
struct AppOptions {
    QString databasePath;   ///< --db; the device's catalogue when empty
    QString demoPath;       ///< --demo; the bundled demo neighbourhood when empty
    QString screenshotPath; ///< --screenshot FILE: save the first frame and exit
    QDateTime now;          ///< --now T: pretend it is T (reproducible screenshots)
    QSize size;             ///< --size WxH: the window's size; Main.qml's when invalid
    bool selfTest = false;  ///< --self-test: load every page, exit 0 when all loaded

    /** Parses @p arguments (without the program name), or sets @p error. */
    static std::optional<AppOptions> parse(const QStringList &arguments, QString *error);
};

} // namespace Buurtplein
