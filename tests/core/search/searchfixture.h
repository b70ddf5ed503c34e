// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builds small catalogues with direct SQL, the way a synced or imported database holds
// them, so the search tests do not depend on CatalogueStore's validation.

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QVariant>

namespace Buurtplein::SearchFixture {

inline qint64 insert(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        qWarning() << "prepare failed:" << q.lastError().text() << sql;
        return 0;
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        // An empty QString binds as NULL; the schema wants '' for "no text".
        const bool emptyText = v.metaType() == QMetaType::fromType<QString>() && v.toString().isNull();
        q.bindValue(i, emptyText ? QVariant(QStringLiteral("")) : v);
    }
    if (!q.exec()) {
        qWarning() << "exec failed:" << q.lastError().text() << sql;
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

inline QVariant null() { return QVariant(); }

inline qint64 place(QSqlDatabase db, const QString &uid, const QString &name, QVariant lat, QVariant lon,
                    const QString &accessibility = {})
{
    return insert(db, QStringLiteral("INSERT INTO place (uid, name, kind, lat, lon, accessibility) VALUES (?, ?, 'buurthuis', ?, ?, ?)"),
                  {uid, name, lat, lon, accessibility});
}

struct ActivityRow {
    QString uid;
    qint64 placeId = 0;
    QString title;
    QString description;
    QString category = QStringLiteral("taal_ontmoeting");
    QString languages = QStringLiteral("nl");
    QString audience = QStringLiteral("iedereen");
    int costCents = 0;
    QString status = QStringLiteral("active");
};

inline qint64 activity(QSqlDatabase db, const ActivityRow &a)
{
    return insert(db, QStringLiteral("INSERT INTO activity (uid, place_id, title, description, category, languages_spoken, "
                                     "audience, cost_cents, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {a.uid, a.placeId > 0 ? QVariant(a.placeId) : null(), a.title, a.description, a.category, a.languages,
                   a.audience, a.costCents, a.status});
}

struct ScheduleRow {
    QString uid;
    qint64 activityId = 0;
    QString startDate;
    QString startTime = QStringLiteral("10:00:00");
    int durationMinutes = 120;
    QString rrule = QStringLiteral("FREQ=WEEKLY");
    QString exceptionDays;
    QVariant validTo = null();
};

inline qint64 schedule(QSqlDatabase db, const ScheduleRow &s)
{
    return insert(db, QStringLiteral("INSERT INTO schedule (uid, activity_id, start_date, start_time, duration_minutes, rrule, "
                                     "exception_days, valid_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                  {s.uid, s.activityId, s.startDate, s.startTime.isEmpty() ? null() : QVariant(s.startTime),
                   s.durationMinutes, s.rrule, s.exceptionDays, s.validTo});
}

inline qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}

} // namespace Buurtplein::SearchFixture
