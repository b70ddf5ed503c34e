// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QIODevice;

namespace Buurtplein {

/** One school holiday of one region, first and last day included. */
struct SchoolHoliday {
    QString region;     ///< noord, midden or zuid
    QString name;       ///< as the imported file names it, e.g. "Herfstvakantie"
    QDate firstDay;
    QDate lastDay;
    QString source;     ///< where the coordinator took the dates from
};

/**
 * The school holidays of the three Dutch regions, kept in the school_holiday table.
 * The dates are published by the Rijksoverheid each year and imported by a coordinator
 * from a CSV file (docs/holidays.md); none are built in.
 */
class SchoolHolidayStore
{
public:
    explicit SchoolHolidayStore(QSqlDatabase db);

    /** The region ids: noord, midden, zuid. */
    static QStringList regions();

    /**
     * Imports a UTF-8 CSV file with the header "region,name,first_day,last_day" and ISO
     * dates, in one transaction: a row with the same region and first day replaces the
     * stored one. On a bad row nothing is stored and @p error names its line.
     */
    bool importCsv(QIODevice *device, const QString &source, QString *error, int *imported = nullptr);
    /** importCsv() from the file at @p path. */
    bool importCsv(const QString &path, const QString &source, QString *error, int *imported = nullptr);

    /** The holidays of @p region that overlap [@p from, @p to], by first day. */
    QList<SchoolHoliday> holidaysBetween(const QString &region, const QDate &from, const QDate &to) const;

    /**
     * Every day from @p from to @p to that is a school holiday of @p region or a public
     * holiday, ascending: the ready-made exception days the schedule editor offers.
     */
    QList<QDate> exceptionDaysFor(const QString &region, const QDate &from, const QDate &to) const;

private:
    QSqlDatabase m_db;
};

} // namespace Buurtplein
