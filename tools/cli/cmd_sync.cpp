// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "search/searchindex.h"
#include "storage/database.h"
#include "sync/feedapplier.h"
#include "sync/syncengine.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

#include <csignal>
#include <cstdio>

namespace Buurtplein::Cli {

namespace {

/**
 * TEST HOOK, not a feature: BUURTPLEIN_SYNC_FAILPOINT=after-send | after-answer makes
 * this process kill itself with SIGKILL when the first push request has been written
 * (before its answer is read) or when an answer has been read (before it is committed
 * locally). tests/sync/tst_syncreliability.cpp uses it to prove that no crash between the
 * hub and the device's commit loses or duplicates a change. An unknown value is refused,
 * so a typo cannot make such a test pass without crashing.
 */
std::optional<SyncEngine::Point> failPoint(QString *error)
{
    const QString value = qEnvironmentVariable("BUURTPLEIN_SYNC_FAILPOINT");
    if (value.isEmpty())
        return std::nullopt;
    if (value == QLatin1String("after-send"))
        return SyncEngine::Point::AfterSend;
    if (value == QLatin1String("after-answer"))
        return SyncEngine::Point::AfterAnswer;
    *error = QStringLiteral("BUURTPLEIN_SYNC_FAILPOINT is after-send or after-answer, not '%1'.").arg(value);
    return std::nullopt;
}

QByteArray readToken(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read the token file %1: %2").arg(path, file.errorString());
        return {};
    }
    const QByteArray token = file.read(4096).trimmed();
    if (token.isEmpty() || token.contains(' ') || token.contains('\n'))
        *error = QStringLiteral("The token file %1 must hold one bearer token on one line.").arg(path);
    return token;
}

} // namespace

int sync(const QStringList &args)
{
    QString error;
    const Accepted accepted{QStringLiteral("sync"),
                            {QStringLiteral("db"), QStringLiteral("hub"), QStringLiteral("token-file")},
                            {QStringLiteral("db"), QStringLiteral("hub"), QStringLiteral("token-file")}};
    const auto options = Arguments::parse(args, accepted, &error);
    if (!options)
        return fail(BadInput, error);
    const QString path = options->value(QStringLiteral("db"));
    if (!QFileInfo(path).isFile())
        return fail(BadInput, QStringLiteral("There is no device database %1; sync does not make one.").arg(path));
    const QUrl hub(options->value(QStringLiteral("hub")), QUrl::StrictMode);
    if (!hub.isValid() || (hub.scheme() != QLatin1String("http") && hub.scheme() != QLatin1String("https")) || hub.host().isEmpty()
        || hub.hasQuery() || hub.hasFragment())
        return fail(BadInput, QStringLiteral("--hub needs the hub's address, e.g. https://hub.example.nl."));
    const QByteArray token = readToken(options->value(QStringLiteral("token-file")), &error);
    if (!error.isEmpty())
        return fail(BadInput, error);
    const std::optional<SyncEngine::Point> stopAt = failPoint(&error);
    if (!error.isEmpty())
        return fail(BadInput, error);

    Database db;
    if (!db.open(path))
        return fail(Failed, db.errorString());
    QNetworkAccessManager network;
    SyncEngine engine(db.connection(), &network);
    engine.setClock(clock());
    engine.setHubUrl(hub);
    engine.setToken(token);
    // A person (or script) asked to sync now: rows still in backoff go too.
    engine.setRespectBackoff(false);
    // A first sync may start from the hub's snapshot, downloaded beside the database;
    // its progress goes to stderr now and then.
    engine.setSnapshotFolder(path + QStringLiteral(".download"));
    qint64 shown = -1;
    QObject::connect(&engine, &SyncEngine::snapshotProgress, &engine, [&shown](qint64 received, qint64 total) {
        if (received == total || received - shown >= total / 10) {
            shown = received;
            fputs(qPrintable(QStringLiteral("snapshot: %1 of %2 bytes\n").arg(received).arg(total)), stderr);
        }
    });
    if (stopAt) {
        QObject::connect(&engine, &SyncEngine::reached, &engine, [stopAt](SyncEngine::Point point) {
            if (point == *stopAt)
                std::raise(SIGKILL);
        }, Qt::DirectConnection);
    }
    bool synced = false;
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](bool ok) {
        synced = ok;
        loop.quit();
    });
    engine.syncOnce();
    if (engine.isRunning())
        loop.exec();
    // A snapshot is indexed for its first week; the CLI widens the window at once (the app
    // does it in steps off its UI thread).
    if (synced && engine.snapshotInstalled()) {
        QString why;
        Transaction tx(db.connection());
        if (!tx.isActive() || !SearchIndex::refreshWindow(db.connection(), clock()(), SearchIndex::DefaultWindowWeeks, &why, 2000)
            || !tx.commit())
            return fail(Failed, QStringLiteral("The catalogue was taken from the hub's snapshot, but its search index could not be widened: %1").arg(why));
        fputs("snapshot: the search index covers the whole window\n", stderr);
    }

    printJson(QJsonDocument(QJsonObject{{QStringLiteral("synced"), synced},
                                        {QStringLiteral("waiting"), engine.waitingCount()},
                                        {QStringLiteral("setAside"), engine.setAsideCount()},
                                        {QStringLiteral("cursor"), FeedApplier(db.connection()).cursor()},
                                        {QStringLiteral("problem"), engine.lastProblem()}}));
    if (!synced)
        return fail(Failed, engine.lastProblem() + QStringLiteral(" What was not sent stays on the device for the next sync."));
    return Ok;
}

} // namespace Buurtplein::Cli
