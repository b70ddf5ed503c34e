// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandframe/commandframe.h"

#include <algorithm>
#include <cstdio>

namespace Buurtplein::CommandFrame {

namespace {
// The program run() runs: its name starts every message, its table gives the usage lines.
const Program *running = nullptr;
Clocks::Source programClock = Clocks::system;

QString programName()
{
    return QString::fromUtf8(running ? running->name : "");
}

QString withUsage(const Accepted &accepted, const QString &message)
{
    return QStringLiteral("%1\nusage: %2 %3").arg(message, programName(), usage(accepted.command));
}

void printUsage(const Program &program, FILE *stream)
{
    std::fprintf(stream, "usage: %s COMMAND [OPTIONS]\n       %s help | --help | COMMAND --help\n\ncommands:\n", program.name,
                 program.name);
    for (const Command &c : program.commands)
        std::fprintf(stream, "  %s\n", c.usage);
    std::fprintf(stream, "\n%s", program.notes);
}

bool isHelp(const QString &arg)
{
    return arg == QLatin1String("--help") || arg == QLatin1String("-h") || arg == QLatin1String("help");
}

QStringList wordsOf(const Command &command)
{
    return QString::fromLatin1(command.name).split(QLatin1Char(' '));
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

QString Arguments::value(const QString &name, const QString &fallback) const
{
    const QStringList list = m_values.value(name);
    return list.isEmpty() ? fallback : list.last();
}

int run(const Program &program, const QStringList &arguments)
{
    running = &program;
    QStringList args = arguments;
    QString error;
    if (!takeNow(&args, &error))
        return fail(BadInput, error);
    if (args.isEmpty()) {
        printUsage(program, stderr);
        return BadInput;
    }
    if (isHelp(args.first())) {
        printUsage(program, stdout);
        return Ok;
    }
    qsizetype longestName = 1;
    for (const Command &c : program.commands) {
        const QStringList words = wordsOf(c);
        longestName = std::max(longestName, words.size());
        if (args.mid(0, words.size()) != words)
            continue;
        const QStringList rest = args.mid(words.size());
        if (rest.contains(QLatin1String("--help"))) {
            print(QStringLiteral("usage: %1 %2").arg(programName(), QString::fromUtf8(c.usage)));
            return Ok;
        }
        return c.run(rest);
    }
    // As many words as the longest command has: "unknown command 'token lijst'".
    std::fprintf(stderr, "%s: unknown command '%s'\n\n", program.name, qPrintable(args.mid(0, longestName).join(QLatin1Char(' '))));
    printUsage(program, stderr);
    return BadInput;
}

QString usage(const QString &command)
{
    if (!running)
        return {};
    for (const Command &c : running->commands) {
        if (command == QLatin1String(c.name))
            return QString::fromUtf8(c.usage);
    }
    return {};
}

int fail(ExitCode code, const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(programName()), qPrintable(message));
    return code;
}

void print(const QString &text)
{
    std::fprintf(stdout, "%s\n", text.toUtf8().constData());
    std::fflush(stdout);
}

void printJson(const QJsonDocument &doc)
{
    const QByteArray bytes = doc.toJson(QJsonDocument::Compact);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

bool takeNow(QStringList *args, QString *error)
{
    return Clocks::takeNowOption(args, &programClock, error);
}

QDateTime now()
{
    return programClock();
}

Clocks::Source clock()
{
    return programClock;
}

} // namespace Buurtplein::CommandFrame
