// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/hubtypes.h"

#include <QList>

#include <optional>

namespace Buurtplein {

class HubDatabase;

/** The hub's organisations: the ones worker tokens and enrol codes belong to. */
class OrganisationStore
{
public:
    explicit OrganisationStore(HubDatabase &db) : m_db(db) {}

    /** Adds @p organisation (version 1); false and @p error when its uid is taken, its kind unknown or a field empty. */
    bool create(const HubOrganisation &organisation, qint64 now, QString *error);
    /** The organisation @p uid, or std::nullopt. */
    std::optional<HubOrganisation> find(const QString &uid) const;
    /** Every organisation, by uid. */
    QList<HubOrganisation> list() const;

private:
    HubDatabase &m_db;
};

} // namespace Buurtplein
