// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "device/devicesettings.h"
#include "device/discreetmode.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Buurtplein;

class TestDiscreetMode : public QObject
{
    Q_OBJECT

private:
    Database m_db;

    QStringList storedValues() const
    {
        QSqlQuery q(m_db.connection());
        q.exec(QStringLiteral("SELECT key || '=' || value FROM device_setting"));
        QStringList values;
        while (q.next())
            values.append(q.value(0).toString());
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_db.open(QStringLiteral(":memory:")), qPrintable(m_db.errorString()));
    }

    void cleanup()
    {
        QSqlQuery(m_db.connection()).exec(QStringLiteral("DELETE FROM device_setting"));
    }

    void pinValidity_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("three digits") << QStringLiteral("123") << false;
        QTest::newRow("four digits") << QStringLiteral("1234") << true;
        QTest::newRow("leading zeros") << QStringLiteral("0007") << true;
        QTest::newRow("eight digits") << QStringLiteral("12345678") << true;
        QTest::newRow("nine digits") << QStringLiteral("123456789") << false;
        QTest::newRow("letter") << QStringLiteral("12a4") << false;
        QTest::newRow("space") << QStringLiteral("12 34") << false;
        QTest::newRow("sign") << QStringLiteral("-1234") << false;
        QTest::newRow("superscript digits") << QStringLiteral("¹²³⁴") << false;
        QTest::newRow("arabic-indic digits") << QStringLiteral("١٢٣٤") << true;
    }

    void pinValidity()
    {
        QFETCH(QString, pin);
        QFETCH(bool, valid);
        QCOMPARE(DiscreetPin::isValid(pin), valid);
    }

    void hashDependsOnPinAndSalt()
    {
        const QByteArray salt1 = DiscreetPin::newSalt();
        const QByteArray salt2 = DiscreetPin::newSalt();
        QCOMPARE(salt1.size(), DiscreetPin::SaltBytes);
        QVERIFY(salt1 != salt2);
        const QByteArray hash = DiscreetPin::hash(QStringLiteral("2468"), salt1);
        QCOMPARE(hash.size(), 32);
        QCOMPARE(DiscreetPin::hash(QStringLiteral("2468"), salt1), hash);
        QVERIFY(DiscreetPin::hash(QStringLiteral("2468"), salt2) != hash);
        QVERIFY(DiscreetPin::hash(QStringLiteral("2469"), salt1) != hash);
        QVERIFY(!hash.contains("2468"));
        // The same PIN typed with Arabic-Indic digits.
        QCOMPARE(DiscreetPin::hash(QStringLiteral("٢٤٦٨"), salt1), hash);
    }

    void enablesAndDisablesWithThePin()
    {
        DeviceSettings settings(m_db.connection());
        DiscreetMode mode(settings);
        QString error;
        QVERIFY(!mode.isEnabled());
        QVERIFY(!mode.checkPin(QStringLiteral("4821")));

        QVERIFY(!mode.enable(QStringLiteral("48"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!mode.isEnabled());

        QVERIFY2(mode.enable(QStringLiteral("4821"), &error), qPrintable(error));
        QVERIFY(mode.isEnabled());
        QVERIFY(DiscreetMode(settings).isEnabled()); // kept in the database, not in the object
        QVERIFY(mode.checkPin(QStringLiteral("4821")));
        QVERIFY(!mode.checkPin(QStringLiteral("4822")));
        QVERIFY(!mode.checkPin(QStringLiteral("48210")));
        for (const QString &value : storedValues())
            QVERIFY2(!value.contains(QLatin1String("4821")), qPrintable(value));

        error.clear();
        QVERIFY(!mode.enable(QStringLiteral("1111"), &error)); // already on: the PIN is not replaced silently
        QVERIFY(!error.isEmpty());
        QVERIFY(mode.checkPin(QStringLiteral("4821")));

        error.clear();
        QVERIFY(!mode.disable(QStringLiteral("1111"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(mode.isEnabled());

        QVERIFY2(mode.disable(QStringLiteral("4821"), &error), qPrintable(error));
        QVERIFY(!mode.isEnabled());
        QVERIFY(!mode.checkPin(QStringLiteral("4821")));
        QVERIFY(!settings.contains(SettingKey::discreetPinHash));
        QVERIFY(!settings.contains(SettingKey::discreetPinSalt));
    }

    void saltIsFreshEachTime()
    {
        DeviceSettings settings(m_db.connection());
        DiscreetMode mode(settings);
        QString error;
        QVERIFY(mode.enable(QStringLiteral("1357"), &error));
        const QString firstHash = settings.value(SettingKey::discreetPinHash);
        const QString firstSalt = settings.value(SettingKey::discreetPinSalt);
        QVERIFY(mode.disable(QStringLiteral("1357"), &error));
        QVERIFY(mode.enable(QStringLiteral("1357"), &error));
        QVERIFY(settings.value(SettingKey::discreetPinSalt) != firstSalt);
        QVERIFY(settings.value(SettingKey::discreetPinHash) != firstHash);
    }

    void tamperedSettingsAreNotEnabled()
    {
        DeviceSettings settings(m_db.connection());
        QVERIFY(settings.setValue(SettingKey::discreetEnabled, QStringLiteral("1")));
        DiscreetMode mode(settings);
        QVERIFY2(!mode.isEnabled(), "discreet mode without a PIN hash would hide My activities for good");
        QVERIFY(!mode.checkPin(QStringLiteral("0000")));
    }
};

QTEST_GUILESS_MAIN(TestDiscreetMode)
#include "tst_discreetmode.moc"
