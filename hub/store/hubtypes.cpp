// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/hubtypes.h"

namespace Buurtplein {

QString roleName(Role role)
{
    switch (role) {
    case Role::Worker:
        return QStringLiteral("worker");
    case Role::Evaluator:
        return QStringLiteral("evaluator");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role role : {Role::Worker, Role::Evaluator, Role::Admin}) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

} // namespace Buurtplein
