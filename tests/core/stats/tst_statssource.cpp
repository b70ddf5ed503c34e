// SPDX-License-Identifier: GPL-3.0-or-later
// The evaluator's offline copy of the figures (StatsSource): what is kept comes back in a
// later run, the oldest answers go first, signing out removes the file, a file that cannot
// be written costs only the copy, and the caller's thread never waits for the disk (a
// cache file that is a FIFO no one writes to holds the read, not the caller).
#include "stats/statssource.h"

#include "testclock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>
#include <sys/types.h>

using namespace Buurtplein;

namespace {

// Asks @p source for its copy of @p path and @p query and waits (in an event loop) for the answer.
std::optional<StatsSource::Copy> copyOf(StatsSource &source, const QString &path, const QUrlQuery &query = {})
{
    QObject context;
    bool answered = false;
    std::optional<StatsSource::Copy> copy;
    source.cached(path, query, &context, [&](const std::optional<StatsSource::Copy> &c) {
        copy = c;
        answered = true;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 5000))
        qFatal("the offline copy never answered");
    return copy;
}

QUrlQuery tableQuery(const QString &rows)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("rows"), rows);
    query.addQueryItem(QStringLiteral("metric"), QStringLiteral("participants"));
    return query;
}

} // namespace

class TstStatsSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("evaluator-figures.json"));
        QFile::remove(m_file);
    }

    void keptAnswersComeBackInALaterRun_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("rows");
        QTest::newRow("a table by area") << QStringLiteral("/v1/stats/table") << QStringLiteral("area:buurt");
        QTest::newRow("a table by month") << QStringLiteral("/v1/stats/table") << QStringLiteral("period:month");
        QTest::newRow("the dimensions") << QStringLiteral("/v1/stats/dimensions") << QString();
    }

    void keptAnswersComeBackInALaterRun()
    {
        QFETCH(QString, path);
        QFETCH(QString, rows);
        const QUrlQuery query = rows.isEmpty() ? QUrlQuery() : tableQuery(rows);
        const QByteArray body = "{\"rows\":\"" + rows.toUtf8() + "\"}";
        const QDateTime received = TestClock::now().toUTC();
        {
            StatsSource first({}, m_file);
            first.setCredentials(QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("key"));
            first.remember(path, query, body, received);
            first.remember(QStringLiteral("/v1/stats/table"), tableQuery(QStringLiteral("category")), "{}", received);
        }
        QVERIFY(QFile::exists(m_file));
        StatsSource later({}, m_file);
        later.setCredentials(QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("key"));
        const auto copy = copyOf(later, path, query);
        QVERIFY(copy);
        QCOMPARE(copy->body, body);
        QCOMPARE(copy->received, received);
        // Another choice of rows, or the same one from another hub, has no copy.
        QVERIFY(!copyOf(later, path, tableQuery(QStringLiteral("programme"))));
        later.setCredentials(QUrl(QStringLiteral("http://127.0.0.1:10")), QStringLiteral("key"));
        QVERIFY(!copyOf(later, path, query));
    }

    void theOldestAnswersGoFirst()
    {
        const QDateTime start = TestClock::now().toUTC();
        const int extra = 5;
        {
            StatsSource source({}, m_file);
            for (int i = 0; i < StatsSource::CacheEntries + extra; ++i)
                source.remember(QStringLiteral("/v1/stats/table"), tableQuery(QString::number(i)), QByteArray::number(i), start.addSecs(i));
        }
        StatsSource later({}, m_file);
        for (int i = 0; i < extra; ++i)
            QVERIFY2(!copyOf(later, QStringLiteral("/v1/stats/table"), tableQuery(QString::number(i))), qPrintable(QString::number(i)));
        for (int i = extra; i < StatsSource::CacheEntries + extra; ++i) {
            const auto copy = copyOf(later, QStringLiteral("/v1/stats/table"), tableQuery(QString::number(i)));
            QVERIFY2(copy && copy->body == QByteArray::number(i), qPrintable(QString::number(i)));
        }
    }

    void signingOutRemovesTheFile()
    {
        StatsSource source({}, m_file);
        source.remember(QStringLiteral("/v1/stats/dimensions"), {}, "{}", TestClock::now());
        source.waitForFile();
        QVERIFY(QFile::exists(m_file));
        source.clearCache();
        QVERIFY(!copyOf(source, QStringLiteral("/v1/stats/dimensions")));
        QVERIFY(!QFile::exists(m_file));
    }

    void aFileThatCannotBeWrittenCostsOnlyTheCopy()
    {
        // The folder the file should go in is a file: nothing can be written there.
        QFile blocker(m_dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString file = blocker.fileName() + QStringLiteral("/evaluator-figures.json");
        StatsSource source({}, file);
        source.remember(QStringLiteral("/v1/stats/dimensions"), {}, "{\"a\":1}", TestClock::now());
        const auto copy = copyOf(source, QStringLiteral("/v1/stats/dimensions"));
        QVERIFY(copy);
        QCOMPARE(copy->body, QByteArray("{\"a\":1}"));
        QVERIFY(!QFile::exists(file));
    }

    void theCallerNeverWaitsForTheDisk()
    {
        // A FIFO as the cache file: reading it waits until someone writes to it. The source
        // starts reading at construction; if that ran on the caller's thread, the next line
        // would never be reached.
        QVERIFY(::mkfifo(QFile::encodeName(m_file).constData(), 0600) == 0);
        QElapsedTimer clock;
        clock.start();
        auto source = std::make_unique<StatsSource>(HubClient(), m_file);
        QObject context;
        bool answered = false;
        std::optional<StatsSource::Copy> copy;
        source->cached(QStringLiteral("/v1/stats/dimensions"), {}, &context, [&](const std::optional<StatsSource::Copy> &c) {
            copy = c;
            answered = true;
        });
        source->remember(QStringLiteral("/v1/stats/table"), tableQuery(QStringLiteral("category")), "{}", TestClock::now());
        QVERIFY2(clock.elapsed() < 1000, "constructing, asking and keeping waited for the file");
        // The caller's event loop runs meanwhile; the answer waits for the file.
        int ticks = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, this, [&] { ++ticks; });
        tick.start(10);
        QTest::qWait(300);
        QVERIFY(ticks >= 5);
        QVERIFY(!answered);

        // Someone writes the file: the read ends and the answer arrives.
        const QByteArray kept = "{\"/v1/stats/dimensions?\":{\"received\":\"2026-11-23T08:00:00Z\",\"body\":\"{}\"}}";
        QFile writer(m_file);
        QVERIFY(writer.open(QIODevice::WriteOnly));
        writer.write(kept);
        writer.close();
        QTRY_VERIFY_WITH_TIMEOUT(answered, 5000);
        QVERIFY(copy);
        QCOMPARE(copy->received, QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC));
        source.reset();
        QFile::remove(m_file);
    }

private:
    QTemporaryDir m_dir;
    QString m_file;
};

QTEST_GUILESS_MAIN(TstStatsSource)
#include "tst_statssource.moc"
