// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/searchindex.h"
#include "search/indexwriter.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace Buurtplein::SearchIndex {

namespace {
constexpr qint64 day = 24 * 3600;
// Rows of the days that left dropped per series of a step's budget.
constexpr int DroppedPerSeries = 8;

// Whole UTC days, so that a window moved several times a day stays the same.
std::pair<qint64, qint64> windowFor(const QDateTime &now, int weeks)
{
    const qint64 t = now.toSecsSinceEpoch();
    const qint64 from = ((t - day) / day) * day;
    const qint64 to = ((t + qint64(weeks) * 7 * day + day - 1) / day) * day;
    return {from, to};
}

bool failed(const QSqlQuery &q, QString *error)
{
    *error = QStringLiteral("The search index cannot be updated: %1").arg(q.lastError().text());
    return false;
}

bool deleteWhere(QSqlDatabase db, const QString &sql, qint64 id, QString *error)
{
    QSqlQuery q(db);
    q.prepare(sql);
    q.bindValue(0, id);
    return q.exec() || failed(q, error);
}

bool reexpand(IndexWriter &writer, QSqlDatabase db, qint64 activityId, qint64 from, qint64 to, QString *error)
{
    return deleteWhere(db, QStringLiteral("DELETE FROM occurrence WHERE activity_id = ?"), activityId, error)
        && deleteWhere(db, QStringLiteral("DELETE FROM series_horizon WHERE schedule_id IN "
                                          "(SELECT id FROM schedule WHERE activity_id = ?)"),
                       activityId, error)
        && writer.expandActivity(activityId, from, to, error);
}

// Activities with a session moved into [from, to) from outside the window [windowFrom,
// windowTo): expanded again, so that the moved session is found where it now is.
bool reexpandMovedInto(IndexWriter &writer, QSqlDatabase db, qint64 from, qint64 to, qint64 windowFrom,
                       qint64 windowTo, QString *error)
{
    error->clear();
    const QList<qint64> moved = writer.activitiesMovedInto(from, to, windowFrom, windowTo, error);
    if (!error->isEmpty())
        return false;
    for (qint64 id : moved) {
        if (!reexpand(writer, db, id, windowFrom, windowTo, error))
            return false;
    }
    return true;
}

// Whether index_state holds both ends of a window (a fresh catalogue holds none).
bool hasStoredWindow(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT count(*) FROM index_state WHERE key IN ('window_from', 'window_to')"));
    return q.next() && q.value(0).toInt() == 2;
}

// Everything of the index's window again, for [from, to).
bool startOver(IndexWriter &writer, QSqlDatabase db, qint64 from, qint64 to, QString *error)
{
    return writer.exec(QStringLiteral("DELETE FROM occurrence"), error)
        && writer.exec(QStringLiteral("DELETE FROM series_horizon"), error) && writer.storeWindow(from, to, error)
        && writer.expandAll(from, to, error) && reexpandMovedInto(writer, db, from, to, from, to, error);
}
} // namespace

bool placeChanged(QSqlDatabase db, qint64 placeId, QString *error)
{
    QString ignored;
    error = error ? error : &ignored;
    IndexWriter writer(db);
    if (!writer.indexPlace(placeId, error))
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM activity WHERE place_id = ?"));
    q.bindValue(0, placeId);
    if (!q.exec())
        return failed(q, error);
    while (q.next()) {
        if (!writer.indexText(q.value(0).toLongLong(), error))
            return false;
    }
    return true;
}

bool placeRemoved(QSqlDatabase db, qint64 placeId, QString *error)
{
    QString ignored;
    error = error ? error : &ignored;
    IndexWriter writer(db);
    if (!deleteWhere(db, QStringLiteral("DELETE FROM place_rtree WHERE id = ?"), placeId, error))
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM activity WHERE place_id = ?"));
    q.bindValue(0, placeId);
    if (!q.exec())
        return failed(q, error);
    while (q.next()) {
        if (!writer.indexText(q.value(0).toLongLong(), error, placeId))
            return false;
    }
    return true;
}

