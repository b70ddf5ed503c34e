// SPDX-License-Identifier: GPL-3.0-or-later
#include "appoptions.h"

#include <QCommandLineParser>

namespace Buurtplein {

std::optional<AppOptions> AppOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Catalogue database file."), QStringLiteral("path"));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Demo neighbourhood JSON to load into an empty catalogue."),
                                  QStringLiteral("path"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Save the first frame to a PNG file and exit."),
                                        QStringLiteral("file"));
    const QCommandLineOption now(QStringLiteral("now"), QStringLiteral("Pretend the current time is T (ISO 8601 with offset)."),
                                 QStringLiteral("T"));
    const QCommandLineOption selfTest(QStringLiteral("self-test"), QStringLiteral("Load every page and exit."));
    parser.addOptions({db, demo, screenshot, now, selfTest});
    if (!parser.parse(QStringList{QStringLiteral("buurtplein")} + arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    AppOptions options;
    options.databasePath = parser.value(db);
    options.demoPath = parser.value(demo);
    options.screenshotPath = parser.value(screenshot);
    options.selfTest = parser.isSet(selfTest);
    if (parser.isSet(now)) {
        options.now = QDateTime::fromString(parser.value(now), Qt::ISODate);
        if (!options.now.isValid() || options.now.timeSpec() == Qt::LocalTime) {
            *error = QStringLiteral("--now needs an ISO 8601 time with an offset, e.g. 2026-11-23T09:00:00+01:00");
            return std::nullopt;
        }
    }
    return options;
}

} // namespace Buurtplein
