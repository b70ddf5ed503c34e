// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the CLI tests: runs the real buurtplein-cli and reads what a run left in a catalogue.

#include "testclock.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>

namespace Buurtplein::CliTest {

/** What one run of the CLI printed and returned. */
struct CliRun {
    int exitCode = -1; ///< -1: it did not finish in time, -2: it crashed
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

/** The buurtplein-cli built beside the tests. */
inline QString cliPath()
{
    return QStringLiteral(BUURTPLEIN_BIN_DIR "/buurtplein-cli");
}

/** Turns on QStandardPaths test mode; empty when buurtplein-cli is built and @p dir (if any) is usable, else why the test cannot run. */
inline QString cliSetupProblem(const QTemporaryDir *dir = nullptr)
{
    QStandardPaths::setTestModeEnabled(true);
    if (!QFileInfo::exists(cliPath()))
        return cliPath() + QStringLiteral(" is not built");
    return !dir || dir->isValid() ? QString() : QStringLiteral("no temporary folder: ") + dir->errorString();
}

/** Runs buurtplein-cli with @p args at the tests' clock and waits for it. */
inline CliRun runCli(const QStringList &args)
{
    QProcess process;
    process.start(cliPath(), args + TestClock::arguments());
    CliRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

/** Empty when @p run refused its input as the CLI promises (exit 2, nothing on stdout, @p messagePart on stderr); else what is wrong. */
inline QString whyNotRefused(const CliRun &run, const QString &messagePart)
{
    if (run.exitCode != 2)
        return QStringLiteral("exit code %1, not 2; stderr: %2").arg(run.exitCode).arg(QString::fromUtf8(run.err));
    if (!run.out.isEmpty())
        return QStringLiteral("stdout is not empty: %1").arg(QString::fromUtf8(run.out));
    if (!QString::fromUtf8(run.err).contains(messagePart))
        return QStringLiteral("stderr lacks '%1': %2").arg(messagePart, QString::fromUtf8(run.err));
    return {};
}

/** Runs @p sql on the catalogue at @p path; one string per row, its columns joined by '|'. Empty when there is no such file. */
inline QStringList queryRows(const QString &path, const QString &sql)
{
    if (!QFileInfo::exists(path))
        return {};
    static int connections = 0;
    const QString name = QStringLiteral("clitest-%1").arg(++connections);
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QSqlQuery query(db);
        if (!db.open() || !query.exec(sql))
            rows.append(QStringLiteral("cannot run %1 on %2").arg(sql, path));
        while (query.next()) {
            QStringList columns;
            for (int i = 0; i < query.record().count(); ++i)
                columns.append(query.value(i).toString());
            rows.append(columns.join(QLatin1Char('|')));
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

/** "table: rows" for every table of the catalogue at @p path, by name; empty when there is no such file. */
inline QStringList rowCounts(const QString &path)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    QStringList counts;
    for (const QString &table : queryRows(path, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))) {
        // A table name cannot be bound; it comes from sqlite_master and must be a plain identifier.
        if (!identifier.match(table).hasMatch())
            continue;
        const QStringList count = queryRows(path, QStringLiteral("SELECT count(*) FROM \"") + table + QLatin1Char('"'));
        counts.append(table + QStringLiteral(": ") + count.value(0));
    }
    return counts;
}

} // namespace Buurtplein::CliTest
