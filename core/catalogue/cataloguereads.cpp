// SPDX-License-Identifier: GPL-3.0-or-later
// CatalogueStore's reads and removals; its writes are in cataloguestore.cpp.
#include "catalogue/cataloguestore.h"
#include "catalogue/cataloguerows.h"
#include "storage/database.h"
#include "search/searchindex.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Buurtplein {

using namespace CatalogueRows;

namespace {
QString activityFrom()
{
    return QStringLiteral(" FROM activity a LEFT JOIN organisation o ON o.id = a.organisation_id "
                          "LEFT JOIN place p ON p.id = a.place_id ");
}

QString scheduleFrom()
{
    return QStringLiteral(" FROM schedule s JOIN activity a ON a.id = s.activity_id ");
}

QString overrideFrom()
{
    return QStringLiteral(" FROM occurrence_override v JOIN activity a ON a.id = v.activity_id "
                          "LEFT JOIN place p ON p.id = v.new_place_id ");
}

template<typename T, typename Reader>
QList<T> readAll(const QSqlDatabase &db, const QString &sql, const QString &key, Reader read)
{
    QList<T> result;
    QSqlQuery q(db);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":key"), key);
    if (!q.exec())
        return result;
    while (q.next())
        result.append(read(q));
    return result;
}

template<typename T>
std::optional<T> first(const QList<T> &list)
{
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}
} // namespace

std::optional<Organisation> CatalogueStore::organisation(const QString &uid) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, uid, name, kind, version FROM organisation WHERE uid = :uid"));
    q.bindValue(QStringLiteral(":uid"), uid);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Organisation o;
    o.id = q.value(0).toLongLong();
    o.uid = q.value(1).toString();
    o.name = q.value(2).toString();
    o.kind = q.value(3).toString();
    o.version = q.value(4).toInt();
    return o;
}

std::optional<Place> CatalogueStore::place(const QString &uid) const
{
    return first(readAll<Place>(m_db, QStringLiteral("SELECT ") + placeColumns() + QStringLiteral(" FROM place WHERE uid = :key"),
                                uid, readPlace));
}

std::optional<Activity> CatalogueStore::activity(const QString &uid) const
{
    auto found = first(readAll<Activity>(m_db, QStringLiteral("SELECT ") + activityColumns() + activityFrom()
                                                   + QStringLiteral("WHERE a.uid = :key"),
                                         uid, readActivity));
    if (!found)
        return found;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT lang, title, description FROM activity_translation WHERE activity_id = :id"));
    q.bindValue(QStringLiteral(":id"), found->id);
    if (q.exec()) {
        while (q.next())
            found->translations.insert(q.value(0).toString(), Translation{q.value(1).toString(), q.value(2).toString()});
    }
    return found;
}

std::optional<Schedule> CatalogueStore::schedule(const QString &uid) const
{
    return first(readAll<Schedule>(m_db, QStringLiteral("SELECT ") + scheduleColumns() + scheduleFrom()
                                             + QStringLiteral("WHERE s.uid = :key"),
                                   uid, readSchedule));
}

std::optional<OccurrenceOverride> CatalogueStore::occurrenceOverride(const QString &occurrenceUid) const
{
    return first(readAll<OccurrenceOverride>(m_db, QStringLiteral("SELECT ") + overrideColumns() + overrideFrom()
                                                       + QStringLiteral("WHERE v.occurrence_uid = :key"),
                                             occurrenceUid, readOverride));
}

QList<Schedule> CatalogueStore::schedulesOf(const QString &activityUid) const
{
    return readAll<Schedule>(m_db, QStringLiteral("SELECT ") + scheduleColumns() + scheduleFrom()
                                       + QStringLiteral("WHERE a.uid = :key ORDER BY s.start_date, s.id"),
                             activityUid, readSchedule);
}

