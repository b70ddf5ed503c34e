// SPDX-License-Identifier: GPL-3.0-or-later
// The social worker's page of one activity: its sessions (WorkerSessionsModel) and what
// can be done to them and to the series (SessionActions), on the demo neighbourhood and
// a device enrolled for Buurtwerk Oost. "Now" is Monday 23 November 2026, 09:00 in
// Amsterdam; the Tuesday club "demo:ouderensoos-kramat" meets 14:00–16:00.
#include "democatalogue.h"
#include "device/devicesettings.h"
#include "recurrence/occurrenceexpander.h"
#include "platform/securetokenstore.h"
#include "worker/sessionactions.h"
#include "worker/workerenrolment.h"
#include "worker/workersessionsmodel.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Buurtplein;

namespace {

const QString Club = QStringLiteral("demo:ouderensoos-kramat");
const QDateTime Now(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);

/** The club's session on @p day (a Tuesday), 14:00 in Amsterdam. */
QString clubSession(const QDate &day)
{
    return OccurrenceId::make(Club, QDateTime(day, QTime(14, 0), QTimeZone("Europe/Amsterdam")).toSecsSinceEpoch());
}

struct Fixture {
    Database db;
    QTemporaryDir dir;
    std::unique_ptr<DeviceSettings> settings;
    std::unique_ptr<SecureTokenStore> tokens;
    QNetworkAccessManager network;
    std::unique_ptr<WorkerEnrolment> session;
    WorkerSessionsModel model;
    SessionActions actions;
};

/** Status, start and end (UTC seconds) and place uid of @p occurrenceUid in the residents' search window. */
struct Indexed {
    QString status;
    qint64 start = 0;
    qint64 end = 0;
    QString placeUid;
};

} // namespace

class TestWorkerSessionsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rows();
    void activitySummary();
    void cancelAndRestore_data();
    void cancelAndRestore();
    void move_data();
    void move();
    void refusals_data();
    void refusals();
    void pauseResumeEnd();
    void otherOrganisation();
    void logged();
    void recentSessionsAreShortened();

private:
    std::optional<Indexed> indexed(const QString &occurrenceUid) const;
    QVariantMap row(const QString &occurrenceUid) const;

    std::unique_ptr<Fixture> f;
};

void TestWorkerSessionsModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestWorkerSessionsModel::init()
{
    f = std::make_unique<Fixture>();
    QString error;
    QVERIFY2(TestSupport::openDemoCatalogue(f->db, Now, &error), qPrintable(error));
    QVERIFY(f->dir.isValid());
    f->settings = std::make_unique<DeviceSettings>(f->db.connection());
    QVERIFY(f->settings->setValue(SettingKey::workerOrganisationUid, QStringLiteral("org:buurtwerk-oost")));
    f->tokens = std::make_unique<SecureTokenStore>(f->dir.path());
    f->tokens->setKeychainEnabled(false);
    f->session = std::make_unique<WorkerEnrolment>(f->db.connection(), *f->settings, f->tokens.get(), &f->network,
                                                 [] { return Now; });
    QVERIFY(f->session->enrolled());
    f->model.setEnrolment(f->session.get());
    f->model.setActivityUid(Club);
    f->actions.setEnrolment(f->session.get());
    f->actions.setActivityUid(Club);
}

void TestWorkerSessionsModel::cleanup()
{
    f.reset();
}

std::optional<Indexed> TestWorkerSessionsModel::indexed(const QString &occurrenceUid) const
{
    QSqlQuery q(f->db.connection());
    q.prepare(QStringLiteral("SELECT o.status, o.start, o.end, coalesce(p.uid, '') FROM occurrence o "
                             "LEFT JOIN place p ON p.id = o.place_id WHERE o.uid = ?"));
    q.addBindValue(occurrenceUid);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Indexed{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString()};
}

QVariantMap TestWorkerSessionsModel::row(const QString &occurrenceUid) const
{
    return f->model.get(f->model.indexOf(occurrenceUid));
}

