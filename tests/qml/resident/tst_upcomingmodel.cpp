// SPDX-License-Identifier: GPL-3.0-or-later
#include "democatalogue.h"
#include "catalogue/cataloguestore.h"
#include "storage/database.h"
#include "places/demoloader.h"
#include "search/searchindex.h"
#include "resident/upcomingmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Buurtplein;

class TestUpcomingModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;
    // Monday 23 November 2026, 09:00 in Amsterdam.
    const QDateTime m_now{QDate(2026, 11, 23), QTime(8, 0), Qt::UTC};

    // Asks for the list and waits for the model's thread to answer.
    static bool reloadAndWait(UpcomingModel &model, const QDateTime &now)
    {
        QSignalSpy reloaded(&model, &UpcomingModel::reloaded);
        model.reload(now);
        return reloaded.wait(10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        // A file: the model reads it on a thread of its own, with a connection of its own.
        QVERIFY2(TestSupport::openDemoCatalogue(m_db, m_now, &error, m_dir.filePath(QStringLiteral("catalogue.sqlite"))), qPrintable(error));
    }

    void listsTheComingWeekInOrder()
    {
        UpcomingModel model(m_db.path());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(reloadAndWait(model, m_now));
        QVERIFY(model.errorString().isEmpty());
        QVERIFY(model.rowCount() > 10);

        QDateTime previous;
        QSet<QString> statuses;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            const QDateTime start = index.data(UpcomingModel::StartRole).toDateTime();
            QVERIFY(start >= m_now);
            QVERIFY(start < m_now.addDays(7));
            if (previous.isValid())
                QVERIFY(previous <= start);
            previous = start;
            QVERIFY(!index.data(UpcomingModel::TitleRole).toString().isEmpty());
            statuses.insert(index.data(UpcomingModel::StatusRole).toString());
        }
        // The demo cancels the inloop-koffie of Wednesday 25 November: residents see it, marked.
        QVERIFY(statuses.contains(QStringLiteral("cancelled")));
        QVERIFY(statuses.contains(QStringLiteral("scheduled")));
    }

    void fewerDaysFewerRows()
    {
        UpcomingModel model(m_db.path());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(reloadAndWait(model, m_now));
        const int week = model.rowCount();
        model.setDays(1);
        QVERIFY(reloadAndWait(model, m_now));
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.rowCount() < week);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row).data(UpcomingModel::DayRole).toString(), UpcomingModel::dayLabel(QDate(2026, 11, 23), QDate(2026, 11, 23)));
    }

    // The UI thread never waits for the catalogue: reload() returns before the rows are
    // read, the list keeps what it shows meanwhile, and only the latest question's answer
    // is shown.
    void answersOffTheUiThread()
    {
        UpcomingModel model(m_db.path());
        QSignalSpy reloaded(&model, &UpcomingModel::reloaded);
        model.reload(m_now);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(reloaded.wait(10000));
        const int week = model.rowCount();
        QVERIFY(week > 10);
        model.setDays(1);           // a question...
        model.reload(m_now.addDays(3)); // ...and a newer one before the first is answered
        QCOMPARE(model.rowCount(), week);
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 2, 10000);
        QTest::qWait(100);
        QCOMPARE(reloaded.size(), 2); // the older answer was dropped, not shown
        QVERIFY(model.rowCount() > 0 && model.rowCount() < week);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row).data(UpcomingModel::StartRole).toDateTime().date(), QDate(2026, 11, 26));
    }

    // A cancelled or moved session says why, and a moved one where it is this time.
    void changedSessionsSayWhy_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("activityUid");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("place");
        QTest::newRow("cancelled") << m_now << QStringLiteral("demo:inloop-meevaart") << QDate(2026, 11, 25)
                                   << QStringLiteral("cancelled") << QStringLiteral("de verwarming wordt vervangen")
                                   << QStringLiteral("Meevaart");
        QTest::newRow("moved") << QDateTime(QDate(2026, 12, 7), QTime(8, 0), QTimeZone::utc())
                               << QStringLiteral("demo:dialoog-meevaart") << QDate(2026, 12, 10) << QStringLiteral("moved")
                               << QStringLiteral("deze keer zijn we in VONK") << QStringLiteral("VONK");
    }
    void changedSessionsSayWhy()
    {
        QFETCH(QDateTime, now);
        QFETCH(QString, activityUid);
        QFETCH(QDate, day);
        QFETCH(QString, status);
        QFETCH(QString, reason);
        QFETCH(QString, place);
        UpcomingModel model(m_db.path());
        QVERIFY(reloadAndWait(model, now));
        int changed = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            if (index.data(UpcomingModel::ActivityUidRole).toString() != activityUid)
                continue;
            const bool thatDay = index.data(UpcomingModel::StartRole).toDateTime().date() == day;
            QCOMPARE(index.data(UpcomingModel::StatusRole).toString() == status, thatDay);
            QCOMPARE(index.data(UpcomingModel::ReasonRole).toString().contains(reason), thatDay);
            if (thatDay) {
                ++changed;
                QVERIFY2(index.data(UpcomingModel::PlaceRole).toString().contains(place),
                         qPrintable(index.data(UpcomingModel::PlaceRole).toString()));
            }
        }
        QCOMPARE(changed, 1);
    }

    // A date a listed series leaves out for a public holiday is in the list where the gap
    // is, named, instead of the series silently jumping over it.
    void holidayGapsAreSaid_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QStringList>("gaps");
        QTest::newRow("an ordinary week") << m_now << QStringList{};
        // Friday 25 December: the weekday inloop skips it; the Friday series of the
        // fortnight and the month have no other date this week, so they are not listed.
        QTest::newRow("Christmas week") << QDateTime(QDate(2026, 12, 21), QTime(8, 0), QTimeZone::utc())
                                        << QStringList{QStringLiteral("demo:inloop-meevaart 2026-12-25 10:00 Christmas Day")};
        QTest::newRow("New Year") << QDateTime(QDate(2026, 12, 28), QTime(8, 0), QTimeZone::utc())
                                  << QStringList{QStringLiteral("demo:inloop-meevaart 2027-01-01 10:00 New Year's Day")};
    }
    void holidayGapsAreSaid()
    {
        QFETCH(QDateTime, now);
        QFETCH(QStringList, gaps);
        UpcomingModel model(m_db.path());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(reloadAndWait(model, now));
        QStringList found;
        QDateTime previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            const QDateTime start = index.data(UpcomingModel::StartRole).toDateTime();
            QVERIFY(!previous.isValid() || previous <= start);
            previous = start;
            if (index.data(UpcomingModel::StatusRole).toString() != QLatin1String("skipped"))
                continue;
            QVERIFY(index.data(UpcomingModel::OccurrenceUidRole).toString().isEmpty());
            QVERIFY(!index.data(UpcomingModel::TitleRole).toString().isEmpty());
            found.append(index.data(UpcomingModel::ActivityUidRole).toString() + QLatin1Char(' ')
                         + start.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QLatin1Char(' ')
                         + index.data(UpcomingModel::ReasonRole).toString());
        }
        QCOMPARE(found, gaps);
    }

    void dayLabels_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<bool>("named");
        QTest::newRow("today") << QDate(2026, 11, 23) << false;
        QTest::newRow("tomorrow") << QDate(2026, 11, 24) << false;
        QTest::newRow("wednesday") << QDate(2026, 11, 25) << true;
    }

    void dayLabels()
    {
        QFETCH(QDate, day);
        QFETCH(bool, named);
        const QString label = UpcomingModel::dayLabel(day, QDate(2026, 11, 23));
        QCOMPARE(label.contains(QLocale().dayName(day.dayOfWeek())), named);
        QCOMPARE(label.contains(QString::number(day.day())), named);
        QVERIFY(label != UpcomingModel::dayLabel(day.addDays(1), QDate(2026, 11, 23)));
    }

    void titlesInTheUiLanguage_data()
    {
        QTest::addColumn<QString>("uiLanguage");
        QTest::addColumn<QString>("activityUid");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("titleLanguage");
        const QString taalcafe = QStringLiteral("demo:taalcafe-javaplein"), podium = QStringLiteral("demo:jongeren-javart");
        const QString ar = QStringLiteral("ar"), en = QStringLiteral("en"), nl = QStringLiteral("nl");
        QTest::newRow("ar, translated") << ar << taalcafe << QStringLiteral("مقهى اللغة") << ar;
        QTest::newRow("ar, untranslated: Dutch, marked nl") << ar << podium << QStringLiteral("Open podium en studio") << nl;
        QTest::newRow("en, translated") << en << podium << QStringLiteral("Open stage and studio") << en;
        QTest::newRow("nl, the original") << nl << taalcafe << QStringLiteral("Taalcafé") << nl;
    }
    void titlesInTheUiLanguage()
    {
        QFETCH(QString, uiLanguage);
        QFETCH(QString, activityUid);
        QFETCH(QString, title);
        QFETCH(QString, titleLanguage);
        // The UI language is the default QLocale's, as UiLanguage sets it.
        const QLocale before;
        QLocale::setDefault(QLocale(uiLanguage));
        UpcomingModel model(m_db.path());
        QVERIFY(reloadAndWait(model, m_now));
        QLocale::setDefault(before);
        int seen = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            if (index.data(UpcomingModel::ActivityUidRole).toString() != activityUid)
                continue;
            ++seen;
            QCOMPARE(index.data(UpcomingModel::TitleRole).toString(), title);
            QCOMPARE(index.data(UpcomingModel::TitleLanguageRole).toString(), titleLanguage);
        }
        QVERIFY2(seen > 0, qPrintable(activityUid));
    }
};

QTEST_GUILESS_MAIN(TestUpcomingModel)
#include "tst_upcomingmodel.moc"
