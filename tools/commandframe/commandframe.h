// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recurrence/clock.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QStringList>

#include <optional>

// The frame both command-line programs stand in, buurtplein-cli and buurtplein-hub: a
// command table with usage lines, strict options, exit codes, messages and the --now
// clock. Each program keeps its own name, commands and notes in a Program and hands
// them to run(); messages then carry that name ("buurtplein-hub: ...").
namespace Buurtplein::CommandFrame {

/** Exit codes: 0 success, 1 failure of the program or its environment, 2 bad input (nothing changed). */
enum ExitCode { Ok = 0, Failed = 1, BadInput = 2 };

/** What one command accepts; anything else on its command line is refused. */
struct Accepted {
    QString command;          ///< the command's name ("token create"), for messages and its usage line
    QStringList options;      ///< "--name value", at most once
    QStringList required;     ///< options that must be given
    QStringList repeatable;   ///< "--name value", any number of times
    QStringList switches;     ///< "--name", no value
    int positionals = 0;      ///< how many plain arguments (files) the command needs
};

/** Options of one command: "--name value" pairs, "--flag" switches and positional arguments. */
class Arguments
{
public:
    /**
     * Parses @p args against @p accepted. An unknown option, a single option given twice,
     * an option without its value, a missing required option or the wrong number of
     * positional arguments is refused: std::nullopt, and @p error holds why and the usage.
     */
    static std::optional<Arguments> parse(const QStringList &args, const Accepted &accepted, QString *error);

    bool has(const QString &name) const { return m_values.contains(name); }
    /** The value of @p name, the last one given for a repeatable option; @p fallback when absent. */
    QString value(const QString &name, const QString &fallback = {}) const;
    /** Every value given for @p name, in command-line order. */
    QStringList values(const QString &name) const { return m_values.value(name); }
    QStringList positional() const { return m_positional; }

private:
    QHash<QString, QStringList> m_values;
    QStringList m_positional;
};

/** One line of a program's command table. */
struct Command {
    const char *name;                    ///< one or more words: "search", "token create"
    int (*run)(const QStringList &args); ///< gets the arguments after the name; returns an ExitCode
    const char *usage;                   ///< the usage line, without the program's name
};

/** A command-line program: its name, its commands and the notes under their list in the usage. */
struct Program {
    const char *name;
    QList<Command> commands;
    const char *notes;
};

/**
 * Runs @p program on @p args (without the program's own name) and returns the exit code:
 * takes --now out first, prints the usage for no command or help, COMMAND --help prints
 * that command's line, anything else runs the command it names.
 */
int run(const Program &program, const QStringList &args);

/** The usage line of @p command in the running program's table; empty when there is none. */
QString usage(const QString &command);
/** Prints a message on stderr, "PROGRAM: message", and returns @p code. */
int fail(ExitCode code, const QString &message);
/** Prints @p text and a newline on stdout, at once. */
void print(const QString &text);
/** Prints @p doc compactly on stdout, with a newline, at once. */
void printJson(const QJsonDocument &doc);

/** Takes "--now T" out of @p args and starts the program's clock at T; false and @p error when T is no moment. */
bool takeNow(QStringList *args, QString *error);
/** The program's current moment in UTC: the system clock, or the clock --now started. */
QDateTime now();
/** The program's clock, for the parts of core that take one. */
Clocks::Source clock();

} // namespace Buurtplein::CommandFrame
