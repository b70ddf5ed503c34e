// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/dutchholidays.h"

#include <QStandardPaths>
#include <QTest>

using namespace Buurtplein;

namespace {

QDate holidayOf(int year, const QString &id)
{
    for (const Holiday &h : DutchHolidays::publicHolidays(year)) {
        if (h.id == id)
            return h.date;
    }
    return {};
}

} // namespace

class TestDutchHolidays : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void computesEaster_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("easter");

        QTest::newRow("2024") << 2024 << QDate(2024, 3, 31);
        QTest::newRow("2025") << 2025 << QDate(2025, 4, 20);
        QTest::newRow("2026") << 2026 << QDate(2026, 4, 5);
        QTest::newRow("2027") << 2027 << QDate(2027, 3, 28);
        QTest::newRow("2038, latest possible date") << 2038 << QDate(2038, 4, 25);
        QTest::newRow("2285, earliest possible date") << 2285 << QDate(2285, 3, 22);
        QTest::newRow("1818, earliest possible date") << 1818 << QDate(1818, 3, 22);
        QTest::newRow("1943, latest possible date") << 1943 << QDate(1943, 4, 25);
    }

    void computesEaster()
    {
        QFETCH(int, year);
        QFETCH(QDate, easter);
        QCOMPARE(DutchHolidays::easterSunday(year), easter);
        QCOMPARE(DutchHolidays::easterSunday(year).dayOfWeek(), int(Qt::Sunday));
    }

    void placesEachHoliday_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QDate>("date");

        QTest::newRow("new year 2026") << 2026 << QStringLiteral("nieuwjaarsdag") << QDate(2026, 1, 1);
        QTest::newRow("good friday 2026") << 2026 << QStringLiteral("goede_vrijdag") << QDate(2026, 4, 3);
        QTest::newRow("easter sunday 2026") << 2026 << QStringLiteral("eerste_paasdag") << QDate(2026, 4, 5);
        QTest::newRow("easter monday 2026") << 2026 << QStringLiteral("tweede_paasdag") << QDate(2026, 4, 6);
        QTest::newRow("king's day 2026, a monday") << 2026 << QStringLiteral("koningsdag") << QDate(2026, 4, 27);
        QTest::newRow("king's day 2025: the 27th is a sunday") << 2025 << QStringLiteral("koningsdag") << QDate(2025, 4, 26);
        QTest::newRow("king's day 2031: the 27th is a sunday") << 2031 << QStringLiteral("koningsdag") << QDate(2031, 4, 26);
        QTest::newRow("queen's day 2010") << 2010 << QStringLiteral("koningsdag") << QDate(2010, 4, 30);
        QTest::newRow("liberation day 2026") << 2026 << QStringLiteral("bevrijdingsdag") << QDate(2026, 5, 5);
        QTest::newRow("ascension 2026") << 2026 << QStringLiteral("hemelvaartsdag") << QDate(2026, 5, 14);
        QTest::newRow("whit sunday 2026") << 2026 << QStringLiteral("eerste_pinksterdag") << QDate(2026, 5, 24);
        QTest::newRow("whit monday 2026") << 2026 << QStringLiteral("tweede_pinksterdag") << QDate(2026, 5, 25);
        QTest::newRow("ascension 2027") << 2027 << QStringLiteral("hemelvaartsdag") << QDate(2027, 5, 6);
        QTest::newRow("whit monday 2038") << 2038 << QStringLiteral("tweede_pinksterdag") << QDate(2038, 6, 14);
        QTest::newRow("christmas 2026") << 2026 << QStringLiteral("eerste_kerstdag") << QDate(2026, 12, 25);
        QTest::newRow("second christmas day 2026") << 2026 << QStringLiteral("tweede_kerstdag") << QDate(2026, 12, 26);
    }

    void placesEachHoliday()
    {
        QFETCH(int, year);
        QFETCH(QString, id);
        QFETCH(QDate, date);
        QCOMPARE(holidayOf(year, id), date);
    }

    void listsElevenInDateOrderWithNames()
    {
        // 2038: Easter Monday (26 April) falls right before King's Day (27 April).
        const QList<Holiday> days = DutchHolidays::publicHolidays(2038);
        QCOMPARE(days.size(), 11);
        for (int i = 1; i < days.size(); ++i)
            QVERIFY2(days.at(i - 1).date <= days.at(i).date, qPrintable(days.at(i).id));
        for (const Holiday &h : days)
            QVERIFY2(!h.name.isEmpty(), qPrintable(h.id));
        QCOMPARE(days.at(3).id, QStringLiteral("tweede_paasdag"));
        QCOMPARE(days.at(4).id, QStringLiteral("koningsdag"));
        QCOMPARE(days.at(4).name, QStringLiteral("King's Day"));
        QCOMPARE(DutchHolidays::publicHolidays(2010).at(4).name, QStringLiteral("Queen's Day"));
    }

    void findsTheHolidaysOfARange_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("ids");

        QTest::newRow("over new year") << QDate(2026, 12, 24) << QDate(2027, 1, 2)
                                       << QStringList{QStringLiteral("eerste_kerstdag"), QStringLiteral("tweede_kerstdag"),
                                                      QStringLiteral("nieuwjaarsdag")};
        QTest::newRow("both ends included") << QDate(2026, 4, 6) << QDate(2026, 4, 27)
                                            << QStringList{QStringLiteral("tweede_paasdag"), QStringLiteral("koningsdag")};
        QTest::newRow("summer has none") << QDate(2026, 6, 1) << QDate(2026, 8, 31) << QStringList();
        QTest::newRow("reversed range") << QDate(2026, 12, 31) << QDate(2026, 1, 1) << QStringList();
    }

    void findsTheHolidaysOfARange()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, ids);
        QStringList found;
        for (const Holiday &h : DutchHolidays::publicHolidaysBetween(from, to))
            found << h.id;
        QCOMPARE(found, ids);
    }
};

QTEST_GUILESS_MAIN(TestDutchHolidays)
#include "tst_dutchholidays.moc"
