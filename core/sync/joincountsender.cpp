// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/joincountsender.h"
#include "sync/backoff.h"
#include "device/devicesettings.h"
#include "device/joinstore.h"
#include "search/searchindex.h"
#include "worker/sessionlogpayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>

Q_LOGGING_CATEGORY(lcJoinCounts, "buurtplein.sync.joincounts", QtInfoMsg)

namespace Buurtplein {

namespace {
// The hub answers small requests at once; this is only a guard against a silent line.
constexpr int TimeoutMs = 30000;
} // namespace

JoinCountSender::JoinCountSender(QSqlDatabase db, HubClient client, Clock clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_client(client)
    , m_clock(std::move(clock))
{
}

QString JoinCountSender::keyFor(const QString &joinToken, const QString &occurrenceUid)
{
    const QByteArray mac = QMessageAuthenticationCode::hash(occurrenceUid.toUtf8(), joinToken.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(mac.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

JoinCountSender::Keys JoinCountSender::current(QSqlDatabase db, const QDateTime &now)
{
    const qint64 from = now.toSecsSinceEpoch();
    const qint64 to = now.addDays(7 * SearchIndex::DefaultWindowWeeks).toSecsSinceEpoch();
    Keys keys;
    // A session joined on its own and through its series is listed once, with its own join.
    for (const JoinedSession &session : JoinStore(db).sessions(from, to))
        keys.insert(session.occurrenceUid, keyFor(session.join.token, session.occurrenceUid));
    return keys;
}

QList<JoinCountSender::Change> JoinCountSender::changes(const Keys &current, const Keys &sent, const QDateTime &now)
{
    QList<Change> out;
    const qint64 nowSecs = now.toSecsSinceEpoch();
    for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
        if (current.value(it.key()) == it.value())
            continue;
        const std::optional<qint64> start = SessionLogPayload::occurrenceStart(it.key());
        if (start && *start >= nowSecs)
            out.append({it.key(), it.value(), false});
    }
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        if (sent.value(it.key()) != it.value())
            out.append({it.key(), it.value(), true});
    }
    return out;
}

JoinCountSender::Keys JoinCountSender::sentKeys(const Keys &current) const
{
    const QJsonObject stored = QJsonDocument::fromJson(DeviceSettings(m_db).value(SentKey).toUtf8()).object();
    Keys sent;
    for (auto it = stored.constBegin(); it != stored.constEnd(); ++it) {
        if (it.value().isString()) {
            sent.insert(it.key(), it.value().toString());
        } else if (it.value().toInt() > 0 && current.contains(it.key())) {
            // An earlier version sent a count per device for this session. The hub turned it
            // into anonymous joins when it moved to keys (schema 6), so this device's joins
            // are counted there already: take them as sent instead of counting them twice.
            // Withdrawing one later removes one of those anonymous joins.
            sent.insert(it.key(), current.value(it.key()));
        }
    }
    return sent;
}

bool JoinCountSender::remember(const Keys &keys)
{
    QJsonObject object;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        object.insert(it.key(), it.value());
    DeviceSettings settings(m_db);
    const QString text = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    // The device key of earlier versions linked a device's counts; nothing needs it now.
    return (settings.value(SentKey) == text || settings.setValue(SentKey, text))
        && (!settings.contains(LegacyClientKeyKey) || settings.remove(LegacyClientKeyKey));
}

void JoinCountSender::send(const QUrl &hub, std::function<void(bool)> done)
{
    const QDateTime now = m_clock();
    if (m_notBefore.isValid() && now < m_notBefore) {
        done(false);
        return;
    }
    const Keys keys = current(m_db, now);
    const QList<Change> pending = changes(keys, sentKeys(keys), now);
    if (pending.isEmpty()) {
        done(remember(keys));
        return;
    }
    post(hub, pending, keys, std::move(done));
}

void JoinCountSender::post(const QUrl &hub, QList<Change> pending, Keys current, std::function<void(bool)> done)
{
    QJsonArray items;
    const QList<Change> batch = pending.mid(0, MaxItems);
    pending.remove(0, batch.size());
    for (const Change &change : batch) {
        items.append(QJsonObject{{QStringLiteral("occurrence"), change.occurrenceUid}, {QStringLiteral("key"), change.key},
                                 {QStringLiteral("joined"), change.joined}});
    }
    // Deliberately no Authorization header: the joins must not be tied to a worker's token.
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("items"), items}}).toJson(QJsonDocument::Compact);
    m_client.postJson(hub, QStringLiteral("/v1/join-counts"), body, {}, this,
                      [=, this, done = std::move(done)](const HubAnswer &answer) mutable {
        const int status = answer.status;
        if (status == 429) {
            const auto wait = Backoff::parseRetryAfter(answer.retryAfter, m_clock());
            m_notBefore = m_clock().addMSecs(wait.value_or(3600 * 1000));
        }
        if (status != 200) {
            qCInfo(lcJoinCounts) << "joins not sent now; the hub answered" << status;
            done(false);
            return;
        }
        if (!pending.isEmpty()) {
            post(hub, pending, current, std::move(done));
            return;
        }
        // Only once every batch was taken: a partial send is sent again in full next time
        // (the hub keeps a key once, so a join sent twice counts once).
        done(remember(current));
    }, TimeoutMs);
}

} // namespace Buurtplein
