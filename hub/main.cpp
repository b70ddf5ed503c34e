// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubcli.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("buurtplein-hub"));
    // One line per event: time (UTC), level, area, message; QT_MESSAGE_PATTERN overrides it.
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddTHH:mm:ss.zzz} %{type} %{category}: %{message}"));
    return Buurtplein::HubCli::run(app.arguments().mid(1));
}
