// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/cataloguestore.h"
#include "catalogue/cataloguerows.h"
#include "storage/database.h"
#include "search/searchindex.h"
#include "storage/vocabulary.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcCatalogue, "buurtplein.catalogue", QtInfoMsg)

namespace Buurtplein {

using namespace CatalogueRows;

CatalogueStore::CatalogueStore(Database &db)
    : m_db(db.connection())
{
}

CatalogueStore::CatalogueStore(QSqlDatabase db)
    : m_db(db)
{
}

bool CatalogueStore::fail(const QString &message) const
{
    m_error = message;
    qCDebug(lcCatalogue) << message;
    return false;
}

namespace {
QString newUid(const QString &uid)
{
    return uid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : uid;
}

// Looks up the row id and version of @p uid in @p table (a constant of this file).
std::pair<qint64, int> rowOf(const QSqlDatabase &db, const QString &select, const QString &uid)
{
    QSqlQuery q(db);
    q.prepare(select);
    q.bindValue(QStringLiteral(":uid"), uid);
    if (q.exec() && q.next())
        return {q.value(0).toLongLong(), q.value(1).toInt()};
    return {0, 0};
}

qint64 idOf(const QSqlDatabase &db, const QString &select, const QString &uid)
{
    return rowOf(db, select, uid).first;
}

const QString kOrganisationRow = QStringLiteral("SELECT id, version FROM organisation WHERE uid = :uid");
const QString kPlaceRow = QStringLiteral("SELECT id, version FROM place WHERE uid = :uid");
const QString kActivityRow = QStringLiteral("SELECT id, version FROM activity WHERE uid = :uid");
const QString kScheduleRow = QStringLiteral("SELECT id, version FROM schedule WHERE uid = :uid");
const QString kOverrideRow = QStringLiteral("SELECT 1, version FROM occurrence_override WHERE occurrence_uid = :uid");
} // namespace

bool CatalogueStore::save(Organisation &value)
{
    value.uid = newUid(value.uid);
    if (value.name.trimmed().isEmpty())
        return fail(QStringLiteral("An organisation needs a name."));
    if (!value.kind.isEmpty() && !Vocabulary::isOrganisationKind(value.kind))
        return fail(QStringLiteral("Organisation %1 has an unknown kind '%2'.").arg(value.uid, value.kind));
    Transaction tx(m_db);
    const auto [id, version] = rowOf(m_db, kOrganisationRow, value.uid);
    QSqlQuery q(m_db);
    q.prepare(id ? QStringLiteral("UPDATE organisation SET name = :name, kind = :kind, version = :version, "
                                  "modified = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE uid = :uid")
                 : QStringLiteral("INSERT INTO organisation (uid, name, kind, version) VALUES (:uid, :name, :kind, :version)"));
    q.bindValue(QStringLiteral(":uid"), value.uid);
    q.bindValue(QStringLiteral(":name"), value.name.trimmed());
    q.bindValue(QStringLiteral(":kind"), value.kind.isEmpty() ? QStringLiteral("other") : value.kind);
    q.bindValue(QStringLiteral(":version"), version + 1);
    if (!q.exec())
        return fail(QStringLiteral("Cannot save organisation %1: %2").arg(value.uid, q.lastError().text()));
    if (!tx.commit())
        return fail(QStringLiteral("Cannot commit organisation %1.").arg(value.uid));
    value.id = id ? id : q.lastInsertId().toLongLong();
    value.version = version + 1;
    return true;
}

bool CatalogueStore::save(Place &value)
{
    value.uid = newUid(value.uid);
    if (value.name.trimmed().isEmpty())
        return fail(QStringLiteral("Place %1 needs a name.").arg(value.uid));
    const QString problem = CatalogueRows::placeProblem(value);
    if (!problem.isEmpty())
        return fail(QStringLiteral("Place %1: %2").arg(value.uid, problem));
    if (value.hasCoordinates && (value.lat < -90 || value.lat > 90 || value.lon < -180 || value.lon > 180))
        return fail(QStringLiteral("Place %1 has coordinates outside the globe (%2, %3).")
                        .arg(value.uid).arg(value.lat).arg(value.lon));
    Transaction tx(m_db);
    const auto [id, version] = rowOf(m_db, kPlaceRow, value.uid);
    QSqlQuery q(m_db);
    q.prepare(id ? placeUpdateSql() : placeInsertSql());
    bindPlace(q, value);
    q.bindValue(QStringLiteral(":version"), version + 1);
    if (!q.exec())
        return fail(QStringLiteral("Cannot save place %1: %2").arg(value.uid, q.lastError().text()));
    const qint64 rowId = id ? id : q.lastInsertId().toLongLong();
    QString error;
    if (!SearchIndex::placeChanged(m_db, rowId, &error))
        return fail(QStringLiteral("Cannot index place %1: %2").arg(value.uid, error));
    if (!tx.commit())
        return fail(QStringLiteral("Cannot commit place %1.").arg(value.uid));
    value.id = rowId;
    value.version = version + 1;
    return true;
}

bool CatalogueStore::save(Activity &value)
{
    value.uid = newUid(value.uid);
    const QString problem = CatalogueRows::activityProblem(value);
    if (!problem.isEmpty())
        return fail(QStringLiteral("Activity %1 %2").arg(value.uid, problem));
    Transaction tx(m_db);
    const qint64 organisationRow = value.organisationUid.isEmpty() ? 0 : organisationId(value.organisationUid);
    if (!value.organisationUid.isEmpty() && !organisationRow)
        return fail(QStringLiteral("Activity %1 names an unknown organisation %2.").arg(value.uid, value.organisationUid));
    const qint64 placeRow = value.placeUid.isEmpty() ? 0 : placeId(value.placeUid);
    if (!value.placeUid.isEmpty() && !placeRow)
        return fail(QStringLiteral("Activity %1 names an unknown place %2.").arg(value.uid, value.placeUid));
    const auto [id, version] = rowOf(m_db, kActivityRow, value.uid);
    QSqlQuery q(m_db);
    q.prepare(id ? activityUpdateSql() : activityInsertSql());
    bindActivity(q, value, organisationRow, placeRow);
    q.bindValue(QStringLiteral(":version"), version + 1);
    if (!q.exec())
        return fail(QStringLiteral("Cannot save activity %1: %2").arg(value.uid, q.lastError().text()));
    const qint64 rowId = id ? id : q.lastInsertId().toLongLong();
    QString error;
    if (!writeTranslations(m_db, rowId, value.translations, &error))
        return fail(QStringLiteral("Cannot save the translations of activity %1: %2").arg(value.uid, error));
    if (!SearchIndex::activityChanged(m_db, rowId, &error))
        return fail(QStringLiteral("Cannot index activity %1: %2").arg(value.uid, error));
    if (!tx.commit())
        return fail(QStringLiteral("Cannot commit activity %1.").arg(value.uid));
    value.id = rowId;
    value.version = version + 1;
    return true;
}

bool CatalogueStore::save(Schedule &value)
{
    value.uid = newUid(value.uid);
    QString problem = scheduleProblem(value);
    if (!problem.isEmpty())
        return fail(QStringLiteral("Schedule %1: %2").arg(value.uid, problem));
    Transaction tx(m_db);
    const qint64 activityRow = activityId(value.activityUid);
    if (!activityRow)
        return fail(QStringLiteral("Schedule %1 names an unknown activity %2.").arg(value.uid, value.activityUid));
    const auto [id, version] = rowOf(m_db, kScheduleRow, value.uid);
    QSqlQuery q(m_db);
    q.prepare(id ? scheduleUpdateSql() : scheduleInsertSql());
    bindSchedule(q, value, activityRow);
    q.bindValue(QStringLiteral(":version"), version + 1);
    if (!q.exec())
        return fail(QStringLiteral("Cannot save schedule %1: %2").arg(value.uid, q.lastError().text()));
    const qint64 rowId = id ? id : q.lastInsertId().toLongLong();
    QString error;
    if (!SearchIndex::activityChanged(m_db, activityRow, &error))
        return fail(QStringLiteral("Cannot index schedule %1: %2").arg(value.uid, error));
    if (!tx.commit())
        return fail(QStringLiteral("Cannot commit schedule %1.").arg(value.uid));
    value.id = rowId;
    value.version = version + 1;
    return true;
}

bool CatalogueStore::save(OccurrenceOverride &value)
{
    QString problem = overrideProblem(value);
    if (!problem.isEmpty())
        return fail(QStringLiteral("Occurrence %1: %2").arg(value.occurrenceUid, problem));
    Transaction tx(m_db);
    const qint64 activityRow = activityId(value.activityUid);
    if (!activityRow)
        return fail(QStringLiteral("Occurrence %1 names an unknown activity %2.").arg(value.occurrenceUid, value.activityUid));
    const qint64 placeRow = value.newPlaceUid.isEmpty() ? 0 : placeId(value.newPlaceUid);
    if (!value.newPlaceUid.isEmpty() && !placeRow)
        return fail(QStringLiteral("Occurrence %1 moves to an unknown place %2.").arg(value.occurrenceUid, value.newPlaceUid));
    const auto [exists, version] = rowOf(m_db, kOverrideRow, value.occurrenceUid);
    QSqlQuery q(m_db);
    q.prepare(exists ? overrideUpdateSql() : overrideInsertSql());
    bindOverride(q, value, activityRow, placeRow);
    q.bindValue(QStringLiteral(":version"), version + 1);
    if (!q.exec())
        return fail(QStringLiteral("Cannot save occurrence %1: %2").arg(value.occurrenceUid, q.lastError().text()));
    QString error;
    if (!SearchIndex::activityChanged(m_db, activityRow, &error))
        return fail(QStringLiteral("Cannot index occurrence %1: %2").arg(value.occurrenceUid, error));
    if (!tx.commit())
        return fail(QStringLiteral("Cannot commit occurrence %1.").arg(value.occurrenceUid));
    value.version = version + 1;
    return true;
}

qint64 CatalogueStore::placeId(const QString &uid) const
{
    return idOf(m_db, kPlaceRow, uid);
}

qint64 CatalogueStore::activityId(const QString &uid) const
{
    return idOf(m_db, kActivityRow, uid);
}

qint64 CatalogueStore::organisationId(const QString &uid) const
{
    return idOf(m_db, kOrganisationRow, uid);
}

} // namespace Buurtplein
