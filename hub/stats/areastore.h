// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Buurtplein {

class AreaIndex;
class HubDatabase;

/**
 * The areas the hub knows (docs/statistics.md, "Areas"): each CBS code's name, level,
 * parent, label point and division year (stats_area), and the outlines imported from
 * GeoJSON (area_outline), from which places get their buurt by point in polygon.
 * Every write runs in the caller's transaction.
 */
class AreaStore
{
public:
    explicit AreaStore(HubDatabase &db) : m_db(db) {}

    /** What reassignPlaces() did. */
    struct Reassigned {
        int checked = 0; ///< live places with coordinates
        int changed = 0; ///< places whose codes changed (a new catalogue version each)
        int outside = 0; ///< places no buurt outline contains; they keep their codes
    };

    /** Adds or replaces the areas of @p areas, with their outlines; how many, or std::nullopt and @p error. */
    std::optional<int> save(const AreaIndex &areas, QString *error);
    /** Adds the stored outlines to @p areas; false and @p error when the database fails. */
    bool loadOutlines(AreaIndex *areas, QString *error) const;
    /**
     * Gives every live place that a buurt outline of @p areas contains that buurt's codes
     * (its wijk and gemeente follow from the code), as new catalogue versions that reach
     * devices through the feed; std::nullopt and @p error when the database fails.
     */
    std::optional<Reassigned> reassignPlaces(const AreaIndex &areas, QString *error);

private:
    HubDatabase &m_db;
};

} // namespace Buurtplein
