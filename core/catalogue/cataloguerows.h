// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/cataloguetypes.h"

#include <QSqlDatabase>
#include <QSqlQuery>

// How the catalogue entities map onto their SQL rows: statements, bindings, readers and
// the checks a record must pass before it is written. Private to core/catalogue.
namespace Buurtplein::CatalogueRows {

QString placeInsertSql();
QString placeUpdateSql();
QString activityInsertSql();
QString activityUpdateSql();
QString scheduleInsertSql();
QString scheduleUpdateSql();
QString overrideInsertSql();
QString overrideUpdateSql();

void bindPlace(QSqlQuery &q, const Place &p);
void bindActivity(QSqlQuery &q, const Activity &a, qint64 organisationRow, qint64 placeRow);
void bindSchedule(QSqlQuery &q, const Schedule &s, qint64 activityRow);
void bindOverride(QSqlQuery &q, const OccurrenceOverride &o, qint64 activityRow, qint64 placeRow);

bool writeTranslations(QSqlDatabase db, qint64 activityRow, const QMap<QString, Translation> &translations, QString *error);

/** Why @p p cannot be stored, or an empty string. */
QString placeProblem(const Place &p);
/** Why @p a cannot be stored ("needs a title."), or an empty string. */
QString activityProblem(const Activity &a);
/** Why @p s cannot be stored, or an empty string. */
QString scheduleProblem(const Schedule &s);
/** Why @p o cannot be stored, or an empty string. */
QString overrideProblem(const OccurrenceOverride &o);

/** Column lists the readers expect, in order. */
QString placeColumns();
QString activityColumns();
QString scheduleColumns();
QString overrideColumns();

Place readPlace(const QSqlQuery &q);
Activity readActivity(const QSqlQuery &q);
Schedule readSchedule(const QSqlQuery &q);
OccurrenceOverride readOverride(const QSqlQuery &q);

} // namespace Buurtplein::CatalogueRows
