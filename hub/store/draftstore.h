// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Buurtplein {

class HubDatabase;

/** An imported activity that no resident sees until a person confirms it. */
struct CatalogueDraft {
    QString activityUid;
    QString organisationUid;
    /** {"activity": {...}, "schedules": [...], "overrides": [...], "location": "..."}: CataloguePayload records. */
    QJsonObject bundle;
    qint64 created = 0;     ///< seconds since the epoch
};

/**
 * The hub's drafts (catalogue_draft): activities a calendar import made that were not in
 * the catalogue before. An .ics file says nothing about category, cost or audience, so
 * they wait here, outside the feed, until a coordinator confirms them (docs/hub.md,
 * "Drafts"). Writes happen inside the caller's transaction.
 */
class DraftStore
{
public:
    explicit DraftStore(HubDatabase &db);

    /** Stores or replaces the draft of @p draft.activityUid. */
    bool save(const CatalogueDraft &draft, QString *error);
    /** Every draft (of @p organisationUid when given), oldest first. */
    std::optional<QList<CatalogueDraft>> list(const QString &organisationUid, QString *error) const;
    /** The draft of @p activityUid, if there is one. */
    std::optional<CatalogueDraft> find(const QString &activityUid) const;
    /** Forgets the draft of @p activityUid; false when there was none or the database refused. */
    bool remove(const QString &activityUid, QString *error);

private:
    HubDatabase &m_db;
};

} // namespace Buurtplein
