// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandframe/commandframe.h"

#include <QStringList>

#include <optional>

// buurtplein-cli: its commands in the shared command frame (tools/commandframe), with
// the frame's exit codes, options, messages and clock; the command table is in main.cpp.
namespace Buurtplein::Cli {

using namespace CommandFrame;

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
