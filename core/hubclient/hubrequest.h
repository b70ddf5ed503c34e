// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

#include <optional>

// Every request the app makes to a hub is built here (docs/sync.md, "What a request
// carries"). It carries only the fields the protocol names: nothing taken from the system
// (SPEC privacy 1): Qt would add the phone's languages as Accept-Language and may send
// cookies; here the language is a fixed "*", the user agent a fixed "Buurtplein", and
// cookies are neither sent nor kept.
namespace Buurtplein::HubRequest {

/**
 * The hub address a person typed or a link carried, tidied (no trailing slash, query or
 * fragment; "https://" when no scheme was typed); std::nullopt when it is not an http(s)
 * address with a host.
 */
std::optional<QUrl> readAddress(const QString &text);
/** @p hub without a trailing slash, query or fragment: the form devices keep. */
QUrl tidy(const QUrl &hub);

/** @p pathAndQuery ("/v1/feed?after=3") on @p hub, keeping the hub's own path (a hub behind a prefix). */
QUrl url(const QUrl &hub, const QString &pathAndQuery);

/** A request for @p pathAndQuery on @p hub; with @p bearer as its token, and a JSON Content-Type when @p jsonBody. */
QNetworkRequest make(const QUrl &hub, const QString &pathAndQuery, const QByteArray &bearer = {}, bool jsonBody = false);

/** The header fields a request to the hub may carry, lower case; what the recording test holds every request to. */
QList<QByteArray> allowedHeaders();

/** The fixed user agent every request carries. */
inline constexpr char UserAgent[] = "Buurtplein";

} // namespace Buurtplein::HubRequest
