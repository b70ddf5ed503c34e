// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/hublog.h"

Q_LOGGING_CATEGORY(lcHub, "buurtplein.hub", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHubDatabase, "buurtplein.hub.database", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHubHttp, "buurtplein.hub.http", QtInfoMsg)
