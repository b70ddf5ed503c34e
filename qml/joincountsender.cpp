// SPDX-License-Identifier: GPL-3.0-or-later
#include "joincountsender.h"
#include "backoff.h"
#include "devicesettings.h"
#include "joinstore.h"
#include "searchindex.h"
#include "sessionlogpayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcJoinCounts, "buurtplein.app.joincounts", QtInfoMsg)

namespace Buurtplein {

namespace {
// The hub answers small requests at once; this is only a guard against a silent line.
constexpr int TimeoutMs = 30000;
} // namespace

JoinCountSender::JoinCountSender(QSqlDatabase db, QNetworkAccessManager *network, Clock clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_network(network)
    , m_clock(std::move(clock))
{
}

JoinCountSender::Counts JoinCountSender::current(QSqlDatabase db, const QDateTime &now)
{
    const qint64 from = now.toSecsSinceEpoch();
    const qint64 to = now.addDays(7 * SearchIndex::DefaultWindowWeeks).toSecsSinceEpoch();
    Counts counts;
    // A session joined on its own and through its series is listed once: one join.
    for (const JoinedSession &session : JoinStore(db).sessions(from, to))
        counts[session.occurrenceUid] += 1;
    return counts;
}

JoinCountSender::Counts JoinCountSender::changes(const Counts &current, const Counts &sent, const QDateTime &now)
{
    Counts out;
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        if (sent.value(it.key(), -1) != it.value())
            out.insert(it.key(), it.value());
    }
    const qint64 nowSecs = now.toSecsSinceEpoch();
    for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
        if (current.contains(it.key()) || it.value() == 0)
            continue;
        const std::optional<qint64> start = SessionLogPayload::occurrenceStart(it.key());
        if (start && *start >= nowSecs)
            out.insert(it.key(), 0);
    }
    return out;
}

QString JoinCountSender::newClientKey()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool JoinCountSender::remember(const Counts &counts)
{
    QJsonObject object;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        object.insert(it.key(), it.value());
    return DeviceSettings(m_db).setValue(SentKey, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

void JoinCountSender::send(const QUrl &hub, std::function<void(bool)> done)
{
    const QDateTime now = m_clock();
    if (m_notBefore.isValid() && now < m_notBefore) {
        done(false);
        return;
    }
    DeviceSettings settings(m_db);
    Counts sent;
    const QJsonObject stored = QJsonDocument::fromJson(settings.value(SentKey).toUtf8()).object();
    for (auto it = stored.constBegin(); it != stored.constEnd(); ++it)
        sent.insert(it.key(), it.value().toInt());
    const Counts now_ = current(m_db, now);
    const Counts pending = changes(now_, sent, now);
    if (pending.isEmpty()) {
        done(true);
        return;
    }
    QString clientKey = settings.value(ClientKeyKey);
    if (clientKey.isEmpty()) {
        clientKey = newClientKey();
        if (!settings.setValue(ClientKeyKey, clientKey)) {
            done(false);
            return;
        }
    }
    post(hub, clientKey, pending, now_, std::move(done));
}

void JoinCountSender::post(const QUrl &hub, const QString &clientKey, Counts pending, Counts current,
                           std::function<void(bool)> done)
{
    QJsonArray items;
    Counts batch;
    for (auto it = pending.cbegin(); it != pending.cend() && items.size() < MaxItems; ++it) {
        items.append(QJsonObject{{QStringLiteral("occurrence"), it.key()}, {QStringLiteral("count"), it.value()}});
        batch.insert(it.key(), it.value());
    }
    for (auto it = batch.cbegin(); it != batch.cend(); ++it)
        pending.remove(it.key());

    QUrl url = hub;
    url.setPath(hub.path() + QStringLiteral("/v1/join-counts"));
    QNetworkRequest request(url);
    request.setTransferTimeout(TimeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // Deliberately no Authorization header: the counts must not be tied to the worker's token.
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("clientKey"), clientKey},
                                                      {QStringLiteral("items"), items}}).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [=, this, done = std::move(done)]() mutable {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 429) {
            const auto wait = Backoff::parseRetryAfter(reply->rawHeader("Retry-After"), m_clock());
            m_notBefore = m_clock().addMSecs(wait.value_or(3600 * 1000));
        }
        if (status != 200) {
            qCInfo(lcJoinCounts) << "join counts not sent now; the hub answered" << status;
            done(false);
            return;
        }
        if (!pending.isEmpty()) {
            post(hub, clientKey, pending, current, std::move(done));
            return;
        }
        // Only once every batch was taken: a partial send is sent again in full next time.
        done(remember(current));
    });
}

} // namespace Buurtplein
