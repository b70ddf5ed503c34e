// SPDX-License-Identifier: GPL-3.0-or-later
// A team logs together (issue 18, docs/sync.md): two devices of one organisation, each
// with its own token, log sessions offline and sync with the real buurtplein-cli against
// the real buurtplein-hub on loopback, on SQLite and on PostgreSQL. A session one device
// logged is not offered to the other as "not logged yet"; a session both logged offline
// is logged once on the hub, and the second device's worker chooses whose counts stay.
#include "synctest.h"

#include "worker/teamlogged.h"

#include <QTest>

using namespace Buurtplein;
using namespace Buurtplein::HubTest;
using namespace Buurtplein::SyncTest;

namespace {

/** Logs @p occurrence on the device at @p path with @p attendance; the outbox row's uuid, empty on failure. */
QString logOn(const QString &path, const QString &occurrence, int attendance)
{
    Device d;
    if (!d.open(path))
        return {};
    SessionLog log = d.store->sessionLog(occurrence).value_or(SessionLog());
    log.occurrenceUid = occurrence;
    log.attendance = attendance;
    if (!d.store->logSession(log))
        return {};
    const auto row = d.store->outbox().item(Outbox::SessionLogKind, log.uuid);
    return row ? row->uuid : QString();
}

/** The sessions of the coffee morning the device at @p path still offers for logging. */
QStringList unlogged(const QString &path)
{
    Device d;
    QStringList out;
    if (d.open(path)) {
        for (const UnloggedSession &s : d.store->unloggedSessions(org, TestClock::now(), 2))
            out.append(s.occurrenceUid);
    }
    return out;
}

} // namespace

class TestTeamLogging : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

    /** The hub's logs of @p occurrence (admin export): "attendance" of each, in uuid order. */
    QStringList hubLogsOf(const Hub &hub, const QString &occurrence)
    {
        QStringList out;
        const QMap<QString, QJsonArray> logs = hub.logs(m_nam);
        for (auto it = logs.cbegin(); it != logs.cend(); ++it) {
            for (const QJsonValue &row : it.value()) {
                if (row[QStringLiteral("occurrence")].toString() == occurrence)
                    out.append(QString::number(row[QStringLiteral("attendance")].toInt()));
            }
        }
        return out;
    }

private slots:
    void logsOncePerSession_data()
    {
        QTest::addColumn<QString>("dialect");
        for (const QString &dialect : testedDialects())
            QTest::newRow(qPrintable(dialect)) << dialect;
    }

    void logsOncePerSession()
    {
        QFETCH(QString, dialect);
        Hub hub;
        DeviceFiles tablet, phone;
        QString error;
        QVERIFY2(hub.create(dialect, &error), qPrintable(error));
        QVERIFY2(makeCatalogue(tablet.db(), koffie, &error), qPrintable(error));
        QVERIFY(tablet.writeToken(hub.workerToken));
        // The phone is enrolled on its own: its own token, labelled, of the same organisation.
        const CliRun token = runHub({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--role"), QStringLiteral("worker"),
                                     QStringLiteral("--org"), org, QStringLiteral("--label"), QStringLiteral("telefoon ambulant"),
                                     QStringLiteral("--db"), hub.location()});
        QVERIFY2(token.exitCode == 0, token.err.constData());
        QVERIFY(phone.writeToken(token.out.trimmed()));
        {
            Database made;
            QVERIFY(made.open(phone.db()));
        }
        const SyncRun first = tablet.sync(hub);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const SyncRun joined = phone.sync(hub);
        QVERIFY2(joined.exitCode == 0, joined.err.constData());

        // Both devices offer the same recent sessions, newest first.
        const QStringList offered = unlogged(phone.db());
        QVERIFY2(offered.size() >= 3, qPrintable(offered.join(QLatin1Char(' '))));
        QCOMPARE(unlogged(tablet.db()), offered);
        const QString monday = offered.at(2), tuesday = offered.at(1), both = offered.at(0);

        // The tablet logs one session and syncs: the phone, after its sync, no longer asks for it.
        QVERIFY(!logOn(tablet.db(), monday, 12).isEmpty());
        QVERIFY2(tablet.sync(hub).exitCode == 0, "the tablet's sync failed");
        QVERIFY(unlogged(phone.db()).contains(monday));
        QVERIFY2(phone.sync(hub).exitCode == 0, "the phone's sync failed");
        QVERIFY(!unlogged(phone.db()).contains(monday));
        QVERIFY(unlogged(phone.db()).contains(tuesday));
        {
            Device d;
            QVERIFY(d.open(phone.db()));
            QVERIFY(d.store->teamLogged().contains(monday));
            QVERIFY(!d.store->teamLogged().contains(tuesday));
        }

        // Both log the same session offline; the tablet reaches the hub first.
        QVERIFY(!logOn(tablet.db(), both, 20).isEmpty());
        const QString mine = logOn(phone.db(), both, 25);
        QVERIFY(!mine.isEmpty());
        QCOMPARE(tablet.sync(hub).json().value(QStringLiteral("setAside")).toInt(), 0);
        const SyncRun second = phone.sync(hub);
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QCOMPARE(second.json().value(QStringLiteral("setAside")).toInt(), 1);
        const QStringList aside = phone.rows(QStringLiteral("SELECT uuid, last_error FROM outbox WHERE set_aside = 1"));
        QCOMPARE(aside.size(), 1);
        QCOMPARE(aside.first().section(QLatin1Char('|'), 0, 0), mine);
        QVERIFY2(aside.first().contains(QLatin1String("20")) && aside.first().contains(QLatin1String("25")), qPrintable(aside.first()));
        QCOMPARE(hubLogsOf(hub, both), QStringList{QStringLiteral("20")});

        // The phone's worker keeps their own counts: the hub then holds theirs, once.
        {
            Device d;
            QVERIFY(d.open(phone.db()));
            QVERIFY2(d.store->resendReplacing(mine), qPrintable(d.store->errorString()));
            QVERIFY(!d.store->resendReplacing(mine)); // not set aside any more
        }
        const SyncRun kept = phone.sync(hub);
        QVERIFY2(kept.exitCode == 0 && kept.json().value(QStringLiteral("setAside")).toInt() == 0, kept.out.constData());
        QCOMPARE(phone.outboxRows(), 0);
        QCOMPARE(hubLogsOf(hub, both), QStringList{QStringLiteral("25")});
        QCOMPARE(hubLogsOf(hub, monday), QStringList{QStringLiteral("12")});

        // The tablet's next edit of its log is now the second one: set aside, naming the phone's counts.
        QVERIFY(!logOn(tablet.db(), both, 21).isEmpty());
        const SyncRun late = tablet.sync(hub);
        QCOMPARE(late.json().value(QStringLiteral("setAside")).toInt(), 1);
        QVERIFY(tablet.rows(QStringLiteral("SELECT last_error FROM outbox WHERE set_aside = 1")).value(0).contains(QLatin1String("25")));
        QCOMPARE(hubLogsOf(hub, both), QStringList{QStringLiteral("25")});
    }
};

QTEST_MAIN(TestTeamLogging)
#include "tst_teamlogging.moc"
