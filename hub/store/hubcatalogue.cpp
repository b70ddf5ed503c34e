// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/hubcatalogue.h"
#include "worker/cataloguepayload.h"
#include "store/hubdatabase.h"
#include "store/hubtypes.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Buurtplein {

namespace {
const QString selectColumns = QStringLiteral("SELECT kind, uid, organisation_uid, version, change, deleted, data FROM catalogue_item");

CatalogueItem fromRow(const QSqlQuery &q)
{
    CatalogueItem item;
    item.kind = q.value(0).toString();
    item.uid = q.value(1).toString();
    item.organisationUid = q.value(2).toString();
    item.version = q.value(3).toLongLong();
    item.change = q.value(4).toLongLong();
    if (!q.value(5).isNull())
        item.deleted = q.value(5).toLongLong();
    else
        item.data = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    return item;
}

QJsonObject withoutVersion(QJsonObject data)
{
    data.remove(QStringLiteral("version"));
    return data;
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}
} // namespace

CatalogueWrite HubCatalogue::failed(const QString &message)
{
    m_error = message;
    CatalogueWrite write;
    write.error = message;
    return write;
}

// The counter's row is the lock that orders writers: on PostgreSQL the UPDATE holds it
// until this transaction ends, so a second writer waits here and then gets a higher
// number than everything this one wrote; on SQLite BEGIN IMMEDIATE already serialises
// writers. The value is read back with a plain SELECT, which sees this transaction's own
// update on both databases.
std::optional<qint64> HubCatalogue::nextChange()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("UPDATE feed_counter SET value = value + 1 WHERE id = 1"))
        || !q.exec(QStringLiteral("SELECT value FROM feed_counter WHERE id = 1")) || !q.next()) {
        m_error = QStringLiteral("Cannot take a change number: ") + q.lastError().text();
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

CatalogueWrite HubCatalogue::upsert(const QString &kind, const QString &uid, const QString &organisationUid, QJsonObject data,
                                    std::optional<qint64> expectedVersion)
{
    if (!CataloguePayload::kinds().contains(kind) || uid.isEmpty() || data.isEmpty())
        return failed(QStringLiteral("A catalogue record needs a known kind, a uid and data."));
    const std::optional<CatalogueItem> current = find(kind, uid);
    if (!m_error.isEmpty())
        return failed(m_error);
    CatalogueWrite write;
    write.version = current ? current->version : 0;
    write.change = current ? current->change : 0;
    if (current && !current->deleted && withoutVersion(current->data) == withoutVersion(data)
        && current->organisationUid == organisationUid) {
        write.outcome = CatalogueWrite::Unchanged;
        return write;
    }
    if (expectedVersion && *expectedVersion != write.version) {
        write.outcome = CatalogueWrite::Conflict;
        return write;
    }
    const std::optional<qint64> change = nextChange();
    if (!change)
        return failed(m_error);
    data.insert(QStringLiteral("version"), write.version + 1);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO catalogue_item (kind, uid, organisation_uid, version, change, deleted, data)"
                             " VALUES (:kind, :uid, :organisation, :version, :change, NULL, :data)"
                             " ON CONFLICT (kind, uid) DO UPDATE SET organisation_uid = excluded.organisation_uid,"
                             " version = excluded.version, change = excluded.change, deleted = NULL, data = excluded.data"));
    q.bindValue(QStringLiteral(":kind"), kind);
    q.bindValue(QStringLiteral(":uid"), uid);
    q.bindValue(QStringLiteral(":organisation"), nullIfEmpty(organisationUid));
    q.bindValue(QStringLiteral(":version"), write.version + 1);
    q.bindValue(QStringLiteral(":change"), *change);
    q.bindValue(QStringLiteral(":data"), QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return failed(QStringLiteral("Cannot store %1 %2: %3").arg(kind, uid, q.lastError().text()));
    write.outcome = CatalogueWrite::Stored;
    write.version += 1;
    write.change = *change;
    return write;
}

CatalogueWrite HubCatalogue::remove(const QString &kind, const QString &uid, qint64 now)
{
    const std::optional<CatalogueItem> current = find(kind, uid);
    if (!m_error.isEmpty())
        return failed(m_error);
    CatalogueWrite write;
    write.outcome = CatalogueWrite::Unchanged;
    if (!current || current->deleted)
        return write;
    const std::optional<qint64> change = nextChange();
    if (!change)
        return failed(m_error);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE catalogue_item SET version = version + 1, change = :change, deleted = :now, data = NULL"
                             " WHERE kind = :kind AND uid = :uid"));
    q.bindValue(QStringLiteral(":change"), *change);
    q.bindValue(QStringLiteral(":now"), now);
    q.bindValue(QStringLiteral(":kind"), kind);
    q.bindValue(QStringLiteral(":uid"), uid);
    if (!q.exec())
        return failed(QStringLiteral("Cannot delete %1 %2: %3").arg(kind, uid, q.lastError().text()));
    write.outcome = CatalogueWrite::Stored;
    write.version = current->version + 1;
    write.change = *change;
    return write;
}

