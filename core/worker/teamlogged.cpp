// SPDX-License-Identifier: GPL-3.0-or-later
#include "worker/teamlogged.h"
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace Buurtplein::TeamLogged {

bool replace(QSqlDatabase db, const QStringList &occurrences, QString *error)
{
    Transaction tx(db);
    QSqlQuery q(db);
    if (!tx.isActive() || !q.exec(QStringLiteral("DELETE FROM team_logged"))) {
        *error = QStringLiteral("Cannot clear the team's logged sessions: ") + q.lastError().text();
        return false;
    }
    if (!occurrences.isEmpty()) {
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO team_logged (occurrence_uid) VALUES (?)"));
        q.addBindValue(QVariantList(occurrences.cbegin(), occurrences.cend()));
        if (!q.execBatch()) {
            *error = QStringLiteral("Cannot store the team's logged sessions: ") + q.lastError().text();
            return false;
        }
    }
    if (!tx.commit()) {
        *error = QStringLiteral("Cannot commit the team's logged sessions.");
        return false;
    }
    return true;
}

QSet<QString> all(QSqlDatabase db)
{
    QSet<QString> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT occurrence_uid FROM team_logged"))) {
        while (q.next())
            out.insert(q.value(0).toString());
    }
    return out;
}

} // namespace Buurtplein::TeamLogged
