// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/statsanswer.h"
#include "report/reportplan.h"

#include <QDateTime>
#include <QMap>
#include <QString>

namespace Buurtplein::Report {

/** The released tables of a report, by the ids plan() gave their queries. */
using Answers = QMap<QString, StatsAnswer::Table>;

/**
 * Writes the printable quarterly report of @p request (A4 PDF: cover, key figures, trend,
 * areas, categories, method and privacy note) from the released tables @p answers to
 * @p path, replacing it only when the whole report was written. Suppressed figures read
 * "fewer than k", never zero. False and a sentence in @p error when an answer is missing
 * or the file cannot be written.
 */
bool write(const Request &request, const Answers &answers, const QString &path, const QDateTime &generated,
           QString *error);

} // namespace Buurtplein::Report