CatalogueWrite HubCatalogue::ensureOrganisation(const HubOrganisation &organisation)
{
    Organisation record;
    record.uid = organisation.uid;
    record.name = organisation.name;
    record.kind = organisation.kind;
    return upsert(CataloguePayload::OrganisationKind, record.uid, record.uid, CataloguePayload::build(record));
}

std::optional<CatalogueItem> HubCatalogue::find(const QString &kind, const QString &uid) const
{
    m_error.clear();
    // Ingest looks up an activity and an override per session log: one prepared statement.
    static const QString sql = selectColumns + QStringLiteral(" WHERE kind = ? AND uid = ?");
    QSqlQuery &q = m_db.statement(sql);
    q.bindValue(0, kind);
    q.bindValue(1, uid);
    if (!q.exec()) {
        m_error = QStringLiteral("Cannot read %1 %2: %3").arg(kind, uid, q.lastError().text());
        q.finish();
        return std::nullopt;
    }
    std::optional<CatalogueItem> item;
    if (q.next())
        item = fromRow(q);
    q.finish();
    return item;
}

std::optional<QHash<QString, CatalogueItem>> HubCatalogue::findMany(const QString &kind, const QStringList &uids) const
{
    m_error.clear();
    QHash<QString, CatalogueItem> out;
    for (qsizetype start = 0; start < uids.size(); start += HubDatabase::InListSize) {
        const QStringList part = uids.mid(start, HubDatabase::InListSize);
        QSqlQuery &q = m_db.statement(selectColumns + QStringLiteral(" WHERE kind = ? AND uid IN (%1)").arg(HubDatabase::placeholders(int(part.size()))));
        q.bindValue(0, kind);
        for (int i = 0; i < part.size(); ++i)
            q.bindValue(1 + i, part.at(i));
        if (!q.exec()) {
            m_error = QStringLiteral("Cannot read %1 records: %2").arg(kind, q.lastError().text());
            q.finish();
            return std::nullopt;
        }
        while (q.next()) {
            const CatalogueItem item = fromRow(q);
            out.insert(item.uid, item);
        }
        q.finish();
    }
    return out;
}

std::optional<QList<CatalogueItem>> HubCatalogue::page(qint64 after, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(selectColumns + QStringLiteral(" WHERE change > :after ORDER BY change LIMIT :limit"));
    q.bindValue(QStringLiteral(":after"), after);
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!q.exec()) {
        m_error = QStringLiteral("Cannot read the feed: ") + q.lastError().text();
        return std::nullopt;
    }
    QList<CatalogueItem> items;
    while (q.next())
        items.append(fromRow(q));
    return items;
}

std::optional<QList<CatalogueItem>> HubCatalogue::live(const QString &kind) const
{
    return live(kind, 0, -1);
}

std::optional<QList<CatalogueItem>> HubCatalogue::live(const QString &kind, qint64 after, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(selectColumns + QStringLiteral(" WHERE kind = :kind AND deleted IS NULL AND change > :after ORDER BY change")
              + (limit >= 0 ? QStringLiteral(" LIMIT :limit") : QString()));
    q.bindValue(QStringLiteral(":kind"), kind);
    q.bindValue(QStringLiteral(":after"), after);
    if (limit >= 0)
        q.bindValue(QStringLiteral(":limit"), limit);
    if (!q.exec()) {
        m_error = QStringLiteral("Cannot read the catalogue: ") + q.lastError().text();
        return std::nullopt;
    }
    QList<CatalogueItem> items;
    while (q.next())
        items.append(fromRow(q));
    return items;
}

int HubCatalogue::purgeTombstones(qint64 now, qint64 olderThanSeconds)
{
    const qint64 before = now - std::max(olderThanSeconds, minimumTombstoneSeconds);
    QSqlQuery q(m_db.connection());
    // The watermark and the deletion commit together in the caller's transaction.
    q.prepare(QStringLiteral("UPDATE feed_counter SET purged_through = (SELECT COALESCE(MAX(change), 0) FROM ("
                             " SELECT change FROM catalogue_item WHERE deleted IS NOT NULL AND deleted < :before"
                             " UNION ALL SELECT purged_through FROM feed_counter WHERE id = 1) AS known) WHERE id = 1"));
    q.bindValue(QStringLiteral(":before"), before);
    if (!q.exec()) {
        m_error = QStringLiteral("Cannot purge tombstones: ") + q.lastError().text();
        return -1;
    }
    q.prepare(QStringLiteral("DELETE FROM catalogue_item WHERE deleted IS NOT NULL AND deleted < :before"));
    q.bindValue(QStringLiteral(":before"), before);
    if (!q.exec()) {
        m_error = QStringLiteral("Cannot purge tombstones: ") + q.lastError().text();
        return -1;
    }
    return q.numRowsAffected();
}

std::optional<qint64> HubCatalogue::oldestCursorServed() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT purged_through FROM feed_counter WHERE id = 1")) || !q.next()) {
        m_error = QStringLiteral("Cannot read the feed's tombstone window: ") + q.lastError().text();
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

qint64 HubCatalogue::lastChange() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT value FROM feed_counter WHERE id = 1")) && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace Buurtplein
