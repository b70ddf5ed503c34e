// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubtest.h"
#include "store/hubdatabase.h"

#include <QSqlRecord>
#include <QTest>

using namespace Buurtplein;
using namespace Buurtplein::HubTest;

// The same migrations and constraints on SQLite and on PostgreSQL: every test runs once
// per dialect on a database nobody used before.
class TestHubDatabase : public QObject
{
    Q_OBJECT

    static bool execute(HubDatabase &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void dialect_data()
    {
        QTest::addColumn<QString>("dialect");
        for (const QString &d : dialects())
            QTest::newRow(qPrintable(d)) << d;
    }

    void migratesFreshDatabase_data() { dialect_data(); }
    void migratesFreshDatabase()
    {
        QFETCH(QString, dialect);
        FreshDatabase fresh;
        QString error;
        QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
        {
            HubDatabase db;
            QVERIFY2(db.open(fresh.location()), qPrintable(db.errorString()));
            QCOMPARE(db.dialect().kind(), dialect == QLatin1String("sqlite") ? SqlDialect::Sqlite : SqlDialect::Postgres);
            QCOMPARE(db.schemaVersion(), HubDatabase::latestSchemaVersion());
            const QStringList tables = db.connection().tables();
            for (const char *table : {"schema_version", "organisation", "api_token", "enrol_code"})
                QVERIFY2(tables.contains(QLatin1String(table)), table);
            QVERIFY(execute(db, QStringLiteral("INSERT INTO organisation (uid, name, kind, modified) VALUES ('o', 'O', 'welzijn', 1)")));
        }
        // Opening again migrates nothing and keeps the data.
        HubDatabase again;
        QVERIFY2(again.open(fresh.location()), qPrintable(again.errorString()));
        QCOMPARE(again.schemaVersion(), HubDatabase::latestSchemaVersion());
        QSqlQuery q(again.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM organisation")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void migratesStepByStep_data() { dialect_data(); }
    void migratesStepByStep()
    {
        QFETCH(QString, dialect);
        FreshDatabase fresh;
        QString error;
        QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
        HubDatabase db;
        QVERIFY2(db.open(fresh.location(), 0), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), 0);
        QVERIFY(!db.connection().tables().contains(QStringLiteral("api_token")));
        QVERIFY2(db.migrate(), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), HubDatabase::latestSchemaVersion());
        QVERIFY(db.connection().tables().contains(QStringLiteral("api_token")));
    }

    // Version 5 rebuilds the statistics' tables on SQLite: nothing summed may be lost, and
    // a period's range is then read by the primary key, not a row lookup per row.
    void clustersRollupsKeepingTheirRows_data() { dialect_data(); }
    void clustersRollupsKeepingTheirRows()
    {
        QFETCH(QString, dialect);
        FreshDatabase fresh;
        QString error;
        QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
        HubDatabase db;
        QVERIFY2(db.open(fresh.location(), 4), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), 4);
        for (const char *table : {"stats_day", "stats_week", "stats_month"}) {
            QVERIFY(execute(db, QStringLiteral("INSERT INTO %1 (activity_uid, place_uid, period, held, attendance, joins)"
                                               " VALUES ('a1', '', 202603, 2, 17, 3), ('a2', 'p9', 202604, 1, 8, 0)")
                                    .arg(QLatin1String(table))));
        }
        QVERIFY(execute(db, QStringLiteral("INSERT INTO stats_activity VALUES ('a1', 'o', 'taal', 'buurtkamer', 'p1')")));
        QVERIFY(execute(db, QStringLiteral("INSERT INTO stats_place VALUES ('p1', 'GM0363', 'WK036300', 'BU03630000')")));
        QVERIFY2(db.migrate(), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), HubDatabase::latestSchemaVersion());
        QSqlQuery q(db.connection());
        for (const char *table : {"stats_day", "stats_week", "stats_month"}) {
            QVERIFY(q.exec(QStringLiteral("SELECT activity_uid, place_uid, period, held, attendance, joins, first_timers FROM %1"
                                          " ORDER BY activity_uid").arg(QLatin1String(table))));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("a1"));
            QCOMPARE(q.value(2).toInt(), 202603);
            QCOMPARE(q.value(4).toLongLong(), 17);
            QCOMPARE(q.value(5).toLongLong(), 3);
            QCOMPARE(q.value(6).toLongLong(), 0);
            QVERIFY(q.next());
            QCOMPARE(q.value(1).toString(), QStringLiteral("p9"));
            QCOMPARE(q.value(4).toLongLong(), 8);
            QVERIFY(!q.next());
            // Ingest's upsert still finds its row by the (reordered) key.
            QVERIFY(execute(db, QStringLiteral("INSERT INTO %1 (activity_uid, place_uid, period, attendance) VALUES ('a1', '', 202603, 5)"
                                               " ON CONFLICT (activity_uid, place_uid, period) DO UPDATE SET attendance = %1.attendance"
                                               " + excluded.attendance").arg(QLatin1String(table))));
            QVERIFY(q.exec(QStringLiteral("SELECT attendance FROM %1 WHERE activity_uid = 'a1'").arg(QLatin1String(table))) && q.next());
            QCOMPARE(q.value(0).toLongLong(), 22);
        }
        QVERIFY(q.exec(QStringLiteral("SELECT category FROM stats_activity WHERE uid = 'a1'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("taal"));
        QVERIFY(q.exec(QStringLiteral("SELECT wijk FROM stats_place WHERE uid = 'p1'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("WK036300"));
        if (dialect != QLatin1String("sqlite"))
            return;
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT SUM(attendance) FROM stats_month WHERE period BETWEEN 202601 AND 202612")));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(plan.contains(QLatin1String("USING PRIMARY KEY (period>? AND period<?)")), qPrintable(plan));
    }

    // A commit the hub acknowledges is on disk: SQLite syncs its WAL on every commit
    // (synchronous FULL, 2), PostgreSQL waits for its WAL flush (synchronous_commit on).
    void commitsAreDurable_data() { dialect_data(); }
    void commitsAreDurable()
    {
        QFETCH(QString, dialect);
        FreshDatabase fresh;
        QString error;
        QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
        HubDatabase db;
        QVERIFY2(db.open(fresh.location()), qPrintable(db.errorString()));
        QSqlQuery q(db.connection());
        if (dialect == QLatin1String("sqlite")) {
            QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
            QCOMPARE(q.value(0).toInt(), 2);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        } else {
            // Whatever the server is set to, the hub's connection waits for the flush. (fsync is
            // the server's own: the test cluster turns it off for speed.)
            QVERIFY(q.exec(QStringLiteral("SHOW synchronous_commit")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("on"));
        }
    }

    void refusesNewerSchema_data() { dialect_data(); }
    void refusesNewerSchema()
    {
        QFETCH(QString, dialect);
        FreshDatabase fresh;
        QString error;
        QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
        {
            HubDatabase db;
            QVERIFY2(db.open(fresh.location()), qPrintable(db.errorString()));
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral("UPDATE schema_version SET version = :v"));
            q.bindValue(QStringLiteral(":v"), HubDatabase::latestSchemaVersion() + 1);
            QVERIFY(q.exec());
        }
        HubDatabase newer;
        QVERIFY(!newer.open(fresh.location()));
        QVERIFY2(newer.errorString().contains(QStringLiteral("newer")), qPrintable(newer.errorString()));
    }

    void constraints_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("accepted");
        const QString token = QStringLiteral("INSERT INTO api_token (hash, role, organisation_uid, created) VALUES ");
        for (const QString &d : dialects()) {
            const auto row = [&](const char *name) -> QTestData & { return QTest::newRow(qPrintable(d + QLatin1Char(' ') + QLatin1String(name))) << d; };
            row("worker of an organisation") << token + QStringLiteral("('h1', 'worker', 'o', 1)") << true;
            row("evaluator of none") << token + QStringLiteral("('h1', 'evaluator', NULL, 1)") << true;
            row("admin of none") << token + QStringLiteral("('h1', 'admin', NULL, 1)") << true;
            row("no resident role") << token + QStringLiteral("('h1', 'resident', NULL, 1)") << false;
            row("worker needs an organisation") << token + QStringLiteral("('h1', 'worker', NULL, 1)") << false;
            row("admin has no organisation") << token + QStringLiteral("('h1', 'admin', 'o', 1)") << false;
            row("worker of an unknown organisation") << token + QStringLiteral("('h1', 'worker', 'nope', 1)") << false;
            row("hash is unique") << token + QStringLiteral("('taken', 'admin', NULL, 1)") << false;
            row("code of an unknown organisation") << QStringLiteral("INSERT INTO enrol_code (hash, organisation_uid, expires) VALUES ('c', 'nope', 1)") << false;
            row("code hash is the key") << QStringLiteral("INSERT INTO enrol_code (hash, organisation_uid, expires) VALUES ('used', 'o', 1)") << false;
        }
    }

    void constraints()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, sql);
        QFETCH(bool, accepted);
        FreshDatabase fresh;
        QString error;
        QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
        HubDatabase db;
        QVERIFY2(db.open(fresh.location()), qPrintable(db.errorString()));
        QVERIFY(execute(db, QStringLiteral("INSERT INTO organisation (uid, name, kind, modified) VALUES ('o', 'O', 'welzijn', 1)")));
        QVERIFY(execute(db, QStringLiteral("INSERT INTO api_token (hash, role, created) VALUES ('taken', 'admin', 1)")));
        QVERIFY(execute(db, QStringLiteral("INSERT INTO enrol_code (hash, organisation_uid, expires) VALUES ('used', 'o', 1)")));
        QCOMPARE(execute(db, sql), accepted);
    }

    // SPEC privacy 4: the hub keeps no addresses and no user agents, not even by accident.
    void storesNoAddressesOrAgents_data() { dialect_data(); }
    void storesNoAddressesOrAgents()
    {
        QFETCH(QString, dialect);
        FreshDatabase fresh;
        QString error;
        QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
        HubDatabase db;
        QVERIFY2(db.open(fresh.location()), qPrintable(db.errorString()));
        int columns = 0;
        for (const QString &table : db.connection().tables()) {
            const QSqlRecord record = db.connection().record(table);
            for (int i = 0; i < record.count(); ++i, ++columns) {
                const QString name = record.fieldName(i).toLower();
                // "host" alone is a session's host (session_log.host_present), not a network host.
                const QStringList words = name.split(QLatin1Char('_'));
                for (const char *forbidden : {"ip", "address", "agent", "hostname", "remote", "device"})
                    QVERIFY2(!words.contains(QLatin1String(forbidden)), qPrintable(table + QLatin1Char('.') + name));
                QVERIFY2(!(words.contains(QLatin1String("host")) && !words.contains(QLatin1String("present"))),
                         qPrintable(table + QLatin1Char('.') + name));
            }
        }
        QVERIFY(columns > 10);
    }

    void parsesLocations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("display");
        QTest::newRow("sqlite file") << "hub.sqlite" << true << "hub.sqlite";
        QTest::newRow("postgresql") << "postgresql://hub:s3cret@db.example:6543/buurtplein" << true << "postgresql://hub@db.example:6543/buurtplein";
        QTest::newRow("postgres scheme, default port") << "postgres://hub@db/bp" << true << "postgresql://hub@db:5432/bp";
        QTest::newRow("no database name") << "postgresql://hub@db:5432/" << false << "";
        QTest::newRow("no host") << "postgresql:///bp" << false << "";
        QTest::newRow("options are not taken") << "postgresql://hub@db/bp?sslmode=require" << false << "";
        QTest::newRow("empty") << "" << false << "";
    }

    void parsesLocations()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, display);
        QString error;
        const auto location = HubLocation::parse(text, &error);
        QCOMPARE(location.has_value(), valid);
        QCOMPARE(error.isEmpty(), valid);
        if (location) {
            QCOMPARE(location->display(), display);
            QVERIFY(!location->display().contains(QStringLiteral("s3cret")));
        }
    }
};

QTEST_GUILESS_MAIN(TestHubDatabase)
#include "tst_hubdatabase.moc"
