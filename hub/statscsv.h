// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statstable.h"

#include <QByteArray>

namespace Buurtplein::Stats {

/**
 * @p stats as CSV for spreadsheets: UTF-8 with a BOM, RFC 4180 quoting, CRLF; a header
 * row, one row per row key and a total row; suppressed figures as "<k". Headers and
 * labels in @p lang ("nl" or "en").
 */
QByteArray toCsv(const ReleasedStats &stats, const QString &lang);
/** "buurtplein-<metric>-<from>-<to>.csv". */
QString csvFileName(const ReleasedStats &stats);

} // namespace Buurtplein::Stats
