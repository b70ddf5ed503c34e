// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/cataloguetypes.h"

#include <QJsonObject>

#include <optional>

namespace Buurtplein::DemoRecords {

/** The entities of a demo neighbourhood file, checked against the vocabulary. */
struct Records {
    QList<Organisation> organisations;
    QList<Place> places;
    QList<Activity> activities;
    QList<Schedule> schedules;
    QList<OccurrenceOverride> overrides;
};

/**
 * Reads the demo JSON: wall-clock times are Europe/Amsterdam, schedules with
 * "skipHolidays" get the file's "holidays" as exception days, overrides name their
 * session by its original local start. Returns std::nullopt and a sentence naming the
 * faulty record in @p error when anything is invalid.
 */
std::optional<Records> read(const QJsonObject &root, QString *error);

} // namespace Buurtplein::DemoRecords