void TestWorkerSessionsModel::rows()
{
    QAbstractItemModelTester tester(&f->model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Four Tuesdays back (the logging window) and eight ahead.
    QCOMPARE(f->model.rowCount(), 12);

    const QVariantMap newest = f->model.get(0);
    QCOMPARE(newest.value("occurrenceUid").toString(), clubSession(QDate(2026, 11, 17)));
    QCOMPARE(newest.value("section").toString(), QStringLiteral("Recent"));
    QCOMPARE(newest.value("dayText").toString(), QStringLiteral("Tuesday 17 November"));
    QCOMPARE(newest.value("timeText").toString(), QStringLiteral("14:00–16:00"));
    QVERIFY(newest.value("past").toBool());
    QVERIFY(newest.value("canLog").toBool());
    QVERIFY(!newest.value("logged").toBool());
    QVERIFY(!newest.value("canCancel").toBool());
    QVERIFY(!newest.value("canMove").toBool());
    QVERIFY(!newest.value("canRestore").toBool());
    QCOMPARE(f->model.get(3).value("occurrenceUid").toString(), clubSession(QDate(2026, 10, 27)));

    const QVariantMap next = f->model.get(4);
    QCOMPARE(next.value("occurrenceUid").toString(), clubSession(QDate(2026, 11, 24)));
    QCOMPARE(next.value("section").toString(), QStringLiteral("Coming"));
    QCOMPARE(next.value("status").toString(), QStringLiteral("scheduled"));
    QCOMPARE(next.value("badgeText").toString(), QString());
    QVERIFY(!next.value("past").toBool());
    QVERIFY(!next.value("canLog").toBool());
    QVERIFY(next.value("canCancel").toBool());
    QVERIFY(next.value("canMove").toBool());
    QVERIFY(!next.value("canRestore").toBool());
    QCOMPARE(f->model.get(11).value("occurrenceUid").toString(), clubSession(QDate(2027, 1, 12)));

    // The demo's own cancellation of another activity (a free-text reason) shows as it is.
    f->model.setActivityUid(QStringLiteral("demo:inloop-meevaart"));
    const QVariantMap closed = f->model.get(f->model.indexOf(
        OccurrenceId::make(QStringLiteral("demo:inloop-meevaart"), QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC).toSecsSinceEpoch())));
    QCOMPARE(closed.value("badgeText").toString(), QStringLiteral("Cancelled"));
    QVERIFY(closed.value("reasonLabel").toString().startsWith(QStringLiteral("De Meevaart is deze ochtend gesloten")));

    f->model.setActivityUid(QStringLiteral("demo:no-such-activity"));
    QCOMPARE(f->model.rowCount(), 0);
}

void TestWorkerSessionsModel::activitySummary()
{
    const QVariantMap a = f->actions.activity();
    QCOMPARE(a.value("title").toString(), QStringLiteral("Koffie en spelletjes"));
    QCOMPARE(a.value("status").toString(), QStringLiteral("active"));
    QCOMPARE(a.value("statusLabel").toString(), QStringLiteral("Active"));
    QVERIFY(!a.value("placeName").toString().isEmpty());
    const QVariantList schedules = a.value("schedules").toList();
    QCOMPARE(schedules.size(), 1);
    QCOMPARE(schedules.first().toMap().value("uid").toString(), QStringLiteral("demo:ouderensoos-kramat/s1"));
    const QString words = schedules.first().toMap().value("text").toString();
    QVERIFY2(words.contains(QStringLiteral("Tuesday")) && words.contains(QStringLiteral("14:00")), qPrintable(words));

    const QVariantList reasons = f->actions.cancelReasons();
    QCOMPARE(reasons.size(), 7);
    QCOMPARE(reasons.first().toMap().value("id").toString(), QStringLiteral("host_afwezig"));
    QCOMPARE(reasons.first().toMap().value("label").toString(), QStringLiteral("Host absent"));
}

void TestWorkerSessionsModel::cancelAndRestore_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("label");
    QTest::newRow("weather") << "weer" << "Weather";
    QTest::newRow("host") << "host_afwezig" << "Host absent";
    QTest::newRow("holiday") << "feestdag_vakantie" << "Holiday";
}

