// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The small catalogue and random session logs the hub's statistics tests share
// (tst_hubstats, tst_hubstatsroutes).

#include "worker/cataloguepayload.h"
#include "worker/sessionlog.h"
#include "store/hubcatalogue.h"
#include "store/hubdatabase.h"
#include "store/organisationstore.h"
#include "store/sessionlogstore.h"
#include "stats/statsstore.h"
#include "store/statsrollup.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace Buurtplein::StatsTestData {

inline const QString org = QStringLiteral("welzijn-stats");
inline const QStringList buurten = {QStringLiteral("BU03638000"), QStringLiteral("BU03638001"), QStringLiteral("BU03638100")};

inline QString activityUid(int i) { return QStringLiteral("welzijn-stats:a%1").arg(i); }

// Nine activities at three places (one per buurt), three categories.
inline bool seedCatalogue(HubDatabase &db, QString *error)
{
    if (!OrganisationStore(db).create({org, QStringLiteral("Welzijn Stats"), QStringLiteral("welzijn")}, 1, error))
        return false;
    HubTransaction tx(db.connection(), db.dialect());
    HubCatalogue catalogue(db);
    for (int p = 0; p < 3; ++p) {
        Place place;
        place.uid = QStringLiteral("place-%1").arg(p);
        place.name = place.uid;
        place.buurtCode = buurten.at(p);
        place.wijkCode = QStringLiteral("WK") + buurten.at(p).mid(2, 6);
        place.gemeenteCode = QStringLiteral("GM0363");
        if (catalogue.upsert(QStringLiteral("place"), place.uid, {}, CataloguePayload::build(place)).outcome == CatalogueWrite::Failed)
            return false;
    }
    for (int i = 0; i < 9; ++i) {
        Activity a;
        a.uid = activityUid(i);
        a.organisationUid = org;
        a.placeUid = QStringLiteral("place-%1").arg(i % 3);
        a.title = a.uid;
        a.category = QStringList{QStringLiteral("sport_bewegen"), QStringLiteral("taal_ontmoeting"), QStringLiteral("koken_eten")}.at(i / 3);
        a.capacity = i % 2 ? 20 : -1;
        if (catalogue.upsert(QStringLiteral("activity"), a.uid, org, CataloguePayload::build(a)).outcome == CatalogueWrite::Failed)
            return false;
    }
    return tx.commit();
}

inline SessionLog randomLog(QRandomGenerator &g, int uuid, int revision)
{
    SessionLog log;
    log.uuid = QStringLiteral("6f1c1a52-0000-4000-8000-%1").arg(uuid, 12, 10, QLatin1Char('0'));
    const int activity = uuid % 9;
    log.activityUid = activityUid(activity);
    const QDateTime start(QDate(2025, 1, 1).addDays(uuid * 7 % 360), QTime(12, 0), Qt::UTC);
    log.occurrenceUid = log.activityUid + QLatin1Char('/') + start.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    log.revision = revision;
    log.held = g.bounded(10) > 0;
    log.notHeldReason = log.held ? QString() : QStringLiteral("weather");
    log.attendance = log.held ? int(g.bounded(30)) : 0;
    log.firstTimers = log.attendance / 3;
    log.volunteers = int(g.bounded(4));
    log.hostPresent = g.bounded(2);
    if (g.bounded(2))
        log.ageBands = {1, 2, 3, 4, int(g.bounded(5))};
    log.newToNeighbourhood = g.bounded(2) ? int(g.bounded(4)) : -1;
    return log;
}

/** @p count first revisions from randomLog() (generator seeded with @p seed), stored for org in one request. */
inline bool storeRandomLogs(HubDatabase &db, quint32 seed, int count, QString *error)
{
    QRandomGenerator g(seed);
    QList<SessionLog> logs;
    for (int uuid = 0; uuid < count; ++uuid)
        logs.append(randomLog(g, uuid, 1));
    return SessionLogStore(db).store(logs, org, 100, error).has_value();
}

/** Attendance of 2025 by buurt code, from the rollups (true sums, before any release rule). */
inline QHash<QString, qint64> attendanceByBuurt(HubDatabase &db)
{
    StatsStore store(db);
    QString why;
    store.refresh(&why);
    Stats::Query q{QStringLiteral("attendance"), Stats::Dimension::Buurt, Stats::Dimension::None, QDate(2025, 1, 1), QDate(2025, 12, 31), {}, {}};
    QHash<QString, qint64> out;
    const auto cells = store.collect(q, &why);
    for (auto it = cells->cbegin(); it != cells->cend(); ++it)
        out[it.key().first] += it.value().counters[StatsRollup::Attendance];
    return out;
}

} // namespace Buurtplein::StatsTestData
