// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small neighbourhood for the social worker tests: two organisations, a buurthuis and
// a library, a weekly coffee morning of "org-buurt" and a Wednesday walk of "org-other",
// with the search window built at a fixed Thursday.

#include "catalogue/cataloguestore.h"
#include "storage/database.h"
#include "recurrence/occurrenceexpander.h"
#include "search/searchindex.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace Buurtplein::WorkerFixture {

inline const QString org = QStringLiteral("org-buurt");
inline const QString koffie = QStringLiteral("act-koffie");
inline const QString wandelen = QStringLiteral("act-wandelen");

/** Thursday 26 November 2026, 13:00 in Amsterdam. */
inline QDateTime now()
{
    return QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
}

inline QDateTime utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

/** The coffee morning is on Tuesdays 14:00-15:30 Amsterdam time: 13:00 UTC in winter, 12:00 in summer time. */
inline QString koffieOn(int month, int day)
{
    const int hour = (month > 10 || (month == 10 && day > 25)) ? 13 : 12;
    return OccurrenceId::make(koffie, utc(2026, month, day, hour).toSecsSinceEpoch());
}

inline bool build(Database &db, QString *error)
{
    if (!db.open(QStringLiteral(":memory:"))) {
        *error = db.errorString();
        return false;
    }
    if (!SearchIndex::rebuild(db.connection(), now(), 8, error))
        return false;
    CatalogueStore store(db);
    Organisation buurt{0, org, QStringLiteral("Welzijn West"), QStringLiteral("welzijn"), 0};
    Organisation other{0, QStringLiteral("org-other"), QStringLiteral("Wandelclub"), QStringLiteral("vrijwilligers"), 0};
    Place huis;
    huis.uid = QStringLiteral("pl-huis");
    huis.name = QStringLiteral("Buurthuis De Plek");
    huis.kind = QStringLiteral("buurthuis");
    Place library;
    library.uid = QStringLiteral("pl-lib");
    library.name = QStringLiteral("OBA Slotermeer");
    library.kind = QStringLiteral("bibliotheek");
    Activity coffee;
    coffee.uid = koffie;
    coffee.organisationUid = org;
    coffee.placeUid = huis.uid;
    coffee.title = QStringLiteral("Inloopkoffie");
    coffee.category = QStringLiteral("inloop_koffie");
    Schedule tuesdays;
    tuesdays.uid = QStringLiteral("sch-koffie");
    tuesdays.activityUid = koffie;
    tuesdays.startDate = QDate(2026, 9, 1);
    tuesdays.startTime = QTime(14, 0);
    tuesdays.durationMinutes = 90;
    tuesdays.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TU");
    Activity walk;
    walk.uid = wandelen;
    walk.organisationUid = other.uid;
    walk.title = QStringLiteral("Buurtwandeling");
    walk.category = QStringLiteral("sport_bewegen");
    Schedule wednesdays;
    wednesdays.uid = QStringLiteral("sch-wandelen");
    wednesdays.activityUid = wandelen;
    wednesdays.startDate = QDate(2026, 9, 2);
    wednesdays.startTime = QTime(10, 0);
    wednesdays.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=WE");
    const bool ok = store.save(buurt) && store.save(other) && store.save(huis) && store.save(library)
        && store.save(coffee) && store.save(tuesdays) && store.save(walk) && store.save(wednesdays);
    if (!ok)
        *error = store.errorString();
    return ok;
}

/** Every row of @p table as text, ordered, for before/after comparisons. */
inline QStringList rows(QSqlDatabase db, const QString &table, const QString &order)
{
    QStringList out;
    QSqlQuery q(db);
    // Table and column names come from the tests' own constants, never from data.
    if (!q.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY ") + order))
        return {QStringLiteral("cannot read ") + table};
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells.append(q.value(i).toString());
        out.append(cells.join(QLatin1Char('|')));
    }
    return out;
}

/** What a failed write must leave untouched: the catalogue, the overrides, the window, the logs and the outbox. */
inline QStringList snapshot(QSqlDatabase db)
{
    QStringList all;
    all << rows(db, QStringLiteral("activity"), QStringLiteral("id")) << QStringLiteral("--")
        << rows(db, QStringLiteral("schedule"), QStringLiteral("id")) << QStringLiteral("--")
        << rows(db, QStringLiteral("occurrence_override"), QStringLiteral("occurrence_uid")) << QStringLiteral("--")
        << rows(db, QStringLiteral("occurrence"), QStringLiteral("uid")) << QStringLiteral("--")
        << rows(db, QStringLiteral("session_log"), QStringLiteral("uuid")) << QStringLiteral("--")
        << rows(db, QStringLiteral("outbox"), QStringLiteral("id"));
    return all;
}

inline QString occurrenceStatus(QSqlDatabase db, const QString &uid)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT status FROM occurrence WHERE uid = ?"));
    q.bindValue(0, uid);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

inline int count(QSqlDatabase db, const QString &table)
{
    QSqlQuery q(db);
    // Table names come from the tests' own constants.
    return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace Buurtplein::WorkerFixture
