// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <functional>
#include <optional>

namespace Buurtplein {
class HubDatabase;
namespace Release {
struct Rules;
}
}

// The buurtplein-hub command line. It follows buurtplein-cli's conventions: an unknown,
// repeated or value-less option, or a missing required one, is refused with exit 2 and
// a usage line, messages go to stderr, and refused input changes nothing.
namespace Buurtplein::HubCli {

/** Exit codes: 0 success, 1 failure of the hub or its environment, 2 bad input (nothing changed). */
enum ExitCode { Ok = 0, Failed = 1, BadInput = 2 };

/** What one command accepts; anything else on its command line is refused. */
struct Accepted {
    QString command;          ///< "token create", for messages and its usage line
    QStringList options;      ///< "--name value", at most once
    QStringList required;     ///< options that must be given
};

/** A command's options, parsed strictly against its Accepted list. */
class Arguments
{
public:
    /** The options in @p args, or std::nullopt with @p error holding why and the usage line. */
    static std::optional<Arguments> parse(const QStringList &args, const Accepted &accepted, QString *error);

    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const { return m_values.value(name, fallback); }

private:
    QHash<QString, QString> m_values;
};

/**
 * Runs the command line @p args (without the program name); returns the exit code. Every
 * command also takes --now T (ISO 8601 with an offset): the hub's clock starts at T and
 * runs on from there, for demos and tests that must not depend on the day they run.
 */
int run(const QStringList &args);
/** The hub's current moment in UTC: the system clock, or the clock --now started. */
QDateTime now();
/** The usage line of @p command, from the table in hubcli.cpp. */
QString usage(const QString &command);
/** Prints a message on stderr, "buurtplein-hub: ...", and returns @p code. */
int fail(ExitCode code, const QString &message);
/** Prints @p text and a newline on stdout, at once. */
void print(const QString &text);
/** The --db of @p args, else $BUURTPLEIN_HUB_DB, else buurtplein-hub.sqlite in the working folder. */
QString databaseLocation(const Arguments &args);
/**
 * Opens the hub database at @p location, runs @p body on it and closes it. A new SQLite
 * file is removed again when @p body refuses (any exit but Ok), so bad input leaves nothing.
 */
int withDatabase(const QString &location, const std::function<int(HubDatabase &)> &body);

/** --k of @p options as release rules (SPEC defaults otherwise); std::nullopt and @p error when refused. */
std::optional<Release::Rules> releaseRules(const Arguments &options, QString *error);

// One function per command; each returns an ExitCode.
int serve(const QStringList &args);
int tokenCreate(const QStringList &args);
int tokenRevoke(const QStringList &args);
int tokenList(const QStringList &args);
int enrolCodeCreate(const QStringList &args);
int orgCreate(const QStringList &args);
int orgList(const QStringList &args);
int importPlaces(const QStringList &args);
int importIcs(const QStringList &args);
int importDemo(const QStringList &args);
int retention(const QStringList &args);
int backup(const QStringList &args);
int logsExport(const QStringList &args);
int logsDelete(const QStringList &args);
int stats(const QStringList &args);
int importAreas(const QStringList &args);
int placeAreas(const QStringList &args);
int report(const QStringList &args);

} // namespace Buurtplein::HubCli
