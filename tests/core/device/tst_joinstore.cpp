// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicefixture.h"
#include "device/joinstore.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>
#include <QTest>

using namespace Buurtplein;

namespace {
const QString inloop = QStringLiteral("demo:inloop-meevaart");
const QString taalcafe = QStringLiteral("demo:taalcafe-javaplein");

int joinRows(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT count(*) FROM join_record"));
    return q.next() ? q.value(0).toInt() : -1;
}
} // namespace

class TestJoinStore : public QObject
{
    Q_OBJECT

private:
    Database m_db;
    qint64 m_from = 0;
    qint64 m_to = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(DeviceFixture::openDemo(m_db, QStringLiteral(":memory:"), &error), qPrintable(error));
        m_from = DeviceFixture::now().toSecsSinceEpoch();
        m_to = DeviceFixture::now().addDays(28).toSecsSinceEpoch();
        QVERIFY(DeviceFixture::occurrencesOf(m_db.connection(), inloop, m_from, m_to).size() >= 3);
    }

    void cleanup()
    {
        QSqlQuery(m_db.connection()).exec(QStringLiteral("DELETE FROM join_record"));
    }

    void joinsOneSession()
    {
        JoinStore store(m_db.connection());
        const QString occurrence = DeviceFixture::occurrencesOf(m_db.connection(), inloop, m_from, m_to).at(1);
        QString error;
        const auto join = store.joinOccurrence(inloop, occurrence, 30, &error);
        QVERIFY2(join, qPrintable(error));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(join->token).hasMatch());
        QVERIFY(!join->isSeries());
        QCOMPARE(join->reminderMinutes, 30);

        const auto stored = store.joinFor(inloop, occurrence);
        QVERIFY(stored);
        QCOMPARE(stored->token, join->token);
        QCOMPARE(stored->created, join->created);
        QVERIFY(!store.joinFor(inloop)); // no series join

        const QList<JoinedSession> sessions = store.sessions(m_from, m_to);
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(sessions.first().occurrenceUid, occurrence);
        QCOMPARE(sessions.first().title, QStringLiteral("Inloop met koffie"));
        QCOMPARE(sessions.first().placeName, QStringLiteral("Buurthuis De Meevaart"));
        QCOMPARE(sessions.first().join.token, join->token);
        QVERIFY(sessions.first().end > sessions.first().start);
    }

    void seriesCoversEachSession()
    {
        JoinStore store(m_db.connection());
        QString error;
        const auto series = store.joinSeries(taalcafe, JoinStore::DefaultReminderMinutes, &error);
        QVERIFY2(series, qPrintable(error));
        QVERIFY(series->isSeries());
        const QStringList expected = DeviceFixture::occurrencesOf(m_db.connection(), taalcafe, m_from, m_to);
        QVERIFY(expected.size() >= 2);

        QStringList listed;
        qint64 previous = 0;
        for (const JoinedSession &s : store.sessions(m_from, m_to)) {
            QVERIFY(s.start >= previous);
            previous = s.start;
            QCOMPARE(s.join.token, series->token);
            listed.append(s.occurrenceUid);
        }
        QCOMPARE(listed, expected);

        // A session joined on its own as well appears once, with its own reminder.
        const auto own = store.joinOccurrence(taalcafe, expected.first(), 0, &error);
        QVERIFY2(own, qPrintable(error));
        QVERIFY(own->token != series->token);
        const QList<JoinedSession> sessions = store.sessions(m_from, m_to);
        QCOMPARE(sessions.size(), expected.size());
        QCOMPARE(sessions.first().join.token, own->token);
        QCOMPARE(store.covering(taalcafe, expected.first())->token, own->token);
        QCOMPARE(store.covering(taalcafe, expected.last())->token, series->token);
    }

    void cancelledSessionKeepsItsStatus()
    {
        JoinStore store(m_db.connection());
        QString error;
        QVERIFY2(store.joinSeries(inloop, 60, &error), qPrintable(error));
        const qint64 cancelledStart = QDateTime(QDate(2026, 11, 25), QTime(10, 0), QTimeZone("Europe/Amsterdam")).toSecsSinceEpoch();
        bool found = false;
        for (const JoinedSession &s : store.sessions(m_from, m_to)) {
            QCOMPARE(s.status, s.start == cancelledStart ? QStringLiteral("cancelled") : QStringLiteral("scheduled"));
            found = found || s.start == cancelledStart;
        }
        QVERIFY(found);
    }

    void joiningTwiceReturnsTheFirstJoin()
    {
        JoinStore store(m_db.connection());
        const QString occurrence = DeviceFixture::occurrencesOf(m_db.connection(), inloop).first();
        QString error;
        const auto first = store.joinOccurrence(inloop, occurrence, 60, &error);
        const auto second = store.joinOccurrence(inloop, occurrence, 15, &error);
        QVERIFY(first && second);
        QCOMPARE(second->token, first->token);
        QCOMPARE(second->reminderMinutes, 60);
        const auto series1 = store.joinSeries(inloop, 60, &error);
        const auto series2 = store.joinSeries(inloop, 60, &error);
        QVERIFY(series1 && series2);
        QCOMPARE(series2->token, series1->token);
        QCOMPARE(joinRows(m_db.connection()), 2);
        QCOMPARE(store.joins().size(), 2);
    }

    void refusesUnknown_data()
    {
        QTest::addColumn<QString>("activity");
        QTest::addColumn<QString>("occurrence");
        const QString otherOccurrence = DeviceFixture::occurrencesOf(m_db.connection(), taalcafe).first();
        QTest::newRow("unknown activity, series") << QStringLiteral("demo:no-such-thing") << QString();
        QTest::newRow("unknown activity, session") << QStringLiteral("demo:no-such-thing") << otherOccurrence;
        QTest::newRow("unknown session") << inloop << QStringLiteral("demo:inloop-meevaart/20261124T093700Z");
        QTest::newRow("session of another activity") << inloop << otherOccurrence;
        QTest::newRow("session outside the index window") << inloop << QStringLiteral("demo:inloop-meevaart/20301127T090000Z");
    }

    void refusesUnknown()
    {
        QFETCH(QString, activity);
        QFETCH(QString, occurrence);
        JoinStore store(m_db.connection());
        QString error;
        const auto join = occurrence.isEmpty() ? store.joinSeries(activity, 60, &error)
                                               : store.joinOccurrence(activity, occurrence, 60, &error);
        QVERIFY(!join);
        QVERIFY2(error.contains(QLatin1String("cannot join")), qPrintable(error));
        QCOMPARE(joinRows(m_db.connection()), 0);
    }

    void leaves()
    {
        JoinStore store(m_db.connection());
        QString error;
        const auto join = store.joinSeries(taalcafe, 60, &error);
        QVERIFY(join);
        QVERIFY(!store.sessions(m_from, m_to).isEmpty());
        QVERIFY2(store.leave(join->token, &error), qPrintable(error));
        QVERIFY(store.joins().isEmpty());
        QVERIFY(store.sessions(m_from, m_to).isEmpty());
        QVERIFY(!store.joinFor(taalcafe));
        error.clear();
        QVERIFY(!store.leave(join->token, &error));
        QVERIFY(!error.isEmpty());
    }

    void setsReminders_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("none") << -1 << true;
        QTest::newRow("at the start") << 0 << true;
        QTest::newRow("15 minutes") << 15 << true;
        QTest::newRow("a day") << 24 * 60 << true;
        QTest::newRow("four weeks") << 4 * 7 * 24 * 60 << true;
        QTest::newRow("more than four weeks") << 4 * 7 * 24 * 60 + 1 << false;
        QTest::newRow("negative") << -2 << false;
    }

    void setsReminders()
    {
        QFETCH(int, minutes);
        QFETCH(bool, accepted);
        JoinStore store(m_db.connection());
        QString error;
        const auto join = store.joinSeries(inloop, JoinStore::DefaultReminderMinutes, &error);
        QVERIFY(join);
        QCOMPARE(store.setReminder(join->token, minutes, &error), accepted);
        QCOMPARE(store.join(join->token)->reminderMinutes, accepted ? minutes : JoinStore::DefaultReminderMinutes);
        QCOMPARE(store.sessions(m_from, m_to).first().join.reminderMinutes, accepted ? minutes : JoinStore::DefaultReminderMinutes);

        // A new join takes the minutes it is given, under the same rule.
        QCOMPARE(bool(store.joinSeries(taalcafe, minutes, &error)), accepted);
    }

    void reminderOfUnknownJoinIsRefused()
    {
        JoinStore store(m_db.connection());
        QString error;
        QVERIFY(!store.setReminder(JoinStore::newToken(), 10, &error));
        QVERIFY(!error.isEmpty());
    }

    void tokensAreRandom()
    {
        QSet<QString> tokens;
        for (int i = 0; i < 1000; ++i)
            tokens.insert(JoinStore::newToken());
        QCOMPARE(tokens.size(), 1000);
    }

    void joinsSurviveARebuild()
    {
        JoinStore store(m_db.connection());
        const QString occurrence = DeviceFixture::occurrencesOf(m_db.connection(), inloop, m_from, m_to).first();
        QString error;
        QVERIFY(store.joinOccurrence(inloop, occurrence, 60, &error));
        QVERIFY2(SearchIndex::rebuild(m_db.connection(), DeviceFixture::now(), 8, &error), qPrintable(error));
        const QList<JoinedSession> sessions = store.sessions(m_from, m_to);
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(sessions.first().occurrenceUid, occurrence);
    }

    void activityTitle_data()
    {
        QTest::addColumn<QString>("activity");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::newRow("own title") << taalcafe << QString() << QStringLiteral("Taalcafé");
        QTest::newRow("the activity's own language") << taalcafe << QStringLiteral("nl") << QStringLiteral("Taalcafé");
        QTest::newRow("translated") << taalcafe << QStringLiteral("en") << QStringLiteral("Language café");
        QTest::newRow("translated to Polish") << taalcafe << QStringLiteral("pl") << QStringLiteral("Kawiarenka językowa");
        QTest::newRow("no translation to it") << taalcafe << QStringLiteral("de") << QStringLiteral("Taalcafé");
        QTest::newRow("no session in the window")
            << QStringLiteral("demo:moestuin-flevopark") << QString() << QStringLiteral("Samen moestuinieren");
        QTest::newRow("left the catalogue") << QStringLiteral("demo:no-such-activity") << QString() << QString();
    }

    void activityTitle()
    {
        QFETCH(QString, activity);
        QFETCH(QString, language);
        QFETCH(QString, title);
        JoinStore store(m_db.connection());
        QCOMPARE(store.activityTitle(activity, language), title);
    }

    void sessionTitlesInTheRequestedLanguage()
    {
        JoinStore store(m_db.connection());
        QString error;
        QVERIFY(store.joinSeries(taalcafe, 60, &error));
        QVERIFY(store.joinSeries(inloop, 60, &error));
        const QList<JoinedSession> english = store.sessions(m_from, m_to, QStringLiteral("en"));
        const QList<JoinedSession> own = store.sessions(m_from, m_to);
        QCOMPARE(english.size(), own.size());
        QVERIFY(!english.isEmpty());
        for (int i = 0; i < english.size(); ++i) {
            QCOMPARE(english.at(i).occurrenceUid, own.at(i).occurrenceUid);
            QCOMPARE(english.at(i).title, english.at(i).activityUid == taalcafe ? QStringLiteral("Language café")
                                                                             : QStringLiteral("Drop-in coffee"));
            QCOMPARE(own.at(i).title, own.at(i).activityUid == taalcafe ? QStringLiteral("Taalcafé")
                                                                     : QStringLiteral("Inloop met koffie"));
        }
    }
};

QTEST_GUILESS_MAIN(TestJoinStore)
#include "tst_joinstore.moc"
