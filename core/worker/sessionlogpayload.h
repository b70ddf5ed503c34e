// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessionlog.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <utility>

namespace Buurtplein {

/**
 * The one place that decides what of a session log leaves the device (SPEC privacy
 * rule 3). Field by field from a whitelist; the note, the timestamps and anything
 * about the device never enter it.
 */
namespace SessionLogPayload {

/** The JSON object pushed to the hub for @p log. */
QJsonObject build(const SessionLog &log);

/** Every key build() may write. */
const QStringList &allowedFields();

/** The SessionLog members that are pushed, each with its key in the payload. */
const QList<std::pair<QString, QString>> &pushedMembers();

/** The SessionLog members that never leave the device. */
const QStringList &deviceOnlyMembers();

} // namespace SessionLogPayload

} // namespace Buurtplein
