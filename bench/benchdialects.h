// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Buurtplein::Bench {

/**
 * The hub databases a hub benchmark measures: SQLite always, PostgreSQL too when
 * BUURTPLEIN_BENCH_PG_URL names a server whose user may create databases. hubtest.h
 * reads that server from its test variable, so the URL is handed on there.
 */
inline QStringList benchDialects()
{
    const QString pgUrl = qEnvironmentVariable("BUURTPLEIN_BENCH_PG_URL");
    QStringList dialects{QStringLiteral("sqlite")};
    if (!pgUrl.isEmpty()) {
        qputenv("BUURTPLEIN_TEST_PG_URL", pgUrl.toUtf8());
        dialects.append(QStringLiteral("postgresql"));
    }
    return dialects;
}

} // namespace Buurtplein::Bench
