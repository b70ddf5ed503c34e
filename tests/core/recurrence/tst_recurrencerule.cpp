// SPDX-License-Identifier: GPL-3.0-or-later
#include "recurrence/recurrencerule.h"

#include <QStandardPaths>
#include <QTest>

using namespace Buurtplein;

class TestRecurrenceRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void canonicalForm_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("already canonical") << "FREQ=WEEKLY;BYDAY=TU,TH" << "FREQ=WEEKLY;BYDAY=TU,TH";
        QTest::newRow("spaces after commas") << "FREQ=WEEKLY;BYDAY=MO, TU" << "FREQ=WEEKLY;BYDAY=MO,TU";
        QTest::newRow("lower case with RRULE: prefix") << "rrule:freq=weekly;byday=mo,we" << "FREQ=WEEKLY;BYDAY=MO,WE";
        QTest::newRow("spaces and trailing semicolon") << " FREQ = MONTHLY ; INTERVAL = 2 ;" << "FREQ=MONTHLY;INTERVAL=2";
        QTest::newRow("INTERVAL=1 is the default") << "FREQ=DAILY;INTERVAL=1" << "FREQ=DAILY";
        QTest::newRow("WKST=MO is the default") << "FREQ=WEEKLY;WKST=MO" << "FREQ=WEEKLY";
        QTest::newRow("plus sign on an ordinal") << "FREQ=MONTHLY;BYDAY=+2TU" << "FREQ=MONTHLY;BYDAY=2TU";
        QTest::newRow("last Friday") << "FREQ=MONTHLY;BYDAY=-1FR" << "FREQ=MONTHLY;BYDAY=-1FR";
        QTest::newRow("parts in canonical order") << "WKST=SU;BYDAY=SA;UNTIL=20261231T225959Z;FREQ=WEEKLY"
                                                  << "FREQ=WEEKLY;UNTIL=20261231T225959Z;BYDAY=SA;WKST=SU";
        QTest::newRow("date UNTIL") << "FREQ=DAILY;UNTIL=20261231" << "FREQ=DAILY;UNTIL=20261231";
        QTest::newRow("floating UNTIL") << "FREQ=DAILY;UNTIL=20261231T190000" << "FREQ=DAILY;UNTIL=20261231T190000";
        QTest::newRow("lists sorted, duplicates dropped") << "FREQ=YEARLY;BYMONTH=7,6,7" << "FREQ=YEARLY;BYMONTH=6,7";
        QTest::newRow("negative month days") << "FREQ=MONTHLY;BYMONTHDAY=1,-1" << "FREQ=MONTHLY;BYMONTHDAY=-1,1";
        QTest::newRow("private extension ignored") << "FREQ=WEEKLY;COUNT=10;X-EVOLUTION-ENDDATE=20260101T000000Z" << "FREQ=WEEKLY;COUNT=10";
        QTest::newRow("setpos") << "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2" << "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2";
        QTest::newRow("week number") << "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO" << "FREQ=YEARLY;BYDAY=MO;BYWEEKNO=20";
        QTest::newRow("year days") << "FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200" << "FREQ=YEARLY;COUNT=10;INTERVAL=3;BYYEARDAY=1,100,200";
        QTest::newRow("hours and minutes") << "FREQ=DAILY;BYHOUR=9,10;BYMINUTE=0,30" << "FREQ=DAILY;BYMINUTE=0,30;BYHOUR=9,10";
    }

    void canonicalForm()
    {
        QFETCH(QString, input);
        QFETCH(QString, canonical);
        QString error;
        const std::optional<RecurrenceRule> rule = RecurrenceRule::parse(input, &error);
        QVERIFY2(rule, qPrintable(error));
        QCOMPARE(rule->toString(), canonical);
        const std::optional<RecurrenceRule> again = RecurrenceRule::parse(rule->toString(), &error);
        QVERIFY2(again, qPrintable(error));
        QVERIFY(*again == *rule);
    }

    void fields()
    {
        QString error;
        const auto rule = RecurrenceRule::parse(QStringLiteral("FREQ=MONTHLY;INTERVAL=2;UNTIL=20261231T225959Z;BYDAY=-1FR,2tu;WKST=SU"), &error);
        QVERIFY2(rule, qPrintable(error));
        QCOMPARE(rule->frequency, RecurrenceRule::Frequency::Monthly);
        QCOMPARE(rule->interval, 2);
        QCOMPARE(rule->count, 0);
        QCOMPARE(rule->untilDate, QDate(2026, 12, 31));
        QCOMPARE(rule->untilTime, QTime(22, 59, 59));
        QVERIFY(rule->untilIsUtc);
        QVERIFY(!rule->untilIsDate);
        QCOMPARE(rule->byDay.size(), 2);
        QCOMPARE(rule->byDay.at(0), (WeekdayNum{-1, Qt::Friday}));
        QCOMPARE(rule->byDay.at(1), (WeekdayNum{2, Qt::Tuesday}));
        QCOMPARE(rule->weekStart, Qt::Sunday);

        const auto dateRule = RecurrenceRule::parse(QStringLiteral("FREQ=DAILY;UNTIL=20260331"));
        QVERIFY(dateRule);
        QVERIFY(dateRule->untilIsDate);
        QVERIFY(!dateRule->untilIsUtc);
        QCOMPARE(dateRule->untilDate, QDate(2026, 3, 31));
    }

    void differentRulesDiffer()
    {
        const auto a = RecurrenceRule::parse(QStringLiteral("FREQ=WEEKLY;BYDAY=TU"));
        const auto b = RecurrenceRule::parse(QStringLiteral("FREQ=WEEKLY;BYDAY=WE"));
        const auto c = RecurrenceRule::parse(QStringLiteral("FREQ=WEEKLY;BYDAY=TU;WKST=SU"));
        QVERIFY(a && b && c);
        QVERIFY(!(*a == *b));
        QVERIFY(!(*a == *c));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << "" << "empty";
        QTest::newRow("only a prefix") << "RRULE:" << "empty";
        QTest::newRow("no FREQ") << "BYDAY=MO" << "FREQ";
        QTest::newRow("unknown FREQ") << "FREQ=FORTNIGHTLY" << "FORTNIGHTLY";
        QTest::newRow("hourly") << "FREQ=HOURLY;INTERVAL=3" << "hour";
        QTest::newRow("INTERVAL=0") << "FREQ=WEEKLY;INTERVAL=0" << "INTERVAL";
        QTest::newRow("negative COUNT") << "FREQ=WEEKLY;COUNT=-1" << "COUNT";
        QTest::newRow("COUNT with UNTIL") << "FREQ=WEEKLY;COUNT=3;UNTIL=20260101" << "COUNT and UNTIL";
        QTest::newRow("UNTIL not a date") << "FREQ=WEEKLY;UNTIL=2026-01-01" << "UNTIL";
        QTest::newRow("UNTIL 31 February") << "FREQ=WEEKLY;UNTIL=20260231" << "UNTIL";
        QTest::newRow("BYDAY not a weekday") << "FREQ=WEEKLY;BYDAY=XX" << "XX";
        QTest::newRow("BYDAY ordinal 0") << "FREQ=MONTHLY;BYDAY=0MO" << "0MO";
        QTest::newRow("BYDAY ordinal out of range") << "FREQ=YEARLY;BYDAY=54MO" << "54MO";
        QTest::newRow("sixth Monday of a month") << "FREQ=MONTHLY;BYDAY=6MO" << "five";
        QTest::newRow("numbered weekday in a weekly rule") << "FREQ=WEEKLY;BYDAY=2MO" << "monthly or yearly";
        QTest::newRow("BYMONTHDAY=0") << "FREQ=MONTHLY;BYMONTHDAY=0" << "BYMONTHDAY";
        QTest::newRow("BYMONTHDAY=32") << "FREQ=MONTHLY;BYMONTHDAY=32" << "BYMONTHDAY";
        QTest::newRow("BYMONTHDAY in a weekly rule") << "FREQ=WEEKLY;BYMONTHDAY=1" << "weekly";
        QTest::newRow("BYMONTH=13") << "FREQ=YEARLY;BYMONTH=13" << "BYMONTH";
        QTest::newRow("BYHOUR=24") << "FREQ=DAILY;BYHOUR=24" << "BYHOUR";
        QTest::newRow("BYYEARDAY=367") << "FREQ=YEARLY;BYYEARDAY=367" << "BYYEARDAY";
        QTest::newRow("BYWEEKNO in a monthly rule") << "FREQ=MONTHLY;BYWEEKNO=3" << "yearly";
        QTest::newRow("BYSETPOS alone") << "FREQ=MONTHLY;BYSETPOS=1" << "BYSETPOS";
        QTest::newRow("BYSETPOS=0") << "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=0" << "BYSETPOS";
        QTest::newRow("unknown part") << "FREQ=WEEKLY;FOO=1" << "FOO";
        QTest::newRow("part given twice") << "FREQ=WEEKLY;FREQ=DAILY" << "more than once";
        QTest::newRow("part without value") << "FREQ=WEEKLY;BYDAY=" << "BYDAY";
        QTest::newRow("bad WKST") << "FREQ=WEEKLY;WKST=XY" << "WKST";
        QTest::newRow("not a number") << "FREQ=DAILY;COUNT=ten" << "COUNT";
    }

    void refusals()
    {
        QFETCH(QString, input);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!RecurrenceRule::parse(input, &error));
        QVERIFY2(error.contains(mentions, Qt::CaseInsensitive), qPrintable(error));
        QVERIFY2(error.endsWith(QLatin1Char('.')), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestRecurrenceRule)
#include "tst_recurrencerule.moc"
