// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/draftstore.h"
#include "store/hubdatabase.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Buurtplein {

namespace {
const QString columns = QStringLiteral("SELECT activity_uid, organisation_uid, bundle, created FROM catalogue_draft");

CatalogueDraft fromRow(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object(),
            q.value(3).toLongLong()};
}
} // namespace

DraftStore::DraftStore(HubDatabase &db)
    : m_db(db)
{
}

bool DraftStore::save(const CatalogueDraft &draft, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO catalogue_draft (activity_uid, organisation_uid, bundle, created) VALUES (?, ?, ?, ?)"
                             " ON CONFLICT (activity_uid) DO UPDATE SET organisation_uid = excluded.organisation_uid,"
                             " bundle = excluded.bundle"));
    q.addBindValue(draft.activityUid);
    q.addBindValue(draft.organisationUid);
    q.addBindValue(QString::fromUtf8(QJsonDocument(draft.bundle).toJson(QJsonDocument::Compact)));
    q.addBindValue(draft.created);
    if (!q.exec()) {
        *error = QStringLiteral("Cannot store the draft %1: %2").arg(draft.activityUid, q.lastError().text());
        return false;
    }
    return true;
}

std::optional<QList<CatalogueDraft>> DraftStore::list(const QString &organisationUid, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(columns + (organisationUid.isEmpty() ? QString() : QStringLiteral(" WHERE organisation_uid = ?"))
              + QStringLiteral(" ORDER BY created, activity_uid"));
    if (!organisationUid.isEmpty())
        q.addBindValue(organisationUid);
    if (!q.exec()) {
        *error = QStringLiteral("Cannot read the drafts: ") + q.lastError().text();
        return std::nullopt;
    }
    QList<CatalogueDraft> drafts;
    while (q.next())
        drafts.append(fromRow(q));
    return drafts;
}

std::optional<CatalogueDraft> DraftStore::find(const QString &activityUid) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(columns + QStringLiteral(" WHERE activity_uid = ?"));
    q.addBindValue(activityUid);
    if (q.exec() && q.next())
        return fromRow(q);
    return std::nullopt;
}

bool DraftStore::remove(const QString &activityUid, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM catalogue_draft WHERE activity_uid = ?"));
    q.addBindValue(activityUid);
    if (!q.exec() || q.numRowsAffected() != 1) {
        *error = q.lastError().isValid() ? q.lastError().text() : QStringLiteral("There is no draft %1.").arg(activityUid);
        return false;
    }
    return true;
}

} // namespace Buurtplein
