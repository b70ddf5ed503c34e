// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include <QFile>
#include <QTest>

using namespace Buurtplein::CliTest;

namespace {
const QStringList commands{QStringLiteral("occurrences"), QStringLiteral("import-places"), QStringLiteral("import-ics"),
                           QStringLiteral("export-ics"), QStringLiteral("search"), QStringLiteral("sync")};
} // namespace

// The dispatcher in main.cpp: help on request, usage lines that are true, refusal of an
// unknown command. Each command's own refusals are tested beside its other behaviour.
class TestCliUsage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(cliSetupProblem().isEmpty(), qPrintable(cliSetupProblem())); }

    void help_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("--help") << QStringList{"--help"};
        QTest::newRow("help") << QStringList{"help"};
        QTest::newRow("-h") << QStringList{"-h"};
    }

    void help()
    {
        QFETCH(QStringList, args);
        const CliRun r = runCli(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QVERIFY(r.out.startsWith("usage: buurtplein-cli COMMAND"));
        for (const QString &command : commands)
            QVERIFY2(r.out.contains(QByteArray("\n  ") + command.toUtf8() + ' '), qPrintable(command));
    }

    void commandHelp_data()
    {
        QTest::addColumn<QString>("command");
        for (const QString &command : commands)
            QTest::newRow(qPrintable(command)) << command;
    }

    void commandHelp()
    {
        QFETCH(QString, command);
        const CliRun r = runCli({command, QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QVERIFY2(r.out.startsWith(QStringLiteral("usage: buurtplein-cli %1 ").arg(command).toUtf8()), r.out.constData());
    }

    void noCommand_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("nothing") << QStringList{} << "usage: buurtplein-cli COMMAND";
        QTest::newRow("unknown command") << QStringList{"zoek", "--text", "koffie"} << "unknown command 'zoek'";
        QTest::newRow("--now without an offset") << QStringList{"search", "--db", "x.sqlite", "--now", "2027-01-04T09:00:00"}
                                                 << "--now needs one ISO 8601 time with an offset";
    }

    void noCommand()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString problem = whyNotRefused(runCli(args), message);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Each option a usage line names is one its command knows.
    void usageNamesOnlyKnownOptions()
    {
        const CliRun help = runCli({QStringLiteral("help")});
        QCOMPARE(help.exitCode, 0);
        const QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString probe = dir.filePath(QStringLiteral("probe"));
        const QRegularExpression option(QStringLiteral("--[a-z-]+"));
        int checked = 0;
        for (const QString &line : QString::fromUtf8(help.out).split(QLatin1Char('\n'))) {
            const QString command = line.trimmed().section(QLatin1Char(' '), 0, 0);
            if (!line.startsWith(QLatin1String("  ")) || !commands.contains(command))
                continue;
            for (const QRegularExpressionMatch &m : option.globalMatch(line)) {
                const CliRun r = runCli({command, m.captured(), probe});
                QVERIFY2(!r.err.contains("has no option"), qPrintable(line + QStringLiteral(": ") + QString::fromUtf8(r.err)));
                ++checked;
            }
        }
        QVERIFY(checked >= 25);
        QVERIFY(!QFile::exists(probe));
    }
};

QTEST_GUILESS_MAIN(TestCliUsage)
#include "tst_cli_usage.moc"