void TestWorkerSessionsModel::cancelAndRestore()
{
    QFETCH(QString, reason);
    QFETCH(QString, label);
    QAbstractItemModelTester tester(&f->model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString uid = clubSession(QDate(2026, 12, 1));
    const int waiting = f->session->waitingChanges();
    QSignalSpy changed(f->session.get(), &WorkerEnrolment::changed);

    QVERIFY2(f->actions.cancel(uid, reason), qPrintable(f->actions.errorString()));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(f->session->waitingChanges(), waiting + 1);
    QVariantMap r = row(uid);
    QCOMPARE(r.value("status").toString(), QStringLiteral("cancelled"));
    QCOMPARE(r.value("badgeText").toString(), QStringLiteral("Cancelled"));
    QCOMPARE(r.value("reasonLabel").toString(), label);
    QVERIFY(r.value("canRestore").toBool());
    QVERIFY(!r.value("canCancel").toBool());
    QCOMPARE(indexed(uid)->status, QStringLiteral("cancelled"));
    QCOMPARE(f->actions.sessionInfo(uid).value("reasonLabel").toString(), label);

    QVERIFY2(f->actions.restore(uid), qPrintable(f->actions.errorString()));
    QCOMPARE(changed.size(), 2);
    r = row(uid);
    QCOMPARE(r.value("status").toString(), QStringLiteral("scheduled"));
    QCOMPARE(r.value("badgeText").toString(), QString());
    QVERIFY(!r.value("canRestore").toBool());
    QVERIFY(r.value("canCancel").toBool());
    QCOMPARE(indexed(uid)->status, QStringLiteral("scheduled"));
}

void TestWorkerSessionsModel::move_data()
{
    QTest::addColumn<QDate>("session");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("time");
    QTest::addColumn<int>("duration");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");
    QTest::addColumn<QString>("movedText");

    const QString vonk = QStringLiteral("mvzn:MV1188-1");
    // Amsterdam is UTC+1 in winter; the club's sessions last two hours.
    QTest::newRow("same day later, keeps its length")
        << QDate(2026, 11, 24) << "2026-11-24" << "16:30" << 0 << QString()
        << QDateTime(QDate(2026, 11, 24), QTime(15, 30), Qt::UTC) << QDateTime(QDate(2026, 11, 24), QTime(17, 30), Qt::UTC)
        << "Moved to Tue 24 Nov 16:30";
    QTest::newRow("another day, shorter")
        << QDate(2026, 12, 8) << "2026-12-10" << "10:00" << 90 << QString()
        << QDateTime(QDate(2026, 12, 10), QTime(9, 0), Qt::UTC) << QDateTime(QDate(2026, 12, 10), QTime(10, 30), Qt::UTC)
        << "Moved to Thu 10 Dec 10:00";
    QTest::newRow("another place, same time")
        << QDate(2026, 12, 1) << "2026-12-01" << "14:00" << 0 << vonk
        << QDateTime(QDate(2026, 12, 1), QTime(13, 0), Qt::UTC) << QDateTime(QDate(2026, 12, 1), QTime(15, 0), Qt::UTC)
        << "Moved to Tue 1 Dec 14:00 · ";
}

void TestWorkerSessionsModel::move()
{
    QFETCH(QDate, session);
    QFETCH(QString, date);
    QFETCH(QString, time);
    QFETCH(int, duration);
    QFETCH(QString, place);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);
    QFETCH(QString, movedText);
    QAbstractItemModelTester tester(&f->model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString uid = clubSession(session);
    const QString scheduledDay = row(uid).value("dayText").toString();

    QVERIFY2(f->actions.move(uid, date, time, duration, place), qPrintable(f->actions.errorString()));
    const QVariantMap r = row(uid);
    QCOMPARE(r.value("status").toString(), QStringLiteral("moved"));
    QCOMPARE(r.value("badgeText").toString(), QStringLiteral("Moved"));
    QVERIFY2(r.value("movedText").toString().startsWith(movedText), qPrintable(r.value("movedText").toString()));
    QCOMPARE(r.value("dayText").toString(), scheduledDay);
    QVERIFY(r.value("canRestore").toBool());
    QVERIFY(r.value("canMove").toBool());
    QVERIFY(r.value("canCancel").toBool());
    if (!place.isEmpty()) {
        QVERIFY(!r.value("movedPlace").toString().isEmpty());
        QVERIFY(r.value("movedText").toString().endsWith(r.value("movedPlace").toString()));
    }
    QCOMPARE(f->actions.movePreview(date, time, place), r.value("movedText").toString());

    // What residents find: the session at its new time (and place), marked moved.
    const std::optional<Indexed> seen = indexed(uid);
    QVERIFY(seen);
    QCOMPARE(seen->status, QStringLiteral("moved"));
    QCOMPARE(seen->start, start.toSecsSinceEpoch());
    QCOMPARE(seen->end, end.toSecsSinceEpoch());
    if (!place.isEmpty())
        QCOMPARE(seen->placeUid, place);

    QVERIFY2(f->actions.restore(uid), qPrintable(f->actions.errorString()));
    QCOMPARE(row(uid).value("status").toString(), QStringLiteral("scheduled"));
    QCOMPARE(indexed(uid)->start, QDateTime(session, QTime(13, 0), Qt::UTC).toSecsSinceEpoch());
}

void TestWorkerSessionsModel::refusals_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("occurrenceUid");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("error");

    const QString coming = clubSession(QDate(2026, 11, 24));
    const QString started = clubSession(QDate(2026, 11, 17));
    QTest::newRow("no reason") << "cancel" << coming << "" << "" << "Choose why the session is cancelled.";
    QTest::newRow("a reason not on the list") << "cancel" << coming << "ziek" << "" << "Choose why the session is cancelled.";
    QTest::newRow("cancel what has started") << "cancel" << started << "weer" << ""
                                             << "This session has already started. Log it as not held instead.";
    QTest::newRow("not a session of the schedule") << "cancel" << clubSession(QDate(2026, 11, 25)) << "weer" << ""
                                                   << "This session is not in the schedule of its activity.";
    QTest::newRow("move into the past") << "move" << coming << "2026-11-20" << "14:00"
                                        << "The new time has already passed. Choose a moment in the future.";
    QTest::newRow("move to earlier today") << "move" << coming << "2026-11-23" << "08:30"
                                           << "The new time has already passed. Choose a moment in the future.";
    QTest::newRow("move to no time") << "move" << coming << "2026-11-26" << "25:00"
                                     << "Choose the new date and time of the session.";
    QTest::newRow("move what has started") << "move" << started << "2026-11-26" << "14:00"
                                           << "This session has already started. Log it as not held instead.";
    QTest::newRow("restore what has started") << "restore" << started << "" << ""
                                              << "This session has already started. Log it as not held instead.";
}

