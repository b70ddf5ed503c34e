// SPDX-License-Identifier: GPL-3.0-or-later
#include "worker/sessionfinder.h"
#include "catalogue/cataloguestore.h"
#include "recurrence/occurrenceexpander.h"
#include "search/schedulerecurrence.h"
#include "worker/workerlog.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace Buurtplein::SessionFinder {

namespace {

QDateTime utc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

// The sessions of @p schedules starting in [from, to), keyed by start: two schedules
// with a session at the same instant give one occurrence, as they do in the index.
QMap<qint64, ExpandedOccurrence> expandAll(const QList<Schedule> &schedules, qint64 from, qint64 to)
{
    QMap<qint64, ExpandedOccurrence> out;
    for (const Schedule &schedule : schedules) {
        QString error;
        const QList<ExpandedOccurrence> sessions = ScheduleRecurrence::expand(schedule, from, to, &error);
        if (!error.isEmpty())
            qCWarning(lcWorker) << "schedule not expanded:" << error;
        for (const ExpandedOccurrence &o : sessions)
            out.insert(o.startUtc, o);
    }
    return out;
}

PlannedSession planned(const Activity &activity, const ExpandedOccurrence &o, const OccurrenceOverride *change)
{
    PlannedSession s;
    s.occurrenceUid = OccurrenceId::make(activity.uid, o.startUtc);
    s.activityUid = activity.uid;
    s.title = activity.title;
    s.originalStart = utc(o.startUtc);
    s.start = s.originalStart;
    s.end = utc(o.endUtc);
    s.status = QStringLiteral("scheduled");
    if (!change)
        return s;
    if (change->status == QLatin1String("cancelled")) {
        s.status = change->status;
    } else if (change->status == QLatin1String("moved")) {
        s.status = change->status;
        if (change->newStart.isValid()) {
            s.start = change->newStart.toUTC();
            s.end = change->newEnd.isValid() && change->newEnd > change->newStart
                ? change->newEnd.toUTC()
                : s.start.addSecs(o.endUtc - o.startUtc);
        }
    }
    return s;
}

} // namespace

bool parse(const QString &occurrenceUid, QString *activityUid, qint64 *originalStartUtc)
{
    const qsizetype slash = occurrenceUid.lastIndexOf(QLatin1Char('/'));
    if (slash <= 0)
        return false;
    const QString stamp = occurrenceUid.mid(slash + 1);
    if (stamp.size() != 16 || stamp.at(8) != QLatin1Char('T') || stamp.at(15) != QLatin1Char('Z'))
        return false;
    const QDate date(stamp.mid(0, 4).toInt(), stamp.mid(4, 2).toInt(), stamp.mid(6, 2).toInt());
    const QTime time(stamp.mid(9, 2).toInt(), stamp.mid(11, 2).toInt(), stamp.mid(13, 2).toInt());
    if (!date.isValid() || !time.isValid())
        return false;
    const qint64 start = QDateTime(date, time, Qt::UTC).toSecsSinceEpoch();
    const QString activity = occurrenceUid.left(slash);
    // Only what make() itself would write counts, so "1-2-2026"-style look-alikes are refused.
    if (OccurrenceId::make(activity, start) != occurrenceUid)
        return false;
    *activityUid = activity;
    *originalStartUtc = start;
    return true;
}

std::optional<PlannedSession> find(const CatalogueStore &store, const QString &occurrenceUid)
{
    QString activityUid;
    qint64 start = 0;
    if (!parse(occurrenceUid, &activityUid, &start))
        return std::nullopt;
    const std::optional<Activity> activity = store.activity(activityUid);
    if (!activity)
        return std::nullopt;
    const QMap<qint64, ExpandedOccurrence> sessions = expandAll(store.schedulesOf(activityUid), start, start + 1);
    if (!sessions.contains(start))
        return std::nullopt;
    const std::optional<OccurrenceOverride> change = store.occurrenceOverride(occurrenceUid);
    return planned(*activity, sessions.value(start), change ? &*change : nullptr);
}

QList<PlannedSession> between(const CatalogueStore &store, const Activity &activity, qint64 fromUtc, qint64 toUtc)
{
    const QList<Schedule> schedules = store.schedulesOf(activity.uid);
    QHash<QString, OccurrenceOverride> changes;
    for (const OccurrenceOverride &o : store.overridesOf(activity.uid))
        changes.insert(o.occurrenceUid, o);
    QMap<qint64, ExpandedOccurrence> sessions = expandAll(schedules, fromUtc, toUtc);
    // A session moved into the range from outside it belongs in the range.
    for (const OccurrenceOverride &o : std::as_const(changes)) {
        const qint64 original = o.originalStart.toSecsSinceEpoch();
        const qint64 moved = o.newStart.isValid() ? o.newStart.toSecsSinceEpoch() : original;
        if (o.status == QLatin1String("moved") && moved >= fromUtc && moved < toUtc && (original < fromUtc || original >= toUtc)) {
            const auto found = expandAll(schedules, original, original + 1);
            if (found.contains(original))
                sessions.insert(original, found.value(original));
        }
    }
    QList<PlannedSession> out;
    for (const ExpandedOccurrence &o : std::as_const(sessions)) {
        const auto change = changes.constFind(OccurrenceId::make(activity.uid, o.startUtc));
        PlannedSession s = planned(activity, o, change == changes.constEnd() ? nullptr : &*change);
        const qint64 start = s.start.toSecsSinceEpoch();
        if (start >= fromUtc && start < toUtc)
            out.append(s);
    }
    std::sort(out.begin(), out.end(), [](const PlannedSession &a, const PlannedSession &b) { return a.start < b.start; });
    return out;
}

} // namespace Buurtplein::SessionFinder
