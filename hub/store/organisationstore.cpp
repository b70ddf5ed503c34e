// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/organisationstore.h"
#include "store/hubdatabase.h"
#include "storage/vocabulary.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Buurtplein {

namespace {
HubOrganisation fromRow(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
            q.value(4).toLongLong()};
}

const QString selectColumns = QStringLiteral("SELECT uid, name, kind, version, modified FROM organisation");
} // namespace

bool OrganisationStore::create(const HubOrganisation &organisation, qint64 now, QString *error)
{
    static const QRegularExpression uidPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"));
    if (!uidPattern.match(organisation.uid).hasMatch()) {
        *error = QStringLiteral("'%1' is not an organisation uid: use up to 128 letters, digits, '.', '_', ':' or '-'.").arg(organisation.uid);
        return false;
    }
    if (organisation.name.trimmed().isEmpty()) {
        *error = QStringLiteral("An organisation needs a name.");
        return false;
    }
    if (!Vocabulary::isOrganisationKind(organisation.kind)) {
        QStringList kinds;
        for (const Vocabulary::Term &term : Vocabulary::organisationKinds())
            kinds.append(term.id);
        *error = QStringLiteral("'%1' is not an organisation kind; use one of %2.").arg(organisation.kind, kinds.join(QStringLiteral(", ")));
        return false;
    }
    if (find(organisation.uid)) {
        *error = QStringLiteral("There is already an organisation %1.").arg(organisation.uid);
        return false;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO organisation (uid, name, kind, version, modified) VALUES (:uid, :name, :kind, 1, :modified)"));
    q.bindValue(QStringLiteral(":uid"), organisation.uid);
    q.bindValue(QStringLiteral(":name"), organisation.name.trimmed());
    q.bindValue(QStringLiteral(":kind"), organisation.kind);
    q.bindValue(QStringLiteral(":modified"), now);
    if (!q.exec()) {
        *error = QStringLiteral("Cannot store organisation %1: %2").arg(organisation.uid, q.lastError().text());
        return false;
    }
    return true;
}

std::optional<HubOrganisation> OrganisationStore::find(const QString &uid) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(selectColumns + QStringLiteral(" WHERE uid = :uid"));
    q.bindValue(QStringLiteral(":uid"), uid);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

QList<HubOrganisation> OrganisationStore::list() const
{
    QList<HubOrganisation> result;
    QSqlQuery q(m_db.connection());
    if (!q.exec(selectColumns + QStringLiteral(" ORDER BY uid")))
        return result;
    while (q.next())
        result.append(fromRow(q));
    return result;
}

} // namespace Buurtplein
