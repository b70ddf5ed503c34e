// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Buurtplein {

class HubDatabase;
struct HubOrganisation;

/** One catalogue record as the hub keeps it: live, or a tombstone (deleted, data empty). */
struct CatalogueItem {
    QString kind;               ///< a CataloguePayload::kinds() name
    QString uid;                ///< the record's uid (an override's occurrenceUid)
    QString organisationUid;    ///< who may edit it: the activity's organisation; empty for places
    qint64 version = 0;         ///< 1 for the first write, +1 for every write since
    qint64 change = 0;          ///< its position in the feed
    std::optional<qint64> deleted; ///< seconds since the epoch when it became a tombstone
    QJsonObject data;           ///< CataloguePayload's JSON, its "version" the hub's; empty for a tombstone
};

/** What a write did. */
struct CatalogueWrite {
    enum Outcome {
        Stored,     ///< written under a new version and change number
        Unchanged,  ///< the record already held exactly this; nothing written
        Conflict,   ///< the expected version is not the current one; nothing written
        Failed,     ///< the database refused; see error
    };
    Outcome outcome = Failed;
    qint64 version = 0;         ///< the version now current (0: none)
    qint64 change = 0;          ///< the record's change number now
    QString error;
};

/**
 * The hub's catalogue and its change feed (docs/hub.md, "Catalogue feed"). Every write
 * takes the next change number from feed_counter inside the caller's transaction, so
 * call the writers inside a HubTransaction: several writes then commit together, and
 * on PostgreSQL the counter's row lock makes later writers wait for this one's commit.
 */
class HubCatalogue
{
public:
    /** Tombstones are kept at least this long (90 days), whatever a purge asks for. */
    static constexpr qint64 minimumTombstoneSeconds = 90 * 24 * 3600;

    explicit HubCatalogue(HubDatabase &db) : m_db(db) {}

    /**
     * Stores @p data (CataloguePayload JSON) as record (@p kind, @p uid) of @p organisationUid
     * when the current version is @p expectedVersion (0: the record must not exist yet;
     * std::nullopt: whatever it is). Writing what the live record already holds is
     * Unchanged, not a conflict, so a retried request changes nothing.
     */
    CatalogueWrite upsert(const QString &kind, const QString &uid, const QString &organisationUid, QJsonObject data,
                          std::optional<qint64> expectedVersion = std::nullopt);
    /** Turns the live record (@p kind, @p uid) into a tombstone at @p now; Unchanged when there is none. */
    CatalogueWrite remove(const QString &kind, const QString &uid, qint64 now);
    /** Makes sure the catalogue holds @p organisation as a record, so that devices can apply its activities. */
    CatalogueWrite ensureOrganisation(const HubOrganisation &organisation);

    /** The record (@p kind, @p uid), tombstone or live, or std::nullopt. */
    std::optional<CatalogueItem> find(const QString &kind, const QString &uid) const;
    /** The records of @p kind among @p uids, by uid, in a few statements; std::nullopt when the database fails. */
    std::optional<QHash<QString, CatalogueItem>> findMany(const QString &kind, const QStringList &uids) const;
    /** Up to @p limit records with a change number above @p after, in change order; std::nullopt when the database fails. */
    std::optional<QList<CatalogueItem>> page(qint64 after, int limit) const;
    /** Every live record of @p kind, in change order. */
    std::optional<QList<CatalogueItem>> live(const QString &kind) const;
    /** Up to @p limit live records of @p kind with a change number above @p after, in change order: live() a page at a time. */
    std::optional<QList<CatalogueItem>> live(const QString &kind, qint64 after, int limit) const;

    /** Removes tombstones older than @p olderThanSeconds (at least minimumTombstoneSeconds) at @p now; how many, or -1. */
    int purgeTombstones(qint64 now, qint64 olderThanSeconds);
    /**
     * The lowest cursor the feed still serves besides 0: the highest change number of a
     * purged tombstone. A consumer whose cursor lies below it may have missed a deletion
     * and must resync. std::nullopt when the database fails.
     */
    std::optional<qint64> oldestCursorServed() const;
    /** The last change number handed out (0 before the first write). */
    qint64 lastChange() const;

    QString errorString() const { return m_error; }

private:
    std::optional<qint64> nextChange();
    CatalogueWrite failed(const QString &message);

    HubDatabase &m_db;
    mutable QString m_error;
};

} // namespace Buurtplein