QList<OccurrenceOverride> CatalogueStore::overridesOf(const QString &activityUid) const
{
    return readAll<OccurrenceOverride>(m_db, QStringLiteral("SELECT ") + overrideColumns() + overrideFrom()
                                                 + QStringLiteral("WHERE a.uid = :key ORDER BY v.original_start"),
                                       activityUid, readOverride);
}

QStringList CatalogueStore::activityUids() const
{
    QStringList result;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT uid FROM activity ORDER BY id"))) {
        while (q.next())
            result.append(q.value(0).toString());
    }
    return result;
}

namespace {
bool deleteByKey(QSqlDatabase db, const QString &sql, const QVariant &key, QString *error)
{
    QSqlQuery q(db);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":key"), key);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}
} // namespace

bool CatalogueStore::removeOrganisation(const QString &uid)
{
    Transaction tx(m_db);
    const qint64 id = organisationId(uid);
    if (!id)
        return fail(QStringLiteral("There is no organisation %1.").arg(uid));
    QString error;
    if (!deleteByKey(m_db, QStringLiteral("DELETE FROM organisation WHERE id = :key"), id, &error))
        return fail(QStringLiteral("Cannot remove organisation %1 (does it still run activities?): %2").arg(uid, error));
    return tx.commit() || fail(QStringLiteral("Cannot commit the removal of organisation %1.").arg(uid));
}

bool CatalogueStore::removePlace(const QString &uid)
{
    Transaction tx(m_db);
    const qint64 id = placeId(uid);
    if (!id)
        return fail(QStringLiteral("There is no place %1.").arg(uid));
    QString error;
    if (!SearchIndex::placeRemoved(m_db, id, &error)
        || !deleteByKey(m_db, QStringLiteral("DELETE FROM place WHERE id = :key"), id, &error))
        return fail(QStringLiteral("Cannot remove place %1: %2").arg(uid, error));
    return tx.commit() || fail(QStringLiteral("Cannot commit the removal of place %1.").arg(uid));
}

bool CatalogueStore::removeActivity(const QString &uid)
{
    Transaction tx(m_db);
    const qint64 id = activityId(uid);
    if (!id)
        return fail(QStringLiteral("There is no activity %1.").arg(uid));
    QString error;
    if (!SearchIndex::activityRemoved(m_db, id, &error)
        || !deleteByKey(m_db, QStringLiteral("DELETE FROM activity WHERE id = :key"), id, &error))
        return fail(QStringLiteral("Cannot remove activity %1: %2").arg(uid, error));
    return tx.commit() || fail(QStringLiteral("Cannot commit the removal of activity %1.").arg(uid));
}

bool CatalogueStore::removeSchedule(const QString &uid)
{
    Transaction tx(m_db);
    const auto existing = schedule(uid);
    if (!existing)
        return fail(QStringLiteral("There is no schedule %1.").arg(uid));
    QString error;
    if (!deleteByKey(m_db, QStringLiteral("DELETE FROM schedule WHERE uid = :key"), uid, &error)
        || !SearchIndex::activityChanged(m_db, activityId(existing->activityUid), &error))
        return fail(QStringLiteral("Cannot remove schedule %1: %2").arg(uid, error));
    return tx.commit() || fail(QStringLiteral("Cannot commit the removal of schedule %1.").arg(uid));
}

bool CatalogueStore::removeOverride(const QString &occurrenceUid)
{
    Transaction tx(m_db);
    const auto existing = occurrenceOverride(occurrenceUid);
    if (!existing)
        return fail(QStringLiteral("There is no override of occurrence %1.").arg(occurrenceUid));
    QString error;
    if (!deleteByKey(m_db, QStringLiteral("DELETE FROM occurrence_override WHERE occurrence_uid = :key"), occurrenceUid, &error)
        || !SearchIndex::activityChanged(m_db, activityId(existing->activityUid), &error))
        return fail(QStringLiteral("Cannot remove the override of %1: %2").arg(occurrenceUid, error));
    return tx.commit() || fail(QStringLiteral("Cannot commit the removal of the override of %1.").arg(occurrenceUid));
}

} // namespace Buurtplein
