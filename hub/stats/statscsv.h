// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/statstable.h"

#include <QByteArray>

namespace Buurtplein::Stats {

/**
 * @p stats as CSV for spreadsheets: UTF-8 with a BOM, RFC 4180 quoting, CRLF; a header
 * row, one row per row key and a total row; suppressed figures as "<k"; after an empty
 * line, notice() in the first column. Headers and labels in @p lang ("nl" or "en").
 */
QByteArray toCsv(const ReleasedStats &stats, const QString &lang);
/** The sentence under a CSV table: the figures carry noise, so totals may differ from the sum of their parts. */
QString notice(const Release::Rules &rules, bool en);
/** "buurtplein-<metric>-<from>-<to>.csv". */
QString csvFileName(const ReleasedStats &stats);

} // namespace Buurtplein::Stats
