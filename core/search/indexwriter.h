// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace Buurtplein {

struct Schedule;
struct ExpandedOccurrence;

/**
 * The statements that fill the derived search tables, prepared once and reused, so
 * that one activity's edit and a national rebuild go through the same code.
 * Used by SearchIndex inside the caller's transaction.
 */
class IndexWriter
{
public:
    explicit IndexWriter(QSqlDatabase db);

    /** The stored window, or [now - 1 day, now + 8 weeks) when none is stored yet. */
    bool window(qint64 *from, qint64 *to, QString *error);
    bool storeWindow(qint64 from, qint64 to, QString *error);

    bool indexPlace(qint64 placeId, QString *error);
    bool indexAllPlaces(QString *error);

    /** Rewrites the activity's text row; the name of @p leavingPlaceId (being deleted) is left out. */
    bool indexText(qint64 activityId, QString *error, qint64 leavingPlaceId = 0);
    bool indexAllText(QString *error);

    /**
     * Adds the activity's occurrences starting in [from, to), overrides applied; active
     * activities only. Each schedule's horizon (series_horizon) becomes its first session
     * at or after @p to.
     */
    bool expandActivity(qint64 activityId, qint64 from, qint64 to, QString *error);
    /** The same for every active activity, in one pass over the schedules. */
    bool expandAll(qint64 from, qint64 to, QString *error);
    /**
     * Brings at most @p limit series whose horizon lies before @p to up to @p to, those
     * with the earliest horizon first, never adding sessions before @p windowFrom. The
     * work is that of the sessions added, not of every series. Returns how many series
     * it expanded, or -1 with @p error set.
     */
    int extendSeries(qint64 windowFrom, qint64 to, int limit, QString *error);

    /** Activities with a session moved into [from, to) from outside [windowFrom, windowTo). */
    QList<qint64> activitiesMovedInto(qint64 from, qint64 to, qint64 windowFrom, qint64 windowTo, QString *error);

    bool exec(const QString &sql, QString *error);

private:
    struct Override {
        QString status;
        qint64 newStart = 0;
        qint64 newEnd = 0;
        qint64 newPlaceId = 0;
        qint64 originalStart = 0;
    };
    using Overrides = QHash<QString, Override>;

    /** The overrides of @p activityId, or of every activity when it is 0, keyed by occurrence uid. */
    bool loadOverrides(qint64 activityId, Overrides *out, QString *error);
    /** The overrides of sessions originally starting in [from, to), of every activity. */
    bool loadOverridesBetween(qint64 from, qint64 to, Overrides *out, QString *error);
    bool readOverrides(QSqlQuery &q, Overrides *out, QString *error);
    bool insertExpanded(qint64 activityId, const QString &activityUid, qint64 placeId, const Schedule &schedule,
                        qint64 from, qint64 to, const Overrides &overrides, QString *error);
    /** insertExpanded, then the schedule's horizon: its first session at or after @p to. */
    bool expandSeries(qint64 activityId, const QString &activityUid, qint64 placeId, qint64 scheduleId,
                      const Schedule &schedule, qint64 from, qint64 to, const Overrides &overrides, QString *error);
    bool insert(qint64 activityId, const QString &uid, const ExpandedOccurrence &occurrence, qint64 placeId,
                const Overrides &overrides, QString *error);
    bool writeText(qint64 activityId, const QString &body, QString *error);
    bool failed(const QSqlQuery &q, QString *error) const;

    QSqlDatabase m_db;
    QSqlQuery m_insertOccurrence;
    QSqlQuery m_storeHorizon;
    QSqlQuery m_deleteText;
    QSqlQuery m_insertText;
};

} // namespace Buurtplein
