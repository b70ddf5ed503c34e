// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ics/icsdocument.h"

#include <QByteArray>
#include <QString>

namespace Buurtplein {

/** The outcome of reading an .ics file: a calendar, or a sentence saying why the file is refused. */
struct IcsParseResult {
    bool ok = false;
    QString error;
    IcsCalendar calendar;
};

/**
 * Reads a whole .ics file with libical into the plain model of icsdocument.h.
 *
 * Tolerates CRLF or LF, a UTF-8 byte-order mark, lines folded with a space or a TAB and
 * raw UTF-8. Damage libical would silently skip (empty parameters, blank lines, broken
 * nesting) refuses the file. What libical marks with X-LIC-ERROR is repaired when the
 * meaning is clear (a date written "20131210Z", GEO with an escaped ';', an empty CLASS,
 * a broken reminder) and reported in IcsCalendar::warnings; an event whose start,
 * rule or exceptions cannot be read gets IcsEvent::problem and is skipped by importers.
 */
namespace IcsParser {

IcsParseResult parse(const QByteArray &data);
IcsParseResult parseFile(const QString &path);

} // namespace IcsParser
} // namespace Buurtplein
