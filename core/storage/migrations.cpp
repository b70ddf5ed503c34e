// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/migrations.h"

namespace Buurtplein::Migrations {

namespace {

// Version 1: the catalogue entities of SPEC.md. Times a person reads (dates, wall-clock
// starts) are ISO 8601 text; instants the code compares are seconds since the epoch.
QStringList catalogue()
{
    return {
        QStringLiteral(R"(CREATE TABLE organisation (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL CHECK (length(name) > 0),
            kind TEXT NOT NULL DEFAULT 'other',
            version INTEGER NOT NULL DEFAULT 0,
            modified TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))
        )"),
        QStringLiteral(R"(CREATE TABLE place (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL CHECK (length(name) > 0),
            kind TEXT NOT NULL,
            street TEXT NOT NULL DEFAULT '',
            house_number TEXT NOT NULL DEFAULT '',
            postcode TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            lat REAL CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
            lon REAL CHECK (lon IS NULL OR lon BETWEEN -180 AND 180),
            gemeente_code TEXT NOT NULL DEFAULT '',
            wijk_code TEXT NOT NULL DEFAULT '',
            buurt_code TEXT NOT NULL DEFAULT '',
            indoor_outdoor TEXT NOT NULL DEFAULT 'indoor',
            accessibility TEXT NOT NULL DEFAULT '',
            opening_hours TEXT NOT NULL DEFAULT '',
            valid_from TEXT,
            valid_to TEXT,
            source TEXT NOT NULL DEFAULT '',
            source_id TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 0,
            modified TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))
        )"),
        QStringLiteral("CREATE INDEX place_source ON place(source, source_id)"),
        QStringLiteral("CREATE INDEX place_buurt ON place(buurt_code)"),
        QStringLiteral(R"(CREATE TABLE activity (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            organisation_id INTEGER REFERENCES organisation(id) ON DELETE RESTRICT,
            place_id INTEGER REFERENCES place(id) ON DELETE SET NULL,
            title TEXT NOT NULL CHECK (length(title) > 0),
            description TEXT NOT NULL DEFAULT '',
            text_language TEXT NOT NULL DEFAULT 'nl',
            category TEXT NOT NULL,
            languages_spoken TEXT NOT NULL DEFAULT '',
            audience TEXT NOT NULL DEFAULT 'iedereen',
            cost_cents INTEGER NOT NULL DEFAULT 0 CHECK (cost_cents >= 0),
            cost_note TEXT NOT NULL DEFAULT '',
            age_min INTEGER,
            age_max INTEGER,
            capacity INTEGER,
            registration_required INTEGER NOT NULL DEFAULT 0,
            host_present INTEGER NOT NULL DEFAULT 1,
            programme TEXT NOT NULL DEFAULT '',
            contact TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'ended')),
            version INTEGER NOT NULL DEFAULT 0,
            modified TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))
        )"),
        QStringLiteral("CREATE INDEX activity_place ON activity(place_id)"),
        QStringLiteral("CREATE INDEX activity_organisation ON activity(organisation_id)"),
        QStringLiteral(R"(CREATE TABLE activity_translation (
            activity_id INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
            lang TEXT NOT NULL,
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (activity_id, lang)) WITHOUT ROWID
        )"),
        QStringLiteral(R"(CREATE TABLE schedule (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            activity_id INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
            start_date TEXT NOT NULL,
            start_time TEXT,
            time_zone TEXT NOT NULL DEFAULT 'Europe/Amsterdam',
            duration_minutes INTEGER NOT NULL DEFAULT 60 CHECK (duration_minutes >= 0),
            rrule TEXT NOT NULL DEFAULT '',
            exception_days TEXT NOT NULL DEFAULT '',
            exception_starts TEXT NOT NULL DEFAULT '',
            extra_starts TEXT NOT NULL DEFAULT '',
            valid_from TEXT,
            valid_to TEXT,
            version INTEGER NOT NULL DEFAULT 0,
            modified TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))
        )"),
        QStringLiteral("CREATE INDEX schedule_activity ON schedule(activity_id)"),
        QStringLiteral(R"(CREATE TABLE occurrence_override (
            occurrence_uid TEXT PRIMARY KEY,
            activity_id INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
            original_start INTEGER NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('scheduled', 'cancelled', 'moved')),
            new_start INTEGER,
            new_end INTEGER,
            new_place_id INTEGER REFERENCES place(id) ON DELETE SET NULL,
            reason TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 0,
            modified TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))
        )"),
        QStringLiteral("CREATE INDEX occurrence_override_activity ON occurrence_override(activity_id)"),
    };
}

