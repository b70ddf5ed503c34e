// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/indexwriter.h"
#include "storage/vocabulary.h"
#include "search/schedulerecurrence.h"
#include "storage/schedulerow.h"
#include "search/textfolding.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcSearchIndex, "buurtplein.search.index")

namespace Buurtplein {

namespace {

// The words a resident types for a category or audience are its Dutch label
// ("Taal & ontmoeting"), not the stored id ("taal_ontmoeting").
QString vocabularyWords(const QString &category, const QString &audience)
{
    return Vocabulary::label(Vocabulary::categories(), category) + QLatin1Char(' ')
        + Vocabulary::label(Vocabulary::audiences(), audience);
}

constexpr qint64 day = 24 * 3600;

// How far ahead a series' next session is looked for after its window: a week finds
// most, five more a monthly one, a year the rest. A series with nothing in a year is
// looked at again a year on.
constexpr qint64 horizonSteps[] = {8 * day, 36 * day, 400 * day};

// The start of @p schedule's first session at or after @p from, or the moment up to
// which it surely has none.
qint64 nextStart(const Schedule &schedule, qint64 from)
{
    qint64 searched = from;
    for (qint64 step : horizonSteps) {
        QString ignored;
        const QList<ExpandedOccurrence> next = ScheduleRecurrence::expand(schedule, searched, from + step, &ignored);
        if (!next.isEmpty())
            return next.first().startUtc;
        searched = from + step;
    }
    return searched;
}


QString textBody(const QStringList &parts)
{
    return TextFolding::fold(parts.join(QLatin1Char(' ')));
}
} // namespace

IndexWriter::IndexWriter(QSqlDatabase db)
    : m_db(db)
    , m_insertOccurrence(db)
    , m_storeHorizon(db)
    , m_deleteText(db)
    , m_insertText(db)
{
    m_insertOccurrence.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO occurrence (uid, activity_id, original_start, start, end, place_id, status) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    m_storeHorizon.prepare(QStringLiteral("INSERT OR REPLACE INTO series_horizon (schedule_id, next_start) VALUES (?, ?)"));
    m_deleteText.prepare(QStringLiteral("DELETE FROM activity_fts WHERE rowid = ?"));
    m_insertText.prepare(QStringLiteral("INSERT INTO activity_fts (rowid, body) VALUES (?, ?)"));
}

bool IndexWriter::failed(const QSqlQuery &q, QString *error) const
{
    *error = QStringLiteral("The search index cannot be updated: %1").arg(q.lastError().text());
    return false;
}

bool IndexWriter::exec(const QString &sql, QString *error)
{
    QSqlQuery q(m_db);
    return q.exec(sql) || failed(q, error);
}

bool IndexWriter::window(qint64 *from, qint64 *to, QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT key, value FROM index_state WHERE key IN ('window_from', 'window_to')")))
        return failed(q, error);
    *from = *to = 0;
    while (q.next())
        (q.value(0).toString() == QLatin1String("window_from") ? *from : *to) = q.value(1).toLongLong();
    if (*from == 0 || *to <= *from) {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        *from = ((now - day) / day) * day;
        *to = ((now + 8 * 7 * day + day - 1) / day) * day;
    }
    return true;
}

bool IndexWriter::storeWindow(qint64 from, qint64 to, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO index_state (key, value) VALUES (?, ?)"));
    const std::pair<const char *, qint64> rows[] = {{"window_from", from}, {"window_to", to}};
    for (const auto &[key, value] : rows) {
        q.bindValue(0, QString::fromLatin1(key));
        q.bindValue(1, QString::number(value));
        if (!q.exec())
            return failed(q, error);
    }
    return true;
}

bool IndexWriter::indexPlace(qint64 placeId, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM place_rtree WHERE id = ?"));
    q.bindValue(0, placeId);
    if (!q.exec())
        return failed(q, error);
    q.prepare(QStringLiteral("INSERT INTO place_rtree (id, min_lat, max_lat, min_lon, max_lon) "
                             "SELECT id, lat, lat, lon, lon FROM place "
                             "WHERE id = ? AND lat IS NOT NULL AND lon IS NOT NULL"));
    q.bindValue(0, placeId);
    return q.exec() || failed(q, error);
}

bool IndexWriter::indexAllPlaces(QString *error)
{
    return exec(QStringLiteral("DELETE FROM place_rtree"), error)
        && exec(QStringLiteral("INSERT INTO place_rtree (id, min_lat, max_lat, min_lon, max_lon) "
                               "SELECT id, lat, lat, lon, lon FROM place WHERE lat IS NOT NULL AND lon IS NOT NULL"),
                error);
}

bool IndexWriter::writeText(qint64 activityId, const QString &body, QString *error)
{
    m_deleteText.bindValue(0, activityId);
    if (!m_deleteText.exec())
        return failed(m_deleteText, error);
    m_insertText.bindValue(0, activityId);
    m_insertText.bindValue(1, body);
    return m_insertText.exec() || failed(m_insertText, error);
}

bool IndexWriter::indexText(qint64 activityId, QString *error, qint64 leavingPlaceId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT a.title, a.description, a.category, a.audience, p.name FROM activity a "
                             "LEFT JOIN place p ON p.id = a.place_id AND p.id <> ? WHERE a.id = ?"));
    q.bindValue(0, leavingPlaceId);
    q.bindValue(1, activityId);
    if (!q.exec())
        return failed(q, error);
    if (!q.next())
        return true;
    QStringList parts = {q.value(0).toString(), q.value(1).toString(), q.value(4).toString(),
                         vocabularyWords(q.value(2).toString(), q.value(3).toString())};
    q.prepare(QStringLiteral("SELECT title, description FROM activity_translation WHERE activity_id = ?"));
    q.bindValue(0, activityId);
    if (!q.exec())
        return failed(q, error);
    while (q.next())
        parts << q.value(0).toString() << q.value(1).toString();
    return writeText(activityId, textBody(parts), error);
}

