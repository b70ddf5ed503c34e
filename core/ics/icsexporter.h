// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/cataloguetypes.h"
#include "recurrence/clock.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Buurtplein {

class CatalogueStore;

/** Choices for an exported calendar. */
struct IcsExportOptions {
    int reminderMinutes = 60;       ///< VALARM TRIGGER:-PT<minutes>M; negative: no reminder
    QDateTime stamp = Clocks::system(); ///< DTSTAMP
    /**
     * Places by uid: the activities' own and those sessions were moved to. Every event at a
     * known place gets LOCATION (name and address) and, with coordinates, GEO; a moved
     * session gets its new place's.
     */
    QHash<QString, Place> places;
    QString calendarName;           ///< X-WR-CALNAME and NAME (RFC 7986) when set: what a subscribing app shows
};

/** One activity with everything its calendar needs. */
struct IcsActivity {
    Activity activity;
    QList<Schedule> schedules;
    QList<OccurrenceOverride> overrides;
};

/**
 * Writes activities as .ics that calendar apps read: VERSION, PRODID, a VTIMEZONE for every
 * zone used (Europe/Amsterdam as the usual two-rule definition), DTSTAMP, UID, a DISPLAY
 * VALARM, CRLF line endings and lines folded at 75 octets.
 */
namespace IcsExporter {

/**
 * The whole series: one VEVENT per schedule (RRULE, RDATE, EXDATE), plus a RECURRENCE-ID
 * VEVENT per moved session and a STATUS:CANCELLED one per cancelled session.
 * Returns an empty array and sets @p error when a schedule is unusable.
 */
QByteArray exportActivity(const Activity &activity, const QList<Schedule> &schedules,
                          const QList<OccurrenceOverride> &overrides, const IcsExportOptions &options = {},
                          QString *error = nullptr);

/**
 * Several activities in one calendar (a subscribable feed): each as exportActivity()
 * writes it. An activity whose schedule cannot be read is left out and named in
 * @p skipped; the calendar is still written.
 */
QByteArray exportActivities(const QList<IcsActivity> &activities, const IcsExportOptions &options = {},
                            QStringList *skipped = nullptr);

/** "Name, Street 12, 1094AB Amsterdam": the LOCATION text of @p place. */
QString locationText(const Place &place);

/** One session of @p schedule, originally starting at @p originalStartUtc, with its override if any. */
QByteArray exportOccurrence(const Activity &activity, const Schedule &schedule, qint64 originalStartUtc,
                            const std::optional<OccurrenceOverride> &change, const IcsExportOptions &options = {},
                            QString *error = nullptr);

/** Reads the activity (and the occurrence, when @p occurrenceUid is set) from @p store and exports it. */
QByteArray exportFromStore(const CatalogueStore &store, const QString &activityUid, const QString &occurrenceUid,
                           const IcsExportOptions &options, QString *error);

/** The UID an exported activity carries: an imported "ics:<UID>" gets its own UID back. */
QString eventUid(const QString &activityUid);

} // namespace IcsExporter
} // namespace Buurtplein
