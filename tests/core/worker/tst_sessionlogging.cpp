// SPDX-License-Identifier: GPL-3.0-or-later
// WorkerStore's session logs: revisions, the logging window and the sessions still to log.
#include "worker/sessionfinder.h"
#include "worker/sessionlogcheck.h"
#include "workerfixture.h"
#include "worker/workerstore.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace Buurtplein;
using namespace Buurtplein::WorkerFixture;

class TestSessionLogging : public QObject
{
    Q_OBJECT

private:
    Database m_db;
    QDateTime m_now;

    WorkerStore store()
    {
        return WorkerStore(m_db, [this] { return m_now; });
    }

    QSqlDatabase db() { return m_db.connection(); }

    static SessionLog heldLog(const QString &occurrence, int attendance)
    {
        SessionLog log;
        log.occurrenceUid = occurrence;
        log.attendance = attendance;
        log.firstTimers = 1;
        log.volunteers = 2;
        return log;
    }

    static QStringList uidsOf(const QList<UnloggedSession> &sessions)
    {
        QStringList out;
        for (const UnloggedSession &s : sessions)
            out.append(s.occurrenceUid);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        QString error;
        QVERIFY2(build(m_db, &error), qPrintable(error));
        m_now = now();
    }

    void cleanup()
    {
        m_db.close();
    }