bool IndexWriter::indexAllText(QString *error)
{
    QHash<qint64, QStringList> translations;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT activity_id, title, description FROM activity_translation")))
        return failed(q, error);
    while (q.next())
        translations[q.value(0).toLongLong()] << q.value(1).toString() << q.value(2).toString();
    if (!exec(QStringLiteral("DELETE FROM activity_fts"), error))
        return false;
    if (!q.exec(QStringLiteral("SELECT a.id, a.title, a.description, a.category, a.audience, p.name "
                               "FROM activity a LEFT JOIN place p ON p.id = a.place_id")))
        return failed(q, error);
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        QStringList parts = {q.value(1).toString(), q.value(2).toString(), q.value(5).toString(),
                             vocabularyWords(q.value(3).toString(), q.value(4).toString())};
        parts += translations.value(id);
        m_insertText.bindValue(0, id);
        m_insertText.bindValue(1, textBody(parts));
        if (!m_insertText.exec())
            return failed(m_insertText, error);
    }
    return true;
}

bool IndexWriter::loadOverrides(qint64 activityId, Overrides *out, QString *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT occurrence_uid, status, new_start, new_end, new_place_id, original_start "
                             "FROM occurrence_override WHERE ? = 0 OR activity_id = ?"));
    q.bindValue(0, activityId);
    q.bindValue(1, activityId);
    return readOverrides(q, out, error);
}

bool IndexWriter::readOverrides(QSqlQuery &q, Overrides *out, QString *error)
{
    if (!q.exec())
        return failed(q, error);
    while (q.next()) {
        out->insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                                            q.value(4).toLongLong(), q.value(5).toLongLong()});
    }
    return true;
}

bool IndexWriter::loadOverridesBetween(qint64 from, qint64 to, Overrides *out, QString *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT occurrence_uid, status, new_start, new_end, new_place_id, original_start "
                             "FROM occurrence_override WHERE original_start >= ? AND original_start < ?"));
    q.bindValue(0, from);
    q.bindValue(1, to);
    return readOverrides(q, out, error);
}

bool IndexWriter::insert(qint64 activityId, const QString &uid, const ExpandedOccurrence &occurrence,
                         qint64 placeId, const Overrides &overrides, QString *error)
{
    qint64 start = occurrence.startUtc;
    qint64 end = occurrence.endUtc;
    QString status = QStringLiteral("scheduled");
    const auto it = overrides.constFind(uid);
    if (it != overrides.constEnd()) {
        if (it->status == QLatin1String("cancelled")) {
            status = it->status;
        } else if (it->status == QLatin1String("moved")) {
            status = it->status;
            if (it->newStart > 0) {
                start = it->newStart;
                end = it->newEnd > it->newStart ? it->newEnd : it->newStart + (occurrence.endUtc - occurrence.startUtc);
            }
            if (it->newPlaceId > 0)
                placeId = it->newPlaceId;
        }
    }
    m_insertOccurrence.bindValue(0, uid);
    m_insertOccurrence.bindValue(1, activityId);
    m_insertOccurrence.bindValue(2, occurrence.startUtc);
    m_insertOccurrence.bindValue(3, start);
    m_insertOccurrence.bindValue(4, end);
    m_insertOccurrence.bindValue(5, placeId > 0 ? QVariant(placeId) : QVariant(QMetaType::fromType<qint64>()));
    m_insertOccurrence.bindValue(6, status);
    return m_insertOccurrence.exec() || failed(m_insertOccurrence, error);
}

bool IndexWriter::insertExpanded(qint64 activityId, const QString &activityUid, qint64 placeId,
                                 const Schedule &schedule, qint64 from, qint64 to, const Overrides &overrides,
                                 QString *error)
{
    QString scheduleError;
    const QList<ExpandedOccurrence> sessions = ScheduleRecurrence::expand(schedule, from, to, &scheduleError);
    if (!scheduleError.isEmpty()) {
        // A schedule the store accepted but the expander refuses must not block other writes.
        qCWarning(lcSearchIndex) << "schedule not indexed:" << scheduleError;
        return true;
    }
    for (const ExpandedOccurrence &o : sessions) {
        if (!insert(activityId, OccurrenceId::make(activityUid, o.startUtc), o, placeId, overrides, error))
            return false;
    }
    return true;
}

