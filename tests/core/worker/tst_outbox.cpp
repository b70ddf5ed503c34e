// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "outbox.h"

#include <QSqlQuery>
#include <QStandardPaths>
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
