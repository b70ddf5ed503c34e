// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/securetokenstore.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Buurtplein;

class TestSecureTokenStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void protectedFileRoundTrip();
    void loadOfAbsentKeyFindsNothing();
    void eraseRemovesTheSecret();
    void keychainOrFileAnswersOnce();

private:
    static QList<QVariant> answer(QSignalSpy &spy)
    {
        if (spy.isEmpty() && !spy.wait(30000))
            return {};
        return spy.takeFirst();
    }
};

void TestSecureTokenStore::protectedFileRoundTrip()
{
    QTemporaryDir dir;
    SecureTokenStore store(dir.path());
    store.setKeychainEnabled(false);
    QSignalSpy stored(&store, &SecureTokenStore::stored);
    store.store(QStringLiteral("worker-token"), QStringLiteral("s3cr3t-åß"));
    const auto s = answer(stored);
    QCOMPARE(s.value(1).toBool(), true);
    QCOMPARE(store.storage(), SecureTokenStore::Storage::ProtectedFile);

    const QFileInfo file(dir.path() + QStringLiteral("/secrets/worker-token"));
    QVERIFY(file.exists());
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    const QFileInfo folder(file.absolutePath());
    QCOMPARE(folder.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther),
             QFileDevice::Permissions());

    SecureTokenStore again(dir.path());
    again.setKeychainEnabled(false);
    QSignalSpy loaded(&again, &SecureTokenStore::loaded);
    again.load(QStringLiteral("worker-token"));
    const auto l = answer(loaded);
    QCOMPARE(l.value(1).toString(), QStringLiteral("s3cr3t-åß"));
    QCOMPARE(l.value(2).toBool(), true);
    QCOMPARE(stored.count() + loaded.count(), 0);
}

void TestSecureTokenStore::loadOfAbsentKeyFindsNothing()
{
    QTemporaryDir dir;
    SecureTokenStore store(dir.path());
    store.setKeychainEnabled(false);
    QSignalSpy loaded(&store, &SecureTokenStore::loaded);
    store.load(QStringLiteral("nothing-here"));
    const auto l = answer(loaded);
    QCOMPARE(l.value(0).toString(), QStringLiteral("nothing-here"));
    QCOMPARE(l.value(2).toBool(), false);
    QVERIFY(l.value(1).toString().isEmpty());
}

void TestSecureTokenStore::eraseRemovesTheSecret()
{
    QTemporaryDir dir;
    SecureTokenStore store(dir.path());
    store.setKeychainEnabled(false);
    QSignalSpy stored(&store, &SecureTokenStore::stored);
    QSignalSpy erased(&store, &SecureTokenStore::erased);
    QSignalSpy loaded(&store, &SecureTokenStore::loaded);
    store.store(QStringLiteral("worker-token"), QStringLiteral("abc"));
    QVERIFY(answer(stored).value(1).toBool());
    store.erase(QStringLiteral("worker-token"));
    QVERIFY(answer(erased).value(1).toBool());
    QVERIFY(!QFileInfo::exists(dir.path() + QStringLiteral("/secrets/worker-token")));
    store.load(QStringLiteral("worker-token"));
    QCOMPARE(answer(loaded).value(2).toBool(), false);
    QCOMPARE(store.storage(), SecureTokenStore::Storage::None);
}

// With the keychain enabled the store uses whatever this machine has (CI has no Secret
// Service, a desktop may): either way a stored secret reads back, from where storage() says.
void TestSecureTokenStore::keychainOrFileAnswersOnce()
{
    QTemporaryDir dir;
    SecureTokenStore store(dir.path());
    QSignalSpy stored(&store, &SecureTokenStore::stored);
    const QString key = QStringLiteral("buurtplein-test-%1").arg(QCoreApplication::applicationPid());
    store.store(key, QStringLiteral("xyz"));
    QVERIFY(answer(stored).value(1).toBool());
    const SecureTokenStore::Storage where = store.storage();
    QVERIFY(where == SecureTokenStore::Storage::Keychain || where == SecureTokenStore::Storage::ProtectedFile);
    QCOMPARE(QFileInfo::exists(dir.path() + QStringLiteral("/secrets/") + key), where == SecureTokenStore::Storage::ProtectedFile);

    QSignalSpy loaded(&store, &SecureTokenStore::loaded);
    store.load(key);
    const auto l = answer(loaded);
    QCOMPARE(l.value(1).toString(), QStringLiteral("xyz"));
    QCOMPARE(store.storage(), where);

    QSignalSpy erased(&store, &SecureTokenStore::erased);
    store.erase(key);
    QVERIFY(answer(erased).value(1).toBool());
    QTest::qWait(50);
    QCOMPARE(stored.count() + loaded.count() + erased.count(), 0);
}

QTEST_GUILESS_MAIN(TestSecureTokenStore)
#include "tst_securetokenstore.moc"
