// SPDX-License-Identifier: GPL-3.0-or-later
#include "patternfixture.h"
#include "schedule/schedulepatterns.h"

#include <QStandardPaths>
#include <QTest>

using namespace Buurtplein;
using namespace Buurtplein::PatternFixture;

namespace {

QDate d(int y, int m, int day) { return QDate(y, m, day); }
QTime t(int h, int m) { return QTime(h, m); }

Schedule taalcafe()
{
    Schedule s;
    s.id = 7;
    s.uid = QStringLiteral("sch-taalcafe");
    s.activityUid = QStringLiteral("act-taalcafe");
    s.version = 3;
    s.validTo = QDate(2030, 1, 1);
    return s;
}

Schedule imported(const QString &rrule, const QDate &start, const QTime &time = QTime(14, 0))
{
    Schedule s = taalcafe();
    s.startDate = start;
    s.startTime = time;
    s.durationMinutes = 90;
    s.rrule = rrule;
    return s;
}

} // namespace

class TestSchedulePatterns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void writesStandardRrules_data()
    {
        QTest::addColumn<SchedulePattern>("pattern");
        QTest::addColumn<QString>("rrule");

        QTest::newRow("once") << once(d(2026, 9, 1), t(14, 0), 90) << QString();
        QTest::newRow("tuesdays and thursdays") << weekly(d(2026, 9, 1), t(14, 0), 90, {Qt::Tuesday, Qt::Thursday})
                                                << QStringLiteral("FREQ=WEEKLY;BYDAY=TU,TH");
        QTest::newRow("every 2 weeks on monday") << weekly(d(2026, 9, 7), t(10, 0), 60, {Qt::Monday}, 2)
                                                 << QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO");
        QTest::newRow("every 3 weeks, three days, holidays off")
            << except(weekly(d(2026, 9, 7), t(9, 30), 45, {Qt::Monday, Qt::Wednesday, Qt::Friday}, 3), {d(2026, 12, 25), d(2027, 4, 27)})
            << QStringLiteral("FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,WE,FR");
        QTest::newRow("until a winter date: UNTIL is 14:00 CET in UTC")
            << until(weekly(d(2026, 9, 1), t(14, 0), 90, {Qt::Tuesday, Qt::Thursday}), d(2026, 12, 19))
            << QStringLiteral("FREQ=WEEKLY;UNTIL=20261219T130000Z;BYDAY=TU,TH");
        QTest::newRow("ten wednesdays") << after(weekly(d(2026, 9, 2), t(19, 0), 120, {Qt::Wednesday}), 10)
                                        << QStringLiteral("FREQ=WEEKLY;COUNT=10;BYDAY=WE");
        QTest::newRow("first wednesday") << monthlyOnWeekday(d(2026, 9, 2), t(19, 30), 120, 1, Qt::Wednesday)
                                         << QStringLiteral("FREQ=MONTHLY;BYDAY=1WE");
        QTest::newRow("fourth saturday") << monthlyOnWeekday(d(2026, 9, 26), t(10, 0), 180, 4, Qt::Saturday)
                                         << QStringLiteral("FREQ=MONTHLY;BYDAY=4SA");
        QTest::newRow("last friday") << monthlyOnWeekday(d(2026, 9, 25), t(19, 0), 60, SchedulePattern::LastWeekday, Qt::Friday)
                                     << QStringLiteral("FREQ=MONTHLY;BYDAY=-1FR");
        QTest::newRow("every 2 months on day 15 until a summer date: UNTIL is 19:30 CEST in UTC")
            << until(monthlyOnDay(d(2026, 9, 15), t(19, 30), 90, 15, 2), d(2027, 6, 30))
            << QStringLiteral("FREQ=MONTHLY;UNTIL=20270630T173000Z;INTERVAL=2;BYMONTHDAY=15");
        QTest::newRow("day 31, six sessions") << after(monthlyOnDay(d(2026, 10, 31), t(19, 30), 60, 31), 6)
                                              << QStringLiteral("FREQ=MONTHLY;COUNT=6;BYMONTHDAY=31");
        QTest::newRow("a whole day long") << weekly(d(2026, 9, 5), t(0, 0), 24 * 60, {Qt::Saturday})
                                          << QStringLiteral("FREQ=WEEKLY;BYDAY=SA");
    }

    void writesStandardRrules()
    {
        QFETCH(SchedulePattern, pattern);
        QFETCH(QString, rrule);
        QCOMPARE(SchedulePatterns::normalised(pattern), pattern); // the rows are written the way the editor keeps them

        QString error;
        const std::optional<Schedule> s = SchedulePatterns::toSchedule(pattern, taalcafe(), &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->rrule, rrule);
        QCOMPARE(s->startDate, pattern.startDate);
        QCOMPARE(s->startTime, pattern.startTime);
        QCOMPARE(s->durationMinutes, pattern.durationMinutes);
        QCOMPARE(s->exceptionDays, pattern.exceptionDays);
        // What the editor does not own stays as it was.
        QCOMPARE(s->id, qint64(7));
        QCOMPARE(s->uid, taalcafe().uid);
        QCOMPARE(s->activityUid, taalcafe().activityUid);
        QCOMPARE(s->version, 3);
        QCOMPARE(s->timeZone, QStringLiteral("Europe/Amsterdam"));
        QCOMPARE(s->validTo, taalcafe().validTo);

        const std::optional<SchedulePattern> back = SchedulePatterns::fromSchedule(*s);
        QVERIFY(back);
        QCOMPARE(*back, pattern);
    }

    void movesTheFirstSessionToAMatchingDay_data()
    {
        QTest::addColumn<SchedulePattern>("pattern");
        QTest::addColumn<QDate>("firstSession");

        QTest::newRow("tuesdays and thursdays from a monday")
            << weekly(d(2026, 8, 31), t(14, 0), 90, {Qt::Thursday, Qt::Tuesday}) << d(2026, 9, 1);
        QTest::newRow("sundays from a monday") << weekly(d(2026, 8, 31), t(14, 0), 90, {Qt::Sunday}) << d(2026, 9, 6);
        QTest::newRow("first wednesday, after this month's") << monthlyOnWeekday(d(2026, 9, 3), t(19, 0), 60, 1, Qt::Wednesday)
                                                            << d(2026, 10, 7);
        QTest::newRow("last friday, after this month's")
            << monthlyOnWeekday(d(2026, 9, 26), t(19, 0), 60, SchedulePattern::LastWeekday, Qt::Friday) << d(2026, 10, 30);
        QTest::newRow("day 31 from september (30 days)") << monthlyOnDay(d(2026, 9, 1), t(19, 0), 60, 31) << d(2026, 10, 31);
        QTest::newRow("day 29 from february 2027") << monthlyOnDay(d(2027, 2, 1), t(19, 0), 60, 29) << d(2027, 3, 29);
        QTest::newRow("day 29 from february 2028 (leap year)") << monthlyOnDay(d(2028, 2, 1), t(19, 0), 60, 29) << d(2028, 2, 29);
    }

    void movesTheFirstSessionToAMatchingDay()
    {
        QFETCH(SchedulePattern, pattern);
        QFETCH(QDate, firstSession);
        QString error;
        const std::optional<Schedule> s = SchedulePatterns::toSchedule(pattern, taalcafe(), &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->startDate, firstSession);
        QCOMPARE(SchedulePatterns::preview(*s, QDateTime(pattern.startDate, QTime(0, 0), Qt::UTC), 1).value(0).date(),
                 firstSession);
        const std::optional<SchedulePattern> back = SchedulePatterns::fromSchedule(*s);
        QVERIFY(back);
        QCOMPARE(back->startDate, firstSession);
        QCOMPARE(*back, SchedulePatterns::normalised(pattern));
        QVERIFY(*back != pattern);
    }

    void refusesWithASentence_data()
    {
        QTest::addColumn<SchedulePattern>("pattern");
        QTest::addColumn<QString>("timeZone");
        QTest::addColumn<QString>("message");

        const QString amsterdam = QStringLiteral("Europe/Amsterdam");
        const SchedulePattern tuesdays = weekly(d(2026, 9, 1), t(14, 0), 90, {Qt::Tuesday});
        QTest::newRow("weekly without a weekday") << weekly(d(2026, 9, 1), t(14, 0), 90, {}) << amsterdam
                                                  << QStringLiteral("Choose at least one day of the week.");
        QTest::newRow("every 0 weeks") << weekly(d(2026, 9, 1), t(14, 0), 90, {Qt::Tuesday}, 0) << amsterdam
                                       << QStringLiteral("Repeat at least every week or every month.");
        QTest::newRow("every -1 months") << monthlyOnDay(d(2026, 9, 1), t(14, 0), 90, 1, -1) << amsterdam
                                         << QStringLiteral("Repeat at least every week or every month.");
        QTest::newRow("until before the start") << until(tuesdays, d(2026, 8, 31)) << amsterdam
                                                << QStringLiteral("The end date is before the start date.");
        QTest::newRow("until without a date") << until(tuesdays, QDate()) << amsterdam
                                              << QStringLiteral("Choose the date of the last session.");
        QTest::newRow("no tuesday before the end") << until(weekly(d(2026, 9, 2), t(14, 0), 90, {Qt::Tuesday}), d(2026, 9, 7))
                                                   << amsterdam
                                                   << QStringLiteral("No session falls between the start date and the end date.");
        QTest::newRow("after 0 sessions") << after(tuesdays, 0) << amsterdam
                                          << QStringLiteral("The number of sessions must be at least 1.");
        QTest::newRow("0 minutes") << weekly(d(2026, 9, 1), t(14, 0), 0, {Qt::Tuesday}) << amsterdam
                                   << QStringLiteral("A session must last at least one minute and at most 24 hours.");
        QTest::newRow("over 24 hours") << once(d(2026, 9, 1), t(14, 0), 24 * 60 + 1) << amsterdam
                                       << QStringLiteral("A session must last at least one minute and at most 24 hours.");
        QTest::newRow("no start date") << weekly(QDate(), t(14, 0), 90, {Qt::Tuesday}) << amsterdam
                                       << QStringLiteral("Choose the date of the first session.");
        QTest::newRow("no start time") << weekly(d(2026, 9, 1), QTime(), 90, {Qt::Tuesday}) << amsterdam
                                       << QStringLiteral("Choose the time the sessions start.");
        QTest::newRow("fifth wednesday") << monthlyOnWeekday(d(2026, 9, 30), t(19, 0), 60, 5, Qt::Wednesday) << amsterdam
                                         << QStringLiteral("Choose the first, second, third, fourth or last weekday of the month.");
        QTest::newRow("day 32") << monthlyOnDay(d(2026, 9, 1), t(19, 0), 60, 32) << amsterdam
                                << QStringLiteral("Choose a day of the month from 1 to 31.");
        QTest::newRow("unknown time zone") << tuesdays << QStringLiteral("Mars/Olympus_Mons")
                                           << QStringLiteral("This device does not know the time zone Mars/Olympus_Mons.");
    }

    void refusesWithASentence()
    {
        QFETCH(SchedulePattern, pattern);
        QFETCH(QString, timeZone);
        QFETCH(QString, message);
        Schedule base = taalcafe();
        base.timeZone = timeZone;
        QString error;
        QVERIFY(!SchedulePatterns::toSchedule(pattern, base, &error));
        QCOMPARE(error, message);
        if (timeZone == QLatin1String("Europe/Amsterdam"))
            QCOMPARE(SchedulePatterns::problem(pattern), message);
    }

    void readsImportedRulesItCanSay_data()
    {
        QTest::addColumn<Schedule>("schedule");
        QTest::addColumn<SchedulePattern>("expected");

        QTest::newRow("weekly without BYDAY: DTSTART's day") << imported(QStringLiteral("FREQ=WEEKLY"), d(2026, 9, 1))
                                                             << weekly(d(2026, 9, 1), t(14, 0), 90, {Qt::Tuesday});
        QTest::newRow("BYDAY out of order, lower case") << imported(QStringLiteral("freq=weekly;byday=th,tu"), d(2026, 9, 1))
                                                       << weekly(d(2026, 9, 1), t(14, 0), 90, {Qt::Tuesday, Qt::Thursday});
        QTest::newRow("daily is every day") << imported(QStringLiteral("FREQ=DAILY;COUNT=5"), d(2026, 9, 1))
                                            << after(weekly(d(2026, 9, 1), t(14, 0), 90,
                                                            {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday,
                                                             Qt::Saturday, Qt::Sunday}),
                                                     5);
        QTest::newRow("monthly without BY parts: DTSTART's day") << imported(QStringLiteral("FREQ=MONTHLY"), d(2026, 9, 15))
                                                                 << monthlyOnDay(d(2026, 9, 15), t(14, 0), 90, 15);
        QTest::newRow("date-only UNTIL") << imported(QStringLiteral("FREQ=WEEKLY;BYDAY=TU;UNTIL=20261215"), d(2026, 9, 1))
                                         << until(weekly(d(2026, 9, 1), t(14, 0), 90, {Qt::Tuesday}), d(2026, 12, 15));
        // 14:00 CET is 13:00Z: an UNTIL of 12:00Z on Tuesday 15 December leaves that day's session out.
        QTest::newRow("UTC UNTIL before the last day's session")
            << imported(QStringLiteral("FREQ=WEEKLY;BYDAY=TU;UNTIL=20261215T120000Z"), d(2026, 9, 1))
            << until(weekly(d(2026, 9, 1), t(14, 0), 90, {Qt::Tuesday}), d(2026, 12, 14));
        QTest::newRow("floating UNTIL after the session")
            << imported(QStringLiteral("FREQ=WEEKLY;BYDAY=TU;UNTIL=20261215T235959"), d(2026, 9, 1))
            << until(weekly(d(2026, 9, 1), t(14, 0), 90, {Qt::Tuesday}), d(2026, 12, 15));
        QTest::newRow("WKST that changes nothing") << imported(QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;WKST=SU"), d(2026, 9, 1))
                                                   << weekly(d(2026, 9, 1), t(14, 0), 90, {Qt::Tuesday}, 2);

        Schedule cancelled = imported(QStringLiteral("FREQ=WEEKLY;BYDAY=TU"), d(2026, 9, 1));
        cancelled.exceptionDays = {d(2026, 12, 29)};
        // 8 September 14:00 CEST is a session; 15 September 09:00Z is not one and cancels nothing.
        cancelled.exceptionStarts = {QDateTime(d(2026, 9, 8), t(12, 0), Qt::UTC), QDateTime(d(2026, 9, 15), t(9, 0), Qt::UTC)};
        QTest::newRow("EXDATE instants of sessions become days off")
            << cancelled << except(weekly(d(2026, 9, 1), t(14, 0), 90, {Qt::Tuesday}), {d(2026, 9, 8), d(2026, 12, 29)});
    }

    void readsImportedRulesItCanSay()
    {
        QFETCH(Schedule, schedule);
        QFETCH(SchedulePattern, expected);
        const std::optional<SchedulePattern> pattern = SchedulePatterns::fromSchedule(schedule);
        QVERIFY(pattern);
        QCOMPARE(*pattern, expected);
        // Written back in the editor's words, the schedule still has the same sessions.
        QString error;
        const std::optional<Schedule> rewritten = SchedulePatterns::toSchedule(*pattern, schedule, &error);
        QVERIFY2(rewritten, qPrintable(error));
        const QDateTime from(d(2026, 8, 1), t(0, 0), Qt::UTC);
        const QList<QDateTime> sessions = SchedulePatterns::preview(schedule, from, 30);
        QVERIFY(!sessions.isEmpty());
        QCOMPARE(SchedulePatterns::preview(*rewritten, from, 30), sessions);
    }

    void refusesImportedRulesItCannotSay_data()
    {
        QTest::addColumn<Schedule>("schedule");

        QTest::newRow("BYSETPOS") << imported(QStringLiteral("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"), d(2026, 9, 30));
        QTest::newRow("BYHOUR") << imported(QStringLiteral("FREQ=DAILY;BYHOUR=10,14"), d(2026, 9, 1));
        QTest::newRow("every other day") << imported(QStringLiteral("FREQ=DAILY;INTERVAL=2"), d(2026, 9, 1));
        QTest::newRow("yearly") << imported(QStringLiteral("FREQ=YEARLY"), d(2026, 9, 1));
        QTest::newRow("BYMONTH") << imported(QStringLiteral("FREQ=WEEKLY;BYDAY=TU;BYMONTH=9,10"), d(2026, 9, 1));
        QTest::newRow("two month days") << imported(QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=1,15"), d(2026, 9, 1));
        QTest::newRow("second-last day") << imported(QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=-2"), d(2026, 9, 29));
        QTest::newRow("fifth friday") << imported(QStringLiteral("FREQ=MONTHLY;BYDAY=5FR"), d(2026, 10, 30));
        QTest::newRow("every tuesday of the month") << imported(QStringLiteral("FREQ=MONTHLY;BYDAY=TU"), d(2026, 9, 1));
        QTest::newRow("DTSTART off the rule") << imported(QStringLiteral("FREQ=WEEKLY;BYDAY=TU"), d(2026, 8, 31));
        QTest::newRow("DTSTART off the month day") << imported(QStringLiteral("FREQ=MONTHLY;BYDAY=2TU"), d(2026, 9, 1));
        QTest::newRow("WKST that matters") << imported(QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;WKST=SU"), d(2026, 9, 3));
        QTest::newRow("unparsable") << imported(QStringLiteral("FREQ=FORTNIGHTLY"), d(2026, 9, 1));
        QTest::newRow("all-day") << imported(QStringLiteral("FREQ=WEEKLY"), d(2026, 9, 1), QTime());
        Schedule rdate = imported(QStringLiteral("FREQ=WEEKLY;BYDAY=TU"), d(2026, 9, 1));
        rdate.extraStarts = {QDateTime(d(2026, 9, 5), t(8, 0), Qt::UTC)};
        QTest::newRow("an extra start (RDATE)") << rdate;
    }

    void refusesImportedRulesItCannotSay()
    {
        QFETCH(Schedule, schedule);
        QVERIFY(!SchedulePatterns::fromSchedule(schedule));
    }

    void describesInWords_data()
    {
        QTest::addColumn<SchedulePattern>("pattern");
        QTest::addColumn<QString>("text");

        QTest::newRow("once") << once(d(2026, 9, 1), t(14, 0), 90)
                              << QStringLiteral("Once, on Tuesday 1 September 2026, 14:00–15:30");
        QTest::newRow("tuesdays and thursdays") << weekly(d(2026, 9, 1), t(14, 0), 90, {Qt::Tuesday, Qt::Thursday})
                                                << QStringLiteral("Every Tuesday and Thursday, 14:00–15:30, from 1 September 2026");
        QTest::newRow("three days") << weekly(d(2026, 9, 7), t(9, 30), 45, {Qt::Friday, Qt::Monday, Qt::Wednesday})
                                    << QStringLiteral("Every Monday, Wednesday and Friday, 09:30–10:15, from 7 September 2026");
        QTest::newRow("every day") << weekly(d(2026, 9, 7), t(9, 0), 30, {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday,
                                                                         Qt::Friday, Qt::Saturday, Qt::Sunday})
                                   << QStringLiteral("Every day, 09:00–09:30, from 7 September 2026");
        QTest::newRow("every 2 weeks") << weekly(d(2026, 9, 7), t(10, 0), 60, {Qt::Monday}, 2)
                                       << QStringLiteral("Every 2 weeks on Monday, 10:00–11:00, from 7 September 2026");
        QTest::newRow("first wednesday until")
            << until(monthlyOnWeekday(d(2026, 9, 2), t(19, 30), 120, 1, Qt::Wednesday), d(2026, 12, 19))
            << QStringLiteral("Monthly on the first Wednesday, 19:30–21:30, from 2 September 2026 until 19 December 2026");
        QTest::newRow("every 3 months on the last friday")
            << monthlyOnWeekday(d(2026, 9, 25), t(19, 0), 60, SchedulePattern::LastWeekday, Qt::Friday, 3)
            << QStringLiteral("Every 3 months on the last Friday, 19:00–20:00, from 25 September 2026");
        // Without a translator the %n plurals show their English source form; the English .ts gives "sessions".
        QTest::newRow("day 15, ten sessions") << after(monthlyOnDay(d(2026, 9, 15), t(14, 0), 60, 15), 10)
                                              << QStringLiteral("Monthly on day 15, 14:00–15:00, from 15 September 2026, 10 session(s)");
        QTest::newRow("day 31 says what it skips") << monthlyOnDay(d(2026, 10, 31), t(19, 30), 60, 31, 2)
                                                   << QStringLiteral("Every 2 months on day 31, 19:30–20:30, from 31 October 2026. "
                                                                     "Months without a day 31 are skipped.");
        QTest::newRow("holidays off, past midnight")
            << except(weekly(d(2026, 9, 4), t(23, 0), 120, {Qt::Friday}), {d(2026, 12, 25), d(2027, 1, 1)})
            << QStringLiteral("Every Friday, 23:00–01:00, from 4 September 2026, except on 2 day(s)");
        QTest::newRow("a start off the weekdays says the real first session")
            << weekly(d(2026, 8, 31), t(14, 0), 90, {Qt::Tuesday})
            << QStringLiteral("Every Tuesday, 14:00–15:30, from 1 September 2026");
    }

    void describesInWords()
    {
        QFETCH(SchedulePattern, pattern);
        QFETCH(QString, text);
        QCOMPARE(SchedulePatterns::describe(pattern, QLocale(QLocale::English, QLocale::UnitedKingdom)), text);
    }

    // A schedule that skips the holidays of several years: said as what the coming year skips.
    void describesTheComingYearsExceptions_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("text");
        const QString rule = QStringLiteral("Every Friday, 10:00–12:00, from 4 September 2026");
        QTest::newRow("the far one not yet in reach") << d(2026, 11, 23) << rule + QStringLiteral(", except on 2 day(s) in the coming year");
        QTest::newRow("on the first one, all three") << d(2026, 12, 25) << rule + QStringLiteral(", except on 3 day(s) in the coming year");
        QTest::newRow("one passed") << d(2026, 12, 26) << rule + QStringLiteral(", except on 2 day(s) in the coming year");
        QTest::newRow("only the far one") << d(2027, 1, 2) << rule + QStringLiteral(", except on 1 day(s) in the coming year");
        QTest::newRow("all passed") << d(2029, 1, 1) << rule;
    }

    void describesTheComingYearsExceptions()
    {
        QFETCH(QDate, today);
        QFETCH(QString, text);
        const SchedulePattern pattern = except(weekly(d(2026, 9, 4), t(10, 0), 120, {Qt::Friday}),
                                               {d(2026, 12, 25), d(2027, 1, 1), d(2027, 12, 24)});
        QCOMPARE(SchedulePatterns::describe(pattern, QLocale(QLocale::English, QLocale::UnitedKingdom), today), text);
        // Without a day it counts them all, as before.
        QCOMPARE(SchedulePatterns::describe(pattern, QLocale(QLocale::English, QLocale::UnitedKingdom)),
                 QStringLiteral("Every Friday, 10:00–12:00, from 4 September 2026, except on 3 day(s)"));
    }
};

QTEST_GUILESS_MAIN(TestSchedulePatterns)
#include "tst_schedulepatterns.moc"
