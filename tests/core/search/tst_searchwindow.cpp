// SPDX-License-Identifier: GPL-3.0-or-later
// Moving the search index's window a day at a time (SearchIndex::advanceWindow and the
// WindowKeeper that runs it off the UI thread): the result is always what a rebuild for
// that day gives, and a day's move expands only the series with a session in that day.
#include "searchfixture.h"
#include "search/searchindex.h"
#include "search/windowkeeper.h"
#include "recurrence/occurrenceexpander.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Buurtplein;
using namespace Buurtplein::SearchFixture;

namespace {
constexpr qint64 day = 24 * 3600;
constexpr int weeks = 8;

// One occurrence as the index holds it, without its row id.
using Row = std::tuple<QString, qint64, qint64, qint64, qint64, QString>;
} // namespace

class TestSearchWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_place = 0;
    qint64 m_otherPlace = 0;
    QHash<QString, qint64> m_activities;
    // Monday 2 March 2026, noon UTC: the window is [1 March, 28 April).
    const QDateTime m_now = QDateTime::fromString(QStringLiteral("2026-03-02T12:00:00Z"), Qt::ISODate);

    QSqlDatabase db() const { return m_db.connection(); }

    qint64 addSeries(const QString &uid, const QString &startDate, const QString &rrule,
                     const QString &status = QStringLiteral("active"), const QString &exceptionDays = {},
                     const QVariant &validTo = {})
    {
        ActivityRow a;
        a.uid = uid;
        a.placeId = m_place;
        a.title = uid;
        a.status = status;
        const qint64 id = activity(db(), a);
        ScheduleRow s{QStringLiteral("s-") + uid, id, startDate};
        s.rrule = rrule;
        s.exceptionDays = exceptionDays;
        s.validTo = validTo;
        schedule(db(), s);
        m_activities.insert(uid, id);
        return id;
    }

    void addOverride(const QString &activityUid, const char *originalStart, const QString &status, qint64 newStart = 0)
    {
        const qint64 original = utc(originalStart);
        insert(db(),
               QStringLiteral("INSERT INTO occurrence_override (occurrence_uid, activity_id, original_start, status, "
                              "new_start, new_end, new_place_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
               {OccurrenceId::make(activityUid, original), m_activities.value(activityUid), original, status,
                newStart ? QVariant(newStart) : null(), newStart ? QVariant(newStart + 3600) : null(),
                newStart ? QVariant(m_otherPlace) : null()});
    }

    QList<Row> rows()
    {
        QList<Row> out;
        QSqlQuery q(db());
        q.exec(QStringLiteral("SELECT uid, original_start, start, end, coalesce(place_id, 0), status FROM occurrence "
                              "ORDER BY uid"));
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                        q.value(4).toLongLong(), q.value(5).toString()});
        return out;
    }

    std::pair<qint64, qint64> storedWindow()
    {
        QSqlQuery q(db());
        q.exec(QStringLiteral("SELECT key, value FROM index_state WHERE key IN ('window_from', 'window_to')"));
        qint64 from = 0;
        qint64 to = 0;
        while (q.next())
            (q.value(0).toString() == QLatin1String("window_from") ? from : to) = q.value(1).toLongLong();
        return {from, to};
    }

    // Series with a session (any status) originally starting in [from, to), read from the index.
    int seriesWithSessionsIn(qint64 from, qint64 to)
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT count(DISTINCT activity_id) FROM occurrence WHERE original_start >= ? "
                                 "AND original_start < ?"));
        q.bindValue(0, from);
        q.bindValue(1, to);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    // Sessions the window keeps no longer once it starts at @p newFrom.
    int sessionsLeaving(qint64 newFrom)
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT count(*) FROM occurrence WHERE start < ? AND original_start < ?"));
        q.bindValue(0, newFrom);
        q.bindValue(1, newFrom);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    int activeSeries()
    {
        QSqlQuery q(db());
        q.exec(QStringLiteral("SELECT count(*) FROM schedule s JOIN activity a ON a.id = s.activity_id "
                              "WHERE a.status = 'active'"));
        return q.next() ? q.value(0).toInt() : -1;
    }

    // advanceWindow in transactions of @p budget series, as the keeper runs it.
    int advanceInSteps(const QDateTime &now, int budget, int *steps = nullptr, int *dropped = nullptr)
    {
        SearchIndex::WindowStep step;
        int series = 0;
        int count = 0;
        int gone = 0;
        while (!step.done) {
            Transaction tx(db());
            QString error;
            if (!SearchIndex::advanceWindow(db(), now, weeks, budget, &step, &error) || !tx.commit()) {
                qWarning() << "step failed:" << error;
                return -1;
            }
            series += step.series;
            gone += step.dropped;
            if (++count > 10000)
                return -1;
        }
        if (steps)
            *steps = count;
        if (dropped)
            *dropped = gone;
        return series;
    }

    QList<Row> rebuilt(const QDateTime &now)
    {
        QString error;
        if (!SearchIndex::rebuild(db(), now, weeks, &error))
            qWarning() << error;
        return rows();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("window.sqlite"));
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        QVERIFY2(m_db.open(path), qPrintable(m_db.errorString()));
        m_place = place(db(), QStringLiteral("p1"), QStringLiteral("Buurthuis De Pijp"), 52.355, 4.895);
        m_otherPlace = place(db(), QStringLiteral("p2"), QStringLiteral("Bibliotheek Oost"), 52.36, 4.93);
        m_activities.clear();
        // A weekly series on every weekday, Monday 5 January to Sunday 11 January 2026.
        for (int d = 0; d < 7; ++d)
            addSeries(QStringLiteral("weekly-%1").arg(d + 1), QDate(2026, 1, 5 + d).toString(Qt::ISODate),
                      QStringLiteral("FREQ=WEEKLY"));
        addSeries(QStringLiteral("first-saturday"), QStringLiteral("2026-01-03"), QStringLiteral("FREQ=MONTHLY;BYDAY=1SA"));
        addSeries(QStringLiteral("fortnightly"), QStringLiteral("2026-01-08"), QStringLiteral("FREQ=WEEKLY;INTERVAL=2"));
        addSeries(QStringLiteral("yearly-june"), QStringLiteral("2026-06-15"), QStringLiteral("FREQ=YEARLY"));
        addSeries(QStringLiteral("ends-in-march"), QStringLiteral("2026-01-07"), QStringLiteral("FREQ=WEEKLY"),
                  QStringLiteral("active"), {}, QStringLiteral("2026-03-25"));
        // Thursdays, but not on Thursday 30 April (a day that comes into the window).
        addSeries(QStringLiteral("thursday-with-holiday"), QStringLiteral("2026-01-08"), QStringLiteral("FREQ=WEEKLY"),
                  QStringLiteral("active"), QStringLiteral("2026-04-30"));
        addSeries(QStringLiteral("paused"), QStringLiteral("2026-01-06"), QStringLiteral("FREQ=DAILY"),
                  QStringLiteral("paused"));
        addSeries(QStringLiteral("once-in-may"), QStringLiteral("2026-05-01"), QString());
        // Tuesday 28 April's session (the first day to come in) cancelled; Wednesday 29
        // April's moved to Friday 24 April, inside the old window; one from June moved
        // into 1 May.
        addOverride(QStringLiteral("weekly-2"), "2026-04-28T08:00:00Z", QStringLiteral("cancelled"));
        addOverride(QStringLiteral("weekly-3"), "2026-04-29T08:00:00Z", QStringLiteral("moved"), utc("2026-04-24T13:00:00Z"));
        addOverride(QStringLiteral("weekly-5"), "2026-06-05T08:00:00Z", QStringLiteral("moved"), utc("2026-05-01T13:00:00Z"));
        QString error;
        QVERIFY2(SearchIndex::rebuild(db(), m_now, weeks, &error), qPrintable(error));
    }
    void cleanup() { m_db.close(); }

    void stepsEndWhereARebuildDoes_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("budget");
        QTest::newRow("next morning, all at once") << 1 << 1000;
        QTest::newRow("next morning, one series a step") << 1 << 1;
        QTest::newRow("two days, one a step") << 2 << 1;
        QTest::newRow("a week, three a step") << 7 << 3;
        QTest::newRow("a month, one a step") << 30 << 1;
        QTest::newRow("the window's length less a day") << 8 * 7 - 2 << 2;
        QTest::newRow("beyond the window: start over") << 100 << 1;
    }
    void stepsEndWhereARebuildDoes()
    {
        QFETCH(int, days);
        QFETCH(int, budget);
        const QDateTime later = m_now.addDays(days);
        QVERIFY(advanceInSteps(later, budget) >= 0);
        const QList<Row> moved = rows();
        const auto window = storedWindow();
        QCOMPARE(window.first, (m_now.toSecsSinceEpoch() - day) / day * day + days * day);
        QVERIFY(!moved.isEmpty());
        QCOMPARE(moved, rebuilt(later));
    }

    void aDayExpandsOnlyTheSeriesWithASessionThatDay_data()
    {
        QTest::addColumn<int>("days");
        QTest::newRow("one day") << 1;
        QTest::newRow("three days") << 3;
        QTest::newRow("a week") << 7;
        QTest::newRow("two weeks") << 14;
    }
    void aDayExpandsOnlyTheSeriesWithASessionThatDay()
    {
        QFETCH(int, days);
        const auto [oldFrom, oldTo] = storedWindow();
        const int leaving = sessionsLeaving(oldFrom + days * day);
        QVERIFY(leaving > 0);
        int steps = 0;
        int dropped = 0;
        const int series = advanceInSteps(m_now.addDays(days), 1, &steps, &dropped);
        const int expected = seriesWithSessionsIn(oldTo, oldTo + days * day);
        QVERIFY(expected > 0);
        QCOMPARE(series, expected);
        // Then the days that left, eight sessions a step (for a budget of one series),
        // and a last step that finds fewer and stores the window.
        QCOMPARE(dropped, leaving);
        QCOMPARE(sessionsLeaving(oldFrom + days * day), 0);
        QCOMPARE(steps, series + leaving / 8 + 1);
        // Far fewer than every series.
        QCOMPARE(activeSeries(), 13);
        QVERIFY(series < 13);
    }

    void aWriterBetweenStepsIsKept()
    {
        const QDateTime later = m_now.addDays(7);
        SearchIndex::WindowStep step;
        QString error;
        QVERIFY2(SearchIndex::advanceWindow(db(), later, weeks, 1, &step, &error), qPrintable(error));
        QVERIFY(!step.done);
        QCOMPARE(step.series, 1);
        // The old window still stands for the writers in between.
        QCOMPARE(storedWindow().first, utc("2026-03-01T00:00:00Z"));
        // A worker moves the Friday series to 14:00 and the fortnightly series ends.
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("UPDATE schedule SET start_time = '14:00:00' WHERE uid = 's-weekly-5'")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM schedule WHERE uid = 's-fortnightly'")));
        for (const char *uid : {"weekly-5", "fortnightly"})
            QVERIFY2(SearchIndex::activityChanged(db(), m_activities.value(QString::fromLatin1(uid)), &error),
                     qPrintable(error));
        QVERIFY(advanceInSteps(later, 1) >= 0);
        QCOMPARE(rows(), rebuilt(later));
    }

    void horizonsAtTheWindowsEndAreMadeExact()
    {
        // What migration 7 leaves: every active series' horizon at the stored window's end.
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM series_horizon")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO series_horizon (schedule_id, next_start) SELECT s.id, (SELECT CAST(value AS INTEGER) "
            "FROM index_state WHERE key = 'window_to') FROM schedule s JOIN activity a ON a.id = s.activity_id "
            "WHERE a.status = 'active'")));
        QCOMPARE(advanceInSteps(m_now.addDays(1), 4), activeSeries());
        QCOMPARE(rows(), rebuilt(m_now.addDays(1)));
        QVERIFY(advanceInSteps(m_now.addDays(1), 4) == 0);
        // From then on a day is a day's work again.
        const qint64 oldTo = storedWindow().second;
        QCOMPARE(advanceInSteps(m_now.addDays(2), 4), seriesWithSessionsIn(oldTo, oldTo + day));
    }

    void theKeeperMovesTheWindowOnItsThread()
    {
        WindowKeeper keeper(m_db.path(), weeks);
        keeper.setStepSeries(1);
        QSignalSpy finished(&keeper, &WindowKeeper::finished);
        const qint64 oldTo = storedWindow().second;
        keeper.moveTo(m_now.addDays(7));
        QVERIFY(keeper.isBusy());
        QVERIFY(finished.wait(20000));
        QVERIFY(!keeper.isBusy());
        const QList<QVariant> answer = finished.takeFirst();
        QCOMPARE(answer.at(4).toString(), QString());
        QCOMPARE(answer.at(0).toBool(), true);
        QCOMPARE(answer.at(1).toInt(), seriesWithSessionsIn(oldTo, oldTo + 7 * day));
        QVERIFY(answer.at(2).toInt() > answer.at(1).toInt());
        QCOMPARE(storedWindow().first, utc("2026-03-08T00:00:00Z"));
        const QList<Row> moved = rows();
        // The same day again: nothing to do, nothing to read again.
        keeper.moveTo(m_now.addDays(7).addSecs(3600));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.takeFirst().at(0).toBool(), false);
        QCOMPARE(moved, rebuilt(m_now.addDays(7)));
    }

    void theKeeperSaysWhenItCannotOpenTheCatalogue()
    {
        WindowKeeper keeper(m_dir.filePath(QStringLiteral("no/such/folder/catalogue.sqlite")), weeks);
        QSignalSpy finished(&keeper, &WindowKeeper::finished);
        keeper.moveTo(m_now.addDays(1));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(!finished.first().at(4).toString().isEmpty());
    }

    void migrationSevenSetsEveryActiveSeriesAtTheWindowsEnd()
    {
        const QString path = m_dir.filePath(QStringLiteral("v6.sqlite"));
        QFile::remove(path);
        {
            Database old;
            QVERIFY2(old.open(path, 6), qPrintable(old.errorString()));
            const QSqlDatabase c = old.connection();
            const qint64 p = place(c, QStringLiteral("p"), QStringLiteral("Buurthuis"), 52.36, 4.9);
            ActivityRow a{QStringLiteral("a"), p, QStringLiteral("Inloop")};
            schedule(c, {QStringLiteral("s-a"), activity(c, a), QStringLiteral("2026-01-05")});
            a.uid = QStringLiteral("b");
            a.status = QStringLiteral("paused");
            schedule(c, {QStringLiteral("s-b"), activity(c, a), QStringLiteral("2026-01-05")});
            insert(c, QStringLiteral("INSERT INTO index_state (key, value) VALUES ('window_to', '1777334400')"), {});
        }
        Database migrated;
        QVERIFY2(migrated.open(path), qPrintable(migrated.errorString()));
        QSqlQuery q(migrated.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT s.uid, h.next_start FROM series_horizon h JOIN schedule s ON s.id = h.schedule_id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("s-a"));
        QCOMPARE(q.value(1).toLongLong(), 1777334400);
        QVERIFY(!q.next());
    }
};

QTEST_GUILESS_MAIN(TestSearchWindow)
#include "tst_searchwindow.moc"
