// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <functional>

namespace Buurtplein {
class CatalogueStore;
class HubDatabase;
}

// What the commands that write the hub catalogue through the device's own code share
// (cmd_import.cpp, cmd_drafts.cpp).
namespace Buurtplein::HubCli {

/** The uids of each kind the scratch catalogue was seeded with from the hub. */
using Seeded = QHash<QString, QSet<QString>>;
/** Runs an importer on the scratch catalogue; returns an ExitCode and fills the report printed on success. */
using Import = std::function<int(HubDatabase &, CatalogueStore &, const Seeded &, QJsonObject *)>;

/**
 * In one hub transaction: loads the hub's live records into a scratch device catalogue,
 * runs @p import on it, writes back what changed (deletions included) and prints the
 * report with its feedChanges. A refusal (any code but Ok) changes nothing.
 */
int runImport(const QString &location, const Import &import);

} // namespace Buurtplein::HubCli
