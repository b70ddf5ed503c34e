// SPDX-License-Identifier: GPL-3.0-or-later
// The in-app reminder of a joined session, on the demo neighbourhood with a clock the
// test steps by hand: due at the chosen lead time, not before, not twice, not for a
// session the resident left, and neutral in discreet mode (SPEC privacy 7).
#include "democatalogue.h"
#include "device/devicesettings.h"
#include "resident/discreetcontroller.h"
#include "device/joinstore.h"
#include "platform/notifier.h"
#include "device/reminderplanner.h"
#include "resident/reminderservice.h"
#include "storage/connectionworker.h"

#include <QLocale>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Buurtplein;

namespace {

// The demo's times, in UTC (Amsterdam is UTC+1 in November).
const QDateTime taalcafeTuesday(QDate(2026, 11, 24), QTime(13, 0), Qt::UTC);   // Taalcafé, OBA Javaplein, 14:00
const QDateTime inloopTuesday(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);      // Inloop met koffie, De Meevaart, 10:00
const QDateTime inloopCancelled(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);    // the Wednesday De Meevaart is closed

} // namespace

class TestReminderService : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now{QDate(2026, 11, 23), QTime(8, 0), Qt::UTC};
    std::unique_ptr<Database> m_db;
    qint64 m_clock = 0;
    bool m_countsAgree = true;  ///< check() returned as many as the notifier saw, every time

    QString occurrenceAt(const QString &activityUid, const QDateTime &start)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT o.uid FROM occurrence o JOIN activity a ON a.id = o.activity_id "
                                 "WHERE a.uid = ? AND o.start = ?"));
        q.bindValue(0, activityUid);
        q.bindValue(1, start.toSecsSinceEpoch());
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    // Steps the clock to @p at and checks; returns the notices the check raised.
    QList<QStringList> checkAt(ReminderService &service, QSignalSpy &notices, qint64 at)
    {
        m_clock = at;
        notices.clear();
        QSignalSpy checked(&service, &ReminderService::checked);
        service.check();
        if (!checked.wait(5000)) {
            m_countsAgree = false;
            return {};
        }
        const int shown = checked.first().first().toInt();
        QList<QStringList> raised;
        for (const QList<QVariant> &notice : notices)
            raised.append({notice.at(0).toString(), notice.at(1).toString()});
        m_countsAgree = m_countsAgree && shown == raised.size();
        return raised;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Day names in the texts ("Tue 14:00") in English, whatever the machine's language.
        QLocale::setDefault(QLocale::c());
    }

    void init()
    {
        m_countsAgree = true;
        m_db = std::make_unique<Database>();
        QString error;
        QVERIFY2(TestSupport::openDemoCatalogue(*m_db, m_now, &error), qPrintable(error));
    }

    void cleanup()
    {
        m_db.reset();
        QVERIFY2(m_countsAgree, "check() and the notifier disagree on how many notices were raised");
    }

    void remindsAtTheLeadTime_data()
    {
        QTest::addColumn<QString>("activity");
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<bool>("series");
        QTest::addColumn<int>("lead");
        QTest::addColumn<bool>("leave");
        QTest::addColumn<bool>("discreet");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("text");
        const QString taal = QStringLiteral("demo:taalcafe-javaplein");
        const QString inloop = QStringLiteral("demo:inloop-meevaart");
        QTest::newRow("one session, an hour before")
            << taal << taalcafeTuesday << false << 60 << false << false << 1 << "Taalcafé" << "Starts at 14:00 at OBA Javaplein.";
        QTest::newRow("one session, 15 minutes before")
            << taal << taalcafeTuesday << false << 15 << false << false << 1 << "Taalcafé" << "Starts at 14:00 at OBA Javaplein.";
        QTest::newRow("one session, a day before")
            << taal << taalcafeTuesday << false << 24 * 60 << false << false << 1 << "Taalcafé"
            << "Starts at Tue 14:00 at OBA Javaplein.";
        QTest::newRow("the whole series")
            << inloop << inloopTuesday << true << 60 << false << false << 1 << "Inloop met koffie"
            << "Starts at 10:00 at Buurthuis De Meevaart.";
        QTest::newRow("left again") << taal << taalcafeTuesday << false << 60 << true << false << 0 << "" << "";
        QTest::newRow("series left again") << inloop << inloopTuesday << true << 60 << true << false << 0 << "" << "";
        QTest::newRow("discreet") << taal << taalcafeTuesday << false << 60 << false << true << 1 << "Reminder"
                                  << "You have something planned at 14:00.";
        QTest::newRow("discreet series") << inloop << inloopTuesday << true << 30 << false << true << 1 << "Reminder"
                                         << "You have something planned at 10:00.";
    }

    void remindsAtTheLeadTime()
    {
        QFETCH(QString, activity);
        QFETCH(QDateTime, start);
        QFETCH(bool, series);
        QFETCH(int, lead);
        QFETCH(bool, leave);
        QFETCH(bool, discreet);
        QFETCH(int, expected);
        QFETCH(QString, title);
        QFETCH(QString, text);

        JoinStore joins(m_db->connection());
        DeviceSettings settings(m_db->connection());
        DiscreetController discreetController(settings);
        std::unique_ptr<Notifier> notifier(Notifier::create(nullptr));
        ConnectionWorker serviceWorker(m_db->connection(), QStringLiteral("reminders"));
        ReminderService service(serviceWorker, discreetController, notifier.get());
        service.setClock([this] { return m_clock; });
        QSignalSpy notices(notifier.get(), &Notifier::notified);

        QString error;
        const QString occurrence = occurrenceAt(activity, start);
        QVERIFY(!occurrence.isEmpty());
        const std::optional<Join> join = series ? joins.joinSeries(activity, lead, &error)
                                                : joins.joinOccurrence(activity, occurrence, lead, &error);
        QVERIFY2(join, qPrintable(error));
        if (leave)
            QVERIFY2(joins.leave(join->token, &error), qPrintable(error));
        if (discreet)
            QVERIFY(discreetController.enable(QStringLiteral("2468")));

        const qint64 due = start.toSecsSinceEpoch() - qint64(lead) * 60;
        QCOMPARE(checkAt(service, notices, due - 3600).size(), 0);     // the first check starts counting
        QCOMPARE(checkAt(service, notices, due - 60).size(), 0);       // a minute early
        QVERIFY(!service.isShowing());
        const QList<QStringList> raised = checkAt(service, notices, due + 30);
        QCOMPARE(raised.size(), expected);
        if (expected > 0) {
            QCOMPARE(raised.first().at(0), title);
            QCOMPARE(raised.first().at(1), text);
            // The notice shows in the app's banner too.
            QVERIFY(service.isShowing());
            QCOMPARE(service.title(), title);
            QCOMPARE(service.text(), text);
            if (discreet) {
                for (const QString &secret : {QStringLiteral("Taalcafé"), QStringLiteral("Inloop"),
                                              QStringLiteral("Javaplein"), QStringLiteral("Meevaart")}) {
                    QVERIFY(!service.title().contains(secret));
                    QVERIFY(!service.text().contains(secret));
                }
            }
        }
        QCOMPARE(checkAt(service, notices, due + 90).size(), 0);       // not twice
        QCOMPARE(checkAt(service, notices, start.toSecsSinceEpoch() + 60).size(), 0);
        service.dismiss();
        QVERIFY(!service.isShowing());
    }

    void aRestartDoesNotRemindAgain()
    {
        JoinStore joins(m_db->connection());
        DeviceSettings settings(m_db->connection());
        DiscreetController discreetController(settings);
        std::unique_ptr<Notifier> notifier(Notifier::create(nullptr));
        QString error;
        const QString occurrence = occurrenceAt(QStringLiteral("demo:taalcafe-javaplein"), taalcafeTuesday);
        QVERIFY(joins.joinOccurrence(QStringLiteral("demo:taalcafe-javaplein"), occurrence, 60, &error));
        const qint64 due = taalcafeTuesday.toSecsSinceEpoch() - 3600;
        QSignalSpy notices(notifier.get(), &Notifier::notified);
        {
            ConnectionWorker firstWorker(m_db->connection(), QStringLiteral("reminders"));
        ReminderService first(firstWorker, discreetController, notifier.get());
            first.setClock([this] { return m_clock; });
            QCOMPARE(checkAt(first, notices, due - 600).size(), 0);
            QCOMPARE(checkAt(first, notices, due + 10).size(), 1);
        }
        // The app starts again a little later: the moment already reminded of stays done.
        ConnectionWorker secondWorker(m_db->connection(), QStringLiteral("reminders"));
        ReminderService second(secondWorker, discreetController, notifier.get());
        second.setClock([this] { return m_clock; });
        QCOMPARE(checkAt(second, notices, due + 120).size(), 0);
    }

    void aCancelledSessionGivesNoReminder()
    {
        // De Meevaart is closed on Wednesday morning: the joined session is cancelled.
        JoinStore joins(m_db->connection());
        DeviceSettings settings(m_db->connection());
        DiscreetController discreetController(settings);
        std::unique_ptr<Notifier> notifier(Notifier::create(nullptr));
        ConnectionWorker serviceWorker(m_db->connection(), QStringLiteral("reminders"));
        ReminderService service(serviceWorker, discreetController, notifier.get());
        service.setClock([this] { return m_clock; });
        QSignalSpy notices(notifier.get(), &Notifier::notified);
        const QString activity = QStringLiteral("demo:inloop-meevaart");
        const QString occurrence = occurrenceAt(activity, inloopCancelled);
        QVERIFY(!occurrence.isEmpty());
        QString error;
        QVERIFY2(joins.joinOccurrence(activity, occurrence, 15, &error), qPrintable(error));
        const qint64 start = inloopCancelled.toSecsSinceEpoch();

        // No "starts at" reminder at any time; one notice, an hour ahead, that it will not take place.
        QList<QStringList> raised;
        for (qint64 at = start - 3 * 3600; at <= start + 600; at += 300)
            raised += checkAt(service, notices, at);
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised.first().at(0), QStringLiteral("Inloop met koffie"));
        QCOMPARE(raised.first().at(1), QStringLiteral("Cancelled: the session at 10:00 will not take place."));
        for (const QStringList &notice : raised)
            QVERIFY(!notice.at(1).startsWith(QStringLiteral("Starts at")));
    }
};

QTEST_GUILESS_MAIN(TestReminderService)
#include "tst_reminderservice.moc"
