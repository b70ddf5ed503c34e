// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include <QDateTime>
#include <QFile>
#include <QTimeZone>

namespace Buurtplein::Cli {

std::optional<QDateTime> parseInstant(const QString &text)
{
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    // Without an offset an instant is ambiguous; the CLI refuses rather than guesses.
    if (!dt.isValid() || dt.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return dt;
}

QString formatInstant(qint64 utcSecs)
{
    static const QTimeZone amsterdam("Europe/Amsterdam");
    return QDateTime::fromSecsSinceEpoch(utcSecs, amsterdam).toString(Qt::ISODate);
}

void discardNewCatalogue(const QString &path, bool existed)
{
    if (existed)
        return;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace Buurtplein::Cli
