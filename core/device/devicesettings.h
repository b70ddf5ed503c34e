// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Buurtplein {

class ConnectionWorker;

/** The keys of the settings a device keeps. */
namespace SettingKey {
/** How "near me" finds the resident: "position", "area" or "postcode". */
inline const QString locationMode = QStringLiteral("location.mode");
/** The chosen CBS wijk or buurt code, e.g. "BU03630531". */
inline const QString areaCode = QStringLiteral("location.areaCode");
/** A buurt chosen on the map's outlines (a map package's division, which the area list may not hold): "name|lat|lon". */
inline const QString areaPoint = QStringLiteral("location.areaPoint");
/** The typed postcode, normalised ("1094AB" or "1094"). */
inline const QString postcode = QStringLiteral("location.postcode");
/** The UI language chosen in the app (BCP 47, e.g. "nl", "ar"); empty: the system's. */
inline const QString uiLanguage = QStringLiteral("ui.language");
/** Hex PBKDF2 hash of the discreet-mode PIN. */
inline const QString discreetPinHash = QStringLiteral("discreet.pinHash");
/** Hex random salt of that hash. */
inline const QString discreetPinSalt = QStringLiteral("discreet.pinSalt");
/** "1" while discreet mode is on. */
inline const QString discreetEnabled = QStringLiteral("discreet.enabled");
/** Seconds since the epoch up to which reminders were already shown. */
inline const QString remindersShownUntil = QStringLiteral("reminders.shownUntil");
/** The organisation this device is enrolled for (social worker mode); empty: a resident's device. */
inline const QString workerOrganisationUid = QStringLiteral("worker.organisationUid");
/** That organisation's name, as the hub gave it at enrolment. */
inline const QString workerOrganisationName = QStringLiteral("worker.organisationName");
/** The hub the device enrolled with, e.g. "https://hub.example.nl". */
inline const QString workerHubUrl = QStringLiteral("worker.hubUrl");
/** The school-holiday region the schedule editor offers: noord, midden or zuid. */
inline const QString workerSchoolRegion = QStringLiteral("worker.schoolRegion");
/** The hub feed cursor: the change number of the last catalogue change applied (core/sync). */
inline const QString syncFeedCursor = QStringLiteral("sync.feedCursor");
} // namespace SettingKey

/**
 * The resident's choices, kept only in the device_setting table of the device's SQLite
 * database: one place to wipe and one place to prove private (no QSettings).
 */
class DeviceSettings
{
public:
    explicit DeviceSettings(QSqlDatabase db);
    ~DeviceSettings();

    /**
     * From now on setValue() and remove() are written behind by @p worker, so that the
     * UI thread never waits for another writer (the sync holds the write lock while it
     * installs a catalogue). Until a write is stored, value() and contains() answer from
     * it; then from the database again, so what other connections write is seen.
     * setValue() and remove() then return true once the write is queued; a write the
     * database refuses (a full disk) is logged. @p worker must outlive this object.
     */
    void writeBehind(ConnectionWorker *worker);

    /** The value of @p key, or @p fallback when it is not set. */
    QString value(const QString &key, const QString &fallback = {}) const;
    /** Sets @p key; false when the database refused. */
    bool setValue(const QString &key, const QString &value);
    /** Forgets @p key; true also when it was not set. */
    bool remove(const QString &key);
    /** True when @p key has a value. */
    bool contains(const QString &key) const;

private:
    struct Pending;

    QSqlDatabase m_db;
    ConnectionWorker *m_worker = nullptr;
    std::shared_ptr<Pending> m_pending;
};

} // namespace Buurtplein
