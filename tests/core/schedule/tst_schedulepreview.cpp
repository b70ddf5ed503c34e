// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/cataloguestore.h"
#include "storage/database.h"
#include "schedule/dutchholidays.h"
#include "patternfixture.h"
#include "schedule/schedulepatterns.h"
#include "schedule/schoolholidays.h"
#include "search/searchindex.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace Buurtplein;
using namespace Buurtplein::PatternFixture;

namespace {

QDate d(int y, int m, int day) { return QDate(y, m, day); }
QTime t(int h, int m) { return QTime(h, m); }
QDateTime utc(int y, int m, int day) { return QDateTime(d(y, m, day), t(0, 0), Qt::UTC); }

// The expected sessions as a person reads them: local dates at one wall-clock time, in Amsterdam.
QList<QDateTime> amsterdam(const QTime &time, const QList<QDate> &dates)
{
    const QTimeZone zone("Europe/Amsterdam");
    QList<QDateTime> starts;
    for (const QDate &date : dates)
        starts.append(QDateTime(date, time, zone).toUTC());
    return starts;
}

} // namespace

// The schedule editor's preview against the occurrences the search index stores for the
// same schedule once the catalogue store has saved it: what it writes expands to the
// previewed dates.
class TestSchedulePreview : public QObject
{
    Q_OBJECT

private:
    Database m_db;

