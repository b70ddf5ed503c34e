// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace Buurtplein::Bench {

/** 08:00 UTC on the day after the catalogue's index window starts (as bench-search); invalid without an index. */
inline QDateTime catalogueMorning(QSqlDatabase db)
{
    QSqlQuery state(db);
    state.exec(QStringLiteral("SELECT value FROM index_state WHERE key = 'window_from'"));
    if (!state.next())
        return {};
    return QDateTime::fromSecsSinceEpoch(state.value(0).toLongLong() + 32 * 3600, Qt::UTC);
}

} // namespace Buurtplein::Bench