bool IndexWriter::expandSeries(qint64 activityId, const QString &activityUid, qint64 placeId, qint64 scheduleId,
                               const Schedule &schedule, qint64 from, qint64 to, const Overrides &overrides,
                               QString *error)
{
    if (!insertExpanded(activityId, activityUid, placeId, schedule, from, to, overrides, error))
        return false;
    m_storeHorizon.bindValue(0, scheduleId);
    m_storeHorizon.bindValue(1, nextStart(schedule, to));
    return m_storeHorizon.exec() || failed(m_storeHorizon, error);
}

bool IndexWriter::expandActivity(qint64 activityId, qint64 from, qint64 to, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT uid, place_id, status FROM activity WHERE id = ?"));
    q.bindValue(0, activityId);
    if (!q.exec())
        return failed(q, error);
    if (!q.next() || q.value(2).toString() != QLatin1String("active"))
        return true;
    const QString activityUid = q.value(0).toString();
    const qint64 placeId = q.value(1).toLongLong();
    Overrides overrides;
    if (!loadOverrides(activityId, &overrides, error))
        return false;
    q.prepare(QLatin1String("SELECT s.id, ") + ScheduleRow::columns()
              + QLatin1String(" FROM schedule s WHERE s.activity_id = ?"));
    q.bindValue(0, activityId);
    if (!q.exec())
        return failed(q, error);
    QList<std::pair<qint64, Schedule>> schedules;
    while (q.next())
        schedules.append({q.value(0).toLongLong(), ScheduleRow::read(q, 1)});
    for (const auto &[scheduleId, s] : std::as_const(schedules)) {
        if (!expandSeries(activityId, activityUid, placeId, scheduleId, s, from, to, overrides, error))
            return false;
        // A session moved into the window from outside it still belongs in the index.
        for (const Override &o : std::as_const(overrides)) {
            const bool originalOutside = o.originalStart < from || o.originalStart >= to;
            if (o.status == QLatin1String("moved") && originalOutside && o.newStart >= from && o.newStart < to
                && !insertExpanded(activityId, activityUid, placeId, s, o.originalStart, o.originalStart + 1,
                                   overrides, error)) {
                return false;
            }
        }
    }
    return true;
}

bool IndexWriter::expandAll(qint64 from, qint64 to, QString *error)
{
    Overrides overrides;
    if (!loadOverrides(0, &overrides, error))
        return false;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString sql = QLatin1String("SELECT a.id, a.uid, a.place_id, s.id, ") + ScheduleRow::columns()
        + QLatin1String(" FROM schedule s JOIN activity a ON a.id = s.activity_id WHERE a.status = 'active'");
    if (!q.exec(sql))
        return failed(q, error);
    while (q.next()) {
        if (!expandSeries(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                          q.value(3).toLongLong(), ScheduleRow::read(q, 4), from, to, overrides, error)) {
            return false;
        }
    }
    return true;
}

int IndexWriter::extendSeries(qint64 windowFrom, qint64 to, int limit, QString *error)
{
    struct Series {
        qint64 activityId;
        QString activityUid;
        qint64 placeId;
        qint64 scheduleId;
        qint64 horizon;
        Schedule schedule;
    };
    // Read the batch first: the loop below rewrites the horizons this query walks.
    QList<Series> batch;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QLatin1String("SELECT a.id, a.uid, a.place_id, s.id, h.next_start, ") + ScheduleRow::columns()
                  + QLatin1String(" FROM series_horizon h JOIN schedule s ON s.id = h.schedule_id "
                                  "JOIN activity a ON a.id = s.activity_id "
                                  "WHERE h.next_start < ? AND a.status = 'active' ORDER BY h.next_start LIMIT ?"));
        q.bindValue(0, to);
        q.bindValue(1, limit);
        if (!q.exec()) {
            failed(q, error);
            return -1;
        }
        while (q.next()) {
            batch.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                          q.value(3).toLongLong(), q.value(4).toLongLong(), ScheduleRow::read(q, 5)});
        }
    }
    if (batch.isEmpty())
        return 0;
    const qint64 earliest = std::max(batch.first().horizon, windowFrom);
    Overrides overrides;
    if (!loadOverridesBetween(earliest, to, &overrides, error))
        return -1;
    for (const Series &s : std::as_const(batch)) {
        if (!expandSeries(s.activityId, s.activityUid, s.placeId, s.scheduleId, s.schedule,
                          std::max(s.horizon, windowFrom), to, overrides, error)) {
            return -1;
        }
    }
    return int(batch.size());
}

QList<qint64> IndexWriter::activitiesMovedInto(qint64 from, qint64 to, qint64 windowFrom, qint64 windowTo, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT DISTINCT activity_id FROM occurrence_override WHERE status = 'moved' "
                             "AND new_start >= ? AND new_start < ? AND (original_start < ? OR original_start >= ?)"));
    q.bindValue(0, from);
    q.bindValue(1, to);
    q.bindValue(2, windowFrom);
    q.bindValue(3, windowTo);
    QList<qint64> out;
    if (!q.exec()) {
        failed(q, error);
        return out;
    }
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

} // namespace Buurtplein
