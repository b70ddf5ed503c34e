// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogtypes.h"

#include <QJsonObject>
#include <QStringList>

namespace Buurtplein {

/**
 * What a social worker's catalogue edit pushes to the hub. The catalogue is public
 * information, but it still travels field by field from a whitelist: the local row id
 * and anything added to the types later stay behind until someone decides otherwise.
 * Keys are the member names of the catalogue types.
 */
namespace CataloguePayload {

QJsonObject build(const Activity &activity);
QJsonObject build(const Schedule &schedule);
QJsonObject build(const OccurrenceOverride &change);

/** Every key build() may write for an outbox kind ("activity", "schedule", "override"); empty for others. */
QStringList allowedFields(const QString &kind);

/** The members of the type behind @p kind that never leave the device. */
QStringList deviceOnlyMembers(const QString &kind);

} // namespace CataloguePayload

} // namespace Buurtplein
