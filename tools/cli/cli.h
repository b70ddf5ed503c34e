// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonDocument>
#include <QStringList>

#include <optional>

class QDateTime;

namespace Buurtplein::Cli {

/** Exit codes: 0 success, 1 failure of the tool or its environment, 2 bad input. */
enum ExitCode { Ok = 0, Failed = 1, BadInput = 2 };

/** Options of one command: "--name value" pairs, "--flag" switches and positional arguments. */
class Arguments
{
public:
    /** Parses @p args; @p switches names the options that take no value. */
    static std::optional<Arguments> parse(const QStringList &args, const QStringList &switches, QString *error);

    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); }
    QStringList positional() const { return m_positional; }

private:
    QHash<QString, QString> m_values;
    QStringList m_positional;
};

/** Prints @p doc compactly on stdout, with a newline. */
void printJson(const QJsonDocument &doc);
/** Prints a human message on stderr and returns @p code. */
int fail(ExitCode code, const QString &message);
/** Parses an ISO 8601 instant with offset or Z ("2026-03-29T03:30:00+02:00"). */
std::optional<QDateTime> parseInstant(const QString &text);
/** Formats an instant in Europe/Amsterdam with its offset, "2026-03-29T03:30:00+02:00". */
QString formatInstant(qint64 utcSecs);

// One function per command; each returns an ExitCode.
int occurrences(const QStringList &args);   // occurrences --ics FILE --from T --to T
int importIcs(const QStringList &args);     // import-ics --db DB FILE
int exportIcs(const QStringList &args);     // export-ics --db DB --activity ID [--occurrence ID]
int importPlaces(const QStringList &args);  // import-places --db DB FILE [--mapping ...]
int search(const QStringList &args);        // search --db DB [--text S] ...

} // namespace Buurtplein::Cli