    void revisions()
    {
        WorkerStore s = store();
        const QString session = koffieOn(11, 24);
        SessionLog log = heldLog(session, 10);
        log.note = QStringLiteral("Mevrouw B. kwam voor het eerst");
        QVERIFY2(s.logSession(log), qPrintable(s.errorString()));
        QCOMPARE(log.revision, 1);
        QCOMPARE(log.activityUid, koffie);
        QVERIFY(!log.uuid.isEmpty());
        QCOMPARE(log.loggedAt, m_now);
        const QString uuid = log.uuid;
        const QDateTime first = m_now;

        for (int revision : {2, 3}) {
            m_now = m_now.addSecs(3600);
            SessionLog edit = *s.sessionLog(session);
            edit.attendance = 10 + revision;
            edit.ageBands = {1, 2, 3, 4, 2};
            QVERIFY2(s.logSession(edit), qPrintable(s.errorString()));
            QCOMPARE(edit.revision, revision);
            QCOMPARE(edit.uuid, uuid);
        }
        const auto stored = s.sessionLog(session);
        QVERIFY(stored);
        QCOMPARE(stored->revision, 3);
        QCOMPARE(stored->attendance, 13);
        QCOMPARE(stored->ageBands, QList<int>({1, 2, 3, 4, 2}));
        QCOMPARE(stored->note, QStringLiteral("Mevrouw B. kwam voor het eerst"));
        QCOMPARE(stored->loggedAt, first);
        QCOMPARE(stored->updatedAt, m_now);
        QCOMPARE(count(db(), QStringLiteral("session_log")), 1);

        const QList<OutboxItem> queued = s.outbox().pending(10);
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().kind, Outbox::SessionLogKind);
        QCOMPARE(queued.first().entityUid, uuid);
        QCOMPARE(queued.first().revision, 3);
        QCOMPARE(queued.first().payload.value(QStringLiteral("revision")).toInt(), 3);
        QCOMPARE(queued.first().payload.value(QStringLiteral("attendance")).toInt(), 13);
        QVERIFY(!QJsonDocument(queued.first().payload).toJson().contains("Mevrouw"));
    }

    void loggingWindow_data()
    {
        QTest::addColumn<QString>("occurrence");
        QTest::addColumn<QDateTime>("clock");
        QTest::addColumn<int>("weeks");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("two days ago") << koffieOn(11, 24) << now() << 4 << true;
        QTest::newRow("23 days ago") << koffieOn(11, 3) << now() << 4 << true;
        QTest::newRow("30 days ago") << koffieOn(10, 27) << now() << 4 << false;
        QTest::newRow("30 days ago, six-week window") << koffieOn(10, 27) << now() << 6 << true;
        QTest::newRow("next week") << koffieOn(12, 1) << now() << 4 << false;
        QTest::newRow("just started") << koffieOn(11, 24) << utc(2026, 11, 24, 13, 5) << 4 << true;
        QTest::newRow("starts in five minutes") << koffieOn(11, 24) << utc(2026, 11, 24, 12, 55) << 4 << false;
        QTest::newRow("exactly four weeks") << koffieOn(11, 24) << utc(2026, 12, 22, 13) << 4 << true;
        QTest::newRow("four weeks and a minute") << koffieOn(11, 24) << utc(2026, 12, 22, 13, 1) << 4 << false;
        QTest::newRow("not a session") << OccurrenceId::make(koffie, utc(2026, 11, 25, 13).toSecsSinceEpoch()) << now() << 4 << false;
        QTest::newRow("garbage") << QStringLiteral("act-koffie") << now() << 4 << false;
    }

    void loggingWindow()
    {
        QFETCH(QString, occurrence);
        QFETCH(QDateTime, clock);
        QFETCH(int, weeks);
        QFETCH(bool, accepted);
        m_now = clock;
        WorkerStore s = store();
        s.setLogWindowWeeks(weeks);
        SessionLog log = heldLog(occurrence, 5);
        QCOMPARE(s.logSession(log), accepted);
        QCOMPARE(count(db(), QStringLiteral("session_log")), accepted ? 1 : 0);
        QCOMPARE(s.outbox().pendingCount(), accepted ? 1 : 0);
        QCOMPARE(s.errorString().isEmpty(), accepted);
    }

    void refusesInvalidLogs()
    {
        WorkerStore s = store();
        SessionLog log = heldLog(koffieOn(11, 24), 4);
        log.firstTimers = 9;
        log.ageBands = {1, 1, 1, 1, 1};
        const auto problems = SessionLogCheck::validate(log);
        QCOMPARE(problems.size(), 2);
        QVERIFY(!s.logSession(log));
        QCOMPARE(s.errorString(), problems.first().message);
        QCOMPARE(log.revision, 0);
        QVERIFY(log.uuid.isEmpty());
        QCOMPARE(count(db(), QStringLiteral("session_log")), 0);
        QCOMPARE(count(db(), QStringLiteral("outbox")), 0);

        log = heldLog(koffieOn(11, 24), 4);
        log.activityUid = wandelen;
        QVERIFY(!s.logSession(log));
        QCOMPARE(count(db(), QStringLiteral("session_log")), 0);
    }

    void cancelledSessions()
    {
        WorkerStore s = store();
        const QString session = koffieOn(11, 17);
        QVERIFY2(s.cancelSession(session, QStringLiteral("weer")), qPrintable(s.errorString()));
        SessionLog held = heldLog(session, 6);
        QVERIFY(!s.logSession(held));
        SessionLog notHeld;
        notHeld.occurrenceUid = session;
        notHeld.held = false;
        notHeld.notHeldReason = QStringLiteral("weer");
        QVERIFY2(s.logSession(notHeld), qPrintable(s.errorString()));
        QCOMPARE(s.sessionLog(session)->held, false);
        QCOMPARE(s.outbox().item(Outbox::SessionLogKind, notHeld.uuid)->payload.value(QStringLiteral("notHeldReason")).toString(),
                 QStringLiteral("weer"));
    }

    void movedSessionsCountFromTheirNewTime()
    {
        WorkerStore s = store();
        // Moved from next Tuesday to yesterday: it can be logged now.
        const QString early = koffieOn(12, 1);
        QVERIFY(s.moveSession(early, utc(2026, 11, 25, 13), QDateTime()));
        SessionLog log = heldLog(early, 3);
        QVERIFY2(s.logSession(log), qPrintable(s.errorString()));
        // Moved from last Tuesday to next week: it cannot be logged yet.
        const QString late = koffieOn(11, 24);
        QVERIFY(s.moveSession(late, utc(2026, 12, 2, 13), QDateTime()));
        SessionLog tooEarly = heldLog(late, 3);
        QVERIFY(!s.logSession(tooEarly));
    }

    void unloggedSessions()
    {
        WorkerStore s = store();
        QCOMPARE(uidsOf(s.unloggedSessions(org, now())),
                 QStringList({koffieOn(11, 24), koffieOn(11, 17), koffieOn(11, 10), koffieOn(11, 3)}));
        const auto first = s.unloggedSessions(org, now()).first();
        QCOMPARE(first.title, QStringLiteral("Inloopkoffie"));
        QCOMPARE(first.activityUid, koffie);
        QCOMPARE(first.start, utc(2026, 11, 24, 13));
        QCOMPARE(first.end, utc(2026, 11, 24, 14, 30));

        QVERIFY(s.cancelSession(koffieOn(11, 10), QStringLiteral("feestdag_vakantie")));
        SessionLog log = heldLog(koffieOn(11, 17), 8);
        QVERIFY(s.logSession(log));
        QCOMPARE(uidsOf(s.unloggedSessions(org, now())), QStringList({koffieOn(11, 24), koffieOn(11, 3)}));
        QCOMPARE(uidsOf(s.unloggedSessions(org, now(), 1)), QStringList({koffieOn(11, 24)}));
        // A session still running is not yet in the list; the other organisation's walk never is.
        QCOMPARE(uidsOf(s.unloggedSessions(org, utc(2026, 11, 24, 14))), QStringList({koffieOn(11, 3)}));
        QCOMPARE(s.unloggedSessions(QStringLiteral("org-other"), now()).size(), 4);
        QVERIFY(s.pauseActivity(koffie));
        QVERIFY(s.unloggedSessions(org, now()).isEmpty());
    }

    void findsSessionsOutsideTheWindow()
    {
        CatalogueStore catalogue(m_db);
        // Four weeks back lies far before the search window, which starts a day ago.
        const auto found = SessionFinder::find(catalogue, koffieOn(10, 27));
        QVERIFY(found);
        QCOMPARE(found->start, utc(2026, 10, 27, 13));
        QCOMPARE(occurrenceStatus(db(), koffieOn(10, 27)), QString());
        QString activity;
        qint64 start = 0;
        QVERIFY(SessionFinder::parse(koffieOn(10, 20), &activity, &start));
        QCOMPARE(activity, koffie);
        QCOMPARE(start, utc(2026, 10, 20, 12).toSecsSinceEpoch());
        QVERIFY(!SessionFinder::parse(QStringLiteral("act-koffie/20261020T120000"), &activity, &start));
        QVERIFY(!SessionFinder::parse(QStringLiteral("act-koffie/20261320T120000Z"), &activity, &start));
        QVERIFY(!SessionFinder::parse(QStringLiteral("/20261020T120000Z"), &activity, &start));
    }
};

QTEST_GUILESS_MAIN(TestSessionLogging)
#include "tst_sessionlogging.moc"