    QList<QDateTime> indexed(const QDateTime &from, int limit)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT o.original_start FROM occurrence o JOIN activity a ON a.id = o.activity_id "
                                 "WHERE a.uid = ? AND o.original_start >= ? ORDER BY o.original_start LIMIT ?"));
        q.bindValue(0, QStringLiteral("act-taalcafe"));
        q.bindValue(1, from.toSecsSinceEpoch());
        q.bindValue(2, limit);
        QList<QDateTime> starts;
        if (!q.exec())
            return starts;
        while (q.next())
            starts.append(QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC));
        return starts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        QVERIFY2(m_db.open(QStringLiteral(":memory:")), qPrintable(m_db.errorString()));
        CatalogueStore store(m_db);
        Organisation org{0, QStringLiteral("org-oba"), QStringLiteral("OBA"), QStringLiteral("bibliotheek"), 0};
        QVERIFY2(store.save(org), qPrintable(store.errorString()));
        Activity a;
        a.uid = QStringLiteral("act-taalcafe");
        a.organisationUid = org.uid;
        a.title = QStringLiteral("Taalcafé");
        a.category = QStringLiteral("taal_ontmoeting");
        QVERIFY2(store.save(a), qPrintable(store.errorString()));
    }

    void cleanup()
    {
        m_db.close();
    }

    void previewIsWhatTheIndexHolds_data()
    {
        QTest::addColumn<SchedulePattern>("pattern");
        QTest::addColumn<QString>("holidays");   // "", "public" or a school-holiday region
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QList<QDateTime>>("sessions");

        QTest::newRow("tuesdays and thursdays over the October DST change")
            << weekly(d(2026, 10, 13), t(14, 0), 90, {Qt::Tuesday, Qt::Thursday}) << QString() << utc(2026, 10, 12)
            << amsterdam(t(14, 0), {d(2026, 10, 13), d(2026, 10, 15), d(2026, 10, 20), d(2026, 10, 22), d(2026, 10, 27),
                                    d(2026, 10, 29), d(2026, 11, 3), d(2026, 11, 5), d(2026, 11, 10), d(2026, 11, 12)});
        QTest::newRow("mondays over the March DST change, two days off, seen from mid-March")
            << except(weekly(d(2026, 3, 2), t(10, 0), 60, {Qt::Monday}), {d(2026, 3, 16), d(2026, 4, 6)}) << QString()
            << utc(2026, 3, 17)
            << amsterdam(t(10, 0), {d(2026, 3, 23), d(2026, 3, 30), d(2026, 4, 13), d(2026, 4, 20), d(2026, 4, 27),
                                    d(2026, 5, 4), d(2026, 5, 11), d(2026, 5, 18), d(2026, 5, 25), d(2026, 6, 1)});
        QTest::newRow("mondays without public holidays (Easter Monday, King's Day, Whit Monday)")
            << weekly(d(2026, 3, 30), t(10, 0), 60, {Qt::Monday}) << QStringLiteral("public") << utc(2026, 3, 29)
            << amsterdam(t(10, 0), {d(2026, 3, 30), d(2026, 4, 13), d(2026, 4, 20), d(2026, 5, 4), d(2026, 5, 11),
                                    d(2026, 5, 18), d(2026, 6, 1), d(2026, 6, 8), d(2026, 6, 15), d(2026, 6, 22)});
        QTest::newRow("tuesdays and thursdays without midden's school holiday")
            << weekly(d(2026, 9, 29), t(15, 30), 60, {Qt::Tuesday, Qt::Thursday}) << QStringLiteral("midden") << utc(2026, 9, 28)
            << amsterdam(t(15, 30), {d(2026, 9, 29), d(2026, 10, 1), d(2026, 10, 13), d(2026, 10, 15), d(2026, 10, 20),
                                     d(2026, 10, 22), d(2026, 10, 27), d(2026, 10, 29), d(2026, 11, 3), d(2026, 11, 5)});
        QTest::newRow("six wednesdays: COUNT counts the day off too")
            << except(after(weekly(d(2026, 4, 1), t(19, 0), 90, {Qt::Wednesday}), 6), {d(2026, 4, 15)}) << QString()
            << utc(2026, 3, 31)
            << amsterdam(t(19, 0), {d(2026, 4, 1), d(2026, 4, 8), d(2026, 4, 22), d(2026, 4, 29), d(2026, 5, 6)});
        QTest::newRow("until a thursday, inclusive")
            << until(weekly(d(2026, 12, 1), t(14, 0), 90, {Qt::Tuesday, Qt::Thursday}), d(2026, 12, 17)) << QString()
            << utc(2026, 11, 30)
            << amsterdam(t(14, 0), {d(2026, 12, 1), d(2026, 12, 3), d(2026, 12, 8), d(2026, 12, 10), d(2026, 12, 15),
                                    d(2026, 12, 17)});
        QTest::newRow("last friday of the month, over both DST changes")
            << monthlyOnWeekday(d(2026, 9, 25), t(19, 0), 60, SchedulePattern::LastWeekday, Qt::Friday) << QString()
            << utc(2026, 9, 24)
            << amsterdam(t(19, 0), {d(2026, 9, 25), d(2026, 10, 30), d(2026, 11, 27), d(2026, 12, 25), d(2027, 1, 29),
                                    d(2027, 2, 26), d(2027, 3, 26), d(2027, 4, 30), d(2027, 5, 28), d(2027, 6, 25)});
        QTest::newRow("day 31 skips the shorter months")
            << after(monthlyOnDay(d(2026, 10, 31), t(19, 30), 60, 31), 6) << QString() << utc(2026, 10, 30)
            << amsterdam(t(19, 30), {d(2026, 10, 31), d(2026, 12, 31), d(2027, 1, 31), d(2027, 3, 31), d(2027, 5, 31),
                                     d(2027, 7, 31)});
        QTest::newRow("first wednesday, every 2 months")
            << monthlyOnWeekday(d(2026, 9, 2), t(10, 0), 60, 1, Qt::Wednesday, 2) << QString() << utc(2026, 9, 1)
            << amsterdam(t(10, 0), {d(2026, 9, 2), d(2026, 11, 4), d(2027, 1, 6), d(2027, 3, 3), d(2027, 5, 5),
                                    d(2027, 7, 7), d(2027, 9, 1), d(2027, 11, 3), d(2028, 1, 5), d(2028, 3, 1)});
        QTest::newRow("once") << once(d(2026, 9, 1), t(14, 0), 90) << QString() << utc(2026, 8, 31)
                              << amsterdam(t(14, 0), {d(2026, 9, 1)});
    }

    void previewIsWhatTheIndexHolds()
    {
        QFETCH(SchedulePattern, pattern);
        QFETCH(QString, holidays);
        QFETCH(QDateTime, from);
        QFETCH(QList<QDateTime>, sessions);

        QString error;
        // A window long enough for ten monthly sessions every two months.
        QVERIFY2(SearchIndex::rebuild(m_db.connection(), from, 90, &error), qPrintable(error));
        const QDate lastDay = from.date().addYears(2);
        if (holidays == QLatin1String("public")) {
            for (const Holiday &h : DutchHolidays::publicHolidaysBetween(from.date(), lastDay))
                pattern.exceptionDays.append(h.date);
        } else if (!holidays.isEmpty()) {
            SchoolHolidayStore schoolHolidays(m_db.connection());
            QVERIFY2(schoolHolidays.importCsv(QStringLiteral(BUURTPLEIN_TEST_DATA "/schedule/schoolholidays-synthetic.csv"),
                                              QStringLiteral("test"), &error),
                     qPrintable(error));
            pattern.exceptionDays = schoolHolidays.exceptionDaysFor(holidays, from.date(), lastDay);
        }

        Schedule base;
        base.uid = QStringLiteral("sch-taalcafe");
        base.activityUid = QStringLiteral("act-taalcafe");
        std::optional<Schedule> schedule = SchedulePatterns::toSchedule(pattern, base, &error);
        QVERIFY2(schedule, qPrintable(error));
        CatalogueStore store(m_db);
        QVERIFY2(store.save(*schedule), qPrintable(store.errorString()));

        const QList<QDateTime> preview = SchedulePatterns::preview(*schedule, from);
        QCOMPARE(preview, sessions);
        QCOMPARE(indexed(from, 10), preview);

        // The stored schedule reads back into the same words.
        const std::optional<Schedule> stored = store.schedule(base.uid);
        QVERIFY(stored);
        const std::optional<SchedulePattern> back = SchedulePatterns::fromSchedule(*stored);
        QVERIFY(back);
        QCOMPARE(*back, SchedulePatterns::normalised(pattern));
    }

    void previewCountsFromTheGivenInstant()
    {
        const SchedulePattern tuesdays = weekly(d(2026, 9, 1), t(14, 0), 90, {Qt::Tuesday});
        QString error;
        const std::optional<Schedule> s = SchedulePatterns::toSchedule(tuesdays, Schedule(), &error);
        QVERIFY2(s, qPrintable(error));
        // 8 September 14:00 CEST is 12:00Z: a preview from that instant starts with it, one a second later does not.
        const QDateTime session(d(2026, 9, 8), t(12, 0), Qt::UTC);
        QCOMPARE(SchedulePatterns::preview(*s, session, 3),
                 (QList<QDateTime>{session, session.addDays(7), session.addDays(14)}));
        QCOMPARE(SchedulePatterns::preview(*s, session.addSecs(1), 1), QList<QDateTime>{session.addDays(7)});
        QCOMPARE(SchedulePatterns::preview(*s, session, 0), QList<QDateTime>());
        QCOMPARE(SchedulePatterns::preview(*s, session, 25).size(), 25);
    }

    void previewOfAnEndedSeriesIsEmpty()
    {
        QString error;
        const std::optional<Schedule> s = SchedulePatterns::toSchedule(
            until(weekly(d(2026, 9, 1), t(14, 0), 90, {Qt::Tuesday}), d(2026, 9, 30)), Schedule(), &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(SchedulePatterns::preview(*s, utc(2026, 10, 1)).isEmpty());
        QCOMPARE(SchedulePatterns::preview(*s, utc(2026, 9, 1)).size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestSchedulePreview)
#include "tst_schedulepreview.moc"
