// SPDX-License-Identifier: GPL-3.0-or-later
#include "worker/outbox.h"
#include "recurrence/clock.h"
#include "storage/database.h"
#include "worker/workerlog.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace Buurtplein {

namespace {

const QString kColumns = QStringLiteral(
    "id, uuid, kind, entity_uid, revision, payload, created, attempts, next_attempt, last_error, set_aside, base_version");

QString stamp(const QDateTime &value)
{
    return value.isValid() ? value.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime instant(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate).toUTC();
}

OutboxItem readItem(const QSqlQuery &q)
{
    OutboxItem item;
    item.id = q.value(0).toLongLong();
    item.uuid = q.value(1).toString();
    item.kind = q.value(2).toString();
    item.entityUid = q.value(3).toString();
    item.revision = q.value(4).toInt();
    item.payload = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
    item.created = instant(q.value(6));
    item.attempts = q.value(7).toInt();
    item.nextAttempt = instant(q.value(8));
    item.lastError = q.value(9).toString();
    item.setAside = q.value(10).toBool();
    item.baseVersion = q.value(11).toInt();
    return item;
}

void bindAll(QSqlQuery &q, const QVariantMap &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bindValue(it.key(), it.value());
}

} // namespace

Outbox::Outbox(QSqlDatabase db, Clock clock)
    : m_db(db)
    , m_clock(Clocks::orSystem(std::move(clock)))
{
}

bool Outbox::isKind(const QString &kind)
{
    return kind == SessionLogKind || kind == ActivityKind || kind == ScheduleKind || kind == OverrideKind;
}

bool Outbox::fail(const QString &message)
{
    m_error = message;
    qCWarning(lcWorker) << message;
    return false;
}

