// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <cstdio>

namespace Buurtplein::Cli {

std::optional<Arguments> Arguments::parse(const QStringList &args, const QStringList &switches, QString *error)
{
    Arguments result;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith(QLatin1String("--"))) {
            result.m_positional.append(arg);
            continue;
        }
        const QString name = arg.mid(2);
        if (switches.contains(name)) {
            result.m_values.insert(name, QStringLiteral("1"));
            continue;
        }
        if (i + 1 >= args.size()) {
            *error = QStringLiteral("Option --%1 needs a value.").arg(name);
            return std::nullopt;
        }
        result.m_values.insert(name, args.at(++i));
    }
    return result;
}

void printJson(const QJsonDocument &doc)
{
    const QByteArray bytes = doc.toJson(QJsonDocument::Compact);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int fail(ExitCode code, const QString &message)
{
    std::fprintf(stderr, "buurtplein-cli: %s\n", qPrintable(message));
    return code;
}

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

} // namespace Buurtplein::Cli
