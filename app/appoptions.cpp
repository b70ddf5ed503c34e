// SPDX-License-Identifier: GPL-3.0-or-later
#include "appoptions.h"
#include "recurrence/clock.h"
#include "common/uilanguage.h"
#include "hubclient/hubrequest.h"

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
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size, e.g. 400x800."), QStringLiteral("WxH"));
    const QCommandLineOption selfTest(QStringLiteral("self-test"), QStringLiteral("Load every page and exit."));
    const QCommandLineOption replayNmea(QStringLiteral("replay-nmea"), QStringLiteral("Replay this NMEA file as the position source."),
                                        QStringLiteral("file"));
    const QCommandLineOption textScale(QStringLiteral("text-scale"), QStringLiteral("Scale every text size, e.g. 2 for 200 %."),
                                       QStringLiteral("factor"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QStringLiteral("Open this page first: home, search[:TEXT], map[:ZOOM], map:choose, my, settings, activity:UID, place:UID; signed in as evaluator also dashboard, evaluator; once enrolled also work, enrol, work:activity:UID, work:edit:UID, work:schedule:UID, work:log:OCCURRENCE."),
                                  QStringLiteral("page"));
    const QCommandLineOption area(QStringLiteral("area"), QStringLiteral("Choose this CBS wijk or buurt as the location."),
                                  QStringLiteral("code"));
    const QCommandLineOption join(QStringLiteral("join"), QStringLiteral("Join every session of this activity (repeatable)."),
                                  QStringLiteral("uid"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("Speak this language for this run: %1. Default: the saved choice, else nl.")
                                          .arg(LanguageChoice::supported().join(QStringLiteral(", "))),
                                      QStringLiteral("code"));
    const QCommandLineOption enrol(QStringLiteral("enrol"),
                                   QStringLiteral("Enrol this device with a one-time code or buurtplein://enrol link before the app opens; exit 2 when the hub refuses."),
                                   QStringLiteral("code"));
    const QCommandLineOption hub(QStringLiteral("hub"),
                                 QStringLiteral("The hub to enrol with, when the code does not name it; without --enrol, the hub this run syncs the catalogue with."),
                                 QStringLiteral("url"));
    const QCommandLineOption evaluator(QStringLiteral("evaluator"),
                                       QStringLiteral("Sign in as a programme evaluator with this token at --hub before the app opens; exit 2 when the hub refuses."),
                                       QStringLiteral("token"));
    const QCommandLineOption noSync(QStringLiteral("no-sync"), QStringLiteral("Do not sync with the hub during this run."));
    parser.addOptions({db, demo, screenshot, now, size, selfTest, replayNmea, textScale, page, area, join, language, enrol, hub, noSync, evaluator});
    parser.addPositionalArgument(QStringLiteral("link"),
                                 QStringLiteral("A buurtplein:// link to open, e.g. buurtplein://enrol?hub=...&code=...."),
                                 QStringLiteral("[link]"));
    if (!parser.parse(QStringList{QStringLiteral("buurtplein")} + arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    AppOptions options;
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        // Read before the application object exists, which would name the program.
        options.help = parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("buurtplein"));
        return options;
    }
    options.databasePath = parser.value(db);
    options.demoPath = parser.value(demo);
    options.screenshotPath = parser.value(screenshot);
    options.selfTest = parser.isSet(selfTest);
    options.replayNmea = parser.value(replayNmea);
    options.page = parser.value(page);
    options.area = parser.value(area);
    options.joins = parser.values(join);
    options.language = parser.value(language);
    options.enrol = parser.value(enrol);
    options.hub = parser.value(hub);
    options.noSync = parser.isSet(noSync);
    options.evaluator = parser.value(evaluator);
    if (!options.evaluator.isEmpty() && options.hub.isEmpty()) {
        *error = QStringLiteral("--evaluator TOKEN needs --hub URL");
        return std::nullopt;
    }
    if (parser.isSet(hub) && !HubRequest::readAddress(options.hub)) {
        *error = QStringLiteral("--hub needs an http(s) address, e.g. https://hub.example.nl");
        return std::nullopt;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        *error = QStringLiteral("give at most one link to open, not %1 arguments").arg(positional.size());
        return std::nullopt;
    }
    options.link = positional.value(0);
    if (parser.isSet(language) && !LanguageChoice::isSupported(options.language)) {
        *error = QStringLiteral("--language needs one of: %1").arg(LanguageChoice::supported().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (parser.isSet(textScale)) {
        bool ok = false;
        options.textScale = parser.value(textScale).toDouble(&ok);
        if (!ok || options.textScale < 0.5 || options.textScale > 4) {
            *error = QStringLiteral("--text-scale needs a factor from 0.5 to 4, e.g. 2");
            return std::nullopt;
        }
    }
    if (parser.isSet(now)) {
        options.now = Clocks::parseMoment(parser.value(now));
        if (!options.now.isValid()) {
            *error = QStringLiteral("--now needs an ISO 8601 time with an offset, e.g. 2026-11-23T09:00:00+01:00");
            return std::nullopt;
        }
    }
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(QLatin1Char('x'));
        bool okW = false, okH = false;
        if (parts.size() == 2)
            options.size = QSize(parts[0].toInt(&okW), parts[1].toInt(&okH));
        if (!okW || !okH || options.size.width() < 200 || options.size.height() < 200) {
            *error = QStringLiteral("--size needs WIDTHxHEIGHT of at least 200x200, e.g. 400x800");
            return std::nullopt;
        }
    }
    return options;
}

} // namespace Buurtplein
