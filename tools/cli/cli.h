// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonDocument>
#include <QStringList>

#include <functional>
#include <optional>

class QDateTime;

namespace Buurtplein::Cli {

/** Exit codes: 0 success, 1 failure of the tool or its environment, 2 bad input. */
enum ExitCode { Ok = 0, Failed = 1, BadInput = 2 };

/** What one command accepts; anything else on its command line is refused. */
struct Accepted {
    QString command;          ///< the command's name, for messages and its usage line
    QStringList options;      ///< "--name value", at most once
    QStringList repeatable;   ///< "--name value", any number of times
    QStringList switches;     ///< "--name", no value
    QStringList required;     ///< options that must be given
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
    /** The value of @p name, the last one given for a repeatable option; empty when absent. */
    QString value(const QString &name) const;
    /** Every value given for @p name, in command-line order. */
    QStringList values(const QString &name) const { return m_values.value(name); }
    QStringList positional() const { return m_positional; }

private:
    QHash<QString, QStringList> m_values;
    QStringList m_positional;
};

/** The usage line of @p command ("search --db DB ..."), from the command table in main.cpp. */
QString usage(const QString &command);

/** Takes "--now T" out of @p args and starts the tool's clock at T; false and @p error when T is no moment. */
bool takeNow(QStringList *args, QString *error);
/** The tool's current moment in UTC: the system clock, or the clock --now started. */
QDateTime now();
/** The tool's clock, for the parts of core that take one. */
std::function<QDateTime()> clock();

/** Prints @p doc compactly on stdout, with a newline. */
void printJson(const QJsonDocument &doc);
/** Prints a human message on stderr and returns @p code. */
int fail(ExitCode code, const QString &message);
/** Parses an ISO 8601 instant with offset or Z ("2026-03-29T03:30:00+02:00"). */
std::optional<QDateTime> parseInstant(const QString &text);
/** Formats an instant in Europe/Amsterdam with its offset, "2026-03-29T03:30:00+02:00". */
QString formatInstant(qint64 utcSecs);
/** Removes the catalogue at @p path with its SQLite side files when @p existed is false: a refused import leaves no new file behind. */
void discardNewCatalogue(const QString &path, bool existed);

// One function per command; each returns an ExitCode. Their usage lines are in main.cpp.
int occurrences(const QStringList &args);
int importIcs(const QStringList &args);
int exportIcs(const QStringList &args);
int importPlaces(const QStringList &args);
int search(const QStringList &args);
int sync(const QStringList &args);

} // namespace Buurtplein::Cli
