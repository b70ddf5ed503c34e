// SPDX-License-Identifier: GPL-3.0-or-later
// DeviceSettings written behind by a ConnectionWorker: the UI thread never waits for
// another writer, reads its own writes at once, and sees other connections' writes
// again once its own are stored.
#include "device/devicesettings.h"
#include "storage/connectionworker.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Buurtplein;

class TestDeviceSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_file = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("device-%1.sqlite").arg(++m_file)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void direct_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("memory") << QStringLiteral(":memory:");
        QTest::newRow("file") << QString();
    }

    // Without a worker every call is stored before it returns.
    void direct()
    {
        QFETCH(QString, path);
        Database db;
        QVERIFY(db.open(path.isEmpty() ? newPath() : path));
        DeviceSettings settings(db.connection());
        QVERIFY(!settings.contains(SettingKey::uiLanguage));
        QCOMPARE(settings.value(SettingKey::uiLanguage, QStringLiteral("fallback")), QStringLiteral("fallback"));
        QVERIFY(settings.setValue(SettingKey::uiLanguage, QStringLiteral("ar")));
        QCOMPARE(DeviceSettings(db.connection()).value(SettingKey::uiLanguage), QStringLiteral("ar"));
        QVERIFY(settings.remove(SettingKey::uiLanguage));
        QVERIFY(!DeviceSettings(db.connection()).contains(SettingKey::uiLanguage));
    }

    void writesBehindAnotherWriter()
    {
        const QString path = newPath();
        Database db;
        QVERIFY(db.open(path));
        ConnectionWorker worker(db.connection(), QStringLiteral("settings"));
        QVERIFY(worker.isThreaded());
        DeviceSettings settings(db.connection());
        settings.writeBehind(&worker);
        QVERIFY(settings.setValue(SettingKey::postcode, QStringLiteral("1094AB")));
        QVERIFY(settings.setValue(SettingKey::areaCode, QStringLiteral("BU03630531")));
        Database other;
        QVERIFY(other.open(path));
        QTRY_COMPARE(DeviceSettings(other.connection()).value(SettingKey::postcode), QStringLiteral("1094AB"));

        // The sync holds the write lock (installing a catalogue): the choice returns at once.
        QSqlQuery lock(other.connection());
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        // (A write on this thread would wait out the busy timeout and then be refused.)
        QVERIFY(settings.setValue(SettingKey::postcode, QStringLiteral("1056")));
        QVERIFY(settings.remove(SettingKey::areaCode));
        // Its own writes are read back at once; nobody else sees them yet.
        QCOMPARE(settings.value(SettingKey::postcode), QStringLiteral("1056"));
        QVERIFY(!settings.contains(SettingKey::areaCode));
        QCOMPARE(settings.value(SettingKey::areaCode, QStringLiteral("none")), QStringLiteral("none"));
        QCOMPARE(DeviceSettings(other.connection()).value(SettingKey::postcode), QStringLiteral("1094AB"));
        QTest::qWait(200);
        QVERIFY(lock.exec(QStringLiteral("COMMIT")));

        QTRY_COMPARE(DeviceSettings(other.connection()).value(SettingKey::postcode), QStringLiteral("1056"));
        QTRY_VERIFY(!DeviceSettings(other.connection()).contains(SettingKey::areaCode));
        // Stored: the database answers again, so another connection's write is seen.
        QVERIFY(DeviceSettings(other.connection()).setValue(SettingKey::postcode, QStringLiteral("1011")));
        QTRY_COMPARE(settings.value(SettingKey::postcode), QStringLiteral("1011"));
    }

    void theLastWriteOfAKeyWins()
    {
        const QString path = newPath();
        Database db;
        QVERIFY(db.open(path));
        {
            ConnectionWorker worker(db.connection(), QStringLiteral("settings"));
            DeviceSettings settings(db.connection());
            settings.writeBehind(&worker);
            for (int i = 0; i < 50; ++i)
                QVERIFY(settings.setValue(SettingKey::uiLanguage, QString::number(i)));
            QCOMPARE(settings.value(SettingKey::uiLanguage), QStringLiteral("49"));
            // The app closes now: the worker stores what was asked before it stops.
        }
        QCOMPARE(DeviceSettings(db.connection()).value(SettingKey::uiLanguage), QStringLiteral("49"));
    }
};

QTEST_GUILESS_MAIN(TestDeviceSettings)
#include "tst_devicesettings.moc"