// Version 2: the search side. A materialised window of occurrences, an R*Tree over
// place coordinates and a full-text index over each activity's folded text.
QStringList searchIndex()
{
    return {
        QStringLiteral(R"(CREATE TABLE occurrence (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            activity_id INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
            original_start INTEGER NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            place_id INTEGER REFERENCES place(id) ON DELETE SET NULL,
            status TEXT NOT NULL DEFAULT 'scheduled')
        )"),
        QStringLiteral("CREATE INDEX occurrence_start ON occurrence(start)"),
        QStringLiteral("CREATE INDEX occurrence_activity ON occurrence(activity_id, start)"),
        // activity_id in the index lets a near-me search filter on the activity before reading the row.
        QStringLiteral("CREATE INDEX occurrence_place ON occurrence(place_id, start, activity_id)"),
        QStringLiteral("CREATE VIRTUAL TABLE place_rtree USING rtree(id, min_lat, max_lat, min_lon, max_lon)"),
        QStringLiteral("CREATE VIRTUAL TABLE activity_fts USING fts5(body, tokenize = 'trigram')"),
        QStringLiteral("CREATE TABLE index_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
    };
}

// Version 3: what only the resident's device holds. Joins name activities and
// occurrences by uid, not by row id, so they survive a catalogue rebuild or resync.
QStringList device()
{
    return {
        QStringLiteral(R"(CREATE TABLE join_record (
            token TEXT PRIMARY KEY,
            activity_uid TEXT NOT NULL,
            occurrence_uid TEXT NOT NULL DEFAULT '',
            reminder_minutes INTEGER NOT NULL DEFAULT 60 CHECK (reminder_minutes >= -1),
            created TEXT NOT NULL,
            UNIQUE (activity_uid, occurrence_uid))
        )"),
        QStringLiteral("CREATE TABLE device_setting (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
    };
}

// Version 4: what a social worker's device adds. Session logs are absolute records keyed
// by a client UUID with a revision; the note never leaves the device. The outbox holds
// every change waiting for the hub, written in the same transaction as the change.
QStringList worker()
{
    return {
        QStringLiteral(R"(CREATE TABLE session_log (
            uuid TEXT PRIMARY KEY,
            occurrence_uid TEXT NOT NULL UNIQUE,
            activity_uid TEXT NOT NULL,
            held INTEGER NOT NULL CHECK (held IN (0, 1)),
            not_held_reason TEXT NOT NULL DEFAULT '',
            attendance INTEGER NOT NULL DEFAULT 0 CHECK (attendance >= 0),
            first_timers INTEGER NOT NULL DEFAULT 0 CHECK (first_timers >= 0),
            volunteers INTEGER NOT NULL DEFAULT 0 CHECK (volunteers >= 0),
            host_present INTEGER NOT NULL DEFAULT 1 CHECK (host_present IN (0, 1)),
            age_bands TEXT NOT NULL DEFAULT '',
            new_to_neighbourhood INTEGER NOT NULL DEFAULT -1 CHECK (new_to_neighbourhood >= -1),
            note TEXT NOT NULL DEFAULT '',
            revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
            logged_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)
        )"),
        QStringLiteral("CREATE INDEX session_log_activity ON session_log(activity_uid)"),
        QStringLiteral(R"(CREATE TABLE outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uuid TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            entity_uid TEXT NOT NULL,
            revision INTEGER NOT NULL,
            payload TEXT NOT NULL,
            created TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt TEXT,
            last_error TEXT NOT NULL DEFAULT '',
            set_aside INTEGER NOT NULL DEFAULT 0 CHECK (set_aside IN (0, 1)))
        )"),
        QStringLiteral("CREATE INDEX outbox_entity ON outbox(kind, entity_uid)"),
        QStringLiteral(R"(CREATE TABLE school_holiday (
            region TEXT NOT NULL CHECK (region IN ('noord', 'midden', 'zuid')),
            name TEXT NOT NULL,
            first_day TEXT NOT NULL,
            last_day TEXT NOT NULL CHECK (last_day >= first_day),
            source TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (region, first_day)) WITHOUT ROWID
        )"),
    };
}

