// SPDX-License-Identifier: GPL-3.0-or-later
// The demo flow end to end (issues 5 and 6): a social worker logs sessions while the hub
// cannot be reached, the device syncs once it can, and a programme evaluator then reads
// the released figures. The real buurtplein-hub and buurtplein-cli, on SQLite and on
// PostgreSQL.
#include "synctest.h"

#include "worker/workerstore.h"

#include <algorithm>
#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

using namespace Buurtplein;
using namespace Buurtplein::HubTest;
using namespace Buurtplein::SyncTest;

namespace {

const QString oba = QStringLiteral("org:oba");
const QString taalcafe = QStringLiteral("demo:taalcafe-javaplein");
// Eight weeks back: the weekly taalcafé skips school holidays, so four weeks may hold only two sessions.
constexpr int LookBackWeeks = 8;

/** Logs the @p attendances of the taalcafé's most recent past sessions on the device, one session each. */
bool logSessions(const QString &deviceDb, const QList<int> &attendances, QString *error)
{
    Database db;
    if (!db.open(deviceDb)) {
        *error = db.errorString();
        return false;
    }
    WorkerStore store(db, TestClock::now);
    store.setOrganisationUid(oba);
    store.setLogWindowWeeks(LookBackWeeks);
    QList<UnloggedSession> sessions;
    for (const UnloggedSession &session : store.unloggedSessions(oba, TestClock::now(), LookBackWeeks)) {
        if (session.activityUid == taalcafe)
            sessions.append(session);
    }
    if (sessions.size() < attendances.size()) {
        *error = QStringLiteral("the taalcafé has only %1 unlogged sessions in the last eight weeks").arg(sessions.size());
        return false;
    }
    for (qsizetype i = 0; i < attendances.size(); ++i) {
        SessionLog log;
        log.occurrenceUid = sessions.at(i).occurrenceUid;
        log.attendance = attendances.at(i);
        log.firstTimers = 1;
        log.volunteers = 2;
        if (!store.logSession(log)) {
            *error = store.errorString();
            return false;
        }
    }
    return true;
}

/** The evaluator's view: the released table of @p metric by category over the weeks the sessions were logged in. */
Answer releasedByCategory(QNetworkAccessManager &nam, const Hub &hub, const QByteArray &token, const QString &metric)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("metric"), metric);
    query.addQueryItem(QStringLiteral("rows"), QStringLiteral("category"));
    // Released tables cover one period of the fixed grid: the year the sessions are in.
    const int year = TestClock::today().addDays(-7 * LookBackWeeks - 7).year();
    Q_ASSERT(year == TestClock::today().year());
    query.addQueryItem(QStringLiteral("from"), QDate(year, 1, 1).toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("to"), QDate(year, 12, 31).toString(Qt::ISODate));
    QUrl url = hub.url(QStringLiteral("/v1/stats/table"));
    url.setQuery(query);
    return call(nam, "GET", url, {}, token);
}

/** The released grand total of @p answer: its value, or -1 when it is suppressed. */
double grandTotal(const Answer &answer)
{
    const QJsonObject total = answer.json().value(QStringLiteral("grandTotal")).toObject();
    return total.value(QStringLiteral("suppressed")).toBool() ? -1 : total.value(QStringLiteral("value")).toDouble(-2);
}
} // namespace

class TestDemoFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFileInfo::exists(cliPath()) && QFileInfo::exists(hubPath()), "buurtplein-cli and buurtplein-hub must be built");
    }

    void workerOfflineThenEvaluatorSeesIt_data()
    {
        QTest::addColumn<QString>("dialect");
        for (const QString &dialect : testedDialects())
            QTest::newRow(qPrintable(dialect)) << dialect;
    }

    void workerOfflineThenEvaluatorSeesIt()
    {
        QFETCH(QString, dialect);
        QString error;
        Hub hub;
        QVERIFY2(hub.prepare(dialect, &error), qPrintable(error));
        const CliRun demo = runHub({QStringLiteral("import-demo"), QStringLiteral("--db"), hub.location()});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        const CliRun worker = runHub({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--role"), QStringLiteral("worker"),
                                      QStringLiteral("--org"), oba, QStringLiteral("--db"), hub.location()});
        const CliRun evaluator = runHub({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--role"),
                                         QStringLiteral("evaluator"), QStringLiteral("--db"), hub.location()});
        QVERIFY2(worker.exitCode == 0 && evaluator.exitCode == 0, (worker.err + evaluator.err).constData());
        QVERIFY2(hub.start(&error), qPrintable(error));

        // The worker's device was enrolled and synced once: it has the demo catalogue.
        DeviceFiles device;
        {
            Database created; // the app makes the device's database at its first start
            QVERIFY(created.open(device.db()));
        }
        QVERIFY(device.writeToken(worker.out.trimmed()));
        const SyncRun first = device.sync(hub);
        QVERIFY2(first.exitCode == 0, first.err.constData());

        // Offline: the hub is gone while a session is logged, and the sync says so.
        hub.kill();
        QVERIFY2(logSessions(device.db(), {7}, &error), qPrintable(error));
        const SyncRun offline = device.sync(hub);
        QVERIFY(offline.exitCode != 0);
        QCOMPARE(device.outboxRows(), 1);

        // Online again: the log reaches the hub, and the evaluator sees the taalcafé's
        // category only as "fewer than k": 7 participants are below k = 10, and suppressed
        // is never shown as 0.
        QVERIFY2(hub.start(&error), qPrintable(error));
        SyncRun online = device.sync(hub);
        QVERIFY2(online.exitCode == 0, online.err.constData());
        QCOMPARE(device.outboxRows(), 0);
        QNetworkAccessManager nam;
        Answer attendance = releasedByCategory(nam, hub, evaluator.out.trimmed(), QStringLiteral("attendance"));
        QVERIFY2(attendance.status == 200, attendance.body.constData());
        QCOMPARE(grandTotal(attendance), -1.0);

        // Two more sessions logged offline and synced: now the figure is released, with the
        // cell-key noise of at most D either way (the answer says D), the same however often it is asked.
        hub.kill();
        QVERIFY2(logSessions(device.db(), {5, 4}, &error), qPrintable(error));
        QVERIFY2(hub.start(&error), qPrintable(error));
        online = device.sync(hub);
        QVERIFY2(online.exitCode == 0, online.err.constData());
        attendance = releasedByCategory(nam, hub, evaluator.out.trimmed(), QStringLiteral("attendance"));
        QVERIFY2(attendance.status == 200, attendance.body.constData());
        const double released = grandTotal(attendance); // 7 + 5 + 4 = 16
        const int maxNoise = attendance.json().value(QStringLiteral("rules")).toObject().value(QStringLiteral("maxNoise")).toInt();
        QVERIFY2(maxNoise >= 1 && maxNoise <= 15, attendance.body.constData());
        QVERIFY2(released >= std::max(1, 16 - maxNoise) && released <= 16 + maxNoise, qPrintable(QString::number(released)));
        QCOMPARE(grandTotal(releasedByCategory(nam, hub, evaluator.out.trimmed(), QStringLiteral("attendance"))), released);
        const QJsonObject rows = attendance.json().value(QStringLiteral("rows")).toObject();
        // The taalcafé's row, beside those of the demo's sessions cancelled in advance this year.
        QVERIFY(rows.value(QStringLiteral("keys")).toArray().contains(QStringLiteral("taal_ontmoeting")));
        const Answer held = releasedByCategory(nam, hub, evaluator.out.trimmed(), QStringLiteral("sessions_held"));
        QVERIFY2(grandTotal(held) >= 1 && grandTotal(held) <= 3 + maxNoise, held.body.constData()); // 3 sessions

        // The evaluator exports the table as CSV for a spreadsheet...
        QUrl csvUrl = hub.url(QStringLiteral("/v1/stats/table"));
        QUrlQuery csvQuery;
        csvQuery.addQueryItem(QStringLiteral("metric"), QStringLiteral("attendance"));
        csvQuery.addQueryItem(QStringLiteral("rows"), QStringLiteral("category"));
        csvQuery.addQueryItem(QStringLiteral("from"), attendance.json().value(QStringLiteral("from")).toString());
        csvQuery.addQueryItem(QStringLiteral("to"), attendance.json().value(QStringLiteral("to")).toString());
        csvQuery.addQueryItem(QStringLiteral("format"), QStringLiteral("csv"));
        csvUrl.setQuery(csvQuery);
        const Answer csv = call(nam, "GET", csvUrl, {}, evaluator.out.trimmed());
        QCOMPARE(csv.status, 200);
        QVERIFY2(csv.body.contains("," + QByteArray::number(qint64(released))), csv.body.constData());

        // ...and the hub writes the quarter's report for the gemeente as a PDF.
        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("report.pdf"));
        const QDate today = TestClock::today();
        const QString quarter = QStringLiteral("%1-Q%2").arg(today.year()).arg((today.month() + 2) / 3);
        const CliRun report = runHub({QStringLiteral("report"), QStringLiteral("--quarter"), quarter, QStringLiteral("--gemeente"),
                                      QStringLiteral("GM0363"), QStringLiteral("--to"), pdf, QStringLiteral("--db"), hub.location()});
        QVERIFY2(report.exitCode == 0, report.err.constData());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
        const CliRun badQuarter = runHub({QStringLiteral("report"), QStringLiteral("--quarter"), QStringLiteral("2026-Q5"),
                                          QStringLiteral("--gemeente"), QStringLiteral("GM0363"), QStringLiteral("--to"),
                                          out.filePath(QStringLiteral("bad.pdf")), QStringLiteral("--db"), hub.location()});
        QCOMPARE(badQuarter.exitCode, 2);
        QVERIFY(!QFileInfo::exists(out.filePath(QStringLiteral("bad.pdf"))));

        // The worker's token reads no statistics, and nobody reads them without a token.
        QCOMPARE(releasedByCategory(nam, hub, worker.out.trimmed(), QStringLiteral("attendance")).status, 403);
        QCOMPARE(releasedByCategory(nam, hub, {}, QStringLiteral("attendance")).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestDemoFlow)
#include "tst_demoflow.moc"
