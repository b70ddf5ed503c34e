// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Buurtplein {

/** What a bearer token may do (docs/protocol.md, "Tokens and roles"). Residents have no role. */
enum class Role { Worker, Evaluator, Admin };

/** "worker", "evaluator" or "admin". */
QString roleName(Role role);
/** The role called @p name, or std::nullopt. */
std::optional<Role> roleFromName(const QString &name);

/** An organisation as the hub knows it. */
struct HubOrganisation {
    QString uid;
    QString name;
    QString kind;       ///< a Vocabulary::organisationKinds() id
    qint64 version = 1;
    qint64 modified = 0;
};

/** What the hub knows of one token; never the token itself. */
struct TokenInfo {
    qint64 id = 0;
    Role role = Role::Worker;
    QString organisationUid; ///< empty unless role is Worker
    QString label;
    qint64 created = 0;      ///< seconds since the epoch
    qint64 revoked = 0;      ///< seconds since the epoch, 0 while the token works
};

} // namespace Buurtplein