bool activityChanged(QSqlDatabase db, qint64 activityId, QString *error)
{
    QString ignored;
    error = error ? error : &ignored;
    IndexWriter writer(db);
    qint64 from = 0;
    qint64 to = 0;
    return writer.window(&from, &to, error) && writer.storeWindow(from, to, error)
        && reexpand(writer, db, activityId, from, to, error) && writer.indexText(activityId, error);
}

bool activityRemoved(QSqlDatabase db, qint64 activityId, QString *error)
{
    QString ignored;
    error = error ? error : &ignored;
    return deleteWhere(db, QStringLiteral("DELETE FROM occurrence WHERE activity_id = ?"), activityId, error)
        && deleteWhere(db, QStringLiteral("DELETE FROM activity_fts WHERE rowid = ?"), activityId, error);
}

bool advanceWindow(QSqlDatabase db, const QDateTime &now, int weeks, int budget, WindowStep *step, QString *error)
{
    QString ignored;
    error = error ? error : &ignored;
    *step = {};
    const auto [from, to] = windowFor(now, weeks);
    IndexWriter writer(db);
    QSqlQuery q(db);
    const bool stored = hasStoredWindow(db);
    qint64 oldFrom = 0;
    qint64 oldTo = 0;
    if (!writer.window(&oldFrom, &oldTo, error))
        return false;
    if (stored && oldFrom == from && oldTo == to) {
        step->done = true;
        return true;
    }
    step->moved = true;
    if (!stored || from < oldFrom || to < oldTo || oldTo <= from) {
        // Nothing of the old window survives, or the clock went back: start over.
        step->startedOver = true;
        step->done = startOver(writer, db, from, to, error);
        return step->done;
    }
    // Each series is brought up to the new end on its own; until all are, the stored
    // window stays the old one, which every series covers.
    if (to > oldTo) {
        const int expanded = writer.extendSeries(oldFrom, to, std::max(1, budget), error);
        if (expanded < 0)
            return false;
        step->series = expanded;
        if (expanded == std::max(1, budget))
            return true;
    }
    // The days that left go in batches too: on a national catalogue a day is tens of
    // thousands of rows spread over every index, seconds of writing in one go.
    const qint64 dropLimit = budget >= std::numeric_limits<int>::max() / DroppedPerSeries
        ? -1
        : qint64(std::max(1, budget)) * DroppedPerSeries;
    q.prepare(QStringLiteral("DELETE FROM occurrence WHERE id IN (SELECT id FROM occurrence "
                             "WHERE start < ? AND original_start < ? LIMIT ?)"));
    q.bindValue(0, from);
    q.bindValue(1, from);
    q.bindValue(2, dropLimit);
    if (!q.exec())
        return failed(q, error);
    step->dropped = q.numRowsAffected();
    if (dropLimit > 0 && step->dropped >= dropLimit)
        return true;
    step->done = writer.storeWindow(from, to, error)
        && reexpandMovedInto(writer, db, std::max(oldTo, from), to, from, to, error);
    return step->done;
}

bool ensureWindow(QSqlDatabase db, const QDateTime &now, int weeks, QString *error)
{
    return hasStoredWindow(db) || refreshWindow(db, now, weeks, error);
}

bool refreshWindow(QSqlDatabase db, const QDateTime &now, int weeks, QString *error, int stepSeries)
{
    WindowStep step;
    do {
        if (!advanceWindow(db, now, weeks, stepSeries, &step, error))
            return false;
    } while (!step.done);
    return true;
}

bool rebuild(QSqlDatabase db, const QDateTime &now, int weeks, QString *error)
{
    QString ignored;
    error = error ? error : &ignored;
    const auto [from, to] = windowFor(now, weeks);
    IndexWriter writer(db);
    return writer.indexAllPlaces(error) && writer.indexAllText(error) && startOver(writer, db, from, to, error);
}

} // namespace Buurtplein::SearchIndex
