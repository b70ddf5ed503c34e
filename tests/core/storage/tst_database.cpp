// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Buurtplein;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    static QVariant scalar(const Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

    // Rows every schema version from 1 on can hold; later versions must keep them.
    static void insertCatalogueRows(Database &db)
    {
        QSqlQuery q(db.connection());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO organisation (uid, name, kind) VALUES ('org-1', 'Buurtwerk West', 'welzijn')")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO place (uid, name, kind, lat, lon, buurt_code) "
                                      "VALUES ('pl-1', 'Bibliotheek Slotermeer', 'bibliotheek', 52.37, 4.81, 'BU03630800')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO activity (uid, organisation_id, place_id, title, category) "
                                      "VALUES ('act-1', 1, 1, 'Taalcafé', 'taal_ontmoeting')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO activity_translation (activity_id, lang, title) VALUES (1, 'en', 'Language café')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schedule (uid, activity_id, start_date, start_time, rrule) "
                                      "VALUES ('sch-1', 1, '2026-09-01', '14:00:00', 'FREQ=WEEKLY;BYDAY=TU')")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void opensWithWalAndForeignKeys()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("c.sqlite"))), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);

        QSqlQuery q(db.connection());
        QVERIFY2(!q.exec(QStringLiteral("INSERT INTO schedule (uid, activity_id, start_date) VALUES ('s', 42, '2026-01-01')")),
                 "a schedule of a missing activity must be refused");
    }

    // Privacy rule 2: no table of the device database has a column for a person's
    // origin, ethnicity, nationality, religion, residence status, BSN or date of birth.
    // Column names are split into words ("original_start" is not "origin").
    void storesNothingAboutAPerson()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("c.sqlite"))), qPrintable(db.errorString()));
        const QStringList forbidden{"origin", "ethnic", "ethnicity", "nation", "nationality", "religion", "religious",
                                    "residence", "residency", "bsn", "birth", "birthday", "birthdate", "dob"};
        QSqlQuery tables(db.connection());
        QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")));
        int columns = 0;
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            QSqlQuery info(db.connection());
            QVERIFY(info.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table)));
            while (info.next()) {
                const QString column = info.value(1).toString();
                ++columns;
                for (const QString &word : column.toLower().split(QLatin1Char('_')))
                    QVERIFY2(!forbidden.contains(word), qPrintable(table + QLatin1Char('.') + column));
            }
        }
        QVERIFY2(columns > 50, "the schema was not read");
    }

    void upgradesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Database::latestSchemaVersion(); ++v)
            QTest::addRow("v%d", v) << v;
    }

    void upgradesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            Database old;
            QVERIFY2(old.open(path, from), qPrintable(old.errorString()));
            QCOMPARE(old.schemaVersion(), from);
            if (from >= 1)
                insertCatalogueRows(old);
        }
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_key_check")), QVariant());
        if (from >= 1) {
            QCOMPARE(scalar(db, QStringLiteral("SELECT title FROM activity WHERE uid = 'act-1'")).toString(), QStringLiteral("Taalcafé"));
            QCOMPARE(scalar(db, QStringLiteral("SELECT rrule FROM schedule WHERE uid = 'sch-1'")).toString(),
                     QStringLiteral("FREQ=WEEKLY;BYDAY=TU"));
            QCOMPARE(scalar(db, QStringLiteral("SELECT title FROM activity_translation")).toString(), QStringLiteral("Language café"));
        } else {
            insertCatalogueRows(db);
        }
        // What the newest version adds is usable after the upgrade.
        QSqlQuery q(db.connection());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO occurrence (uid, activity_id, original_start, start, end) "
                                       "VALUES ('act-1/20260901T120000Z', 1, 1788264000, 1788264000, 1788271200)")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM activity WHERE uid = 'act-1'")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM occurrence")).toInt(), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM activity_translation")).toInt(), 0);
    }

    void failedMigrationChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("blocked.sqlite"));
        {
            Database old;
            QVERIFY(old.open(path, 1));
            // A table in the way makes step 2 fail half-way through.
            QSqlQuery q(old.connection());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE index_state (x)")));
        }
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(QLatin1String("schema version 2")), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'occurrence'")).toInt(), 0);
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(QLatin1String("newer")), qPrintable(db.errorString()));
    }

    void transactionsNestAndRollBack()
    {
        Database db;
        QVERIFY(db.open(QStringLiteral(":memory:")));
        auto count = [&] { return scalar(db, QStringLiteral("SELECT count(*) FROM organisation")).toInt(); };
        {
            Transaction outer(db.connection());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO organisation (uid, name) VALUES ('a', 'A')")));
            {
                Transaction inner(db.connection());
                QVERIFY(q.exec(QStringLiteral("INSERT INTO organisation (uid, name) VALUES ('b', 'B')")));
                // inner goes out of scope without commit: only 'b' is undone
            }
            QCOMPARE(count(), 1);
            QVERIFY(outer.commit());
        }
        QCOMPARE(count(), 1);
        {
            Transaction outer(db.connection());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO organisation (uid, name) VALUES ('c', 'C')")));
            Transaction inner(db.connection());
            QVERIFY(inner.commit());
            // outer is not committed: 'c' goes too
        }
        QCOMPARE(count(), 1);
    }

    // A write that reads first while another connection writes (the sync installing a
    // catalogue while a resident joins): Lock::Write waits for it, Deferred fails at once.
    void aWriteThatReadsFirstWaitsForAnotherWriter_data()
    {
        QTest::addColumn<bool>("writeLock");
        QTest::addColumn<bool>("stored");
        QTest::newRow("deferred") << false << false;
        QTest::newRow("write lock") << true << true;
    }

    void aWriteThatReadsFirstWaitsForAnotherWriter()
    {
        QFETCH(bool, writeLock);
        QFETCH(bool, stored);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));

        QSemaphore locked;
        std::unique_ptr<QThread> other(QThread::create([path, &locked] {
            Database writer;
            if (!writer.open(path))
                return;
            QSqlQuery q(writer.connection());
            q.exec(QStringLiteral("BEGIN EXCLUSIVE"));
            locked.release();
            QThread::msleep(400);
            q.exec(QStringLiteral("COMMIT"));
        }));
        other->start();
        QVERIFY(locked.tryAcquire(1, 5000));

        bool ok = false;
        {
            Transaction tx(db.connection(), writeLock ? Transaction::Lock::Write : Transaction::Lock::Deferred);
            QSqlQuery q(db.connection());
            ok = tx.isActive() && q.exec(QStringLiteral("SELECT count(*) FROM organisation"))
                && q.exec(QStringLiteral("INSERT INTO organisation (uid, name) VALUES ('w', 'W')")) && tx.commit();
        }
        QVERIFY(other->wait(5000));
        QCOMPARE(ok, stored);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM organisation")).toInt(), stored ? 1 : 0);

        // Inside another transaction a write lock nests like any other, and rolls back with it.
        {
            Transaction outer(db.connection());
            Transaction inner(db.connection(), Transaction::Lock::Write);
            QSqlQuery q(db.connection());
            QVERIFY(inner.isActive());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO organisation (uid, name) VALUES ('n', 'N')")));
            QVERIFY(inner.commit());
        }
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM organisation WHERE uid = 'n'")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
