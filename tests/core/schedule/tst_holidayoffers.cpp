// SPDX-License-Identifier: GPL-3.0-or-later
// Which holidays a schedule is offered to skip, decided from its session days alone:
// a public holiday only when a session falls on it, a school holiday with exactly the
// sessions inside it, in the order the sessions come.
#include "schedule/holidayoffers.h"

#include <QTest>

using namespace Buurtplein;

namespace {

/** Every @p weekday (1 = Monday) from @p from to @p to. */
QList<QDate> weekly(const QDate &from, const QDate &to, int weekday)
{
    QList<QDate> days;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        if (d.dayOfWeek() == weekday)
            days.append(d);
    }
    return days;
}

SchoolHoliday school(const QString &name, const QDate &first, const QDate &last)
{
    return {QStringLiteral("noord"), name, first, last, QStringLiteral("rijksoverheid.nl")};
}

} // namespace

class TestHolidayOffers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offers_data()
    {
        QTest::addColumn<int>("weekday");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QList<int>>("dayCounts");
        // Winter 2026 to spring 2027: Christmas Day is a Friday, the Second Day of Christmas
        // a Saturday, New Year's Day a Friday, Good Friday 26 March, King's Day 2027 a
        // Tuesday; the Christmas school holiday runs from 19 December to 3 January. Offers
        // on the same first session keep public holidays first.
        QTest::newRow("Fridays") << 5
                                 << QStringList{"public:eerste_kerstdag:2026-12-25", "school:noord:2026-12-19",
                                                "public:nieuwjaarsdag:2027-01-01", "public:goede_vrijdag:2027-03-26"}
                                 << QList<int>{1, 2, 1, 1};
        QTest::newRow("Tuesdays") << 2 << QStringList{"school:noord:2026-12-19", "public:koningsdag:2027-04-27"} << QList<int>{2, 1};
        QTest::newRow("Saturdays") << 6 << QStringList{"school:noord:2026-12-19", "public:tweede_kerstdag:2026-12-26"}
                                   << QList<int>{3, 1};
    }

    void offers()
    {
        QFETCH(int, weekday);
        QFETCH(QStringList, ids);
        QFETCH(QList<int>, dayCounts);
        const QDate from(2026, 12, 1);
        const QDate to(2027, 5, 1);
        const QList<QDate> sessions = weekly(from, to, weekday);
        const QList<SchoolHoliday> schoolHolidays{school(QStringLiteral("Kerstvakantie"), QDate(2026, 12, 19), QDate(2027, 1, 3)),
                                                  school(QStringLiteral("Zomervakantie"), QDate(2027, 7, 10), QDate(2027, 8, 22))};
        const auto offers = HolidayOffers::forSessions(sessions, DutchHolidays::publicHolidaysBetween(from, to), schoolHolidays,
                                                       QStringLiteral("noord"));
        QStringList gotIds;
        QList<int> gotCounts;
        for (const HolidayOffers::Offer &offer : offers) {
            gotIds.append(offer.id);
            gotCounts.append(int(offer.days.size()));
            for (const QDate &day : offer.days) {
                QVERIFY(sessions.contains(day));
                QVERIFY(day >= offer.firstDay && day <= offer.lastDay);
            }
        }
        QCOMPARE(gotIds, ids);
        QCOMPARE(gotCounts, dayCounts);
    }

    void noSessionsNoOffers()
    {
        const auto offers = HolidayOffers::forSessions({}, DutchHolidays::publicHolidaysBetween(QDate(2026, 1, 1), QDate(2026, 12, 31)),
                                                       {school(QStringLiteral("Kerstvakantie"), QDate(2026, 12, 19), QDate(2027, 1, 3))},
                                                       QStringLiteral("noord"));
        QVERIFY(offers.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHolidayOffers)
#include "tst_holidayoffers.moc"
