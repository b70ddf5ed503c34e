// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Buurtplein {

/** Writing RFC 5545 content lines: TEXT escaping and folding. */
namespace IcsFolding {

/** Escapes a TEXT value: backslash, ';', ',' and newlines (RFC 5545 3.3.11). */
QString escapeText(const QString &text);

/**
 * One content line, folded so no physical line exceeds 75 octets (continuations start
 * with a space), never inside a UTF-8 sequence, each physical line ending in CRLF.
 */
QByteArray foldLine(const QString &line);

/** foldLine() of every line, concatenated. */
QByteArray fold(const QStringList &lines);

} // namespace IcsFolding
} // namespace Buurtplein
