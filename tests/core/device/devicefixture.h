// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The demo neighbourhood loaded into a database with its search window from a fixed
// Monday, the way the app holds it on a phone.

#include "catalogue/cataloguestore.h"
#include "storage/database.h"
#include "places/demoloader.h"
#include "search/searchindex.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QStringList>
#include <QTest>

namespace Buurtplein::DeviceFixture {

inline const QString demoPath = QStringLiteral(BUURTPLEIN_ASSETS "/demo/demo-neighbourhood.json");
inline const QString areasPath = QStringLiteral(BUURTPLEIN_ASSETS "/demo/cbs_areas_amsterdam.csv");

/** Monday 23 November 2026, 09:00 in Amsterdam. */
inline QDateTime now()
{
    return QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);
}

/** Opens @p path (":memory:" or a file) and loads the demo with an eight-week window; false on any failure. */
inline bool openDemo(Database &db, const QString &path, QString *error)
{
    if (!db.open(path)) {
        *error = db.errorString();
        return false;
    }
    CatalogueStore store(db);
    if (!DemoLoader::load(store, demoPath, error))
        return false;
    return SearchIndex::rebuild(db.connection(), now(), 8, error);
}

/** The occurrence uids of @p activityUid in the index, by start. */
inline QStringList occurrencesOf(QSqlDatabase db, const QString &activityUid, qint64 from = 0, qint64 to = 1LL << 40)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT o.uid FROM occurrence o JOIN activity a ON a.id = o.activity_id "
                             "WHERE a.uid = ? AND o.start >= ? AND o.start < ? ORDER BY o.start"));
    q.bindValue(0, activityUid);
    q.bindValue(1, from);
    q.bindValue(2, to);
    QStringList uids;
    if (q.exec()) {
        while (q.next())
            uids.append(q.value(0).toString());
    }
    return uids;
}

} // namespace Buurtplein::DeviceFixture
