// SPDX-License-Identifier: GPL-3.0-or-later
// Privacy rule 1 and issue 3 item 10: what a resident joins and chooses is written to the
// device's SQLite database and nowhere else, and nothing reaches for the network.
#include "devicefixture.h"
#include "device/devicesettings.h"
#include "device/discreetmode.h"
#include "device/joinstore.h"
#include "device/reminderplanner.h"

#include <QDirIterator>
#include <QFile>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Buurtplein;

namespace {

// Every connection Qt Network is asked to make, TCP or HTTP, consults the application proxy factory first.
class RecordingProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        queries.append(query.peerHostName() + QLatin1Char(':') + QString::number(query.peerPort()));
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    }
    static inline QStringList queries;
};

QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

} // namespace

class TestJoinPrivacy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QString m_databasePath;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        // Home and temp folder inside one fresh folder: every file this process writes
        // through QStandardPaths, QSettings or QDir::tempPath() lands where the test can see it.
        QVERIFY(QDir().mkpath(m_root.filePath(QStringLiteral("home"))));
        QVERIFY(QDir().mkpath(m_root.filePath(QStringLiteral("tmp"))));
        qputenv("HOME", QFile::encodeName(m_root.filePath(QStringLiteral("home"))));
        qputenv("TMPDIR", QFile::encodeName(m_root.filePath(QStringLiteral("tmp"))));
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Buurtplein"));
        QCoreApplication::setApplicationName(QStringLiteral("buurtplein-privacy-test"));
        const QList<QStandardPaths::StandardLocation> locations = {
            QStandardPaths::AppDataLocation, QStandardPaths::AppConfigLocation, QStandardPaths::CacheLocation,
            QStandardPaths::GenericDataLocation, QStandardPaths::GenericConfigLocation, QStandardPaths::GenericCacheLocation,
        };
        for (const auto location : locations)
            QVERIFY2(QStandardPaths::writableLocation(location).startsWith(m_root.path()),
                     qPrintable(QStandardPaths::writableLocation(location)));
        QVERIFY(QDir::tempPath().startsWith(m_root.path()));
        QVERIFY(QSettings().fileName().startsWith(m_root.path()));
        QVERIFY(filesUnder(m_root.path()).isEmpty());

        QNetworkProxyFactory::setApplicationProxyFactory(new RecordingProxyFactory);
        const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(QDir().mkpath(dataDir));
        m_databasePath = QDir(dataDir).filePath(QStringLiteral("catalogue.sqlite"));
    }

    void joinsAndChoicesStayInTheDatabase()
    {
        QStringList tokens;
        QStringList titles;
        {
            Database db;
            QString error;
            QVERIFY2(DeviceFixture::openDemo(db, m_databasePath, &error), qPrintable(error));
            JoinStore joins(db.connection());
            const QString inloop = QStringLiteral("demo:inloop-meevaart");
            const auto series = joins.joinSeries(QStringLiteral("demo:taalcafe-javaplein"), 60, &error);
            const auto single = joins.joinOccurrence(inloop, DeviceFixture::occurrencesOf(db.connection(), inloop).first(), 30, &error);
            const auto left = joins.joinSeries(QStringLiteral("demo:vrouwen-sport"), 60, &error);
            QVERIFY2(series && single && left, qPrintable(error));
            QVERIFY(joins.setReminder(single->token, 15, &error));
            QVERIFY(joins.leave(left->token, &error));
            tokens = {series->token, single->token, left->token};

            const qint64 now = DeviceFixture::now().toSecsSinceEpoch();
            const QList<JoinedSession> sessions = joins.sessions(now, now + 14 * 86400);
            QVERIFY(!sessions.isEmpty());
            for (const JoinedSession &s : sessions)
                titles.append(s.title);
            titles.removeDuplicates();
            QVERIFY(!ReminderPlanner::due(sessions, now + 14 * 86400, now, false).isEmpty());

            DeviceSettings settings(db.connection());
            QVERIFY(settings.setValue(SettingKey::locationMode, QStringLiteral("postcode")));
            QVERIFY(settings.setValue(SettingKey::postcode, QStringLiteral("1094HW")));
            QVERIFY(settings.setValue(SettingKey::areaCode, QStringLiteral("BU03630531")));
            QVERIFY(settings.setValue(SettingKey::uiLanguage, QStringLiteral("ar")));
            QVERIFY(settings.remove(SettingKey::areaCode));
            DiscreetMode discreet(settings);
            QVERIFY(discreet.enable(QStringLiteral("2580"), &error));
        }

        // The only files: the database and its WAL companions.
        const QSet<QString> allowed = {m_databasePath, m_databasePath + QStringLiteral("-wal"), m_databasePath + QStringLiteral("-shm")};
        const QStringList files = filesUnder(m_root.path());
        QVERIFY(files.contains(m_databasePath));
        for (const QString &file : files)
            QVERIFY2(allowed.contains(file), qPrintable(QStringLiteral("unexpected file written: ") + file));

        // What was joined is in the database, so this scan does find it where it is written.
        QByteArray databaseBytes;
        for (const QString &file : files) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            if (allowed.contains(file)) {
                databaseBytes += bytes;
                continue;
            }
            for (const QString &secret : tokens + titles)
                QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret + QStringLiteral(" found in ") + file));
        }
        for (const QString &token : tokens.mid(0, 2))
            QVERIFY2(databaseBytes.contains(token.toLatin1()), qPrintable(token));
    }

    void noSettingsFileNoNetwork()
    {
        QSettings settings;
        QVERIFY(settings.allKeys().isEmpty());
        QVERIFY(!QFile::exists(settings.fileName()));
        QVERIFY2(RecordingProxyFactory::queries.isEmpty(), qPrintable(RecordingProxyFactory::queries.join(QLatin1Char(' '))));

        // Control: the recorder is the factory Qt Network consults. Asked the way a socket or
        // QNetworkAccessManager asks before connecting, it records the query. No packet is
        // sent: tests here only ever talk to loopback.
        QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(QUrl(QStringLiteral("https://hub.invalid:443/feed"))));
        QVERIFY2(RecordingProxyFactory::queries.contains(QStringLiteral("hub.invalid:443")),
                 qPrintable(RecordingProxyFactory::queries.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestJoinPrivacy)
#include "tst_joinprivacy.moc"
