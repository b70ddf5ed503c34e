// SPDX-License-Identifier: GPL-3.0-or-later
#include "workerfixture.h"
#include "worker/workerstore.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Buurtplein;
using namespace Buurtplein::WorkerFixture;

class TestWorkerStore : public QObject
{
    Q_OBJECT

private:
    Database m_db;
    QDateTime m_now;

    WorkerStore store()
    {
        return WorkerStore(m_db, [this] { return m_now; });
    }

    QSqlDatabase db() { return m_db.connection(); }

    QStringList windowOf(const QString &activityUid)
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT o.uid FROM occurrence o JOIN activity a ON a.id = o.activity_id WHERE a.uid = ?"));
        q.bindValue(0, activityUid);
        QStringList out;
        if (q.exec()) {
            while (q.next())
                out.append(q.value(0).toString());
        }
        return out;
    }

    bool exec(const QString &sql)
    {
        QSqlQuery q(db());
        return q.exec(sql);
    }

    /** The record of @p kind these tests edit, in the outbox's words. */
    static QString entityOf(const QString &kind)
    {
        return kind == Outbox::ActivityKind ? koffie : kind == Outbox::ScheduleKind ? QStringLiteral("sch-koffie") : koffieOn(12, 1);
    }

    /** One edit by the social worker of the @p kind record: a new title, a new length, or the session cancelled or restored. */
    static bool edit(WorkerStore &s, const QString &kind, int n)
    {
        if (kind == Outbox::ActivityKind) {
            std::optional<Activity> a = s.catalogue().activity(koffie);
            a->title = QStringLiteral("Inloopkoffie %1").arg(n);
            return s.saveActivity(*a);
        }
        if (kind == Outbox::ScheduleKind) {
            std::optional<Schedule> schedule = s.catalogue().schedule(entityOf(kind));
            schedule->durationMinutes = 60 + n;
            return s.saveSchedule(*schedule);
        }
        const std::optional<OccurrenceOverride> change = s.catalogue().occurrenceOverride(entityOf(kind));
        return change && change->status == QLatin1String("cancelled") ? s.restoreSession(entityOf(kind))
                                                                      : s.cancelSession(entityOf(kind), QStringLiteral("weer"));
    }

    /** The device holds the hub's @p kind record at @p version, as FeedApplier leaves it; 0: the hub does not have it. */
    bool fromHub(WorkerStore &s, const QString &kind, int version)
    {
        if (version == 0)
            return true;
        if (kind == Outbox::OverrideKind && (!edit(s, kind, 0) || !exec(QStringLiteral("DELETE FROM outbox"))))
            return false;
        const QString table = kind == Outbox::OverrideKind ? QStringLiteral("occurrence_override") : kind;
        const QString key = kind == Outbox::OverrideKind ? QStringLiteral("occurrence_uid") : QStringLiteral("uid");
        QSqlQuery q(db());
        q.prepare(QStringLiteral("UPDATE %1 SET version = :v, hub_version = :h WHERE %2 = :uid").arg(table, key));
        q.bindValue(QStringLiteral(":v"), version);
        q.bindValue(QStringLiteral(":h"), version);
        q.bindValue(QStringLiteral(":uid"), entityOf(kind));
        return q.exec() && q.numRowsAffected() == 1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        QString error;
        QVERIFY2(build(m_db, &error), qPrintable(error));
        m_now = now();
    }

    void cleanup()
    {
        m_db.close();
    }

    void createActivity()
    {
        WorkerStore s = store();
        Activity a;
        a.organisationUid = org;
        a.placeUid = QStringLiteral("pl-lib");
        a.title = QStringLiteral("Taalcafé");
        a.category = QStringLiteral("taal_ontmoeting");
        QVERIFY2(s.saveActivity(a), qPrintable(s.errorString()));
        static const QRegularExpression uidShape(QStringLiteral("^org-buurt:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
        QVERIFY2(uidShape.match(a.uid).hasMatch(), qPrintable(a.uid));
        QCOMPARE(a.version, 1);
        const auto queued = s.outbox().item(Outbox::ActivityKind, a.uid);
        QVERIFY(queued);
        QCOMPARE(queued->revision, 1);
        QCOMPARE(queued->payload.value(QStringLiteral("title")).toString(), QStringLiteral("Taalcafé"));
        QCOMPARE(queued->payload.value(QStringLiteral("uid")).toString(), a.uid);

        a.title = QStringLiteral("Taalcafé West");
        QVERIFY2(s.saveActivity(a), qPrintable(s.errorString()));
        QCOMPARE(a.version, 2);
        QCOMPARE(s.outbox().pendingCount(), 1);
        QCOMPARE(s.outbox().item(Outbox::ActivityKind, a.uid)->revision, 2);
        QCOMPARE(s.outbox().item(Outbox::ActivityKind, a.uid)->payload.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Taalcafé West"));
    }

    void refusesActivities_data()
    {
        QTest::addColumn<QString>("uid");
        QTest::addColumn<QString>("organisation");
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("version");
        QTest::newRow("new without organisation") << QString() << QString() << QStringLiteral("Koken") << 0;
        QTest::newRow("unknown organisation") << QString() << QStringLiteral("org-nope") << QStringLiteral("Koken") << 0;
        QTest::newRow("no title") << QString() << org << QString() << 0;
        QTest::newRow("stale edit") << koffie << org << QStringLiteral("Koffie!") << 0;
        QTest::newRow("edit from the future") << koffie << org << QStringLiteral("Koffie!") << 7;
    }

    void refusesActivities()
    {
        QFETCH(QString, uid);
        QFETCH(QString, organisation);
        QFETCH(QString, title);
        QFETCH(int, version);
        const QStringList before = snapshot(db());
        WorkerStore s = store();
        Activity a;
        a.uid = uid;
        a.organisationUid = organisation;
        a.title = title;
        a.category = QStringLiteral("koken_eten");
        a.version = version;
        QVERIFY(!s.saveActivity(a));
        QVERIFY(!s.errorString().isEmpty());
        QCOMPARE(a.uid, uid); // the caller's record is left as it was
        QCOMPARE(snapshot(db()), before);
    }

    // The store keeps the editor's rules (ActivityCheck): a write that breaks one changes nothing.
    void refusesActivitiesBreakingTheRules_data()
    {
        QTest::addColumn<int>("cost");
        QTest::addColumn<int>("ageMin");
        QTest::addColumn<int>("ageMax");
        QTest::addColumn<int>("capacity");
        QTest::newRow("negative cost") << -100 << -1 << -1 << -1;
        QTest::newRow("age 150") << 0 << 150 << -1 << -1;
        QTest::newRow("youngest above oldest") << 0 << 65 << 12 << -1;
        QTest::newRow("zero places") << 0 << -1 << -1 << 0;
    }

    void refusesActivitiesBreakingTheRules()
    {
        QFETCH(int, cost);
        QFETCH(int, ageMin);
        QFETCH(int, ageMax);
        QFETCH(int, capacity);
        const QStringList before = snapshot(db());
        WorkerStore s = store();
        for (const bool edit : {false, true}) {
            Activity a = edit ? *s.catalogue().activity(koffie) : Activity();
            if (!edit) {
                a.organisationUid = org;
                a.title = QStringLiteral("Koken");
                a.category = QStringLiteral("koken_eten");
            }
            a.costCents = cost;
            a.ageMin = ageMin;
            a.ageMax = ageMax;
            a.capacity = capacity;
            QVERIFY(!s.saveActivity(a));
            QVERIFY(!s.errorString().isEmpty());
            QCOMPARE(snapshot(db()), before);
        }
    }

    // An enrolled device writes only its own organisation's activities, whatever the write.
    void otherOrganisationRefused_data()
    {
        QTest::addColumn<QString>("write");
        QTest::newRow("edit activity") << QStringLiteral("edit");
        QTest::newRow("new activity for it") << QStringLiteral("new");
        QTest::newRow("pause") << QStringLiteral("pause");
        QTest::newRow("schedule") << QStringLiteral("schedule");
        QTest::newRow("cancel session") << QStringLiteral("cancel");
        QTest::newRow("move session") << QStringLiteral("move");
        QTest::newRow("log session") << QStringLiteral("log");
    }

    void otherOrganisationRefused()
    {
        QFETCH(QString, write);
        const QString walkSession = OccurrenceId::make(wandelen, utc(2026, 11, 25, 9).toSecsSinceEpoch());
        const QStringList before = snapshot(db());
        WorkerStore s = store();
        s.setOrganisationUid(org);
        bool ok = true;
        if (write == QLatin1String("edit")) {
            Activity walk = *s.catalogue().activity(wandelen);
            walk.title = QStringLiteral("Onze wandeling");
            ok = s.saveActivity(walk);
        } else if (write == QLatin1String("new")) {
            Activity a;
            a.organisationUid = QStringLiteral("org-other");
            a.title = QStringLiteral("Koken");
            a.category = QStringLiteral("koken_eten");
            ok = s.saveActivity(a);
        } else if (write == QLatin1String("pause")) {
            ok = s.pauseActivity(wandelen);
        } else if (write == QLatin1String("schedule")) {
            Schedule sch = *s.catalogue().schedule(QStringLiteral("sch-wandelen"));
            sch.durationMinutes = 30;
            ok = s.saveSchedule(sch);
        } else if (write == QLatin1String("cancel")) {
            ok = s.cancelSession(walkSession, QStringLiteral("weer"));
        } else if (write == QLatin1String("move")) {
            ok = s.moveSession(walkSession, utc(2026, 11, 27, 9), {});
        } else {
            SessionLog log;
            log.occurrenceUid = walkSession;
            log.attendance = 6;
            ok = s.logSession(log);
        }
        QVERIFY(!ok);
        QVERIFY2(s.errorString().contains(QStringLiteral("another organisation")), qPrintable(s.errorString()));
        QCOMPARE(snapshot(db()), before);

        // The same store still writes its own organisation's activities.
        QVERIFY2(s.cancelSession(koffieOn(12, 1), QStringLiteral("weer")), qPrintable(s.errorString()));
        Activity own;
        own.title = QStringLiteral("Breicafé");
        own.category = QStringLiteral("cultuur_creatief");
        QVERIFY2(s.saveActivity(own), qPrintable(s.errorString()));
        QCOMPARE(own.organisationUid, org); // a new activity belongs to the enrolled organisation
    }

    void forgetOrganisationData()
    {
        WorkerStore s = store();
        s.setOrganisationUid(org);
        SessionLog log;
        log.occurrenceUid = koffieOn(11, 24);
        log.attendance = 9;
        log.note = QStringLiteral("Nieuwe bezoeker uit de Kolenkitbuurt");
        QVERIFY2(s.logSession(log), qPrintable(s.errorString()));
        QVERIFY2(s.cancelSession(koffieOn(12, 1), QStringLiteral("weer")), qPrintable(s.errorString()));
        QCOMPARE(count(db(), QStringLiteral("outbox")), 2);
        const QStringList catalogue = rows(db(), QStringLiteral("occurrence_override"), QStringLiteral("occurrence_uid"));

        QVERIFY2(s.forgetOrganisationData(), qPrintable(s.errorString()));
        QCOMPARE(count(db(), QStringLiteral("session_log")), 0);
        QCOMPARE(count(db(), QStringLiteral("outbox")), 0);
        QCOMPARE(s.outbox().pendingCount(), 0);
        // The public catalogue keeps what was applied to it.
        QCOMPARE(rows(db(), QStringLiteral("occurrence_override"), QStringLiteral("occurrence_uid")), catalogue);
    }

    // Edits made before a sync travel as one row, based on the hub's version the first
    // one started from, however often the device's own version went up since.
    void editsStartFromTheHubsVersion_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("hubVersion");
        QTest::addColumn<int>("edits");
        QTest::newRow("activity edited once") << Outbox::ActivityKind << 7 << 1;
        QTest::newRow("activity edited three times") << Outbox::ActivityKind << 7 << 3;
        QTest::newRow("schedule edited twice") << Outbox::ScheduleKind << 4 << 2;
        QTest::newRow("new session override: cancel, restore, cancel") << Outbox::OverrideKind << 0 << 3;
        QTest::newRow("hub's cancelled session: restore, cancel") << Outbox::OverrideKind << 5 << 2;
    }

    void editsStartFromTheHubsVersion()
    {
        QFETCH(QString, kind);
        QFETCH(int, hubVersion);
        QFETCH(int, edits);
        WorkerStore s = store();
        QVERIFY(fromHub(s, kind, hubVersion));
        for (int n = 1; n <= edits; ++n)
            QVERIFY2(edit(s, kind, n), qPrintable(s.errorString()));
        const std::optional<OutboxItem> row = s.outbox().item(kind, entityOf(kind));
        QVERIFY(row);
        QCOMPARE(row->revision, hubVersion + edits);
        QCOMPARE(row->baseVersion, hubVersion);
        QCOMPARE(s.outbox().pendingCount(), 1);
    }

    // After the hub answered an edit with a refusal, or the device forgot its queue, the
    // device's version is ahead of the hub's; the next edit still starts from the hub's.
    void editAfterAnAnswerStartsFromTheHubsVersion_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("base");
        QTest::newRow("refused, the hub unchanged") << QStringLiteral("refused") << 7;
        QTest::newRow("in conflict, the hub's record shown") << QStringLiteral("conflict") << 9;
        QTest::newRow("forgotten on leaving the organisation") << QStringLiteral("forgotten") << 7;
    }

    void editAfterAnAnswerStartsFromTheHubsVersion()
    {
        QFETCH(QString, what);
        QFETCH(int, base);
        WorkerStore s = store();
        QVERIFY(fromHub(s, Outbox::ActivityKind, 7));
        QVERIFY(edit(s, Outbox::ActivityKind, 1));
        const QString uuid = s.outbox().pending(1).first().uuid;
        if (what == QLatin1String("forgotten")) {
            QVERIFY(s.forgetOrganisationData());
        } else {
            QVERIFY(s.outbox().setAside(uuid, QStringLiteral("no")));
            // A conflict answer writes the hub's record, at the hub's version.
            if (what == QLatin1String("conflict"))
                QVERIFY(fromHub(s, Outbox::ActivityKind, 9));
        }
        QVERIFY2(edit(s, Outbox::ActivityKind, 2), qPrintable(s.errorString()));
        const std::optional<OutboxItem> row = s.outbox().item(Outbox::ActivityKind, koffie);
        QVERIFY(row && !row->setAside);
        QCOMPARE(row->baseVersion, base);
        QCOMPARE(row->revision, s.catalogue().activity(koffie)->version);
    }

    void pauseEndResume()
    {
        WorkerStore s = store();
        const int sessions = windowOf(koffie).size();
        QVERIFY(sessions >= 8);
        QVERIFY2(s.pauseActivity(koffie), qPrintable(s.errorString()));
        QCOMPARE(s.catalogue().activity(koffie)->status, QStringLiteral("paused"));
        QVERIFY(windowOf(koffie).isEmpty());
        QVERIFY2(s.resumeActivity(koffie), qPrintable(s.errorString()));
        QCOMPARE(windowOf(koffie).size(), sessions);
        QVERIFY2(s.endActivity(koffie), qPrintable(s.errorString()));
        QCOMPARE(s.catalogue().activity(koffie)->status, QStringLiteral("ended"));
        QVERIFY(windowOf(koffie).isEmpty());
        const auto queued = s.outbox().item(Outbox::ActivityKind, koffie);
        QVERIFY(queued);
        QCOMPARE(queued->revision, 4);
        QCOMPARE(queued->payload.value(QStringLiteral("status")).toString(), QStringLiteral("ended"));
        QCOMPARE(s.outbox().pendingCount(), 1);
        QVERIFY(!s.pauseActivity(QStringLiteral("act-nope")));
    }

    void saveSchedule()
    {
        WorkerStore s = store();
        auto schedule = s.catalogue().schedule(QStringLiteral("sch-koffie"));
        QVERIFY(schedule);
        schedule->rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TU,TH");
        QVERIFY2(s.saveSchedule(*schedule), qPrintable(s.errorString()));
        QCOMPARE(schedule->version, 2);
        // Thursday 3 December 2026, 14:00 Amsterdam.
        QVERIFY(windowOf(koffie).contains(OccurrenceId::make(koffie, utc(2026, 12, 3, 13).toSecsSinceEpoch())));
        const auto queued = s.outbox().item(Outbox::ScheduleKind, QStringLiteral("sch-koffie"));
        QVERIFY(queued);
        QCOMPARE(queued->revision, 2);
        QCOMPARE(queued->payload.value(QStringLiteral("rrule")).toString(), QStringLiteral("FREQ=WEEKLY;BYDAY=TU,TH"));

        Schedule stale = *schedule;
        stale.version = 1;
        QVERIFY(!s.saveSchedule(stale));

        Schedule added;
        added.activityUid = koffie;
        added.startDate = QDate(2026, 12, 5);
        added.startTime = QTime(10, 0);
        QVERIFY2(s.saveSchedule(added), qPrintable(s.errorString()));
        QVERIFY(added.uid.startsWith(koffie));
        QCOMPARE(s.outbox().pendingCount(), 2);
    }

    void cancelThenRestore()
    {
        WorkerStore s = store();
        const QString session = koffieOn(12, 1);
        QCOMPARE(occurrenceStatus(db(), session), QStringLiteral("scheduled"));
        QVERIFY(!s.cancelSession(session, QStringLiteral("Fatima is ziek")));
        QVERIFY(!s.cancelSession(session, QString()));
        QCOMPARE(count(db(), QStringLiteral("outbox")), 0);

        QVERIFY2(s.cancelSession(session, QStringLiteral("host_afwezig")), qPrintable(s.errorString()));
        QCOMPARE(occurrenceStatus(db(), session), QStringLiteral("cancelled"));
        auto change = s.catalogue().occurrenceOverride(session);
        QVERIFY(change);
        QCOMPARE(change->status, QStringLiteral("cancelled"));
        QCOMPARE(change->reason, QStringLiteral("host_afwezig"));
        auto queued = s.outbox().item(Outbox::OverrideKind, session);
        QVERIFY(queued);
        QCOMPARE(queued->revision, 1);
        QCOMPARE(queued->payload.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(queued->payload.value(QStringLiteral("reason")).toString(), QStringLiteral("host_afwezig"));

        QVERIFY2(s.restoreSession(session), qPrintable(s.errorString()));
        QCOMPARE(occurrenceStatus(db(), session), QStringLiteral("scheduled"));
        QCOMPARE(s.catalogue().occurrenceOverride(session)->status, QStringLiteral("scheduled"));
        queued = s.outbox().item(Outbox::OverrideKind, session);
        QCOMPARE(queued->revision, 2);
        QCOMPARE(queued->payload.value(QStringLiteral("status")).toString(), QStringLiteral("scheduled"));
        QCOMPARE(s.outbox().pendingCount(), 1);

        // Cancelling again after a restore keeps raising the version.
        QVERIFY(s.cancelSession(session, QStringLiteral("weer")));
        QCOMPARE(s.outbox().item(Outbox::OverrideKind, session)->revision, 3);
    }

    void moveSession()
    {
        WorkerStore s = store();
        const QString session = koffieOn(12, 8);
        const QDateTime newStart = utc(2026, 12, 9, 15);
        QVERIFY(!s.moveSession(session, newStart, newStart.addSecs(-60)));
        QVERIFY(!s.moveSession(session, QDateTime(), QDateTime()));
        QVERIFY(!s.moveSession(session, newStart, QDateTime(), QStringLiteral("pl-nope")));
        QCOMPARE(count(db(), QStringLiteral("outbox")), 0);
        QVERIFY2(s.moveSession(session, newStart, QDateTime(), QStringLiteral("pl-lib")), qPrintable(s.errorString()));
        QCOMPARE(occurrenceStatus(db(), session), QStringLiteral("moved"));
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT start, end FROM occurrence WHERE uid = ?"));
        q.bindValue(0, session);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toLongLong(), newStart.toSecsSinceEpoch());
        QCOMPARE(q.value(1).toLongLong(), newStart.toSecsSinceEpoch() + 90 * 60);
        const auto queued = s.outbox().item(Outbox::OverrideKind, session);
        QVERIFY(queued);
        QCOMPARE(queued->payload.value(QStringLiteral("newPlaceUid")).toString(), QStringLiteral("pl-lib"));
        QCOMPARE(queued->payload.value(QStringLiteral("newStart")).toString(), QStringLiteral("2026-12-09T15:00:00Z"));
    }

    void unknownSessions_data()
    {
        QTest::addColumn<QString>("occurrence");
        QTest::newRow("a Wednesday") << OccurrenceId::make(koffie, utc(2026, 12, 2, 13).toSecsSinceEpoch());
        QTest::newRow("wrong hour") << OccurrenceId::make(koffie, utc(2026, 12, 1, 14).toSecsSinceEpoch());
        QTest::newRow("unknown activity") << OccurrenceId::make(QStringLiteral("act-nope"), utc(2026, 12, 1, 13).toSecsSinceEpoch());
        QTest::newRow("not an occurrence id") << QStringLiteral("act-koffie/yesterday");
        QTest::newRow("empty") << QString();
    }

    void unknownSessions()
    {
        QFETCH(QString, occurrence);
        WorkerStore s = store();
        QVERIFY(!s.cancelSession(occurrence, QStringLiteral("weer")));
        QVERIFY(!s.errorString().isEmpty());
        QVERIFY(!s.moveSession(occurrence, utc(2026, 12, 9, 15), QDateTime()));
        QVERIFY(!s.restoreSession(occurrence));
        QCOMPARE(count(db(), QStringLiteral("occurrence_override")), 0);
        QCOMPARE(count(db(), QStringLiteral("outbox")), 0);
    }

    // A failure while writing the outbox row must leave neither the change nor the row.
    void outboxFailureRollsBack_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("statement"); // which outbox write fails
        for (const char *op : {"saveActivity", "endActivity", "saveSchedule", "cancelSession", "moveSession", "logSession"}) {
            QTest::newRow(qPrintable(QStringLiteral("%1, insert").arg(QLatin1String(op)))) << QString::fromLatin1(op) << QStringLiteral("INSERT");
            QTest::newRow(qPrintable(QStringLiteral("%1, update").arg(QLatin1String(op)))) << QString::fromLatin1(op) << QStringLiteral("UPDATE");
        }
    }

    void outboxFailureRollsBack()
    {
        QFETCH(QString, operation);
        QFETCH(QString, statement);
        WorkerStore s = store();
        int round = 0;
        const auto run = [&] {
            ++round;
            if (operation == QLatin1String("saveActivity")) {
                Activity a = *s.catalogue().activity(koffie);
                a.title = QStringLiteral("Inloopkoffie %1").arg(round);
                return s.saveActivity(a);
            }
            if (operation == QLatin1String("endActivity"))
                return round == 1 ? s.pauseActivity(koffie) : s.endActivity(koffie);
            if (operation == QLatin1String("saveSchedule")) {
                Schedule sch = *s.catalogue().schedule(QStringLiteral("sch-koffie"));
                sch.durationMinutes = 60 + round;
                return s.saveSchedule(sch);
            }
            if (operation == QLatin1String("cancelSession"))
                return s.cancelSession(koffieOn(12, 1), round == 1 ? QStringLiteral("weer") : QStringLiteral("veiligheid"));
            if (operation == QLatin1String("moveSession"))
                return s.moveSession(koffieOn(12, 1), utc(2026, 12, 2, 13 + round), QDateTime());
            SessionLog log;
            log.occurrenceUid = koffieOn(11, 24);
            log.attendance = 10 + round;
            return s.logSession(log);
        };
        if (statement == QLatin1String("UPDATE"))
            QVERIFY2(run(), qPrintable(s.errorString())); // the row that the failing write would replace
        QVERIFY(exec(QStringLiteral("CREATE TEMP TRIGGER fail_outbox BEFORE ") + statement
                     + QStringLiteral(" ON outbox BEGIN SELECT RAISE(ABORT, 'injected'); END")));
        const QStringList before = snapshot(db());
        QVERIFY(!run());
        QVERIFY2(s.errorString().contains(QLatin1String("injected")), qPrintable(s.errorString()));
        QCOMPARE(snapshot(db()), before);
        QVERIFY(exec(QStringLiteral("DROP TRIGGER fail_outbox")));
        // The same write goes through once the outbox works again, so the failure was the outbox's.
        QVERIFY2(run(), qPrintable(s.errorString()));
        QVERIFY(snapshot(db()) != before);
    }

    void outboxFailureLeavesTheWindow()
    {
        WorkerStore s = store();
        const QString session = koffieOn(12, 1);
        QVERIFY(exec(QStringLiteral("CREATE TEMP TRIGGER fail_outbox BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'injected'); END")));
        QVERIFY(!s.cancelSession(session, QStringLiteral("weer")));
        QCOMPARE(occurrenceStatus(db(), session), QStringLiteral("scheduled"));
        QVERIFY(!s.catalogue().occurrenceOverride(session));
        QVERIFY(!s.endActivity(koffie));
        QCOMPARE(s.catalogue().activity(koffie)->status, QStringLiteral("active"));
        QVERIFY(!windowOf(koffie).isEmpty());
        QCOMPARE(count(db(), QStringLiteral("outbox")), 0);
    }
};

QTEST_GUILESS_MAIN(TestWorkerStore)
#include "tst_workerstore.moc"
