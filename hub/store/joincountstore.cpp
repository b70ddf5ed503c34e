// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/joincountstore.h"
#include "store/hubdatabase.h"
#include "store/hubsecret.h"
#include "store/statsrollup.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace Buurtplein {

namespace {
std::optional<int> failed(QString *error, const QString &what, const QSqlQuery &q)
{
    *error = what + QStringLiteral(": ") + q.lastError().text();
    return std::nullopt;
}
} // namespace

bool JoinCountStore::isJoinKey(const QString &key)
{
    if (key.size() != 43)
        return false;
    for (QChar c : key) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') && c != QLatin1Char('_'))
            return false;
    }
    const auto decoded = QByteArray::fromBase64Encoding(key.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                                                                            | QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() == 32;
}

std::optional<int> JoinCountStore::store(const QList<JoinMark> &marks, QString *error)
{
    HubTransaction tx(m_db.connection(), m_db.dialect());
    if (!tx.isActive()) {
        *error = QStringLiteral("Cannot begin storing joins: ") + tx.errorString();
        return std::nullopt;
    }
    // Joins count in the rollups of the occurrence's logs: add the change, under the statistics lock.
    if (!StatsRollup::lock(m_db, error))
        return std::nullopt;
    StatsRollup::Deltas deltas;
    QSqlQuery count(m_db.connection());
    count.prepare(QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN key_hash = :key THEN 1 ELSE 0 END) FROM join_key WHERE occurrence_uid = :occurrence"));
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO join_key (occurrence_uid, key_hash) VALUES (:occurrence, :key)"));
    QSqlQuery remove(m_db.connection());
    remove.prepare(QStringLiteral("DELETE FROM join_key WHERE occurrence_uid = :occurrence AND key_hash = :key"));
    // Joins counted before join keys existed (schema 6) are anonymous rows; withdrawing a
    // join the hub has no key of takes one of those, so a resident who joined before the
    // upgrade can still leave.
    QSqlQuery removeMigrated(m_db.connection());
    removeMigrated.prepare(QStringLiteral("DELETE FROM join_key WHERE occurrence_uid = :occurrence AND key_hash = ("
                                          "SELECT MIN(key_hash) FROM join_key WHERE occurrence_uid = :same AND key_hash LIKE 'migrated-%')"));
    int changed = 0;
    for (const JoinMark &mark : marks) {
        const QString hash = HubSecret::sha256Hex(mark.key);
        int delta = 0;
        if (mark.joined) {
            count.bindValue(QStringLiteral(":key"), hash);
            count.bindValue(QStringLiteral(":occurrence"), mark.occurrenceUid);
            if (!count.exec() || !count.next())
                return failed(error, QStringLiteral("Cannot count the joins of a session"), count);
            const bool known = count.value(1).toInt() > 0;
            const bool full = count.value(0).toInt() >= MaxPerOccurrence;
            count.finish();
            if (!known && !full) {
                insert.bindValue(QStringLiteral(":occurrence"), mark.occurrenceUid);
                insert.bindValue(QStringLiteral(":key"), hash);
                if (!insert.exec())
                    return failed(error, QStringLiteral("Cannot store a join"), insert);
                delta = 1;
            }
        } else {
            remove.bindValue(QStringLiteral(":occurrence"), mark.occurrenceUid);
            remove.bindValue(QStringLiteral(":key"), hash);
            if (!remove.exec())
                return failed(error, QStringLiteral("Cannot withdraw a join"), remove);
            if (remove.numRowsAffected() == 0) {
                removeMigrated.bindValue(QStringLiteral(":occurrence"), mark.occurrenceUid);
                removeMigrated.bindValue(QStringLiteral(":same"), mark.occurrenceUid);
                if (!removeMigrated.exec())
                    return failed(error, QStringLiteral("Cannot withdraw a join"), removeMigrated);
            }
            delta = remove.numRowsAffected() > 0 || removeMigrated.numRowsAffected() > 0 ? -1 : 0;
            removeMigrated.finish();
        }
        if (delta != 0) {
            ++changed;
            if (!StatsRollup::addJoins(m_db, mark.occurrenceUid, delta, &deltas, error))
                return std::nullopt;
        }
    }
    if (!deltas.write(m_db, error))
        return std::nullopt;
    if (!tx.commit()) {
        *error = QStringLiteral("Cannot commit the joins: ") + tx.errorString();
        return std::nullopt;
    }
    return changed;
}

std::optional<QHash<QString, qint64>> JoinCountStore::totals(const QStringList &occurrenceUids) const
{
    QHash<QString, qint64> out;
    for (qsizetype start = 0; start < occurrenceUids.size(); start += HubDatabase::InListSize) {
        const QStringList part = occurrenceUids.mid(start, HubDatabase::InListSize);
        QSqlQuery &q = m_db.statement(QStringLiteral("SELECT occurrence_uid, COUNT(*) FROM join_key WHERE occurrence_uid IN (%1)"
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
    QSqlQuery &q = m_db.statement(QStringLiteral("SELECT COUNT(*) FROM join_key WHERE occurrence_uid = ?"));
    q.bindValue(0, occurrenceUid);
    const qint64 total = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return total;
}

JoinBudget::JoinBudget(int perWindow, qint64 windowSeconds)
    : m_perWindow(perWindow)
    , m_window(windowSeconds)
    , m_secret(32, Qt::Uninitialized)
{
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_secret.data()), m_secret.size() / int(sizeof(quint32)));
}

qint64 JoinBudget::spend(const QByteArray &address, int marks, qint64 now)
{
    const qint64 start = now - m_window;
    // Now and then, drop the addresses that went quiet, so that memory follows the last hour.
    if (now - m_lastSweep >= m_window) {
        forgetBefore(start);
        m_lastSweep = now;
    }
    const QByteArray key = QMessageAuthenticationCode::hash(address, m_secret, QCryptographicHash::Sha256);
    QList<std::pair<qint64, int>> &spent = m_spent[key];
    int total = 0;
    while (!spent.isEmpty() && spent.first().first <= start)
        spent.removeFirst();
    for (const auto &[time, n] : std::as_const(spent))
        total += n;
    if (total + marks > m_perWindow) {
        // The wait until enough of the window has passed for these marks.
        int freed = m_perWindow - total;
        for (const auto &[time, n] : std::as_const(spent)) {
            freed += n;
            if (freed >= marks)
                return std::max<qint64>(1, time + m_window - now);
        }
        return m_window;
    }
    spent.append({now, marks});
    return 0;
}

void JoinBudget::forgetBefore(qint64 start)
{
    for (auto it = m_spent.begin(); it != m_spent.end();) {
        if (it->isEmpty() || it->last().first <= start)
            it = m_spent.erase(it);
        else
            ++it;
    }
}

} // namespace Buurtplein
