// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Buurtplein {

class CatalogueStore;

/** How many records of each kind a demo file put in the catalogue. */
struct DemoSummary {
    int organisations = 0;
    int places = 0;
    int activities = 0;
    int schedules = 0;
    int overrides = 0;
};

/**
 * Loads the bundled demo neighbourhood (assets/demo/demo-neighbourhood.json): its
 * organisations, places, activities with translations, schedules (holidays added as
 * exception days) and occurrence overrides, in one transaction. Loading again updates
 * the same records by uid. A file with any invalid record is refused and changes nothing.
 */
class DemoLoader
{
public:
    /** Loads @p path into @p store; std::nullopt and @p error set when the file is refused. */
    static std::optional<DemoSummary> load(CatalogueStore &store, const QString &path, QString *error = nullptr);
    /** Loads demo JSON held in memory (e.g. from a Qt resource). */
    static std::optional<DemoSummary> loadData(CatalogueStore &store, const QByteArray &json, QString *error = nullptr);
};

} // namespace Buurtplein
