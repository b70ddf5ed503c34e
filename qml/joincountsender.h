// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace Buurtplein {

/**
 * Sends the resident's joins to the hub as anonymous counts (SPEC: Privacy; docs/protocol.md,
 * POST /v1/join-counts): per upcoming occurrence the absolute number of joins this device
 * holds, under a random client key made once and kept in the device settings. No token,
 * no join token, nothing that names a person goes along. Only counts that changed since
 * the last accepted send travel; a join left before its session sends 0.
 */
class JoinCountSender : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    /** Occurrence uid → joins on this device. */
    using Counts = QMap<QString, int>;

    /** Device setting: "0" when the resident turned counting off, "1" when on; unset: on when a hub is configured. */
    static inline const QString EnabledKey = QStringLiteral("joins.countAnonymously");
    /** Device setting: the random client key (32 bytes, base64url without padding). */
    static inline const QString ClientKeyKey = QStringLiteral("joins.clientKey");
    /** Device setting: the counts the hub last accepted, as a JSON object. */
    static inline const QString SentKey = QStringLiteral("joins.sentCounts");
    /** The most items the hub takes per request. */
    static constexpr int MaxItems = 200;

    /** Works on @p db (the sync thread's connection) through @p network (not owned). */
    JoinCountSender(QSqlDatabase db, QNetworkAccessManager *network, Clock clock, QObject *parent = nullptr);

    /** Sends what changed to @p hub, then calls @p done with true when the hub has the device's counts now. */
    void send(const QUrl &hub, std::function<void(bool)> done);

    /** The device's joins of sessions starting in [@p now, the end of the search window). */
    static Counts current(QSqlDatabase db, const QDateTime &now);
    /**
     * What to send: every count in @p current that differs from @p sent, and 0 for each
     * occurrence in @p sent that is no longer joined and has not started by @p now (a
     * session that took place keeps its count on the hub).
     */
    static Counts changes(const Counts &current, const Counts &sent, const QDateTime &now);
    /** A new client key: 32 random bytes from the system generator, base64url without padding. */
    static QString newClientKey();

private:
    void post(const QUrl &hub, const QString &clientKey, Counts pending, Counts current, std::function<void(bool)> done);
    bool remember(const Counts &counts);

    QSqlDatabase m_db;
    QNetworkAccessManager *m_network;
    Clock m_clock;
    QDateTime m_notBefore;   ///< the hub asked to wait (429 Retry-After) until then
};

} // namespace Buurtplein
