// SPDX-License-Identifier: GPL-3.0-or-later
#include "device/reminderplanner.h"

#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace Buurtplein;

namespace {
const QTimeZone amsterdam("Europe/Amsterdam");
// Monday 23 November 2026, 13:00 in Amsterdam.
const qint64 now = QDateTime(QDate(2026, 11, 23), QTime(13, 0), amsterdam).toSecsSinceEpoch();

JoinedSession session(qint64 start, int reminderMinutes, const QString &status = QStringLiteral("scheduled"))
{
    JoinedSession s;
    s.join.token = QStringLiteral("0123456789abcdef0123456789abcdef");
    s.join.activityUid = QStringLiteral("demo:taalcafe-javaplein");
    s.join.reminderMinutes = reminderMinutes;
    s.activityUid = s.join.activityUid;
    s.occurrenceUid = s.activityUid + QStringLiteral("/") + QString::number(start);
    s.title = QStringLiteral("Taalcafé voor vrouwen");
    s.placeName = QStringLiteral("OBA Javaplein");
    s.start = start;
    s.end = start + 7200;
    s.status = status;
    return s;
}

QString wallTime(qint64 utc)
{
    return QDateTime::fromSecsSinceEpoch(utc, amsterdam).toString(QStringLiteral("HH:mm"));
}
} // namespace

class TestReminderPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Day names in the source language, whatever the machine's locale.
        QLocale::setDefault(QLocale::c());
    }

    void dueWindow_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("status");
        QTest::addColumn<qint64>("since");
        QTest::addColumn<bool>("due");
        QTest::addColumn<qint64>("at");

        const qint64 minute = 60;
        QTest::newRow("due right now") << now + 60 * minute << 60 << "scheduled" << now - 5 * minute << true << now;
        QTest::newRow("due a minute ago") << now + 59 * minute << 60 << "scheduled" << now - 5 * minute << true << now - minute;
        QTest::newRow("due in a minute") << now + 61 * minute << 60 << "scheduled" << now - 5 * minute << false << qint64(0);
        QTest::newRow("shown at the last check") << now + 55 * minute << 60 << "scheduled" << now - 5 * minute << false << qint64(0);
        QTest::newRow("a second after the last check") << now + 55 * minute + 1 << 60 << "scheduled" << now - 5 * minute << true << now - 5 * minute + 1;
        QTest::newRow("at the start") << now << 0 << "scheduled" << now - minute << true << now;
        QTest::newRow("a day before") << now + 24 * 60 * minute - 10 * minute << 24 * 60 << "scheduled" << now - 15 * minute << true << now - 10 * minute;
        QTest::newRow("no reminder") << now + 60 * minute << -1 << "scheduled" << now - 24 * 60 * minute << false << qint64(0);
        QTest::newRow("moved session") << now + 30 * minute << 30 << "moved" << now - minute << true << now;
        QTest::newRow("cancelled, notice an hour before") << now + 60 * minute << 15 << "cancelled" << now - minute << true << now;
        QTest::newRow("cancelled, not at the reminder") << now + 15 * minute << 15 << "cancelled" << now - minute << false << qint64(0);
        QTest::newRow("cancelled without reminder") << now + 60 * minute << -1 << "cancelled" << now - minute << true << now;
        QTest::newRow("cancelled, earlier reminder") << now + 120 * minute << 120 << "cancelled" << now - minute << true << now;
    }

    void dueWindow()
    {
        QFETCH(qint64, start);
        QFETCH(int, minutes);
        QFETCH(QString, status);
        QFETCH(qint64, since);
        QFETCH(bool, due);
        QFETCH(qint64, at);

        const JoinedSession s = session(start, minutes, status);
        const QList<Reminder> reminders = ReminderPlanner::due({s}, now, since, false);
        QCOMPARE(reminders.size(), due ? 1 : 0);
        if (!due)
            return;
        const Reminder &r = reminders.first();
        QCOMPARE(r.at, at);
        QCOMPARE(r.occurrenceUid, s.occurrenceUid);
        QCOMPARE(r.cancelled, status == QLatin1String("cancelled"));
        QCOMPARE(r.title, s.title);
        QVERIFY2(r.text.contains(wallTime(start)), qPrintable(r.text));
        if (status == QLatin1String("cancelled")) {
            QVERIFY2(r.text.startsWith(QLatin1String("Cancelled")), qPrintable(r.text));
            QVERIFY2(!r.text.contains(s.placeName), qPrintable(r.text));
        } else {
            QVERIFY2(r.text.contains(s.placeName), qPrintable(r.text));
            QCOMPARE(r.text.startsWith(QLatin1String("Moved")), status == QLatin1String("moved"));
        }
        // Asked again from now on, nothing is due twice.
        QVERIFY(ReminderPlanner::due({s}, now, now, false).isEmpty());
    }

    void discreetTextNamesNeitherActivityNorPlace_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<qint64>("start");
        QTest::newRow("scheduled today") << "scheduled" << now + 3600;
        QTest::newRow("scheduled tomorrow") << "scheduled" << now + 24 * 3600;
        QTest::newRow("moved") << "moved" << now + 3600;
        QTest::newRow("cancelled") << "cancelled" << now + 3600;
    }

    void discreetTextNamesNeitherActivityNorPlace()
    {
        QFETCH(QString, status);
        QFETCH(qint64, start);
        const JoinedSession s = session(start, int((start - now) / 60), status);
        const QList<Reminder> reminders = ReminderPlanner::due({s}, now, now - 60, true);
        QCOMPARE(reminders.size(), 1);
        const Reminder &r = reminders.first();
        QCOMPARE(r.title, ReminderPlanner::neutralTitle());
        QVERIFY2(r.text.contains(wallTime(start)), qPrintable(r.text));
        const QString everything = r.title + QLatin1Char(' ') + r.text;
        // No word of the title or of the place, in any case.
        const QStringList words = (s.title + QLatin1Char(' ') + s.placeName).split(QLatin1Char(' '));
        for (const QString &word : words)
            QVERIFY2(!everything.contains(word, Qt::CaseInsensitive), qPrintable(word + QStringLiteral(" in ") + everything));
        QVERIFY(!everything.contains(QLatin1String("Cancelled")));
        QVERIFY(!everything.contains(QLatin1String("Moved")));
        // The undiscreet reminder of the same session does name them: the check above can fail.
        const Reminder open = ReminderPlanner::due({s}, now, now - 60, false).first();
        QVERIFY((open.title + open.text).contains(QStringLiteral("Taalcafé")));
    }

    void dueRemindersComeInOrder()
    {
        const QList<JoinedSession> sessions = {
            session(now + 3600, 60),             // at now
            session(now + 1800, 60),             // at now - 30 min
            session(now + 7200, 180),            // at now - 60 min
            session(now + 90000, 60),            // tomorrow: not yet
        };
        const QList<Reminder> reminders = ReminderPlanner::due(sessions, now, now - 7200, false);
        QCOMPARE(reminders.size(), 3);
        QCOMPARE(reminders.at(0).at, now - 3600);
        QCOMPARE(reminders.at(1).at, now - 1800);
        QCOMPARE(reminders.at(2).at, now);
    }

    void whenText_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<QString>("expected");
        QTest::newRow("today") << now + 3600 << QStringLiteral("14:00");
        QTest::newRow("tonight") << QDateTime(QDate(2026, 11, 23), QTime(23, 30), amsterdam).toSecsSinceEpoch() << QStringLiteral("23:30");
        QTest::newRow("tomorrow") << now + 24 * 3600 << QStringLiteral("Tue 13:00");
        QTest::newRow("summer time") << QDateTime(QDate(2027, 6, 2), QTime(10, 15), amsterdam).toSecsSinceEpoch() << QStringLiteral("Wed 10:15");
    }

    void whenText()
    {
        QFETCH(qint64, start);
        QFETCH(QString, expected);
        QCOMPARE(ReminderPlanner::whenText(start, now), expected);
    }
};

QTEST_GUILESS_MAIN(TestReminderPlanner)
#include "tst_reminderplanner.moc"
