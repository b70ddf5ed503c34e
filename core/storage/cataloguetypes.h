// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Buurtplein {

/** An organisation that runs activities (SPEC: Organisation). */
struct Organisation {
    qint64 id = 0;          ///< local row id; 0 until stored
    QString uid;            ///< stable id shared with the hub
    QString name;
    QString kind;           ///< an id of Vocabulary::organisationKinds()
    int version = 0;
};

/** A meeting place (SPEC: Place). Coordinates are WGS84. */
struct Place {
    qint64 id = 0;
    QString uid;
    QString name;
    QString kind;           ///< an id of Vocabulary::placeKinds() (core/storage/vocabulary.h)
    QString street;
    QString houseNumber;
    QString postcode;       ///< "1014AA" normalised, no space
    QString city;
    double lat = 0;
    double lon = 0;
    bool hasCoordinates = false;
    QString gemeenteCode;   ///< GMxxxx
    QString wijkCode;       ///< WKxxxxxx
    QString buurtCode;      ///< BUxxxxxxxx (or alphanumeric since 2023)
    QString indoorOutdoor;  ///< indoor, outdoor, both
    QStringList accessibility; ///< ids of Vocabulary::accessibilityFeatures()
    QString openingHours;   ///< OpenStreetMap opening_hours syntax
    QDate validFrom;
    QDate validTo;
    QString source;         ///< where the row came from, e.g. "Gemeente Amsterdam, Maatschappelijke voorzieningen"
    QString sourceId;       ///< the id in that source, e.g. MVZN_ID
    int version = 0;
};

/** A translated title and description of an activity. */
struct Translation {
    QString title;
    QString description;
};

/** An activity: a series of sessions (SPEC: Activity). */
struct Activity {
    qint64 id = 0;
    QString uid;
    QString organisationUid;
    QString placeUid;           ///< default place; empty means "no fixed place"
    QString title;
    QString description;
    QString textLanguage = QStringLiteral("nl"); ///< language of title/description
    QMap<QString, Translation> translations;      ///< keyed by BCP 47 language code
    QString category;           ///< an id of Vocabulary::categories()
    QStringList languagesSpoken; ///< BCP 47 codes, e.g. nl, en, ar, tr
    QString audience = QStringLiteral("iedereen"); ///< an id of Vocabulary::audiences(); describes the activity, never a person
    int costCents = 0;          ///< 0 means free
    QString costNote;
    int ageMin = -1;            ///< -1: no limit
    int ageMax = -1;
    int capacity = -1;          ///< -1: unlimited
    bool registrationRequired = false;
    bool hostPresent = true;
    QString programme;
    QString contact;
    QString status = QStringLiteral("active"); ///< active, paused, ended
    int version = 0;
};

/** A recurring schedule of an activity (SPEC: Schedule). */
struct Schedule {
    qint64 id = 0;
    QString uid;
    QString activityUid;
    QDate startDate;            ///< local wall-clock date of the first session
    QTime startTime;            ///< local wall-clock time; invalid for all-day
    QString timeZone = QStringLiteral("Europe/Amsterdam"); ///< IANA id
    int durationMinutes = 60;
    QString rrule;              ///< RFC 5545 RRULE value, without "RRULE:"; empty: one session
    QList<QDate> exceptionDays; ///< whole days without a session (holidays)
    QList<QDateTime> exceptionStarts; ///< single cancelled-from-the-series starts (UTC instants)
    QList<QDateTime> extraStarts;     ///< RDATEs (UTC instants)
    QDate validFrom;
    QDate validTo;
    int version = 0;
};

/** A change to one occurrence (SPEC: Occurrence override). */
struct OccurrenceOverride {
    QString occurrenceUid;      ///< OccurrenceId::make(activityUid, originalStart)
    QString activityUid;
    QDateTime originalStart;    ///< UTC
    QString status = QStringLiteral("scheduled"); ///< scheduled, cancelled, moved
    QDateTime newStart;         ///< UTC, for moved
    QDateTime newEnd;           ///< UTC, for moved
    QString newPlaceUid;        ///< for moved
    QString reason;
    int version = 0;
};

} // namespace Buurtplein
