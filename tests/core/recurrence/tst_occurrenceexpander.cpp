// SPDX-License-Identifier: GPL-3.0-or-later
#include "recurrence/occurrenceexpander.h"

#include <QDateTime>
#include <QStandardPaths>
#include <QTest>

#include <limits>

using namespace Buurtplein;

namespace {

const qint64 Year2100 = QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();

qint64 utcOf(const QString &isoUtc)
{
    return QDateTime::fromString(isoUtc, Qt::ISODate).toSecsSinceEpoch();
}

// A series in Europe/Amsterdam starting at the wall-clock time @p start ("19970902T090000").
RecurrenceSet makeSet(const QString &rrule, const QString &start)
{
    RecurrenceSet set;
    const QDateTime wall = QDateTime::fromString(start, QStringLiteral("yyyyMMdd'T'HHmmss"));
    set.startDate = wall.date();
    set.startTime = wall.time();
    set.zone = ZoneRules::amsterdam();
    if (!rrule.isEmpty()) {
        QString error;
        set.rule = RecurrenceRule::parse(rrule, &error);
        if (!set.rule)
            qFatal("test rule does not parse: %s", qPrintable(error));
    }
    return set;
}

qint64 startUtc(const RecurrenceSet &set)
{
    return set.zone->toUtc(set.startDate, set.startTime);
}

// Occurrences from DTSTART on, at most @p take of them.
QList<ExpandedOccurrence> first(const RecurrenceSet &set, int take)
{
    return OccurrenceExpander::expand(set, startUtc(set), Year2100, take);
}

QStringList localDates(const QList<ExpandedOccurrence> &occurrences)
{
    QStringList dates;
    for (const ExpandedOccurrence &o : occurrences)
        dates << o.localDate.toString(Qt::ISODate);
    return dates;
}

QStringList localStamps(const QList<ExpandedOccurrence> &occurrences)
{
    QStringList stamps;
    for (const ExpandedOccurrence &o : occurrences)
        stamps << o.localDate.toString(Qt::ISODate) + QLatin1Char(' ') + o.localTime.toString(QStringLiteral("HH:mm"));
    return stamps;
}

// "2026-03-29T03:30+02:00 01:30Z": wall clock, offset and UTC time of day, as a resident and a server see it.
QStringList zonedStamps(const QList<ExpandedOccurrence> &occurrences)
{
    QStringList stamps;
    for (const ExpandedOccurrence &o : occurrences) {
        const qint64 offset = QDateTime(o.localDate, o.localTime, Qt::UTC).toSecsSinceEpoch() - o.startUtc;
        stamps << QStringLiteral("%1T%2+%3:00 %4Z")
                      .arg(o.localDate.toString(Qt::ISODate), o.localTime.toString(QStringLiteral("HH:mm")))
                      .arg(offset / 3600, 2, 10, QLatin1Char('0'))
                      .arg(QDateTime::fromSecsSinceEpoch(o.startUtc, Qt::UTC).toString(QStringLiteral("HH:mm")));
    }
    return stamps;
}

} // namespace

