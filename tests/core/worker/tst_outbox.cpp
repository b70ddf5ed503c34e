// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "worker/outbox.h"

#include <QSqlQuery>
#include <QSqlError>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Buurtplein;

namespace {
QJsonObject body(int revision, const QString &text = {})
{
    return {{QStringLiteral("revision"), revision}, {QStringLiteral("text"), text}};
}
} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private:
    Database m_db;
    QDateTime m_now;

    Outbox outbox()
    {
        return Outbox(m_db.connection(), [this] { return m_now; });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        QVERIFY2(m_db.open(QStringLiteral(":memory:")), qPrintable(m_db.errorString()));
        m_now = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
    }

    void cleanup()
    {
        m_db.close();
    }

    void enqueueAndRead()
    {
        Outbox box = outbox();
        QCOMPARE(box.pendingCount(), 0);
        QVERIFY2(box.enqueue(Outbox::SessionLogKind, QStringLiteral("log-1"), 1, body(1, QStringLiteral("één"))),
                 qPrintable(box.errorString()));
        QCOMPARE(box.pendingCount(), 1);
        const QList<OutboxItem> items = box.pending(10);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().kind, Outbox::SessionLogKind);
        QCOMPARE(items.first().entityUid, QStringLiteral("log-1"));
        QCOMPARE(items.first().revision, 1);
        QCOMPARE(items.first().payload, body(1, QStringLiteral("één")));
        QCOMPARE(items.first().created, m_now);
        QCOMPARE(items.first().attempts, 0);
        QVERIFY(!items.first().nextAttempt.isValid());
        QVERIFY(!items.first().uuid.isEmpty());
    }

    void replaceRule_data()
    {
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("second");
        QTest::addColumn<int>("kept");
        QTest::newRow("newer replaces") << 1 << 2 << 2;
        QTest::newRow("much newer replaces") << 1 << 7 << 7;
        QTest::newRow("same revision rewrites") << 3 << 3 << 3;
        QTest::newRow("older is ignored") << 3 << 2 << 3;
    }

    void replaceRule()
    {
        QFETCH(int, first);
        QFETCH(int, second);
        QFETCH(int, kept);
        Outbox box = outbox();
        QVERIFY(box.enqueue(Outbox::SessionLogKind, QStringLiteral("log-1"), first, body(first, QStringLiteral("first"))));
        const OutboxItem before = box.pending(1).first();
        m_now = m_now.addSecs(60);
        QVERIFY(box.enqueue(Outbox::SessionLogKind, QStringLiteral("log-1"), second, body(second, QStringLiteral("second"))));
        const QList<OutboxItem> items = box.pending(10);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().revision, kept);
        QCOMPARE(items.first().id, before.id);
        const bool replaced = second >= first;
        QCOMPARE(items.first().payload.value(QStringLiteral("text")).toString(),
                 replaced ? QStringLiteral("second") : QStringLiteral("first"));
        QCOMPARE(items.first().uuid != before.uuid, replaced);
    }

    void oneRowPerKindAndEntity()
    {
        Outbox box = outbox();
        QVERIFY(box.enqueue(Outbox::ActivityKind, QStringLiteral("a"), 1, body(1)));
        QVERIFY(box.enqueue(Outbox::ScheduleKind, QStringLiteral("a"), 1, body(1)));
        QVERIFY(box.enqueue(Outbox::ActivityKind, QStringLiteral("b"), 1, body(1)));
        QVERIFY(box.enqueue(Outbox::ActivityKind, QStringLiteral("a"), 2, body(2)));
        QCOMPARE(box.pendingCount(), 3);
        // A replaced row keeps its place: activity "a" still goes before its schedule.
        const QList<OutboxItem> items = box.pending(10);
        QCOMPARE(items.at(0).kind, Outbox::ActivityKind);
        QCOMPARE(items.at(0).revision, 2);
        QCOMPARE(items.at(1).kind, Outbox::ScheduleKind);
        QCOMPARE(box.pending(2).size(), 2);
    }

    void refusesWhatItDoesNotCarry_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("entity");
        QTest::newRow("join") << QStringLiteral("join") << QStringLiteral("x");
        QTest::newRow("position") << QStringLiteral("position") << QStringLiteral("x");
        QTest::newRow("no entity") << Outbox::ActivityKind << QString();
    }

    void refusesWhatItDoesNotCarry()
    {
        QFETCH(QString, kind);
        QFETCH(QString, entity);
        Outbox box = outbox();
        QVERIFY(!box.enqueue(kind, entity, 1, body(1)));
        QVERIFY(!box.errorString().isEmpty());
        QCOMPARE(box.pendingCount(), 0);
    }

    void acknowledgeOnlyTheAnsweredRow()
    {
        Outbox box = outbox();
        QVERIFY(box.enqueue(Outbox::SessionLogKind, QStringLiteral("log-1"), 1, body(1)));
        const QString sent = box.pending(1).first().uuid;
        // While revision 1 is on its way, the social worker edits the log.
        QVERIFY(box.enqueue(Outbox::SessionLogKind, QStringLiteral("log-1"), 2, body(2)));
        QVERIFY(!box.acknowledge(sent));
        QCOMPARE(box.pendingCount(), 1);
        const OutboxItem waiting = box.pending(1).first();
        QCOMPARE(waiting.revision, 2);
        QVERIFY(box.acknowledge(waiting.uuid));
        QCOMPARE(box.pendingCount(), 0);
        QVERIFY(!box.acknowledge(waiting.uuid));
    }

    void setAsideAndBack()
    {
        Outbox box = outbox();
        QVERIFY(box.enqueue(Outbox::ActivityKind, QStringLiteral("a"), 1, body(1)));
        const QString uuid = box.pending(1).first().uuid;
        QVERIFY(box.setAside(uuid, QStringLiteral("400: title missing")));
        QCOMPARE(box.pendingCount(), 0);
        QVERIFY(box.pending(10).isEmpty());
        const QList<OutboxItem> aside = box.setAsideItems();
        QCOMPARE(aside.size(), 1);
        QCOMPARE(aside.first().lastError, QStringLiteral("400: title missing"));
        QVERIFY(aside.first().setAside);
        // Fixing the record queues the new state instead of the refused one.
        QVERIFY(box.enqueue(Outbox::ActivityKind, QStringLiteral("a"), 2, body(2)));
        QCOMPARE(box.pendingCount(), 1);
        QVERIFY(box.setAsideItems().isEmpty());
        QCOMPARE(box.pending(1).first().attempts, 0);
        QVERIFY(!box.setAside(QStringLiteral("no-such-uuid"), QStringLiteral("x")));
    }

    void retryLater()
    {
        Outbox box = outbox();
        QVERIFY(box.enqueue(Outbox::OverrideKind, QStringLiteral("o"), 1, body(1)));
        const QString uuid = box.pending(1).first().uuid;
        const QDateTime next = m_now.addSecs(30);
        QVERIFY(box.retryLater(uuid, next, QStringLiteral("503")));
        QVERIFY(box.retryLater(uuid, next, QStringLiteral("timeout")));
        const OutboxItem item = box.pending(1).first();
        QCOMPARE(item.attempts, 2);
        QCOMPARE(item.nextAttempt, next);
        QCOMPARE(item.lastError, QStringLiteral("timeout"));
        QCOMPARE(box.pendingCount(), 1);
        QVERIFY(box.pending(10, m_now).isEmpty());
        QCOMPARE(box.pending(10, next).size(), 1);
    }

    // The base is the hub version the first waiting edit started from: the hub has seen
    // none of the edits that replaced it. A set-aside row was answered, so a new edit
    // starts again from what the device knows of the hub now.
    void baseOfTheFirstPendingEdit_data()
    {
        QTest::addColumn<bool>("setAsideFirst");
        QTest::addColumn<int>("secondRevision");
        QTest::addColumn<int>("base");
        QTest::addColumn<int>("revision");
        QTest::newRow("a pending row keeps its base") << false << 8 << 6 << 8;
        QTest::newRow("an older revision changes nothing") << false << 6 << 6 << 7;
        QTest::newRow("a set-aside row takes the new base") << true << 8 << 7 << 8;
    }

    void baseOfTheFirstPendingEdit()
    {
        QFETCH(bool, setAsideFirst);
        QFETCH(int, secondRevision);
        QFETCH(int, base);
        QFETCH(int, revision);
        Outbox box = outbox();
        QVERIFY(box.enqueue(Outbox::ActivityKind, QStringLiteral("a"), 7, body(7), 6));
        QCOMPARE(box.item(Outbox::ActivityKind, QStringLiteral("a"))->baseVersion, 6);
        if (setAsideFirst)
            QVERIFY(box.setAside(box.pending(1).first().uuid, QStringLiteral("conflict")));
        QVERIFY(box.enqueue(Outbox::ActivityKind, QStringLiteral("a"), secondRevision, body(secondRevision), 7));
        const std::optional<OutboxItem> row = box.item(Outbox::ActivityKind, QStringLiteral("a"));
        QVERIFY(row);
        QCOMPARE(row->baseVersion, base);
        QCOMPARE(row->revision, revision);
        QVERIFY(!row->setAside);
    }

    // The hub stored a payload whose row was replaced meanwhile: the newer edit builds on it.
    void rebaseOnlyWhatWasBuiltOnTheSentBase()
    {
        Outbox box = outbox();
        QVERIFY(box.enqueue(Outbox::ScheduleKind, QStringLiteral("s"), 4, body(4), 3));
        QVERIFY(box.enqueue(Outbox::ScheduleKind, QStringLiteral("s"), 5, body(5), 4));
        QVERIFY(!box.rebase(Outbox::ScheduleKind, QStringLiteral("s"), 2, 9));
        QVERIFY(!box.rebase(Outbox::ActivityKind, QStringLiteral("s"), 3, 9));
        QCOMPARE(box.item(Outbox::ScheduleKind, QStringLiteral("s"))->baseVersion, 3);
        QVERIFY(box.rebase(Outbox::ScheduleKind, QStringLiteral("s"), 3, 4));
        QCOMPARE(box.item(Outbox::ScheduleKind, QStringLiteral("s"))->baseVersion, 4);
        QVERIFY(box.setAside(box.pending(1).first().uuid, QStringLiteral("x")));
        QVERIFY(!box.rebase(Outbox::ScheduleKind, QStringLiteral("s"), 4, 5));
    }

    // Schema version 5: rows queued before it are based on revision - 1, as the engine
    // used to send them, and each record learns its hub version.
    void upgradeBasesQueuedRowsOnTheirRevision()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
        {
            Database old;
            QVERIFY2(old.open(path, 4), qPrintable(old.errorString()));
            QSqlQuery q(old.connection());
            for (const char *sql : {
                     "INSERT INTO organisation (uid, name, version) VALUES ('org', 'Welzijn', 2)",
                     "INSERT INTO activity (uid, organisation_id, title, category, version) VALUES ('act-edited', 1, 'A', 'inloop_koffie', 5)",
                     "INSERT INTO activity (uid, organisation_id, title, category, version) VALUES ('act-synced', 1, 'B', 'inloop_koffie', 3)",
                     "INSERT INTO activity (uid, organisation_id, title, category, version) VALUES ('act-aside', 1, 'C', 'inloop_koffie', 9)",
                     "INSERT INTO schedule (uid, activity_id, start_date, version) VALUES ('sch-new', 2, '2026-09-01', 1)",
                     "INSERT INTO outbox (uuid, kind, entity_uid, revision, payload, created) VALUES "
                     "('u1', 'activity', 'act-edited', 5, '{}', '2026-11-26T12:00:00Z'), "
                     "('u2', 'activity', 'act-aside', 8, '{}', '2026-11-26T12:00:00Z'), "
                     "('u3', 'schedule', 'sch-new', 1, '{}', '2026-11-26T12:00:00Z'), "
                     "('u4', 'session_log', 'log-1', 3, '{}', '2026-11-26T12:00:00Z')",
                     "UPDATE outbox SET set_aside = 1 WHERE uuid = 'u2'"}) {
                QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text() + QLatin1Char(' ') + QLatin1String(sql)));
            }
        }
        QVERIFY2(m_db.open(path), qPrintable(m_db.errorString()));
        QCOMPARE(m_db.schemaVersion(), Database::latestSchemaVersion());
        const auto column = [this](const QString &sql) {
            QStringList out;
            QSqlQuery q(m_db.connection());
            if (q.exec(sql)) {
                while (q.next())
                    out.append(q.value(0).toString() + QLatin1Char('=') + q.value(1).toString());
            }
            return out;
        };
        QCOMPARE(column(QStringLiteral("SELECT uuid, base_version FROM outbox ORDER BY uuid")),
                 (QStringList{"u1=4", "u2=7", "u3=0", "u4=0"}));
        QCOMPARE(column(QStringLiteral("SELECT uid, hub_version FROM activity ORDER BY uid")),
                 (QStringList{"act-aside=9", "act-edited=4", "act-synced=3"}));
        QCOMPARE(column(QStringLiteral("SELECT uid, hub_version FROM schedule")), QStringList{"sch-new=0"});
        QCOMPARE(column(QStringLiteral("SELECT uid, hub_version FROM organisation")), QStringList{"org=2"});
        QCOMPARE(outbox().item(Outbox::ActivityKind, QStringLiteral("act-edited"))->baseVersion, 4);
    }

    void belongsToTheCallersTransaction()
    {
        Outbox box = outbox();
        {
            Transaction tx(m_db.connection());
            QVERIFY(box.enqueue(Outbox::ActivityKind, QStringLiteral("a"), 1, body(1)));
            QCOMPARE(box.pendingCount(), 1);
            // no commit: the caller's change failed
        }
        QCOMPARE(box.pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
