// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "clock.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QTimeZone>

#include <cstdio>

namespace Buurtplein::Cli {

namespace {
QString withUsage(const Accepted &accepted, const QString &message)
{
    return QStringLiteral("%1\nusage: buurtplein-cli %2").arg(message, usage(accepted.command));
}
} // namespace

std::optional<Arguments> Arguments::parse(const QStringList &args, const Accepted &accepted, QString *error)
{
    Arguments result;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith(QLatin1String("--"))) {
            result.m_positional.append(arg);
            continue;
        }
        const QString name = arg.mid(2);
        if (accepted.switches.contains(name)) {
            result.m_values[name].append(QString());
            continue;
        }
        const bool single = accepted.options.contains(name);
        if (!single && !accepted.repeatable.contains(name)) {
            *error = withUsage(accepted, QStringLiteral("%1 has no option %2.").arg(accepted.command, arg));
            return std::nullopt;
        }
        // A value that looks like an option is almost always a forgotten value.
        if (i + 1 >= args.size() || args.at(i + 1).startsWith(QLatin1String("--"))) {
            *error = withUsage(accepted, QStringLiteral("Option %1 needs a value.").arg(arg));
            return std::nullopt;
        }
        if (single && result.m_values.contains(name)) {
            *error = withUsage(accepted, QStringLiteral("Option %1 is given twice; give it once.").arg(arg));
            return std::nullopt;
        }
        result.m_values[name].append(args.at(++i));
    }
    for (const QString &name : accepted.required) {
        if (!result.m_values.contains(name)) {
            *error = withUsage(accepted, QStringLiteral("%1 needs --%2.").arg(accepted.command, name));
            return std::nullopt;
        }
    }
    if (result.m_positional.size() > accepted.positionals) {
        *error = withUsage(accepted, QStringLiteral("Unexpected argument '%1'.").arg(result.m_positional.at(accepted.positionals)));
        return std::nullopt;
    }
    if (result.m_positional.size() < accepted.positionals) {
        *error = withUsage(accepted, QStringLiteral("%1 needs a file to read.").arg(accepted.command));
        return std::nullopt;
    }
    return result;
}

QString Arguments::value(const QString &name) const
{
    const QStringList list = m_values.value(name);
    return list.isEmpty() ? QString() : list.last();
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

namespace {
Clocks::Source toolClock = Clocks::system;
}

bool takeNow(QStringList *args, QString *error)
{
    return Clocks::takeNowOption(args, &toolClock, error);
}

QDateTime now()
{
    return toolClock();
}

std::function<QDateTime()> clock()
{
    return toolClock;
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

void discardNewCatalogue(const QString &path, bool existed)
{
    if (existed)
        return;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace Buurtplein::Cli