class TestOccurrenceExpander : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // RFC 5545 section 3.8.5.3, run in Europe/Amsterdam instead of America/New_York: the
    // local dates and times the RFC lists must come out unchanged.
    void rfc5545Examples_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("start");
        QTest::addColumn<int>("take");
        QTest::addColumn<bool>("excludeStart");
        QTest::addColumn<QStringList>("expected");

        const QString sep2 = QStringLiteral("19970902T090000");
        QTest::newRow("daily for 10 occurrences") << "FREQ=DAILY;COUNT=10" << sep2 << 100 << false
            << QStringList{"1997-09-02", "1997-09-03", "1997-09-04", "1997-09-05", "1997-09-06",
                           "1997-09-07", "1997-09-08", "1997-09-09", "1997-09-10", "1997-09-11"};
        QTest::newRow("every other day") << "FREQ=DAILY;INTERVAL=2" << sep2 << 5 << false
            << QStringList{"1997-09-02", "1997-09-04", "1997-09-06", "1997-09-08", "1997-09-10"};
        QTest::newRow("every 10 days, 5 occurrences") << "FREQ=DAILY;INTERVAL=10;COUNT=5" << sep2 << 100 << false
            << QStringList{"1997-09-02", "1997-09-12", "1997-09-22", "1997-10-02", "1997-10-12"};
        QTest::newRow("weekly until December 24, 1997") << "FREQ=WEEKLY;UNTIL=19971224T000000Z" << sep2 << 100 << false
            << QStringList{"1997-09-02", "1997-09-09", "1997-09-16", "1997-09-23", "1997-09-30", "1997-10-07",
                           "1997-10-14", "1997-10-21", "1997-10-28", "1997-11-04", "1997-11-11", "1997-11-18",
                           "1997-11-25", "1997-12-02", "1997-12-09", "1997-12-16", "1997-12-23"};
        QTest::newRow("weekly on Tuesday and Thursday for five weeks") << "FREQ=WEEKLY;COUNT=10;WKST=SU;BYDAY=TU,TH" << sep2 << 100 << false
            << QStringList{"1997-09-02", "1997-09-04", "1997-09-09", "1997-09-11", "1997-09-16",
                           "1997-09-18", "1997-09-23", "1997-09-25", "1997-09-30", "1997-10-02"};
        QTest::newRow("every other week on MO, WE, FR until December 24")
            << "FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR" << "19970901T090000" << 100 << false
            << QStringList{"1997-09-01", "1997-09-03", "1997-09-05", "1997-09-15", "1997-09-17", "1997-09-19",
                           "1997-09-29", "1997-10-01", "1997-10-03", "1997-10-13", "1997-10-15", "1997-10-17",
                           "1997-10-27", "1997-10-29", "1997-10-31", "1997-11-10", "1997-11-12", "1997-11-14",
                           "1997-11-24", "1997-11-26", "1997-11-28", "1997-12-08", "1997-12-10", "1997-12-12",
                           "1997-12-22"};
        QTest::newRow("monthly on the first Friday for 10 occurrences") << "FREQ=MONTHLY;COUNT=10;BYDAY=1FR" << "19970905T090000" << 100 << false
            << QStringList{"1997-09-05", "1997-10-03", "1997-11-07", "1997-12-05", "1998-01-02",
                           "1998-02-06", "1998-03-06", "1998-04-03", "1998-05-01", "1998-06-05"};
        QTest::newRow("every other month on the first and last Sunday") << "FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU" << "19970907T090000" << 100 << false
            << QStringList{"1997-09-07", "1997-09-28", "1997-11-02", "1997-11-30", "1998-01-04",
                           "1998-01-25", "1998-03-01", "1998-03-29", "1998-05-03", "1998-05-31"};
        QTest::newRow("monthly on the second-to-last Monday for 6 months") << "FREQ=MONTHLY;COUNT=6;BYDAY=-2MO" << "19970922T090000" << 100 << false
            << QStringList{"1997-09-22", "1997-10-20", "1997-11-17", "1997-12-22", "1998-01-19", "1998-02-16"};
        QTest::newRow("monthly on the third-to-the-last day") << "FREQ=MONTHLY;BYMONTHDAY=-3" << "19970928T090000" << 6 << false
            << QStringList{"1997-09-28", "1997-10-29", "1997-11-28", "1997-12-29", "1998-01-29", "1998-02-26"};
        QTest::newRow("monthly on the 2nd and 15th for 10 occurrences") << "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15" << sep2 << 100 << false
            << QStringList{"1997-09-02", "1997-09-15", "1997-10-02", "1997-10-15", "1997-11-02",
                           "1997-11-15", "1997-12-02", "1997-12-15", "1998-01-02", "1998-01-15"};
        QTest::newRow("monthly on the first and last day for 10 occurrences") << "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=1,-1" << "19970930T090000" << 100 << false
            << QStringList{"1997-09-30", "1997-10-01", "1997-10-31", "1997-11-01", "1997-11-30",
                           "1997-12-01", "1997-12-31", "1998-01-01", "1998-01-31", "1998-02-01"};
        QTest::newRow("every 18 months on the 10th thru 15th") << "FREQ=MONTHLY;INTERVAL=18;COUNT=10;BYMONTHDAY=10,11,12,13,14,15" << "19970910T090000" << 100 << false
            << QStringList{"1997-09-10", "1997-09-11", "1997-09-12", "1997-09-13", "1997-09-14",
                           "1997-09-15", "1999-03-10", "1999-03-11", "1999-03-12", "1999-03-13"};
        QTest::newRow("every Tuesday, every other month") << "FREQ=MONTHLY;INTERVAL=2;BYDAY=TU" << sep2 << 7 << false
            << QStringList{"1997-09-02", "1997-09-09", "1997-09-16", "1997-09-23", "1997-09-30", "1997-11-04", "1997-11-11"};
        QTest::newRow("yearly in June and July for 10 occurrences") << "FREQ=YEARLY;COUNT=10;BYMONTH=6,7" << "19970610T090000" << 100 << false
            << QStringList{"1997-06-10", "1997-07-10", "1998-06-10", "1998-07-10", "1999-06-10",
                           "1999-07-10", "2000-06-10", "2000-07-10", "2001-06-10", "2001-07-10"};
        QTest::newRow("every other year in January, February and March") << "FREQ=YEARLY;INTERVAL=2;COUNT=10;BYMONTH=1,2,3" << "19970310T090000" << 100 << false
            << QStringList{"1997-03-10", "1999-01-10", "1999-02-10", "1999-03-10", "2001-01-10",
                           "2001-02-10", "2001-03-10", "2003-01-10", "2003-02-10", "2003-03-10"};
        QTest::newRow("every 3rd year on the 1st, 100th and 200th day") << "FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200" << "19970101T090000" << 100 << false
            << QStringList{"1997-01-01", "1997-04-10", "1997-07-19", "2000-01-01", "2000-04-09",
                           "2000-07-18", "2003-01-01", "2003-04-10", "2003-07-19", "2006-01-01"};
        QTest::newRow("every 20th Monday of the year") << "FREQ=YEARLY;BYDAY=20MO" << "19970519T090000" << 3 << false
            << QStringList{"1997-05-19", "1998-05-18", "1999-05-17"};
        QTest::newRow("Monday of week number 20") << "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO" << "19970512T090000" << 3 << false
            << QStringList{"1997-05-12", "1998-05-11", "1999-05-17"};
        QTest::newRow("every Thursday in March") << "FREQ=YEARLY;BYMONTH=3;BYDAY=TH" << "19970313T090000" << 11 << false
            << QStringList{"1997-03-13", "1997-03-20", "1997-03-27", "1998-03-05", "1998-03-12", "1998-03-19",
                           "1998-03-26", "1999-03-04", "1999-03-11", "1999-03-18", "1999-03-25"};
        QTest::newRow("every Friday the 13th (EXDATE on DTSTART)") << "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13" << sep2 << 5 << true
            << QStringList{"1998-02-13", "1998-03-13", "1998-11-13", "1999-08-13", "2000-10-13"};
        QTest::newRow("first Saturday that follows the first Sunday") << "FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13" << "19970913T090000" << 10 << false
            << QStringList{"1997-09-13", "1997-10-11", "1997-11-08", "1997-12-13", "1998-01-10",
                           "1998-02-07", "1998-03-07", "1998-04-11", "1998-05-09", "1998-06-13"};
        QTest::newRow("US presidential election day") << "FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8" << "19961105T090000" << 3 << false
            << QStringList{"1996-11-05", "2000-11-07", "2004-11-02"};
        QTest::newRow("3rd instance of TU, WE or TH (BYSETPOS=3)") << "FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3" << "19970904T090000" << 100 << false
            << QStringList{"1997-09-04", "1997-10-07", "1997-11-06"};
        QTest::newRow("second-to-last weekday (BYSETPOS=-2)") << "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2" << "19970929T090000" << 7 << false
            << QStringList{"1997-09-29", "1997-10-30", "1997-11-27", "1997-12-30", "1998-01-29", "1998-02-26", "1998-03-30"};
        QTest::newRow("WKST=MO") << "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO" << "19970805T090000" << 100 << false
            << QStringList{"1997-08-05", "1997-08-10", "1997-08-19", "1997-08-24"};
        QTest::newRow("WKST=SU") << "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU" << "19970805T090000" << 100 << false
            << QStringList{"1997-08-05", "1997-08-17", "1997-08-19", "1997-08-31"};
        QTest::newRow("invalid dates such as 30 February are ignored") << "FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5" << "20070115T090000" << 100 << false
            << QStringList{"2007-01-15", "2007-01-30", "2007-02-15", "2007-03-15", "2007-03-30"};
    }

    void rfc5545Examples()
    {
        QFETCH(QString, rule);
        QFETCH(QString, start);
        QFETCH(int, take);
        QFETCH(bool, excludeStart);
        QFETCH(QStringList, expected);
        RecurrenceSet set = makeSet(rule, start);
        if (excludeStart)
            set.exceptionStartsUtc << startUtc(set);
        const QList<ExpandedOccurrence> found = first(set, take);
        QCOMPARE(localDates(found), expected);
        for (const ExpandedOccurrence &o : found) {
            QCOMPARE(o.localTime, QTime(9, 0));
            QCOMPARE(o.endUtc - o.startUtc, qint64(3600));
        }
    }

    void everyDayInJanuaryForThreeYears_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::newRow("yearly form") << "FREQ=YEARLY;UNTIL=20000131T140000Z;BYMONTH=1;BYDAY=SU,MO,TU,WE,TH,FR,SA";
        QTest::newRow("daily form") << "FREQ=DAILY;UNTIL=20000131T140000Z;BYMONTH=1";
    }

    void everyDayInJanuaryForThreeYears()
    {
        QFETCH(QString, rule);
        const QList<ExpandedOccurrence> found = first(makeSet(rule, QStringLiteral("19980101T090000")), 1000);
        QCOMPARE(found.size(), 93);
        for (const ExpandedOccurrence &o : found)
            QCOMPARE(o.localDate.month(), 1);
        QCOMPARE(found.first().localDate, QDate(1998, 1, 1));
        QCOMPARE(found.at(31).localDate, QDate(1999, 1, 1));
        QCOMPARE(found.last().localDate, QDate(2000, 1, 31));
    }

    // The wall-clock time of DTSTART is kept and resolved per occurrence (RFC 5545 3.3.5).
    void daylightSavingTime_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QStringList>("expected");
        const QString weekly = QStringLiteral("FREQ=WEEKLY;COUNT=3");
        QTest::newRow("02:30 across spring 2025") << weekly << "20250323T023000"
            << QStringList{"2025-03-23T02:30+01:00 01:30Z", "2025-03-30T03:30+02:00 01:30Z", "2025-04-06T02:30+02:00 00:30Z"};
        QTest::newRow("02:30 across spring 2026") << weekly << "20260322T023000"
            << QStringList{"2026-03-22T02:30+01:00 01:30Z", "2026-03-29T03:30+02:00 01:30Z", "2026-04-05T02:30+02:00 00:30Z"};
        QTest::newRow("02:30 across spring 2027") << weekly << "20270321T023000"
            << QStringList{"2027-03-21T02:30+01:00 01:30Z", "2027-03-28T03:30+02:00 01:30Z", "2027-04-04T02:30+02:00 00:30Z"};
        QTest::newRow("DTSTART in the 2026 gap") << QStringLiteral("FREQ=WEEKLY;COUNT=2") << "20260329T023000"
            << QStringList{"2026-03-29T03:30+02:00 01:30Z", "2026-04-05T02:30+02:00 00:30Z"};
        QTest::newRow("02:30 across autumn 2025") << weekly << "20251019T023000"
            << QStringList{"2025-10-19T02:30+02:00 00:30Z", "2025-10-26T02:30+02:00 00:30Z", "2025-11-02T02:30+01:00 01:30Z"};
        QTest::newRow("02:30 across autumn 2026") << weekly << "20261018T023000"
            << QStringList{"2026-10-18T02:30+02:00 00:30Z", "2026-10-25T02:30+02:00 00:30Z", "2026-11-01T02:30+01:00 01:30Z"};
        QTest::newRow("02:30 across autumn 2027") << weekly << "20271024T023000"
            << QStringList{"2027-10-24T02:30+02:00 00:30Z", "2027-10-31T02:30+02:00 00:30Z", "2027-11-07T02:30+01:00 01:30Z"};
        const QString twice = QStringLiteral("FREQ=WEEKLY;COUNT=2");
        QTest::newRow("19:00 across spring 2025") << twice << "20250323T190000"
            << QStringList{"2025-03-23T19:00+01:00 18:00Z", "2025-03-30T19:00+02:00 17:00Z"};
        QTest::newRow("19:00 across spring 2026") << twice << "20260322T190000"
            << QStringList{"2026-03-22T19:00+01:00 18:00Z", "2026-03-29T19:00+02:00 17:00Z"};
        QTest::newRow("19:00 across spring 2027") << twice << "20270321T190000"
            << QStringList{"2027-03-21T19:00+01:00 18:00Z", "2027-03-28T19:00+02:00 17:00Z"};
        QTest::newRow("19:00 across autumn 2025") << twice << "20251019T190000"
            << QStringList{"2025-10-19T19:00+02:00 17:00Z", "2025-10-26T19:00+01:00 18:00Z"};
        QTest::newRow("19:00 across autumn 2026") << twice << "20261018T190000"
            << QStringList{"2026-10-18T19:00+02:00 17:00Z", "2026-10-25T19:00+01:00 18:00Z"};
        QTest::newRow("19:00 across autumn 2027") << twice << "20271024T190000"
            << QStringList{"2027-10-24T19:00+02:00 17:00Z", "2027-10-31T19:00+01:00 18:00Z"};
    }

    void daylightSavingTime()
    {
        QFETCH(QString, rule);
        QFETCH(QString, start);
        QFETCH(QStringList, expected);
        QCOMPARE(zonedStamps(first(makeSet(rule, start), 100)), expected);
    }

    void countIsCalculatedBeforeExdate()
    {
        RecurrenceSet set = makeSet(QStringLiteral("FREQ=WEEKLY;COUNT=4"), QStringLiteral("20260303T190000"));
        set.exceptionStartsUtc << utcOf(QStringLiteral("2026-03-10T18:00:00Z"));
        QCOMPARE(localDates(first(set, 100)), (QStringList{"2026-03-03", "2026-03-17", "2026-03-24"}));
    }

    void dtstartCountsAsFirstOccurrence()
    {
        // DTSTART on a Wednesday does not match BYDAY=MO, yet it is the first of the three.
        const RecurrenceSet set = makeSet(QStringLiteral("FREQ=WEEKLY;BYDAY=MO;COUNT=3"), QStringLiteral("20260304T100000"));
        QCOMPARE(localDates(first(set, 100)), (QStringList{"2026-03-04", "2026-03-09", "2026-03-16"}));
    }

    void untilIsInclusive_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("lastDate");
        // Weekly on Tuesdays at 19:00 (18:00Z in March) from 3 March 2026.
        QTest::newRow("date UNTIL on an occurrence") << "FREQ=WEEKLY;UNTIL=20260324" << "2026-03-24";
        QTest::newRow("date UNTIL the day before") << "FREQ=WEEKLY;UNTIL=20260323" << "2026-03-17";
        QTest::newRow("UTC UNTIL at the instant") << "FREQ=WEEKLY;UNTIL=20260324T180000Z" << "2026-03-24";
        QTest::newRow("UTC UNTIL a second early") << "FREQ=WEEKLY;UNTIL=20260324T175959Z" << "2026-03-17";
        QTest::newRow("floating UNTIL at the wall-clock time") << "FREQ=WEEKLY;UNTIL=20260324T190000" << "2026-03-24";
        QTest::newRow("floating UNTIL a second early") << "FREQ=WEEKLY;UNTIL=20260324T185959" << "2026-03-17";
    }

    void untilIsInclusive()
    {
        QFETCH(QString, rule);
        QFETCH(QString, lastDate);
        const QList<ExpandedOccurrence> found = first(makeSet(rule, QStringLiteral("20260303T190000")), 100);
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.first().localDate, QDate(2026, 3, 3));
        QCOMPARE(found.last().localDate.toString(Qt::ISODate), lastDate);
    }

    void missingDaysAreSkippedNotClamped_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QStringList>("expected");
        const QStringList thirtyFirsts{"2026-01-31", "2026-03-31", "2026-05-31", "2026-07-31", "2026-08-31"};
        QTest::newRow("BYMONTHDAY=31") << "FREQ=MONTHLY;BYMONTHDAY=31;COUNT=5" << "20260131T190000" << thirtyFirsts;
        QTest::newRow("monthly from January 31") << "FREQ=MONTHLY;COUNT=5" << "20260131T190000" << thirtyFirsts;
        QTest::newRow("yearly from February 29") << "FREQ=YEARLY;COUNT=3" << "20240229T190000"
                                                 << QStringList{"2024-02-29", "2028-02-29", "2032-02-29"};
    }

    void missingDaysAreSkippedNotClamped()
    {
        QFETCH(QString, rule);
        QFETCH(QString, start);
        QFETCH(QStringList, expected);
        QCOMPARE(localDates(first(makeSet(rule, start), 100)), expected);
    }

    void exceptionDaysDropWholeDays()
    {
        RecurrenceSet set = makeSet(QStringLiteral("FREQ=DAILY;COUNT=3;BYHOUR=10,14"), QStringLiteral("20261224T100000"));
        set.exceptionDays << QDate(2026, 12, 25);
        QCOMPARE(localStamps(first(set, 100)),
                 (QStringList{"2026-12-24 10:00", "2026-12-24 14:00"}));
        set.rule = RecurrenceRule::parse(QStringLiteral("FREQ=DAILY;COUNT=6;BYHOUR=10,14"));
        QCOMPARE(localStamps(first(set, 100)),
                 (QStringList{"2026-12-24 10:00", "2026-12-24 14:00", "2026-12-26 10:00", "2026-12-26 14:00"}));
    }

    void rdatesAreAddedOnce()
    {
        RecurrenceSet set = makeSet(QStringLiteral("FREQ=WEEKLY;COUNT=3"), QStringLiteral("20260303T190000"));
        set.extraStartsUtc << utcOf(QStringLiteral("2026-03-12T13:00:00Z"))   // Thursday 14:00, an extra session
                           << utcOf(QStringLiteral("2026-03-10T18:00:00Z"));  // the same as the second instance
        QCOMPARE(localStamps(first(set, 100)),
                 (QStringList{"2026-03-03 19:00", "2026-03-10 19:00", "2026-03-12 14:00", "2026-03-17 19:00"}));
        set.exceptionDays << QDate(2026, 3, 12);
        QCOMPARE(first(set, 100).size(), 3);
    }

    void limitAndWindow()
    {
        const RecurrenceSet set = makeSet(QStringLiteral("FREQ=DAILY"), QStringLiteral("20260301T190000"));
        QCOMPARE(localDates(first(set, 3)), (QStringList{"2026-03-01", "2026-03-02", "2026-03-03"}));
        // [from, to): an occurrence starting exactly at the end is out, one at the start is in.
        const QList<ExpandedOccurrence> window = OccurrenceExpander::expand(
            set, utcOf(QStringLiteral("2026-03-10T18:00:00Z")), utcOf(QStringLiteral("2026-03-12T18:00:00Z")));
        QCOMPARE(localDates(window), (QStringList{"2026-03-10", "2026-03-11"}));
        QVERIFY(OccurrenceExpander::expand(set, Year2100, Year2100).isEmpty());
        QVERIFY(first(set, 0).isEmpty());
    }

    void onlyDtstartWithoutRule()
    {
        RecurrenceSet set = makeSet(QString(), QStringLiteral("20260704T140000"));
        set.durationSecs = 7200;
        const QList<ExpandedOccurrence> found = first(set, 100);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().startUtc, utcOf(QStringLiteral("2026-07-04T12:00:00Z")));
        QCOMPARE(found.first().endUtc, utcOf(QStringLiteral("2026-07-04T14:00:00Z")));
    }

    void allDaySessionsStartAtLocalMidnight()
    {
        RecurrenceSet set = makeSet(QStringLiteral("FREQ=DAILY;COUNT=2"), QStringLiteral("20260328T000000"));
        set.allDay = true;
        set.durationSecs = 86400;
        const QList<ExpandedOccurrence> found = first(set, 100);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(1).startUtc, utcOf(QStringLiteral("2026-03-28T23:00:00Z")));
        // The day the clocks go forward lasts 23 hours.
        QCOMPARE(found.at(1).endUtc, utcOf(QStringLiteral("2026-03-29T22:00:00Z")));
    }

    // A window decades after DTSTART gives the same sessions as expanding everything from DTSTART.
    void windowFarFromStart_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::newRow("weekly") << "FREQ=WEEKLY";
        QTest::newRow("every other week on TU,TH") << "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH";
        QTest::newRow("every 10 days") << "FREQ=DAILY;INTERVAL=10";
        QTest::newRow("every third month, last Friday") << "FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR";
        QTest::newRow("second-to-last weekday") << "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2";
        QTest::newRow("every 4 years in November") << "FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8";
        QTest::newRow("until 2030") << "FREQ=WEEKLY;INTERVAL=3;UNTIL=20300101T000000Z";
    }

    void windowFarFromStart()
    {
        QFETCH(QString, rule);
        const RecurrenceSet set = makeSet(rule, QStringLiteral("19900102T190000"));
        const qint64 from = utcOf(QStringLiteral("2024-01-01T00:00:00Z"));
        const qint64 to = utcOf(QStringLiteral("2029-01-01T00:00:00Z"));
        QList<ExpandedOccurrence> expected;
        for (const ExpandedOccurrence &o : first(set, 100000)) {
            if (o.startUtc >= from && o.startUtc < to)
                expected << o;
        }
        QVERIFY(!expected.isEmpty());
        QCOMPARE(localStamps(OccurrenceExpander::expand(set, from, to)), localStamps(expected));
    }

    void ruleThatNeverMatchesTerminates_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::newRow("yearly 30 February") << "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30";
        QTest::newRow("monthly 30 February") << "FREQ=MONTHLY;BYMONTHDAY=30;BYMONTH=2";
        QTest::newRow("daily 31 April") << "FREQ=DAILY;BYMONTH=4;BYMONTHDAY=31";
        QTest::newRow("day 366 in January") << "FREQ=YEARLY;BYYEARDAY=366;BYMONTH=1";
    }

    void ruleThatNeverMatchesTerminates()
    {
        QFETCH(QString, rule);
        const RecurrenceSet set = makeSet(rule, QStringLiteral("20260115T190000"));
        const QList<ExpandedOccurrence> found = OccurrenceExpander::expand(set, std::numeric_limits<qint64>::min(),
                                                                           std::numeric_limits<qint64>::max());
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.first().localDate, QDate(2026, 1, 15)); // DTSTART itself
    }

    void occurrenceIds_data()
    {
        QTest::addColumn<QString>("instant");
        QTest::addColumn<QString>("expected");
        QTest::newRow("spring-forward session") << "2026-03-29T01:30:00Z" << "act-12/20260329T013000Z";
        QTest::newRow("new year") << "2027-01-01T00:00:00Z" << "act-12/20270101T000000Z";
        QTest::newRow("last second of a day") << "2026-12-31T23:59:59Z" << "act-12/20261231T235959Z";
        QTest::newRow("before 1970") << "1969-07-20T20:17:40Z" << "act-12/19690720T201740Z";
    }

    void occurrenceIds()
    {
        QFETCH(QString, instant);
        QFETCH(QString, expected);
        QCOMPARE(OccurrenceId::make(QStringLiteral("act-12"), utcOf(instant)), expected);
    }
};

QTEST_GUILESS_MAIN(TestOccurrenceExpander)
#include "tst_occurrenceexpander.moc"
