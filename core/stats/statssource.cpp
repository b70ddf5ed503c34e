// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/statssource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>

#include <utility>

Q_LOGGING_CATEGORY(lcStatsSource, "buurtplein.stats", QtInfoMsg)

namespace Buurtplein {

StatsSource::StatsSource(HubClient client, const QString &cacheFile)
    : m_client(client)
    , m_cacheFile(cacheFile)
{
}

void StatsSource::setCredentials(const QUrl &hub, const QString &token)
{
    m_hub = hub;
    m_token = token;
    if (hub.isEmpty() || token.isEmpty()) {
        m_waiting.clear();
        return;
    }
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &call : waiting)
        call();
}

void StatsSource::get(const QString &path, const QUrlQuery &query, QObject *context,
                      std::function<void(const HubAnswer &)> done, const std::function<void()> &started)
{
    if (m_token.isEmpty()) {
        // The key is still being read from the keychain: ask once it is there.
        m_waiting.append([this, path, query, context, done, started] { get(path, query, context, done, started); });
        return;
    }
    const QString pathAndQuery = query.isEmpty() ? path : path + QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
    if (started)
        started();
    m_client.get(m_hub, pathAndQuery, m_token.toLatin1(), context, [path, done = std::move(done)](const HubAnswer &answer) {
        if (answer.status != 200)
            qCInfo(lcStatsSource) << "stats:" << path << "answered" << answer.status << answer.networkError;
        done(answer);
    }, TimeoutMs);
}

QString StatsSource::cacheKey(const QString &path, const QUrlQuery &query) const
{
    return m_hub.toString() + path + QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
}

void StatsSource::readCache()
{
    if (m_cacheRead)
        return;
    m_cacheRead = true;
    QFile file(m_cacheFile);
    if (file.open(QIODevice::ReadOnly))
        m_cache = QJsonDocument::fromJson(file.readAll()).object();
}

std::optional<StatsSource::Copy> StatsSource::cached(const QString &path, const QUrlQuery &query)
{
    readCache();
    const QJsonValue entry = m_cache.value(cacheKey(path, query));
    if (!entry.isObject())
        return std::nullopt;
    const QJsonObject o = entry.toObject();
    return Copy{o.value(QStringLiteral("body")).toString().toUtf8(),
                QDateTime::fromString(o.value(QStringLiteral("received")).toString(), Qt::ISODate)};
}

bool StatsSource::remember(const QString &path, const QUrlQuery &query, const QByteArray &body, const QDateTime &received)
{
    if (m_cacheFile.isEmpty())
        return true;
    readCache();
    m_cache.insert(cacheKey(path, query), QJsonObject{{QStringLiteral("received"), received.toUTC().toString(Qt::ISODate)},
                                                      {QStringLiteral("body"), QString::fromUtf8(body)}});
    while (m_cache.size() > CacheEntries) {
        auto oldest = m_cache.begin();
        for (auto it = m_cache.begin(); it != m_cache.end(); ++it) {
            if (it.value().toObject().value(QStringLiteral("received")).toString()
                < oldest.value().toObject().value(QStringLiteral("received")).toString())
                oldest = it;
        }
        m_cache.erase(oldest);
    }
    QDir().mkpath(QFileInfo(m_cacheFile).absolutePath());
    QSaveFile file(m_cacheFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(m_cache).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        qCWarning(lcStatsSource) << "cannot keep the figures for offline use:" << file.errorString();
        return false;
    }
    return true;
}

void StatsSource::clearCache()
{
    m_cache = {};
    m_cacheRead = true;
    if (!m_cacheFile.isEmpty())
        QFile::remove(m_cacheFile);
}

} // namespace Buurtplein
