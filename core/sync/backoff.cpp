// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/backoff.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>

namespace Buurtplein::Backoff {

qint64 ceilingMs(int attempt, const Policy &policy)
{
    qint64 ceiling = std::max<qint64>(policy.baseMs, 0);
    // Doubling stops at the cap, so a device that failed a thousand times cannot overflow.
    for (int i = 0; i < attempt && ceiling < policy.capMs; ++i)
        ceiling *= 2;
    return std::min(ceiling, policy.capMs);
}

qint64 delayMs(int attempt, QRandomGenerator &random, std::optional<qint64> retryAfterMs, const Policy &policy)
{
    if (retryAfterMs)
        return std::clamp<qint64>(*retryAfterMs, 0, policy.maxRetryAfterMs);
    const qint64 ceiling = ceilingMs(std::max(attempt, 0), policy);
    // Full jitter: anywhere from 0 up to and including the ceiling.
    return qint64(random.bounded(quint64(ceiling) + 1));
}

std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);
    // RFC 9110 IMF-fixdate, always in English and GMT.
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(text), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    return std::max<qint64>(now.msecsTo(when), 0);
}

bool honoursRetryAfter(int status)
{
    return status == 429 || status == 503;
}

} // namespace Buurtplein::Backoff
