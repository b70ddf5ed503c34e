// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/cataloguetypes.h"

#include <QSqlQuery>

// How a schedule is stored: the columns of the schedule table and their text forms
// (dates "2026-09-01", instants "2026-03-29T01:30:00Z", lists comma-separated).
// Shared by the catalogue store that writes schedules and the index that expands them.
namespace Buurtplein::ScheduleRow {

/** The schedule columns read() expects, in order, for a query that names the table "s". */
QString columns();

/** The schedule in the columns() of @p row, starting at column @p first (uid ... valid_to). */
Schedule read(const QSqlQuery &row, int first);

QString dateText(const QDate &d);
QString dateListText(const QList<QDate> &list);
QList<QDate> dateList(const QString &text);
QString instantListText(const QList<QDateTime> &list);
QList<QDateTime> instantList(const QString &text);

} // namespace Buurtplein::ScheduleRow
