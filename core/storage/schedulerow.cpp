// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/schedulerow.h"

#include <QVariant>

namespace Buurtplein::ScheduleRow {

namespace {
QDate optionalDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

// A null QString binds as SQL NULL; the schedule's list columns hold '' instead.
QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
} // namespace

QString columns()
{
    return QStringLiteral("s.uid, s.start_date, s.start_time, s.time_zone, s.duration_minutes, s.rrule, "
                          "s.exception_days, s.exception_starts, s.extra_starts, s.valid_from, s.valid_to");
}

Schedule read(const QSqlQuery &row, int first)
{
    Schedule s;
    s.uid = row.value(first).toString();
    s.startDate = QDate::fromString(row.value(first + 1).toString(), Qt::ISODate);
    const QVariant time = row.value(first + 2);
    if (!time.isNull())
        s.startTime = QTime::fromString(time.toString(), Qt::ISODate);
    s.timeZone = row.value(first + 3).toString();
    s.durationMinutes = row.value(first + 4).toInt();
    s.rrule = row.value(first + 5).toString();
    s.exceptionDays = dateList(row.value(first + 6).toString());
    s.exceptionStarts = instantList(row.value(first + 7).toString());
    s.extraStarts = instantList(row.value(first + 8).toString());
    s.validFrom = optionalDate(row.value(first + 9));
    s.validTo = optionalDate(row.value(first + 10));
    return s;
}

QString dateText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QString dateListText(const QList<QDate> &list)
{
    QStringList parts;
    for (const QDate &d : list)
        parts.append(dateText(d));
    return nonNull(parts.join(QLatin1Char(',')));
}

QList<QDate> dateList(const QString &text)
{
    QList<QDate> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QDate d = QDate::fromString(part.trimmed(), Qt::ISODate);
        if (d.isValid())
            out.append(d);
    }
    return out;
}

QString instantListText(const QList<QDateTime> &list)
{
    QStringList parts;
    for (const QDateTime &dt : list)
        parts.append(dt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
    return nonNull(parts.join(QLatin1Char(',')));
}

QList<QDateTime> instantList(const QString &text)
{
    QList<QDateTime> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QDateTime dt = QDateTime::fromString(part.trimmed(), Qt::ISODate);
        if (dt.isValid())
            out.append(dt.toUTC());
    }
    return out;
}

} // namespace Buurtplein::ScheduleRow
