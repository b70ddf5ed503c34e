// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/statssource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QSaveFile>
#include <QThreadPool>

#include <utility>

Q_LOGGING_CATEGORY(lcStatsSource, "buurtplein.stats", QtInfoMsg)

namespace Buurtplein {

// The device's copy of the figures: the file and what it holds. Everything here but the
// path is touched only by tasks of `io`, one thread that runs them in the order given.
struct StatsSource::Offline {
    QString file;
    QJsonObject cache;
    QThreadPool io;

    void read()
    {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            cache = QJsonDocument::fromJson(f.readAll()).object();
    }

    void write() const
    {
        QDir().mkpath(QFileInfo(file).absolutePath());
        QSaveFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(cache).toJson(QJsonDocument::Compact)) < 0 || !f.commit())
            qCWarning(lcStatsSource) << "cannot keep the figures for offline use:" << f.errorString();
    }

    // Drops the oldest answers beyond CacheEntries.
    void trim()
    {
        while (cache.size() > CacheEntries) {
            auto oldest = cache.begin();
            for (auto it = cache.begin(); it != cache.end(); ++it) {
                if (it.value().toObject().value(QStringLiteral("received")).toString()
                    < oldest.value().toObject().value(QStringLiteral("received")).toString())
                    oldest = it;
            }
            cache.erase(oldest);
        }
    }
};

StatsSource::StatsSource(HubClient client, const QString &cacheFile)
    : m_client(client)
    , m_offline(std::make_unique<Offline>())
{
    m_offline->file = cacheFile;
    m_offline->io.setMaxThreadCount(1);
    if (!cacheFile.isEmpty())
        m_offline->io.start([offline = m_offline.get()] { offline->read(); });
}

StatsSource::~StatsSource()
{
    waitForFile();
}

void StatsSource::waitForFile()
{
    m_offline->io.waitForDone();
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

void StatsSource::cached(const QString &path, const QUrlQuery &query, QObject *context,
                         std::function<void(const std::optional<Copy> &)> done)
{
    const QString key = cacheKey(path, query);
    m_offline->io.start([offline = m_offline.get(), key, guard = QPointer<QObject>(context), done = std::move(done)] {
        std::optional<Copy> copy;
        const QJsonValue entry = offline->cache.value(key);
        if (entry.isObject()) {
            const QJsonObject o = entry.toObject();
            copy = Copy{o.value(QStringLiteral("body")).toString().toUtf8(),
                        QDateTime::fromString(o.value(QStringLiteral("received")).toString(), Qt::ISODate)};
        }
        if (guard)
            QMetaObject::invokeMethod(guard.data(), [done, copy] { done(copy); }, Qt::QueuedConnection);
    });
}

void StatsSource::remember(const QString &path, const QUrlQuery &query, const QByteArray &body, const QDateTime &received)
{
    if (m_offline->file.isEmpty())
        return;
    const QJsonObject entry{{QStringLiteral("received"), received.toUTC().toString(Qt::ISODate)},
                            {QStringLiteral("body"), QString::fromUtf8(body)}};
    m_offline->io.start([offline = m_offline.get(), key = cacheKey(path, query), entry] {
        offline->cache.insert(key, entry);
        offline->trim();
        offline->write();
    });
}

void StatsSource::clearCache()
{
    m_offline->io.start([offline = m_offline.get()] {
        offline->cache = {};
        if (!offline->file.isEmpty())
            QFile::remove(offline->file);
    });
}

} // namespace Buurtplein