// Version 5: the hub's version of a record apart from the device's own edit counter.
// A record's `version` counts the device's edits (CatalogueStore::save adds one) and is
// set to the hub's when the hub's record or answer arrives; `hub_version` is only ever
// the hub's. An outbox row's `base_version` is the hub version its first pending edit
// started from, which is what POST /v1/changes wants as baseVersion (docs/sync.md).
QStringList hubVersions()
{
    return {
        QStringLiteral("ALTER TABLE outbox ADD COLUMN base_version INTEGER NOT NULL DEFAULT 0 CHECK (base_version >= 0)"),
        // Rows queued before this version get what the sync engine used to send, revision - 1:
        // right for a record edited once since its last sync; a record edited twice was
        // already one too high and the hub answers it with a conflict, as it did before.
        QStringLiteral("UPDATE outbox SET base_version = max(revision - 1, 0) WHERE kind <> 'session_log'"),
        QStringLiteral("ALTER TABLE organisation ADD COLUMN hub_version INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE place ADD COLUMN hub_version INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE activity ADD COLUMN hub_version INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE schedule ADD COLUMN hub_version INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE occurrence_override ADD COLUMN hub_version INTEGER NOT NULL DEFAULT 0"),
        // Without an edit waiting, a record is at the hub's version (the feed and the
        // hub's answers set it); with one, the hub's is the waiting row's base.
        QStringLiteral("UPDATE organisation SET hub_version = version"),
        QStringLiteral("UPDATE place SET hub_version = version"),
        QStringLiteral(R"(UPDATE activity SET hub_version = coalesce(
            (SELECT o.base_version FROM outbox o WHERE o.kind = 'activity' AND o.entity_uid = activity.uid AND o.set_aside = 0),
            version))"),
        QStringLiteral(R"(UPDATE schedule SET hub_version = coalesce(
            (SELECT o.base_version FROM outbox o WHERE o.kind = 'schedule' AND o.entity_uid = schedule.uid AND o.set_aside = 0),
            version))"),
        QStringLiteral(R"(UPDATE occurrence_override SET hub_version = coalesce(
            (SELECT o.base_version FROM outbox o WHERE o.kind = 'override'
             AND o.entity_uid = occurrence_override.occurrence_uid AND o.set_aside = 0),
            version))"),
    };
}

// Version 6: the sessions a worker's organisation logged lately on any device, as the
// hub lists them (occurrence ids only), so that a colleague's log is not asked for again.
QStringList teamLogged()
{
    return {QStringLiteral("CREATE TABLE team_logged (occurrence_uid TEXT PRIMARY KEY) WITHOUT ROWID")};
}

// Version 7: how far each series is expanded (docs/architecture.md, The search index),
// so that moving the window by a day touches only the series with a session in that day.
// next_start: no session of the schedule before it is missing from occurrence. Filled
// here with the stored window's end, which is true of every series; the first move
// makes it exact.
QStringList seriesHorizon()
{
    return {
        QStringLiteral(R"(CREATE TABLE series_horizon (
            schedule_id INTEGER PRIMARY KEY REFERENCES schedule(id) ON DELETE CASCADE,
            next_start INTEGER NOT NULL)
        )"),
        QStringLiteral("CREATE INDEX series_horizon_next ON series_horizon(next_start)"),
        QStringLiteral("CREATE INDEX occurrence_override_original ON occurrence_override(original_start)"),
        QStringLiteral(R"(INSERT INTO series_horizon (schedule_id, next_start)
            SELECT s.id, coalesce((SELECT CAST(value AS INTEGER) FROM index_state WHERE key = 'window_to'), 0)
            FROM schedule s JOIN activity a ON a.id = s.activity_id WHERE a.status = 'active')"),
    };
}

} // namespace

const QList<QStringList> &steps()
{
    static const QList<QStringList> all = {catalogue(), searchIndex(), device(), worker(), hubVersions(), teamLogged(),
                                              seriesHorizon()};
    return all;
}

} // namespace Buurtplein::Migrations
