// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Buurtplein::HubSecret {

/** A new bearer token: 32 bytes from the system's random source, base64url without padding (43 characters). */
QString newToken();
/** The SHA-256 of @p secret's UTF-8 bytes as 64 lowercase hex digits: all the hub stores of a token or code. */
QString sha256Hex(const QString &secret);

} // namespace Buurtplein::HubSecret
