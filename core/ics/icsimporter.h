// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recurrence/clock.h"
#include "ics/icsoccurrences.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Buurtplein {

class CatalogueStore;

/** What an .ics import did. */
struct IcsImportResult {
    bool ok = false;                ///< false: the file was refused and nothing changed
    QString error;                  ///< why the file was refused
    int imported = 0;               ///< series written (new or updated)
    QList<IcsSkippedEvent> skipped; ///< events left out, each with its reason
    QStringList warnings;           ///< repairs made while reading
    QStringList activityUids;       ///< the activities written, in file order
    /** Each written activity's LOCATION as the file gives it (a place is matched to it where one fits). */
    QHash<QString, QString> locations;
};

/** Choices the caller makes for what the file does not say. */
struct IcsImportOptions {
    /**
     * Category of new activities. A calendar file says nothing about Buurtplein's categories,
     * so the default "inloop_koffie" (inloop & koffie, the most open, low-threshold kind) is a placeholder the
     * coordinator is expected to correct; a re-import keeps whatever category was set since.
     */
    QString category = QStringLiteral("inloop_koffie");
    QString organisationUid;        ///< organisation of new activities; empty: none
    /** Sessions of zones that match no IANA zone are stored as instants up to this moment. */
    QDateTime horizon = Clocks::system().addYears(2);
};

/**
 * Imports an .ics file into the catalogue: each series (VEVENT without RECURRENCE-ID)
 * becomes an Activity "ics:<UID>" with one Schedule "ics:<UID>#schedule", and each
 * RECURRENCE-ID instance that cancels or moves a session an OccurrenceOverride. An
 * activity without a place gets the catalogue place its GEO lies at (within 75 m) or
 * whose name its LOCATION holds (the longest; names of 5 letters or more). Everything
 * runs in one outer transaction; a refused file changes nothing, an event that cannot be
 * used is skipped with its reason, and importing the same file again updates in place.
 */
namespace IcsImporter {

IcsImportResult import(const QByteArray &data, CatalogueStore &store, const IcsImportOptions &options = {});
IcsImportResult importFile(const QString &path, CatalogueStore &store, const IcsImportOptions &options = {});

/** The activity uid a VEVENT UID is stored under. */
QString activityUid(const QString &eventUid);

} // namespace IcsImporter
} // namespace Buurtplein
