// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/devicepaths.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

using namespace Buurtplein;

class TestDevicePaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("buurtplein-devicepaths-test"));
    }

    void exportsGoToACacheFolder()
    {
        const QString dir = DevicePaths::exportDirectory();
        QVERIFY(QFileInfo(dir).isDir());
        QVERIFY2(dir.startsWith(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)), qPrintable(dir));
        QVERIFY(!dir.startsWith(DevicePaths::dataDirectory()));
        QVERIFY(QDir().rmdir(dir));
    }

    void catalogueLivesInTheDataFolder()
    {
        QCOMPARE(QFileInfo(DevicePaths::catalogueDatabase()).absolutePath(), QDir(DevicePaths::dataDirectory()).absolutePath());
    }
};

QTEST_GUILESS_MAIN(TestDevicePaths)
#include "tst_devicepaths.moc"
