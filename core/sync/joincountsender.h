// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hubclient/hubclient.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>

#include <functional>

namespace Buurtplein {

/**
 * Sends the resident's joins to the hub as anonymous marks (SPEC: Privacy; docs/protocol.md,
 * POST /v1/join-counts): for each upcoming joined session one key, which only this join
 * can make for only this session (keyFor()). The hub can count them and tell nothing
 * else: not which joins come from one phone, not which sessions of a series one join
 * covers. No device key, no token, no time goes along. Only what changed since the last
 * accepted send travels; a join left before its session is withdrawn.
 */
class JoinCountSender : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    /** Occurrence uid → the key of the join that covers it on this device. */
    using Keys = QMap<QString, QString>;
    /** One join or withdrawal to send. */
    struct Change {
        QString occurrenceUid;
        QString key;
        bool joined = true;
        bool operator==(const Change &o) const { return occurrenceUid == o.occurrenceUid && key == o.key && joined == o.joined; }
    };

    /** Device setting: "0" when the resident turned counting off, "1" when on; unset: on when a hub is configured. */
    static inline const QString EnabledKey = QStringLiteral("joins.countAnonymously");
    /** Device setting: the keys the hub last accepted, as a JSON object (occurrence → key). */
    static inline const QString SentKey = QStringLiteral("joins.sentCounts");
    /** Device setting of earlier versions: one key for all of a device's counts. Removed at the next send. */
    static inline const QString LegacyClientKeyKey = QStringLiteral("joins.clientKey");
    /** The most items the hub takes per request. */
    static constexpr int MaxItems = 200;

    /** Works on @p db (the sync thread's connection) through @p network (not owned). */
    JoinCountSender(QSqlDatabase db, HubClient client, Clock clock, QObject *parent = nullptr);

    /** Sends what changed to @p hub, then calls @p done with true when the hub has the device's joins now. */
    void send(const QUrl &hub, std::function<void(bool)> done);

    /** The device's joins of sessions starting in [@p now, the end of the search window), with their keys. */
    static Keys current(QSqlDatabase db, const QDateTime &now);
    /**
     * What to send: a join for each key in @p current that @p sent does not hold, and a
     * withdrawal for each key in @p sent that is no longer current and whose session has
     * not started by @p now (a session that took place keeps its joins on the hub).
     */
    static QList<Change> changes(const Keys &current, const Keys &sent, const QDateTime &now);
    /**
     * The key of the join with @p joinToken for the session @p occurrenceUid: HMAC-SHA256
     * of the occurrence under the join's token, 32 bytes in base64url without padding.
     * Without the token, keys of one join for two sessions, or of two joins, look unrelated.
     */
    static QString keyFor(const QString &joinToken, const QString &occurrenceUid);

private:
    /** The keys the hub has; from an earlier version's counts, the current keys of the sessions it counted. */
    Keys sentKeys(const Keys &current) const;
    void post(const QUrl &hub, QList<Change> pending, Keys current, std::function<void(bool)> done);
    bool remember(const Keys &keys);

    QSqlDatabase m_db;
    HubClient m_client;
    Clock m_clock;
    QDateTime m_notBefore;   ///< the hub asked to wait (429 Retry-After) until then
};

} // namespace Buurtplein
