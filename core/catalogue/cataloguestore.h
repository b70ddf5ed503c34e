// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/cataloguetypes.h"

#include <QSqlDatabase>

#include <optional>

namespace Buurtplein {

class Database;

/**
 * Reads and writes the catalogue entities. Every write runs in its own (nestable)
 * transaction together with the search index update it causes, raises the record's
 * version, and returns false with errorString() set when the record is refused.
 */
class CatalogueStore
{
public:
    explicit CatalogueStore(Database &db);
    explicit CatalogueStore(QSqlDatabase db);

    QSqlDatabase connection() const { return m_db; }
    QString errorString() const { return m_error; }

    /** Inserts or updates by uid; on success sets id and version of @p value. */
    bool save(Organisation &value);
    bool save(Place &value);
    bool save(Activity &value);
    bool save(Schedule &value);
    bool save(OccurrenceOverride &value);

    bool removeOrganisation(const QString &uid);
    bool removePlace(const QString &uid);
    bool removeActivity(const QString &uid);
    bool removeSchedule(const QString &uid);
    bool removeOverride(const QString &occurrenceUid);

    std::optional<Organisation> organisation(const QString &uid) const;
    std::optional<Place> place(const QString &uid) const;
    std::optional<Activity> activity(const QString &uid) const;
    std::optional<Schedule> schedule(const QString &uid) const;
    std::optional<OccurrenceOverride> occurrenceOverride(const QString &occurrenceUid) const;
    QList<Schedule> schedulesOf(const QString &activityUid) const;
    QList<OccurrenceOverride> overridesOf(const QString &activityUid) const;
    QStringList activityUids() const;

    /** Row ids, for code that joins on them (search, importers). 0 when unknown. */
    qint64 placeId(const QString &uid) const;
    qint64 activityId(const QString &uid) const;
    qint64 organisationId(const QString &uid) const;

private:
    bool fail(const QString &message) const;

    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace Buurtplein
