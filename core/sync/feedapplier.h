// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace Buurtplein {

/** One item of the hub's catalogue feed (docs/protocol.md, GET /v1/feed). */
struct FeedItem {
    bool deleted = false;   ///< state "deleted": a tombstone
    QString kind;           ///< one of CataloguePayload::kinds()
    QString id;             ///< the record's uid (an override's occurrence uid)
    qint64 modified = 0;    ///< the hub's change number
    int version = 0;        ///< the hub's version of the record
    QJsonObject data;       ///< the record as CataloguePayload::build() writes it; empty for a tombstone
};

/**
 * Applies the hub's catalogue feed to the device's database (SPEC: Catalogue pull). A
 * page is applied in one transaction together with the new cursor, so the cursor never
 * runs ahead of the catalogue nor behind it; one bad item refuses the whole page and
 * changes nothing. Records go through CatalogueStore, which keeps the search index in
 * step, and each keeps the hub's version, so that the next edit on the device is based
 * on it. A record with a change still waiting in the outbox keeps the device's version
 * until the hub has answered that change.
 */
class FeedApplier
{
public:
    using Clock = std::function<QDateTime()>;

    /** @p clock gives the current UTC time, for the search window; the system clock when empty. */
    explicit FeedApplier(QSqlDatabase db, Clock clock = {});

    QString errorString() const { return m_error; }

    /** The cursor stored on the device: the last change number applied; 0 when it never synced. */
    qint64 cursor() const;
    /** True when the device has applied a feed page before. */
    bool hasCursor() const;

    /** The items of a feed page, read strictly; std::nullopt and @p error naming the item otherwise. */
    static std::optional<QList<FeedItem>> readItems(const QJsonArray &items, QString *error);

    /**
     * Applies @p items and stores the cursor (the highest change number among them, or the
     * cursor as it was for an empty page) in one transaction. False, with errorString(),
     * and nothing changed when any item is refused.
     */
    bool applyPage(const QList<FeedItem> &items);

    /**
     * Makes the catalogue equal to @p items, the whole feed read from after=0 (a resync):
     * records the hub does not list are removed, the others written, and the cursor set
     * to @p cursor, all in one transaction. Joins, settings, session logs and the outbox
     * stay. False, with errorString(), and nothing changed when anything is refused.
     */
    bool replaceAll(const QList<FeedItem> &items, qint64 cursor);

    /**
     * Writes the hub's @p record of @p kind (e.g. the current record a conflict answer
     * carries) with the hub's @p version, inside the caller's transaction if there is one.
     */
    bool applyRecord(const QString &kind, const QJsonObject &record, int version);

    /**
     * Gives the device's record (@p kind, @p id) the hub's @p version, e.g. after the hub
     * stored an edit: as its version and as its hub version (the base of its next edit).
     */
    bool setVersion(const QString &kind, const QString &id, int version);
    /** Notes the hub's @p version of (@p kind, @p id) and leaves the device's own version, which is ahead with a newer edit. */
    bool setHubVersion(const QString &kind, const QString &id, int version);

private:
    bool fail(const QString &message);
    bool upsert(const FeedItem &item);
    bool remove(const QString &kind, const QString &id);
    bool waitsForHub(const QString &kind, const QString &id) const;
    /** Sets the record's hub version, and with @p local its own version too. */
    bool writeVersion(const QString &kind, const QString &id, int version, bool local);
    bool applyInOrder(const QList<FeedItem> &items);
    /** Sets the search window for the engine's clock on a device that has none yet. */
    bool startWindow();
    /** One step of moving the search window, and the new cursor. */
    bool finish(qint64 cursor);

    QSqlDatabase m_db;
    Clock m_clock;
    QString m_error;
};

} // namespace Buurtplein
