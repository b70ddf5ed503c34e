// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Buurtplein::Csv {

/** One record of a CSV file and the 1-based line it starts on. */
struct Record {
    int line = 0;
    QStringList fields;
};

/**
 * Splits @p text into records following RFC 4180: quoted fields may hold the separator,
 * doubled quotes and line breaks; CRLF and LF both end a record; a UTF-8 BOM is ignored.
 * The separator is ',' unless the first line holds more ';' (common in Dutch exports).
 * Blank lines are dropped. Returns std::nullopt and sets @p error on an unterminated quote.
 */
std::optional<QList<Record>> parse(const QString &text, QString *error = nullptr);

} // namespace Buurtplein::Csv