void TestWorkerSessionsModel::refusals()
{
    QFETCH(QString, action);
    QFETCH(QString, occurrenceUid);
    QFETCH(QString, argument);
    QFETCH(QString, time);
    QFETCH(QString, error);
    const int waiting = f->session->waitingChanges();
    QSignalSpy changed(f->session.get(), &WorkerEnrolment::changed);
    QSignalSpy errorChanged(&f->actions, &SessionActions::errorStringChanged);

    bool ok = true;
    if (action == QLatin1String("cancel"))
        ok = f->actions.cancel(occurrenceUid, argument);
    else if (action == QLatin1String("move"))
        ok = f->actions.move(occurrenceUid, argument, time);
    else
        ok = f->actions.restore(occurrenceUid);
    QVERIFY(!ok);
    QCOMPARE(f->actions.errorString(), error);
    QCOMPARE(errorChanged.size(), 1);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(f->session->waitingChanges(), waiting);
    if (const auto seen = indexed(occurrenceUid))
        QCOMPARE(seen->status, QStringLiteral("scheduled"));
}

void TestWorkerSessionsModel::pauseResumeEnd()
{
    QAbstractItemModelTester tester(&f->model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString next = clubSession(QDate(2026, 11, 24));
    QVERIFY(indexed(next));

    QVERIFY2(f->actions.pauseActivity(Club), qPrintable(f->actions.errorString()));
    QCOMPARE(f->actions.activity().value("status").toString(), QStringLiteral("paused"));
    QCOMPARE(f->actions.activity().value("statusLabel").toString(), QStringLiteral("Paused"));
    // Residents see no coming sessions; the worker can still log the recent ones.
    QVERIFY(!indexed(next));
    QCOMPARE(f->model.rowCount(), 4);
    QCOMPARE(f->model.indexOf(next), -1);
    QVERIFY(f->model.get(0).value("canLog").toBool());

    QVERIFY2(f->actions.resumeActivity(Club), qPrintable(f->actions.errorString()));
    QCOMPARE(f->actions.activity().value("status").toString(), QStringLiteral("active"));
    QCOMPARE(indexed(next)->status, QStringLiteral("scheduled"));
    QCOMPARE(f->model.rowCount(), 12);

    QVERIFY2(f->actions.endActivity(Club), qPrintable(f->actions.errorString()));
    QCOMPARE(f->actions.activity().value("statusLabel").toString(), QStringLiteral("Ended"));
    QVERIFY(!indexed(next));
    QCOMPARE(f->model.rowCount(), 4);
}

void TestWorkerSessionsModel::otherOrganisation()
{
    // The library's language café belongs to org:oba, not to the organisation this device serves.
    const QString other = QStringLiteral("demo:taalcafe-javaplein");
    QVERIFY(f->session->store().catalogue().activity(other));
    QVERIFY(f->session->store().catalogue().activity(other)->organisationUid != f->session->organisationUid());
    f->model.setActivityUid(other);
    QVERIFY(f->model.rowCount() > 0);
    const QString uid = f->model.get(f->model.rowCount() - 1).value("occurrenceUid").toString();
    const int waiting = f->session->waitingChanges();
    const QString refusal = QStringLiteral("This activity belongs to another organisation. Only its own social workers can change it.");

    QVERIFY(!f->actions.cancel(uid, QStringLiteral("weer")));
    QCOMPARE(f->actions.errorString(), refusal);
    QCOMPARE(indexed(uid)->status, QStringLiteral("scheduled"));
    QVERIFY(!f->actions.pauseActivity(other));
    QCOMPARE(f->actions.errorString(), refusal);
    QCOMPARE(f->session->waitingChanges(), waiting);
}

void TestWorkerSessionsModel::logged()
{
    const QString held = clubSession(QDate(2026, 11, 17));
    const QString notHeld = clubSession(QDate(2026, 11, 10));
    SessionLog log;
    log.occurrenceUid = held;
    log.attendance = 12;
    QVERIFY2(f->session->store().logSession(log), qPrintable(f->session->store().errorString()));
    SessionLog cancelled;
    cancelled.occurrenceUid = notHeld;
    cancelled.held = false;
    cancelled.notHeldReason = QStringLiteral("weer");
    cancelled.attendance = 0;
    QVERIFY2(f->session->store().logSession(cancelled), qPrintable(f->session->store().errorString()));
    f->session->notifyChanged();

    QVERIFY(row(held).value("logged").toBool());
    QCOMPARE(row(held).value("logSummary").toString(), QStringLiteral("12 attended"));
    QVERIFY(row(held).value("canLog").toBool());
    QCOMPARE(row(notHeld).value("logSummary").toString(), QStringLiteral("Not held"));
    QVERIFY(!row(clubSession(QDate(2026, 11, 3))).value("logged").toBool());
}

// A daily activity has some twenty sessions in the four weeks a log may be made: only the
// five newest are listed until the worker asks for the rest, so the coming ones stay near.
void TestWorkerSessionsModel::recentSessionsAreShortened()
{
    f->model.setActivityUid(QStringLiteral("demo:inloop-meevaart"));
    auto pastRows = [&] {
        int past = 0;
        for (int r = 0; r < f->model.rowCount(); ++r)
            past += f->model.get(r).value("past").toBool();
        return past;
    };
    QCOMPARE(pastRows(), WorkerSessionsModel::RecentShown);
    const int hidden = f->model.hiddenRecent();
    QVERIFY2(hidden >= 10, qPrintable(QString::number(hidden)));
    QVERIFY(f->model.get(WorkerSessionsModel::RecentShown - 1).value("lastRecent").toBool());
    QVERIFY(!f->model.get(0).value("lastRecent").toBool());
    QVERIFY(!f->model.get(WorkerSessionsModel::RecentShown).value("past").toBool());
    const QString newest = f->model.get(0).value("occurrenceUid").toString();

    QSignalSpy counted(&f->model, &WorkerSessionsModel::countChanged);
    f->model.setShowAllRecent(true);
    QCOMPARE(counted.size(), 1);
    QCOMPARE(f->model.hiddenRecent(), 0);
    QCOMPARE(pastRows(), WorkerSessionsModel::RecentShown + hidden);
    QCOMPARE(f->model.get(0).value("occurrenceUid").toString(), newest);
    QVERIFY(f->model.get(WorkerSessionsModel::RecentShown + hidden - 1).value("lastRecent").toBool());
}

QTEST_GUILESS_MAIN(TestWorkerSessionsModel)
#include "tst_workersessionsmodel.moc"
