// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/amsterdamtime.h"
#include "resident/searchfilters.h"

#include <QTest>

using namespace Buurtplein;

class TestSearchFilters : public QObject
{
    Q_OBJECT

private:
    // Monday 23 November 2026, 09:00 in Amsterdam (CET, UTC+1).
    const QDateTime m_now{QDate(2026, 11, 23), QTime(8, 0), Qt::UTC};

private Q_SLOTS:
    void nothingSetIsTheWholeWindow()
    {
        const SearchFilters filters;
        QCOMPARE(SearchFiltering::activeCount(filters), 0);
        const SearchQuery query = SearchFiltering::toQuery(filters, m_now, std::nullopt);
        QCOMPARE(query.from, m_now);
        QCOMPARE(query.to, m_now.addDays(SearchFiltering::windowDays));
        QVERIFY(!query.near);
        QVERIFY(query.accessibility.isEmpty());
        QVERIFY(!query.freeOnly);
    }

    void everyFilterCounts()
    {
        SearchFilters filters;
        filters.text = QStringLiteral("koffie"); // the text is not a filter "clear all" clears
        filters.categories = {QStringLiteral("inloop_koffie"), QStringLiteral("dialoog")};
        filters.languages = {QStringLiteral("ar")};
        filters.freeOnly = true;
        filters.wheelchair = true;
        filters.day = 2;
        filters.partOfDay = SearchFilters::Evening;
        filters.radiusMetres = 1000;
        QCOMPARE(SearchFiltering::activeCount(filters), 8);
        const SearchQuery query = SearchFiltering::toQuery(filters, m_now, std::nullopt);
        QCOMPARE(query.text, QStringLiteral("koffie"));
        QCOMPARE(query.categories, filters.categories);
        QCOMPARE(query.languages, filters.languages);
        QVERIFY(query.freeOnly);
        QCOMPARE(query.accessibility, QStringList{QStringLiteral("wheelchair")});
        // Without an origin a radius cannot apply.
        QVERIFY(!query.near);
    }

    void radiusNeedsAnOrigin()
    {
        SearchFilters filters;
        filters.radiusMetres = 500;
        const SearchQuery query = SearchFiltering::toQuery(filters, m_now, SearchQuery::Near{52.36, 4.93, 0});
        QVERIFY(query.near);
        QCOMPARE(query.near->radiusMetres, 500.0);
        QCOMPARE(query.near->lat, 52.36);
        filters.radiusMetres = 0;
        QVERIFY(!SearchFiltering::toQuery(filters, m_now, SearchQuery::Near{52.36, 4.93, 0}).near);
    }

    void dayAndPartOfDay_data()
    {
        QTest::addColumn<int>("day");
        QTest::addColumn<int>("part");
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        const QTimeZone &ams = AmsterdamTime::zone();
        QTest::newRow("today, starts now") << 0 << int(SearchFilters::AnyTime) << m_now
                                           << QDateTime(QDate(2026, 11, 24), QTime(0, 0), ams).toUTC();
        QTest::newRow("today's morning, from now") << 0 << int(SearchFilters::Morning) << m_now
                                                   << QDateTime(QDate(2026, 11, 23), QTime(12, 0), ams).toUTC();
        QTest::newRow("tomorrow afternoon") << 1 << int(SearchFilters::Afternoon)
                                            << QDateTime(QDate(2026, 11, 24), QTime(12, 0), ams).toUTC()
                                            << QDateTime(QDate(2026, 11, 24), QTime(18, 0), ams).toUTC();
        QTest::newRow("thursday evening") << 3 << int(SearchFilters::Evening)
                                          << QDateTime(QDate(2026, 11, 26), QTime(18, 0), ams).toUTC()
                                          << QDateTime(QDate(2026, 11, 27), QTime(0, 0), ams).toUTC();
    }

    void dayAndPartOfDay()
    {
        QFETCH(int, day);
        QFETCH(int, part);
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        SearchFilters filters;
        filters.day = day;
        filters.partOfDay = SearchFilters::PartOfDay(part);
        const SearchQuery query = SearchFiltering::toQuery(filters, m_now, std::nullopt);
        QCOMPARE(query.from, from);
        QCOMPARE(query.to, to);
        // One day's window: nothing is left for refine() to drop.
        SearchResult late;
        late.start = QDateTime(QDate(2026, 11, 23), QTime(21, 0), AmsterdamTime::zone()).toSecsSinceEpoch();
        QCOMPARE(SearchFiltering::refine({late}, filters).size(), 1);
    }

    void partOfDayOverSeveralDays_data()
    {
        QTest::addColumn<int>("hour");
        QTest::addColumn<bool>("evening");
        QTest::newRow("17:59") << 17 << false;
        QTest::newRow("18:00") << 18 << true;
        QTest::newRow("23:30") << 23 << true;
        QTest::newRow("10:00") << 10 << false;
    }

    void partOfDayOverSeveralDays()
    {
        QFETCH(int, hour);
        QFETCH(bool, evening);
        SearchFilters filters;
        filters.partOfDay = SearchFilters::Evening;
        SearchResult row;
        // Amsterdam wall-clock time, in summer and in winter.
        for (const QDate &date : {QDate(2026, 7, 1), QDate(2026, 12, 1)}) {
            row.start = QDateTime(date, QTime(hour, hour == 17 ? 59 : 30 * (hour == 23)), AmsterdamTime::zone()).toSecsSinceEpoch();
            QCOMPARE(SearchFiltering::inPartOfDay(row.start, SearchFilters::Evening), evening);
            QCOMPARE(SearchFiltering::refine({row}, filters).size(), evening ? 1 : 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestSearchFilters)
#include "tst_searchfilters.moc"
