// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/hubcli.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char **argv)
{
    // Only `report` draws (a PDF needs fonts, so a QGuiApplication). It never needs a
    // screen, whatever QT_QPA_PLATFORM the environment names (xcb without a display would
    // abort), and every other command, the server too, stays a plain QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && qstrcmp(argv[1], "report") == 0) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("buurtplein-hub"));
    // One line per event: time (UTC), level, area, message; QT_MESSAGE_PATTERN overrides it.
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddTHH:mm:ss.zzz} %{type} %{category}: %{message}"));
    return Buurtplein::HubCli::run(app->arguments().mid(1));
}
