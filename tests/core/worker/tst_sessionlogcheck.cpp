// SPDX-License-Identifier: GPL-3.0-or-later
#include "worker/sessionlogcheck.h"

#include <QStandardPaths>
#include <QTest>

using namespace Buurtplein;

class TestSessionLogCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void validate_data()
    {
        QTest::addColumn<bool>("held");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("attendance");
        QTest::addColumn<int>("firstTimers");
        QTest::addColumn<int>("volunteers");
        QTest::addColumn<int>("newcomers");
        QTest::addColumn<QList<int>>("bands");
        QTest::addColumn<QStringList>("problems"); // the fields complained about, in order

        const QString none;
        const QList<int> noBands;
        QTest::newRow("held, everything counted") << true << none << 20 << 4 << 2 << 3 << QList<int>{2, 3, 5, 8, 2} << QStringList();
        QTest::newRow("held, nobody came") << true << none << 0 << 0 << 1 << -1 << noBands << QStringList();
        QTest::newRow("not held, reason given") << false << QStringLiteral("weer") << 0 << 0 << 0 << -1 << noBands << QStringList();
        QTest::newRow("not held, volunteers came") << false << QStringLiteral("te_weinig_deelnemers") << 0 << 0 << 2 << -1 << noBands << QStringList();
        QTest::newRow("negative attendance") << true << none << -1 << 0 << 0 << -1 << noBands << QStringList{"attendance"};
        QTest::newRow("negative first-timers") << true << none << 5 << -2 << 0 << -1 << noBands << QStringList{"firstTimers"};
        QTest::newRow("negative volunteers") << true << none << 5 << 0 << -1 << -1 << noBands << QStringList{"volunteers"};
        QTest::newRow("newcomers -1 means not counted") << true << none << 5 << 0 << 0 << -1 << noBands << QStringList();
        QTest::newRow("newcomers below -1") << true << none << 5 << 0 << 0 << -2 << noBands << QStringList{"newToNeighbourhood"};
        QTest::newRow("first-timers equal attendance") << true << none << 5 << 5 << 0 << -1 << noBands << QStringList();
        QTest::newRow("first-timers above attendance") << true << none << 5 << 6 << 0 << -1 << noBands << QStringList{"firstTimers"};
        QTest::newRow("newcomers equal attendance") << true << none << 5 << 0 << 0 << 5 << noBands << QStringList();
        QTest::newRow("newcomers above attendance") << true << none << 5 << 0 << 0 << 6 << noBands << QStringList{"newToNeighbourhood"};
        QTest::newRow("four age bands") << true << none << 10 << 0 << 0 << -1 << QList<int>{1, 2, 3, 4} << QStringList{"ageBands"};
        QTest::newRow("six age bands") << true << none << 10 << 0 << 0 << -1 << QList<int>{1, 1, 1, 1, 1, 1} << QStringList{"ageBands"};
        QTest::newRow("negative age band") << true << none << 10 << 0 << 0 << -1 << QList<int>{1, 2, -1, 4, 0} << QStringList{"ageBands"};
        QTest::newRow("age bands sum to attendance") << true << none << 10 << 0 << 0 << -1 << QList<int>{1, 2, 3, 4, 0} << QStringList();
        QTest::newRow("age bands below attendance") << true << none << 10 << 0 << 0 << -1 << QList<int>{1, 0, 0, 4, 0} << QStringList();
        QTest::newRow("age bands above attendance") << true << none << 10 << 0 << 0 << -1 << QList<int>{1, 2, 3, 4, 1} << QStringList{"ageBands"};
        QTest::newRow("attendance at the cap") << true << none << SessionLogCheck::MaxCount << 0 << 0 << -1 << noBands << QStringList();
        QTest::newRow("attendance typo") << true << none << 20000 << 0 << 0 << -1 << noBands << QStringList{"attendance"};
        QTest::newRow("volunteers typo") << true << none << 10 << 0 << 11000 << -1 << noBands << QStringList{"volunteers"};
        QTest::newRow("not held with attendance") << false << QStringLiteral("weer") << 8 << 0 << 0 << -1 << noBands << QStringList{"attendance"};
        QTest::newRow("not held with first-timers") << false << QStringLiteral("weer") << 0 << 1 << 0 << -1 << noBands << QStringList{"firstTimers", "attendance"};
        QTest::newRow("not held with age bands") << false << QStringLiteral("weer") << 0 << 0 << 0 << -1 << QList<int>{0, 0, 0, 0, 0} << QStringList{"ageBands"};
        QTest::newRow("not held without reason") << false << none << 0 << 0 << 0 << -1 << noBands << QStringList{"notHeldReason"};
        QTest::newRow("not held, unknown reason") << false << QStringLiteral("ziek") << 0 << 0 << 0 << -1 << noBands << QStringList{"notHeldReason"};
        QTest::newRow("not held, free text reason") << false << QStringLiteral("Fatima was er niet") << 0 << 0 << 0 << -1 << noBands << QStringList{"notHeldReason"};
        QTest::newRow("held with a reason") << true << QStringLiteral("weer") << 5 << 0 << 0 << -1 << noBands << QStringList{"notHeldReason"};
    }

    void validate()
    {
        QFETCH(bool, held);
        QFETCH(QString, reason);
        QFETCH(int, attendance);
        QFETCH(int, firstTimers);
        QFETCH(int, volunteers);
        QFETCH(int, newcomers);
        QFETCH(QList<int>, bands);
        QFETCH(QStringList, problems);

        SessionLog log;
        log.held = held;
        log.notHeldReason = reason;
        log.attendance = attendance;
        log.firstTimers = firstTimers;
        log.volunteers = volunteers;
        log.newToNeighbourhood = newcomers;
        log.ageBands = bands;
        const QList<SessionLogCheck::Problem> found = SessionLogCheck::validate(log);
        QStringList fields;
        for (const SessionLogCheck::Problem &p : found) {
            fields.append(p.field);
            QVERIFY2(p.message.endsWith(QLatin1Char('.')) && p.message.size() > 20, qPrintable(p.message));
        }
        QCOMPARE(fields, problems);
    }

    void messagesNameTheNumbers()
    {
        SessionLog log;
        log.attendance = 7;
        log.firstTimers = 9;
        const auto found = SessionLogCheck::validate(log);
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().message.contains(QLatin1String("9")) && found.first().message.contains(QLatin1String("7")),
                 qPrintable(found.first().message));
    }
};

QTEST_GUILESS_MAIN(TestSessionLogCheck)
#include "tst_sessionlogcheck.moc"
