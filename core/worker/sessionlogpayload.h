// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "worker/sessionlog.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>
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

/**
 * The session log in @p payload, read strictly: only keys build() may write, the
 * required ones present, each of its type (counts whole numbers), the uuid in the form
 * the device makes it, the occurrence one of the activity's, revision >= 1, and the
 * counts passing SessionLogCheck. std::nullopt and @p error (a sentence naming the key)
 * otherwise. What build() leaves out reads back as "not recorded" (-1, no age bands).
 */
std::optional<SessionLog> read(const QJsonObject &payload, QString *error);

/**
 * The original start (seconds since the epoch, UTC) in @p occurrenceUid, an
 * OccurrenceId "<activity>/YYYYMMDDTHHMMSSZ", when it belongs to @p activityUid (any
 * activity when empty); std::nullopt when it is not such an id.
 */
std::optional<qint64> occurrenceStart(const QString &occurrenceUid, const QString &activityUid = {});

/** The payload key of SessionLog member @p member ("occurrenceUid" → "occurrence"). */
QString pushedKey(const QString &member);

/** Every key build() may write. */
const QStringList &allowedFields();

/** The SessionLog members that are pushed, each with its key in the payload. */
const QList<std::pair<QString, QString>> &pushedMembers();

/** The SessionLog members that never leave the device. */
const QStringList &deviceOnlyMembers();

} // namespace SessionLogPayload

} // namespace Buurtplein
