// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/schoolholidays.h"

#include "storage/database.h"
#include "schedule/dutchholidays.h"
#include "schedule/schedulelog.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Buurtplein {

namespace {

bool fail(QString *error, const QString &sentence)
{
    if (error)
        *error = sentence;
    return false;
}

QDate isoDate(const QString &text)
{
    return text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
}

// The holiday on one data line, or an empty region with @p error set.
SchoolHoliday parseRow(const QString &line, int lineNumber, QString *error)
{
    const QStringList fields = line.split(QLatin1Char(','));
    SchoolHoliday h;
    if (fields.size() != 4) {
        //: School-holiday import; %1 is a line number, %2 the number of fields found.
        fail(error, QCoreApplication::translate("SchoolHolidayStore", "Line %1 has %2 fields; it needs region, name, first day and last day.")
                        .arg(lineNumber).arg(fields.size()));
        return h;
    }
    const QString region = fields.at(0).trimmed().toLower();
    h.name = fields.at(1).trimmed();
    h.firstDay = isoDate(fields.at(2).trimmed());
    h.lastDay = isoDate(fields.at(3).trimmed());
    if (!SchoolHolidayStore::regions().contains(region))
        //: School-holiday import; %1 is a line number, %2 the region found. Keep noord, midden, zuid as they are.
        fail(error, QCoreApplication::translate("SchoolHolidayStore", "Line %1: the region \"%2\" is not noord, midden or zuid.")
                        .arg(lineNumber).arg(fields.at(0).trimmed()));
    else if (h.name.isEmpty())
        //: School-holiday import; %1 is a line number.
        fail(error, QCoreApplication::translate("SchoolHolidayStore", "Line %1 has no holiday name.").arg(lineNumber));
    else if (!h.firstDay.isValid() || !h.lastDay.isValid())
        //: School-holiday import; %1 is a line number. Dates must be written like 2026-10-17.
        fail(error, QCoreApplication::translate("SchoolHolidayStore", "Line %1: the first and last day must be dates such as 2026-10-17.")
                        .arg(lineNumber));
    else if (h.lastDay < h.firstDay)
        //: School-holiday import; %1 is a line number.
        fail(error, QCoreApplication::translate("SchoolHolidayStore", "Line %1: the last day is before the first day.").arg(lineNumber));
    else
        h.region = region;
    return h;
}

} // namespace

SchoolHolidayStore::SchoolHolidayStore(QSqlDatabase db)
    : m_db(db)
{
}

QStringList SchoolHolidayStore::regions()
{
    return {QStringLiteral("noord"), QStringLiteral("midden"), QStringLiteral("zuid")};
}

bool SchoolHolidayStore::importCsv(const QString &path, const QString &source, QString *error, int *imported)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        //: School-holiday import; %1 is a file name, %2 the system's reason.
        return fail(error, QCoreApplication::translate("SchoolHolidayStore", "Could not open %1: %2").arg(path, file.errorString()));
    return importCsv(&file, source, error, imported);
}

bool SchoolHolidayStore::importCsv(QIODevice *device, const QString &source, QString *error, int *imported)
{
    QString text = QString::fromUtf8(device->readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(QLatin1Char('\n'));
    QList<SchoolHoliday> rows;
    bool headerSeen = false;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (!headerSeen) {
            QStringList header = line.split(QLatin1Char(','));
            for (QString &name : header)
                name = name.trimmed().toLower();
            if (header != QStringList{QStringLiteral("region"), QStringLiteral("name"), QStringLiteral("first_day"), QStringLiteral("last_day")})
                //: School-holiday import: the first line of the file is wrong. Keep the column names as they are.
                return fail(error, QCoreApplication::translate("SchoolHolidayStore", "Line %1 must be the header region,name,first_day,last_day.").arg(i + 1));
            headerSeen = true;
            continue;
        }
        SchoolHoliday h = parseRow(line, i + 1, error);
        if (h.region.isEmpty())
            return false;
        h.source = source;
        rows.append(h);
    }
    if (rows.isEmpty())
        //: School-holiday import: the file holds no holidays.
        return fail(error, QCoreApplication::translate("SchoolHolidayStore", "The file holds no school holidays."));

    Transaction transaction(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO school_holiday (region, name, first_day, last_day, source) VALUES (?, ?, ?, ?, ?)"));
    for (const SchoolHoliday &h : std::as_const(rows)) {
        q.bindValue(0, h.region);
        q.bindValue(1, h.name);
        q.bindValue(2, h.firstDay.toString(Qt::ISODate));
        q.bindValue(3, h.lastDay.toString(Qt::ISODate));
        q.bindValue(4, h.source);
        if (!q.exec()) {
            qCWarning(lcSchedule) << "school holiday not stored:" << q.lastError().text();
            //: School-holiday import: the device's database refused; %1 is the technical reason.
            return fail(error, QCoreApplication::translate("SchoolHolidayStore", "Could not store the school holidays: %1").arg(q.lastError().text()));
        }
    }
    if (!transaction.commit())
        return fail(error, QCoreApplication::translate("SchoolHolidayStore", "Could not store the school holidays: %1").arg(m_db.lastError().text()));
    if (imported)
        *imported = int(rows.size());
    qCInfo(lcSchedule) << "imported" << rows.size() << "school holidays from" << source;
    return true;
}

QList<SchoolHoliday> SchoolHolidayStore::holidaysBetween(const QString &region, const QDate &from, const QDate &to) const
{
    QList<SchoolHoliday> found;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT region, name, first_day, last_day, source FROM school_holiday "
                             "WHERE region = ? AND last_day >= ? AND first_day <= ? ORDER BY first_day"));
    q.bindValue(0, region);
    q.bindValue(1, from.toString(Qt::ISODate));
    q.bindValue(2, to.toString(Qt::ISODate));
    if (!q.exec()) {
        qCWarning(lcSchedule) << "school holidays not read:" << q.lastError().text();
        return found;
    }
    while (q.next()) {
        found.append({q.value(0).toString(), q.value(1).toString(), QDate::fromString(q.value(2).toString(), Qt::ISODate),
                      QDate::fromString(q.value(3).toString(), Qt::ISODate), q.value(4).toString()});
    }
    return found;
}

QList<QDate> SchoolHolidayStore::exceptionDaysFor(const QString &region, const QDate &from, const QDate &to) const
{
    QList<QDate> days;
    for (const SchoolHoliday &h : holidaysBetween(region, from, to)) {
        for (QDate d = std::max(h.firstDay, from); d <= std::min(h.lastDay, to); d = d.addDays(1))
            days.append(d);
    }
    for (const Holiday &h : DutchHolidays::publicHolidaysBetween(from, to))
        days.append(h.date);
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

} // namespace Buurtplein
