// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

class QRandomGenerator;

namespace Buurtplein {

/**
 * When to try a failed push again (SPEC: Retry). Capped exponential backoff with full
 * jitter: the delay before retry @c attempt is uniform in [0, min(cap, base * 2^attempt)],
 * so that devices that failed together do not come back together. A hub that says
 * Retry-After (on 429 or 503) is believed instead.
 */
namespace Backoff {

/** The numbers behind delay(); docs/sync.md explains the choice. */
struct Policy {
    qint64 baseMs = 2000;              ///< ceiling of the first retry
    qint64 capMs = 15 * 60 * 1000;     ///< no ceiling grows past this
    qint64 maxRetryAfterMs = 24 * 3600 * 1000; ///< a longer Retry-After is taken as this
};

/** The ceiling min(cap, base * 2^attempt) for @p attempt (0 = the first retry). */
qint64 ceilingMs(int attempt, const Policy &policy = {});

/**
 * The delay before retry @p attempt (0 = the first), drawn from @p random; @p retryAfterMs
 * (what the hub asked for) takes precedence when given, limited to Policy::maxRetryAfterMs.
 */
qint64 delayMs(int attempt, QRandomGenerator &random, std::optional<qint64> retryAfterMs = std::nullopt,
               const Policy &policy = {});

/**
 * The wait a Retry-After header value asks for: delta-seconds ("120") or an HTTP date
 * ("Wed, 21 Oct 2026 07:28:00 GMT", counted from @p now; a past date is 0).
 * std::nullopt for an empty or unreadable value.
 */
std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);

/** True for the HTTP statuses whose Retry-After is honoured: 429 and 503. */
bool honoursRetryAfter(int status);

} // namespace Backoff

} // namespace Buurtplein
