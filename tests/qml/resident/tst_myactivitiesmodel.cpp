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
#include "storage/connectionworker.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Buurtplein;

class TestMyActivitiesModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;
    const QDateTime m_now{QDate(2026, 11, 23), QTime(8, 0), Qt::UTC};

    // The model's first read (asked when it is made) has arrived.
    static bool loaded(MyActivitiesModel &model)
    {
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setNow(QDateTime{QDate(2026, 11, 23), QTime(8, 0), Qt::UTC});
        return reset.wait(5000);
    }

    // Does @p change and waits for its outcome: true when the join store took it.
    static bool written(MyActivitiesModel &model, const std::function<void()> &change)
    {
        QSignalSpy done(&model, &MyActivitiesModel::written);
        change();
        if (!done.wait(10000))
            return false;
        return done.first().first().toBool();
    }

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
        QVERIFY(m_dir.isValid());
        QString error;
        // A file, so that the model's worker reads and writes on a thread and connection of its own.
        QVERIFY2(TestSupport::openDemoCatalogue(m_db, m_now, &error, m_dir.filePath(QStringLiteral("device.sqlite"))),
                 qPrintable(error));
    }

    void joinLeaveAndOrder()
    {
        JoinStore store(m_db.connection());
        ConnectionWorker worker(m_db.connection(), QStringLiteral("joins"));
        QVERIFY(worker.isThreaded());
        MyActivitiesModel model(worker);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loaded(model));
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy revisions(&model, &MyActivitiesModel::revisionChanged);

        // A series and one date: both listed, upcoming first.
        const QString taal = QStringLiteral("demo:taalcafe-javaplein");
        const QString date = firstOccurrenceOf(taal);
        QVERIFY(!date.isEmpty());
        QVERIFY(written(model, [&] { model.joinSeries(QStringLiteral("demo:inloop-meevaart")); }));
        QVERIFY(written(model, [&] { model.joinOccurrence(taal, date); }));
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
        QVERIFY(written(model, [&] { model.setReminder(token, -1); }));
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row).data(MyActivitiesModel::TokenRole).toString() == token)
                QCOMPARE(model.index(row).data(MyActivitiesModel::ReminderMinutesRole).toInt(), -1);
        }

        QVERIFY(written(model, [&] { model.leave(token); }));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.isCovered(taal, date));
        QVERIFY(written(model, [&] { model.leave(model.tokenFor(QStringLiteral("demo:inloop-meevaart"))); }));
        QCOMPARE(model.rowCount(), 0);
    }

    void writesOffTheUiThread()
    {
        ConnectionWorker worker(m_db.connection(), QStringLiteral("joins"));
        MyActivitiesModel model(worker);
        QVERIFY(loaded(model));
        const QString inloop = QStringLiteral("demo:inloop-meevaart");

        // Another writer holds the database, as the sync does while it installs a catalogue.
        Database other;
        QVERIFY2(other.open(m_db.path()), qPrintable(other.errorString()));
        QSqlQuery lock(other.connection());
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QSignalSpy done(&model, &MyActivitiesModel::written);
        QSignalSpy busy(&model, &MyActivitiesModel::busyChanged);
        model.joinSeries(inloop);
        // The tap returns at once; the page can say the join is on its way.
        QVERIFY(model.isBusy());
        QCOMPARE(busy.count(), 1);
        QVERIFY(done.isEmpty());
        // The UI thread goes on handling events while the write waits for the lock.
        QTest::qWait(300);
        QVERIFY(done.isEmpty());
        QVERIFY(model.isBusy());
        QVERIFY(!model.isCovered(inloop, {}));
        QVERIFY(lock.exec(QStringLiteral("COMMIT")));

        QVERIFY(done.wait(10000));
        QVERIFY(done.first().first().toBool());
        QVERIFY(!model.isBusy());
        QCOMPARE(busy.count(), 2);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.tokenFor(inloop).isEmpty());
        QVERIFY(model.joinOf(inloop, QStringLiteral("any session")).has_value());
        QVERIFY(written(model, [&] { model.leave(model.tokenFor(inloop)); }));
        QCOMPARE(model.rowCount(), 0);
    }

    void aJoinAskedJustBeforeClosingIsKept()
    {
        const QString inloop = QStringLiteral("demo:inloop-meevaart");
        {
            ConnectionWorker worker(m_db.connection(), QStringLiteral("joins"));
            MyActivitiesModel model(worker);
            model.joinSeries(inloop);
            // The app closes before the answer came: the worker finishes the write first.
        }
        JoinStore store(m_db.connection());
        const std::optional<Join> join = store.joinFor(inloop);
        QVERIFY(join.has_value());
        QString error;
        QVERIFY2(store.leave(join->token, &error), qPrintable(error));
    }

    void refusedJoinSaysWhy()
    {
        JoinStore store(m_db.connection());
        ConnectionWorker worker(m_db.connection(), QStringLiteral("joins"));
        QVERIFY(worker.isThreaded());
        MyActivitiesModel model(worker);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loaded(model));
        QSignalSpy revisions(&model, &MyActivitiesModel::revisionChanged);
        QVERIFY(!written(model, [&] { model.joinSeries(QStringLiteral("demo:no-such-activity")); }));
        QVERIFY(!model.errorString().isEmpty());
        QCOMPARE(revisions.count(), 0);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!written(model, [&] { model.leave(QStringLiteral("0123456789abcdef0123456789abcdef")); }));
    }

    void upcomingFirst()
    {
        JoinStore store(m_db.connection());
        ConnectionWorker worker(m_db.connection(), QStringLiteral("joins"));
        QVERIFY(worker.isThreaded());
        MyActivitiesModel model(worker);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loaded(model));
        const QStringList activities = {QStringLiteral("demo:dialoog-meevaart"), QStringLiteral("demo:taalcafe-javaplein"),
                                        QStringLiteral("demo:inloop-meevaart")};
        for (const QString &uid : activities)
            QVERIFY(written(model, [&] { model.joinSeries(uid); }));
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
            QVERIFY(written(model, [&] { model.leave(model.tokenFor(uid)); }));
    }

    void seriesWithoutUpcomingSessionShowsItsTitle()
    {
        // The vegetable garden meets from March to October: nothing in the coming weeks.
        JoinStore store(m_db.connection());
        ConnectionWorker worker(m_db.connection(), QStringLiteral("joins"));
        QVERIFY(worker.isThreaded());
        MyActivitiesModel model(worker);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loaded(model));
        const QString garden = QStringLiteral("demo:moestuin-flevopark");
        QVERIFY(written(model, [&] { model.joinSeries(garden); }));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex row = model.index(0);
        QVERIFY(!row.data(MyActivitiesModel::UpcomingRole).toBool());
        QCOMPARE(row.data(MyActivitiesModel::TitleRole).toString(), QStringLiteral("Samen moestuinieren"));
        QCOMPARE(row.data(Qt::DisplayRole).toString(), QStringLiteral("Samen moestuinieren"));
        QCOMPARE(row.data(MyActivitiesModel::ActivityUidRole).toString(), garden);
        QCOMPARE(row.data(MyActivitiesModel::DayRole).toString(), QString());
        QVERIFY(written(model, [&] { model.leave(model.tokenFor(garden)); }));
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
        ConnectionWorker worker(m_db.connection(), QStringLiteral("joins"));
        QVERIFY(worker.isThreaded());
        MyActivitiesModel model(worker);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loaded(model));
        CatalogueDetails details(m_db.connection());
        details.setNow(m_now);
        const QString taal = QStringLiteral("demo:taalcafe-javaplein");
        const QString moestuin = QStringLiteral("demo:moestuin-flevopark");
        QVERIFY(written(model, [&] { model.joinSeries(taal); }));
        QVERIFY(written(model, [&] { model.joinSeries(moestuin); }));
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
        QVERIFY(written(model, [&] { model.leave(model.tokenFor(taal)); }));
        QVERIFY(written(model, [&] { model.leave(model.tokenFor(moestuin)); }));
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
