// SPDX-License-Identifier: GPL-3.0-or-later
// DayFollower: the app open over midnight notices the new day in Amsterdam, once, at the
// Amsterdam midnight (not UTC's), across DST nights and clocks set by hand. The app's
// lists following it are tested in tests/qml/app/tst_dayfollow.
#include "common/dayfollower.h"

#include <QSignalSpy>
#include <QTest>

using namespace Buurtplein;

class TestDayFollower : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noticesTheAmsterdamDay_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<QDateTime>("later");
        QTest::addColumn<QDate>("newDay"); // invalid: no new day
        const auto utc = [](int y, int m, int d, int h, int min) { return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC); };
        // Winter (CET, UTC+1): Amsterdam's midnight is 23:00 UTC.
        QTest::newRow("a minute before midnight") << utc(2026, 11, 22, 22, 58) << utc(2026, 11, 22, 22, 59) << QDate();
        QTest::newRow("past midnight") << utc(2026, 11, 22, 22, 59) << utc(2026, 11, 22, 23, 1) << QDate(2026, 11, 23);
        QTest::newRow("UTC's midnight is not Amsterdam's") << utc(2026, 11, 22, 23, 30) << utc(2026, 11, 23, 0, 30) << QDate();
        // Summer (CEST, UTC+2): 22:00 UTC.
        QTest::newRow("summer midnight") << utc(2027, 6, 14, 21, 59) << utc(2027, 6, 14, 22, 0) << QDate(2027, 6, 15);
        // The nights the clocks change: 28 March and 31 October 2027 begin at 23:00 and 22:00 UTC.
        QTest::newRow("into summer time") << utc(2027, 3, 27, 22, 59) << utc(2027, 3, 27, 23, 0) << QDate(2027, 3, 28);
        QTest::newRow("into winter time") << utc(2027, 10, 30, 21, 59) << utc(2027, 10, 30, 22, 0) << QDate(2027, 10, 31);
        QTest::newRow("the hour that repeats is one day") << utc(2027, 10, 31, 0, 30) << utc(2027, 10, 31, 1, 30) << QDate();
        // A phone asleep for two days, and a clock set back by hand.
        QTest::newRow("woke two days later") << utc(2026, 11, 22, 12, 0) << utc(2026, 11, 24, 12, 0) << QDate(2026, 11, 24);
        QTest::newRow("clock set back a day") << utc(2026, 11, 22, 12, 0) << utc(2026, 11, 21, 12, 0) << QDate(2026, 11, 21);
    }
    void noticesTheAmsterdamDay()
    {
        QFETCH(QDateTime, start);
        QFETCH(QDateTime, later);
        QFETCH(QDate, newDay);
        QDateTime now = start;
        DayFollower follower([&now] { return now; }, 3600000);
        QSignalSpy changed(&follower, &DayFollower::dayChanged);
        const QDate first = follower.day();
        now = later;
        follower.check();
        follower.check(); // once per new day
        QCOMPARE(changed.size(), newDay.isValid() ? 1 : 0);
        QCOMPARE(follower.day(), newDay.isValid() ? newDay : first);
        if (newDay.isValid())
            QCOMPARE(changed.first().first().toDateTime(), later);
    }

    // The index's window counts in UTC days: it is told at 00:00 UTC, not at Amsterdam's midnight.
    void theIndexDayIsUtcs()
    {
        QDateTime now(QDate(2026, 11, 22), QTime(22, 59), Qt::UTC);
        DayFollower follower([&now] { return now; }, 3600000);
        QSignalSpy day(&follower, &DayFollower::dayChanged);
        QSignalSpy index(&follower, &DayFollower::indexDayChanged);
        now = QDateTime(QDate(2026, 11, 22), QTime(23, 30), Qt::UTC); // 00:30 in Amsterdam
        follower.check();
        QCOMPARE(day.size(), 1);
        QCOMPARE(index.size(), 0);
        now = QDateTime(QDate(2026, 11, 23), QTime(0, 0, 1), Qt::UTC);
        follower.check();
        follower.check();
        QCOMPARE(day.size(), 1);
        QCOMPARE(index.size(), 1);
        QCOMPARE(index.first().first().toDateTime(), now);
    }

    // Nobody calls check(): the timer looks at the clock.
    void theTimerLooks()
    {
        QDateTime now(QDate(2026, 11, 22), QTime(22, 59, 59), Qt::UTC);
        DayFollower follower([&now] { return now; }, 20);
        QSignalSpy changed(&follower, &DayFollower::dayChanged);
        QTest::qWait(100);
        QCOMPARE(changed.size(), 0);
        now = now.addSecs(2);
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(follower.day(), QDate(2026, 11, 23));
    }
};

QTEST_GUILESS_MAIN(TestDayFollower)
#include "tst_dayfollower.moc"
