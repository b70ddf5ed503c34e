// SPDX-License-Identifier: GPL-3.0-or-later
#include "democatalogue.h"
#include "catalogue/cataloguestore.h"
#include "storage/database.h"
#include "places/demoloader.h"
#include "device/joinstore.h"
#include "resident/myactivitiesmodel.h"
#include "resident/cataloguedetails.h"
#include "search/searchindex.h"
#include "search/searchquery.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Buurtplein;

class TestMyActivitiesModel : public QObject
{
    Q_OBJECT

private:
    Database m_db;
    const QDateTime m_now{QDate(2026, 11, 23), QTime(8, 0), Qt::UTC};

    QString firstOccurrenceOf(const QString &activityUid)
    {
        SearchQuery query;
        query.from = m_now;
        query.to = m_now.addDays(28);
        QString error;
        for (const SearchResult &r : Search::run(m_db.connection(), query, &error)) {
            if (r.activityUid == activityUid && r.status != QLatin1String("cancelled"))
                return r.occurrenceUid;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(TestSupport::openDemoCatalogue(m_db, m_now, &error), qPrintable(error));
    }

    void joinLeaveAndOrder()
    {
        JoinStore store(m_db.connection());
        MyActivitiesModel model(store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(m_now);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy revisions(&model, &MyActivitiesModel::revisionChanged);

        // A series and one date: both listed, upcoming first.
        const QString taal = QStringLiteral("demo:taalcafe-javaplein");
        const QString date = firstOccurrenceOf(taal);
        QVERIFY(!date.isEmpty());
        QVERIFY(model.joinSeries(QStringLiteral("demo:inloop-meevaart")));
        QVERIFY(model.joinOccurrence(taal, date));
        QCOMPARE(revisions.count(), 2);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.index(0).data(MyActivitiesModel::UpcomingRole).toBool());
        const QString firstDay = model.index(0).data(MyActivitiesModel::DayRole).toString();
        QVERIFY(!firstDay.isEmpty());
        QVERIFY(model.isCovered(taal, date));
        QVERIFY(!model.tokenFor(taal, date).isEmpty());
        QVERIFY(model.tokenFor(taal).isEmpty()); // not the series

        int seriesRows = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            seriesRows += model.index(row).data(MyActivitiesModel::SeriesRole).toBool();
        QCOMPARE(seriesRows, 1);

        // The reminder is the join's own, and can be switched off.
        const QString token = model.tokenFor(taal, date);
        QVERIFY(model.setReminder(token, -1));
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row).data(MyActivitiesModel::TokenRole).toString() == token)
                QCOMPARE(model.index(row).data(MyActivitiesModel::ReminderMinutesRole).toInt(), -1);
        }

        QVERIFY(model.leave(token));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.isCovered(taal, date));
        QVERIFY(model.leave(model.tokenFor(QStringLiteral("demo:inloop-meevaart"))));
        QCOMPARE(model.rowCount(), 0);
    }

    void refusedJoinSaysWhy()
    {
        JoinStore store(m_db.connection());
        MyActivitiesModel model(store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(m_now);
        QSignalSpy revisions(&model, &MyActivitiesModel::revisionChanged);
        QVERIFY(!model.joinSeries(QStringLiteral("demo:no-such-activity")));
        QVERIFY(!model.errorString().isEmpty());
        QCOMPARE(revisions.count(), 0);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.leave(QStringLiteral("0123456789abcdef0123456789abcdef")));
    }

    void upcomingFirst()
    {
        JoinStore store(m_db.connection());
        MyActivitiesModel model(store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(m_now);
        const QStringList activities = {QStringLiteral("demo:dialoog-meevaart"), QStringLiteral("demo:taalcafe-javaplein"),
                                        QStringLiteral("demo:inloop-meevaart")};
        for (const QString &uid : activities)
            QVERIFY(model.joinSeries(uid));
        QCOMPARE(model.rowCount(), 3);
        QDateTime previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(model.index(row).data(MyActivitiesModel::UpcomingRole).toBool());
            const QString token = model.index(row).data(MyActivitiesModel::TokenRole).toString();
            const std::optional<Join> join = store.join(token);
            QVERIFY(join);
            const QList<JoinedSession> sessions = store.sessions(m_now.toSecsSinceEpoch(), m_now.addDays(56).toSecsSinceEpoch());
            qint64 next = 0;
            for (const JoinedSession &s : sessions) {
                if (s.join.token == token) {
                    next = s.start;
                    break;
                }
            }
            const QDateTime start = QDateTime::fromSecsSinceEpoch(next, Qt::UTC);
            if (previous.isValid())
                QVERIFY(previous <= start);
            previous = start;
        }
        for (const QString &uid : activities)
            QVERIFY(model.leave(model.tokenFor(uid)));
    }

    void seriesWithoutUpcomingSessionShowsItsTitle()
    {
        // The vegetable garden meets from March to October: nothing in the coming weeks.
        JoinStore store(m_db.connection());
        MyActivitiesModel model(store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(m_now);
        const QString garden = QStringLiteral("demo:moestuin-flevopark");
        QVERIFY(model.joinSeries(garden));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex row = model.index(0);
        QVERIFY(!row.data(MyActivitiesModel::UpcomingRole).toBool());
        QCOMPARE(row.data(MyActivitiesModel::TitleRole).toString(), QStringLiteral("Samen moestuinieren"));
        QCOMPARE(row.data(Qt::DisplayRole).toString(), QStringLiteral("Samen moestuinieren"));
        QCOMPARE(row.data(MyActivitiesModel::ActivityUidRole).toString(), garden);
        QCOMPARE(row.data(MyActivitiesModel::DayRole).toString(), QString());
        QVERIFY(model.leave(model.tokenFor(garden)));
    }

    void titlesInTheContentLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("taalcafe");
        QTest::addColumn<QString>("garden");
        QTest::addColumn<QString>("titleLanguage"); // of both titles
        QTest::newRow("Dutch") << "nl_NL" << "Taalcafé" << "Samen moestuinieren" << "nl";
        QTest::newRow("English") << "en_GB" << "Language café" << "Community vegetable garden" << "en";
        QTest::newRow("Polish") << "pl_PL" << "Kawiarenka językowa" << "Wspólny ogród warzywny" << "pl";
        QTest::newRow("German, no translation") << "de_DE" << "Taalcafé" << "Samen moestuinieren" << "nl";
    }

    void titlesInTheContentLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, taalcafe);
        QFETCH(QString, garden);
        QFETCH(QString, titleLanguage);
        const QLocale before;
        QLocale::setDefault(QLocale(locale));
        JoinStore store(m_db.connection());
        MyActivitiesModel model(store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(m_now);
        CatalogueDetails details(m_db.connection());
        details.setNow(m_now);
        const QString taal = QStringLiteral("demo:taalcafe-javaplein");
        const QString moestuin = QStringLiteral("demo:moestuin-flevopark");
        QVERIFY(model.joinSeries(taal));
        QVERIFY(model.joinSeries(moestuin));
        QHash<QString, QString> titles;
        for (int row = 0; row < model.rowCount(); ++row) {
            titles.insert(model.index(row).data(MyActivitiesModel::ActivityUidRole).toString(),
                          model.index(row).data(MyActivitiesModel::TitleRole).toString());
            QCOMPARE(model.index(row).data(MyActivitiesModel::TitleLanguageRole).toString(), titleLanguage);
        }
        QCOMPARE(titles.value(taal), taalcafe);
        QCOMPARE(titles.value(moestuin), garden);
        // The same title as the activity page the resident joined from.
        QCOMPARE(details.activity(taal).value(QStringLiteral("title")).toString(), taalcafe);
        QCOMPARE(details.activity(moestuin).value(QStringLiteral("title")).toString(), garden);
        QCOMPARE(details.activity(taal).value(QStringLiteral("textLanguage")).toString(), titleLanguage);
        QCOMPARE(details.activity(moestuin).value(QStringLiteral("textLanguage")).toString(), titleLanguage);
        QVERIFY(model.leave(model.tokenFor(taal)));
        QVERIFY(model.leave(model.tokenFor(moestuin)));
        QLocale::setDefault(before);
    }

    void reminderTexts_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("text");
        QTest::newRow("none") << -1 << QStringLiteral("No reminder");
        QTest::newRow("start") << 0 << QStringLiteral("When it starts");
        QTest::newRow("15 minutes") << 15 << QStringLiteral("15 minute(s) before");
        QTest::newRow("an hour") << 60 << QStringLiteral("1 hour(s) before");
        QTest::newRow("a day") << 1440 << QStringLiteral("1 day(s) before");
    }

    void reminderTexts()
    {
        QFETCH(int, minutes);
        QFETCH(QString, text);
        QCOMPARE(MyActivitiesModel::reminderText(minutes), text);
    }
};

QTEST_GUILESS_MAIN(TestMyActivitiesModel)
#include "tst_myactivitiesmodel.moc"