bool Outbox::enqueue(const QString &kind, const QString &entityUid, int revision, const QJsonObject &payload,
                     int baseVersion)
{
    if (!isKind(kind))
        return fail(QStringLiteral("The outbox does not carry '%1'.").arg(kind));
    if (entityUid.isEmpty())
        return fail(QStringLiteral("An outbox row needs the uid of what it carries."));
    Transaction tx(m_db);
    const std::optional<OutboxItem> existing = item(kind, entityUid);
    if (existing && existing->revision > revision) {
        qCDebug(lcWorker) << "outbox keeps" << kind << entityUid << "revision" << existing->revision << "over" << revision;
        return tx.commit() || fail(QStringLiteral("Cannot commit the outbox."));
    }
    QSqlQuery q(m_db);
    // A replaced row keeps its id, and with it its place in the queue, so an activity is
    // still sent before the schedules and logs that name it; its new uuid makes sure an
    // answer to the old payload cannot acknowledge the new one. It keeps its base too: the
    // hub still holds the version the first of these edits started from. A set-aside row
    // is done with (the person saw the hub's record or its refusal), so its replacement
    // starts from the hub's version as the device knows it now.
    q.prepare(existing ? QStringLiteral("UPDATE outbox SET uuid = :uuid, revision = :revision, payload = :payload, "
                                        "created = :created, attempts = 0, next_attempt = NULL, last_error = '', "
                                        "base_version = CASE WHEN set_aside = 1 THEN :base ELSE base_version END, "
                                        "set_aside = 0 WHERE id = :id")
                       : QStringLiteral("INSERT INTO outbox (uuid, kind, entity_uid, revision, payload, created, base_version) "
                                        "VALUES (:uuid, :kind, :entity, :revision, :payload, :created, :base)"));
    q.bindValue(QStringLiteral(":uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.bindValue(QStringLiteral(":base"), std::max(baseVersion, 0));
    q.bindValue(QStringLiteral(":revision"), revision);
    q.bindValue(QStringLiteral(":payload"), QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    q.bindValue(QStringLiteral(":created"), stamp(m_clock()));
    if (existing) {
        q.bindValue(QStringLiteral(":id"), existing->id);
    } else {
        q.bindValue(QStringLiteral(":kind"), kind);
        q.bindValue(QStringLiteral(":entity"), entityUid);
    }
    if (!q.exec())
        return fail(QStringLiteral("Cannot queue %1 %2 for the hub: %3").arg(kind, entityUid, q.lastError().text()));
    return tx.commit() || fail(QStringLiteral("Cannot commit the outbox."));
}

QList<OutboxItem> Outbox::read(const QString &where, const QVariantMap &values) const
{
    QList<OutboxItem> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM outbox WHERE ") + where);
    bindAll(q, values);
    if (!q.exec()) {
        qCWarning(lcWorker) << "cannot read the outbox:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(readItem(q));
    return out;
}

int Outbox::pendingCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE set_aside = 0")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

int Outbox::pendingEdits() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE set_aside = 0 AND kind <> :log"));
    q.bindValue(QStringLiteral(":log"), SessionLogKind);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

QList<OutboxItem> Outbox::pending(int limit, const QDateTime &dueBy) const
{
    return read(QStringLiteral("set_aside = 0 AND (:anytime = 1 OR next_attempt IS NULL OR next_attempt <= :due) "
                               "ORDER BY id LIMIT :limit"),
                {{QStringLiteral(":anytime"), dueBy.isValid() ? 0 : 1},
                 {QStringLiteral(":due"), stamp(dueBy)},
                 {QStringLiteral(":limit"), limit}});
}

QList<OutboxItem> Outbox::setAsideItems() const
{
    return read(QStringLiteral("set_aside = 1 ORDER BY id"), {});
}

std::optional<OutboxItem> Outbox::item(const QString &kind, const QString &entityUid) const
{
    const QList<OutboxItem> found = read(QStringLiteral("kind = :kind AND entity_uid = :entity ORDER BY id"),
                                         {{QStringLiteral(":kind"), kind}, {QStringLiteral(":entity"), entityUid}});
    return found.isEmpty() ? std::nullopt : std::optional<OutboxItem>(found.first());
}

bool Outbox::updateOne(const QString &sql, const QString &uuid, const QVariantMap &values)
{
    QSqlQuery q(m_db);
    q.prepare(sql);
    bindAll(q, values);
    q.bindValue(QStringLiteral(":uuid"), uuid);
    if (!q.exec())
        return fail(QStringLiteral("Cannot update outbox row %1: %2").arg(uuid, q.lastError().text()));
    if (q.numRowsAffected() != 1)
        return fail(QStringLiteral("The outbox has no row %1 (any more).").arg(uuid));
    return true;
}

bool Outbox::acknowledge(const QString &uuid)
{
    return updateOne(QStringLiteral("DELETE FROM outbox WHERE uuid = :uuid"), uuid, {});
}

bool Outbox::rebase(const QString &kind, const QString &entityUid, int fromBase, int toBase)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE outbox SET base_version = :to "
                             "WHERE kind = :kind AND entity_uid = :entity AND set_aside = 0 AND base_version = :from"));
    q.bindValue(QStringLiteral(":to"), toBase);
    q.bindValue(QStringLiteral(":kind"), kind);
    q.bindValue(QStringLiteral(":entity"), entityUid);
    q.bindValue(QStringLiteral(":from"), fromBase);
    if (!q.exec())
        return fail(QStringLiteral("Cannot rebase %1 %2 on the hub's version %3: %4").arg(kind, entityUid).arg(toBase).arg(q.lastError().text()));
    return q.numRowsAffected() == 1;
}

bool Outbox::setAside(const QString &uuid, const QString &error)
{
    return updateOne(QStringLiteral("UPDATE outbox SET set_aside = 1, attempts = attempts + 1, last_error = :error "
                                    "WHERE uuid = :uuid"),
                     uuid, {{QStringLiteral(":error"), error.isNull() ? QStringLiteral("") : error}});
}

bool Outbox::setAside(const QString &uuid, const QString &error, const QJsonObject &payload)
{
    return updateOne(QStringLiteral("UPDATE outbox SET set_aside = 1, attempts = attempts + 1, last_error = :error, payload = :payload "
                                    "WHERE uuid = :uuid"),
                     uuid, {{QStringLiteral(":error"), error.isNull() ? QStringLiteral("") : error},
                            {QStringLiteral(":payload"), QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))}});
}

bool Outbox::retryLater(const QString &uuid, const QDateTime &next, const QString &error)
{
    return updateOne(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, next_attempt = :next, last_error = :error "
                                    "WHERE uuid = :uuid"),
                     uuid, {{QStringLiteral(":next"), next.isValid() ? QVariant(stamp(next)) : QVariant(QMetaType::fromType<QString>())},
                            {QStringLiteral(":error"), error.isNull() ? QStringLiteral("") : error}});
}

} // namespace Buurtplein
