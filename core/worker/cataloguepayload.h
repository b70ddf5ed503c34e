// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/cataloguetypes.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Buurtplein {

/**
 * The JSON of catalogue records between devices and the hub: what a social worker's
 * edit pushes (POST /v1/changes) and what the hub's feed carries (GET /v1/feed). The
 * catalogue is public information, but it still travels field by field from a
 * whitelist: the local row id and anything added to the types later stay behind until
 * someone decides otherwise. Keys are the member names of the catalogue types; dates
 * are "2026-09-01", instants UTC "2026-11-24T13:00:00Z", times "14:00", and absent
 * dates, times and coordinates are null.
 *
 * The readers are strict: every key must be present with its type and nothing else,
 * and a record the device's CatalogueStore would refuse is refused here too, so that
 * whatever the hub accepts a device can apply.
 */
namespace CataloguePayload {

inline const QString OrganisationKind = QStringLiteral("organisation");
inline const QString PlaceKind = QStringLiteral("place");
inline const QString ActivityKind = QStringLiteral("activity");
inline const QString ScheduleKind = QStringLiteral("schedule");
inline const QString OverrideKind = QStringLiteral("override");

/** The five kinds, in the order a catalogue is built: a record only names records of earlier kinds. */
QStringList kinds();

QJsonObject build(const Organisation &organisation);
QJsonObject build(const Place &place);
QJsonObject build(const Activity &activity);
QJsonObject build(const Schedule &schedule);
QJsonObject build(const OccurrenceOverride &change);

/** The record in @p data, or std::nullopt with @p error holding a sentence that says why not. */
std::optional<Organisation> readOrganisation(const QJsonObject &data, QString *error);
std::optional<Place> readPlace(const QJsonObject &data, QString *error);
std::optional<Activity> readActivity(const QJsonObject &data, QString *error);
std::optional<Schedule> readSchedule(const QJsonObject &data, QString *error);
std::optional<OccurrenceOverride> readOverride(const QJsonObject &data, QString *error);

/** @p data of @p kind read strictly and built again (the canonical form), or std::nullopt with @p error. */
std::optional<QJsonObject> normalise(const QString &kind, const QJsonObject &data, QString *error);

/** Every key build() may write for a kind of kinds(); empty for others. */
QStringList allowedFields(const QString &kind);

/** The members of the type behind @p kind that are no key of the payload: the local row id, and Place::hasCoordinates, which travels as lat and lon being null or not. */
QStringList deviceOnlyMembers(const QString &kind);

} // namespace CataloguePayload

} // namespace Buurtplein
