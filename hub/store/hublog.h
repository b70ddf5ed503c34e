// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The hub's logging areas. Logs never hold request bodies, IP addresses, user agents,
// tokens or enrol codes.
Q_DECLARE_LOGGING_CATEGORY(lcHub)
Q_DECLARE_LOGGING_CATEGORY(lcHubDatabase)
Q_DECLARE_LOGGING_CATEGORY(lcHubHttp)
