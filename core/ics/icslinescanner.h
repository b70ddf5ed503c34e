// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Buurtplein {

/** One unfolded content line of an .ics file. */
struct IcsLine {
    int number = 0;   ///< 1-based physical line where it starts
    QString name;     ///< property name, upper-cased ("DTSTART", "BEGIN")
    QString text;     ///< the whole unfolded line
};

/**
 * The structural checks libical does not make: libical silently drops empty parameters
 * and blank lines, so a damaged file would import half-read. The scanner refuses such
 * files with a sentence naming the line, and keeps the unfolded lines so later messages
 * can name lines too.
 */
namespace IcsLineScanner {

struct Result {
    bool ok = false;
    QString error;            ///< "line 4: DTSTART has an empty parameter (';;')."
    QByteArray content;       ///< the file without its UTF-8 byte-order mark, for libical
    QList<IcsLine> lines;
};

/** Scans a whole file: UTF-8, unfolding (space or TAB), CRLF or LF, BEGIN/END nesting, parameters. */
Result scan(const QByteArray &data);

/** The line number of the @p nth line named @p name whose text contains @p containing; 0 when none. */
int lineOf(const QList<IcsLine> &lines, const QString &name, const QString &containing = {}, int nth = 0);

/** The line numbers of every "BEGIN:<component>" line, in file order. */
QList<int> beginLines(const QList<IcsLine> &lines, const QString &component);

} // namespace IcsLineScanner
} // namespace Buurtplein
