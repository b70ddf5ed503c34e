// SPDX-License-Identifier: GPL-3.0-or-later
#include "joincountstore.h"
#include "hubdatabase.h"
#include "statsrollup.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Buurtplein {

bool JoinCountStore::isClientKey(const QString &clientKey)
{
    if (clientKey.size() != 43)
        return false;
    for (QChar c : clientKey) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') && c != QLatin1Char('_'))
            return false;
    }
    const auto decoded = QByteArray::fromBase64Encoding(clientKey.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                                                                                  | QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() == 32;
}

bool JoinCountStore::store(const QString &clientKeyHash, const QList<JoinCount> &counts, qint64 now, QString *error)
{
    HubTransaction tx(m_db.connection(), m_db.dialect());
    if (!tx.isActive()) {
        *error = QStringLiteral("Cannot begin storing join counts: ") + tx.errorString();
        return false;
    }
    // Joins count in the rollups of the occurrence's logs: add the change, under the statistics lock.
    if (!StatsRollup::lock(m_db, error))
        return false;
    StatsRollup::Deltas deltas;
    QSqlQuery before(m_db.connection());
    before.prepare(QStringLiteral("SELECT count FROM join_count WHERE occurrence_uid = :occurrence AND client_key_hash = :key"));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO join_count (occurrence_uid, client_key_hash, count, updated) VALUES (:occurrence, :key, :count, :now)"
                             " ON CONFLICT (occurrence_uid, client_key_hash) DO UPDATE SET count = excluded.count, updated = excluded.updated"));
    for (const JoinCount &item : counts) {
        before.bindValue(QStringLiteral(":occurrence"), item.occurrenceUid);
        before.bindValue(QStringLiteral(":key"), clientKeyHash);
        if (!before.exec()) {
            *error = QStringLiteral("Cannot read a join count: ") + before.lastError().text();
            return false;
        }
        const qint64 previous = before.next() ? before.value(0).toLongLong() : 0;
        before.finish();
        q.bindValue(QStringLiteral(":occurrence"), item.occurrenceUid);
        q.bindValue(QStringLiteral(":key"), clientKeyHash);
        q.bindValue(QStringLiteral(":count"), item.count);
        q.bindValue(QStringLiteral(":now"), now);
        if (!q.exec()) {
            *error = QStringLiteral("Cannot store a join count: ") + q.lastError().text();
            return false;
        }
        if (item.count != previous && !StatsRollup::addJoins(m_db, item.occurrenceUid, item.count - previous, &deltas, error))
            return false;
    }
    if (!deltas.write(m_db, error))
        return false;
    if (!tx.commit()) {
        *error = QStringLiteral("Cannot commit the join counts: ") + tx.errorString();
        return false;
    }
    return true;
}

std::optional<QHash<QString, qint64>> JoinCountStore::totals(const QStringList &occurrenceUids) const
{
    QHash<QString, qint64> out;
    for (qsizetype start = 0; start < occurrenceUids.size(); start += HubDatabase::InListSize) {
        const QStringList part = occurrenceUids.mid(start, HubDatabase::InListSize);
        QSqlQuery &q = m_db.statement(QStringLiteral("SELECT occurrence_uid, SUM(count) FROM join_count WHERE occurrence_uid IN (%1)"
                                                     " GROUP BY occurrence_uid").arg(HubDatabase::placeholders(int(part.size()))));
        for (int i = 0; i < part.size(); ++i)
            q.bindValue(i, part.at(i));
        if (!q.exec()) {
            q.finish();
            return std::nullopt;
        }
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toLongLong());
        q.finish();
    }
    return out;
}

qint64 JoinCountStore::total(const QString &occurrenceUid) const
{
    QSqlQuery &q = m_db.statement(QStringLiteral("SELECT COALESCE(SUM(count), 0) FROM join_count WHERE occurrence_uid = ?"));
    q.bindValue(0, occurrenceUid);
    const qint64 total = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return total;
}

qint64 JoinRateLimit::admit(const QString &keyHash, qint64 now)
{
    const qint64 start = now - m_window;
    // Now and then, drop the keys that went quiet, so that memory follows the devices of the last hour.
    if (now - m_lastSweep >= m_window) {
        forgetBefore(start);
        m_lastSweep = now;
    }
    QList<qint64> &times = m_seen[keyHash];
    while (!times.isEmpty() && times.first() <= start)
        times.removeFirst();
    if (times.size() >= m_perWindow)
        return std::max<qint64>(1, times.first() + m_window - now);
    times.append(now);
    return 0;
}

void JoinRateLimit::forgetBefore(qint64 start)
{
    for (auto it = m_seen.begin(); it != m_seen.end();) {
        if (it->isEmpty() || it->last() <= start)
            it = m_seen.erase(it);
        else
            ++it;
    }
}

} // namespace Buurtplein
