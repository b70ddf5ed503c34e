// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace Buurtplein {

/** One change waiting for the hub, as the outbox table holds it. */
struct OutboxItem {
    qint64 id = 0;          ///< queue order: a replaced row keeps its place
    QString uuid;           ///< this row's id towards the hub; new whenever the payload changes
    QString kind;           ///< Outbox::SessionLogKind, ActivityKind, ScheduleKind or OverrideKind
    QString entityUid;
    int revision = 0;
    int baseVersion = 0;    ///< the hub version the first pending edit of this record started from (catalogue edits)
    QJsonObject payload;
    QDateTime created;      ///< UTC, when this payload was enqueued
    int attempts = 0;
    QDateTime nextAttempt;  ///< UTC; invalid: as soon as possible
    QString lastError;
    bool setAside = false;  ///< the hub refused it (4xx); shown to the user, not retried
};

/**
 * The changes waiting for the hub (SPEC: Push). Holds at most one row per kind and
 * entity: records are absolute, so only the latest state needs to travel. A row is
 * removed only when the hub's answer for exactly that row is acknowledged.
 */
class Outbox
{
public:
    static inline const QString SessionLogKind = QStringLiteral("session_log");
    static inline const QString ActivityKind = QStringLiteral("activity");
    static inline const QString ScheduleKind = QStringLiteral("schedule");
    static inline const QString OverrideKind = QStringLiteral("override");

    using Clock = std::function<QDateTime()>;

    /** @p clock gives the current UTC time; the system clock when empty. */
    explicit Outbox(QSqlDatabase db, Clock clock = {});

    QString errorString() const { return m_error; }

    /**
     * Queues @p payload for (@p kind, @p entityUid). Call it inside the transaction of the
     * change it carries. An older or equal pending revision is replaced in place under a
     * new uuid; a higher one is kept and this call changes nothing (and succeeds).
     * @p baseVersion is the hub's version of the record before this edit: a new row, or
     * one replacing a set-aside row, takes it; a pending row it replaces keeps its own,
     * since the hub has not seen any of the edits in between.
     */
    bool enqueue(const QString &kind, const QString &entityUid, int revision, const QJsonObject &payload,
                 int baseVersion = 0);

    /** Rows waiting to be sent, set-aside ones not included. */
    int pendingCount() const;
    /** Catalogue edits waiting to be sent (session logs and set-aside rows not counted); -1 when the table cannot be read. */
    int pendingEdits() const;
    /** Up to @p limit rows to send now, oldest first; with @p dueBy only those whose next attempt is due by then. */
    QList<OutboxItem> pending(int limit, const QDateTime &dueBy = {}) const;
    /** The rows the hub refused, for the user to see. */
    QList<OutboxItem> setAsideItems() const;
    /** Every row of @p kind for @p entityUid (at most one). */
    std::optional<OutboxItem> item(const QString &kind, const QString &entityUid) const;

    /** The hub stored the row @p uuid: delete it. False when no such row is left. */
    bool acknowledge(const QString &uuid);
    /**
     * The hub stored an earlier payload of (@p kind, @p entityUid), sent on @p fromBase, as
     * its version @p toBase while the row was replaced by a newer edit: that edit builds on
     * the stored one, so its row is based on @p toBase now. False when no pending row of
     * the record is based on @p fromBase.
     */
    bool rebase(const QString &kind, const QString &entityUid, int fromBase, int toBase);
    /** The hub refused @p uuid for good: keep it aside with @p error. */
    bool setAside(const QString &uuid, const QString &error);
    /** setAside(), keeping @p payload to send instead if the person chooses to send it again. */
    bool setAside(const QString &uuid, const QString &error, const QJsonObject &payload);
    /** Sending @p uuid failed for now: count the attempt and try again at @p next. */
    bool retryLater(const QString &uuid, const QDateTime &next, const QString &error);

    static bool isKind(const QString &kind);

private:
    bool fail(const QString &message);
    bool updateOne(const QString &sql, const QString &uuid, const QVariantMap &values);
    QList<OutboxItem> read(const QString &where, const QVariantMap &values) const;

    QSqlDatabase m_db;
    Clock m_clock;
    QString m_error;
};

} // namespace Buurtplein
