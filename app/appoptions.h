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
    QString help;           ///< --help (-h, -?): the usage text to print instead of starting
    QString databasePath;   ///< --db; the device's catalogue when empty
    QString demoPath;       ///< --demo; the bundled demo neighbourhood when empty
    QString screenshotPath; ///< --screenshot FILE: save the first frame and exit
    QDateTime now;          ///< --now T: pretend it is T (reproducible screenshots)
    QSize size;             ///< --size WxH: the window's size; Main.qml's when invalid
    bool selfTest = false;  ///< --self-test: load every page, exit 0 when all loaded
    QString replayNmea;     ///< --replay-nmea FILE: the position source replays this NMEA walk
    double textScale = 1.0; ///< --text-scale F: every text size times F (2 for 200 % text)
    QString area;           ///< --area CODE: choose this CBS area as "near me" (as the resident would)
    QStringList joins;      ///< --join UID (repeatable): join this activity's series (demos, screenshots)
    QString language;       ///< --language CODE: speak this language for this run (nl, en); the saved choice when empty
    QString page;           ///< --page P: open P first (home, search[:TEXT], map[:ZOOM], my, settings, activity:UID, place:UID)
    QString enrol;          ///< --enrol CODE: enrol this device before the pages load (demos, screenshots)
    QString hub;            ///< --hub URL: the hub for --enrol when the code does not name it; without --enrol, the hub a resident's device syncs with during this run; with --evaluator, the evaluator's hub
    QString evaluator;      ///< --evaluator TOKEN: sign in as a programme evaluator at --hub before the pages load
    bool noSync = false;    ///< --no-sync: never sync with the hub (pictures of the bundled demo, which a hub's catalogue would replace)
    QString link;           ///< the positional argument: a buurtplein:// link the platform opened the app with

    /** Parses @p arguments (without the program name), or sets @p error. */
    static std::optional<AppOptions> parse(const QStringList &arguments, QString *error);
};

} // namespace Buurtplein
