// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/backoff.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Buurtplein;

class TestBackoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ceiling_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<qint64>("ceiling");
        QTest::newRow("first retry") << 0 << qint64(2000);
        QTest::newRow("second") << 1 << qint64(4000);
        QTest::newRow("sixth") << 5 << qint64(64000);
        QTest::newRow("just below the cap") << 8 << qint64(512000);
        QTest::newRow("at the cap") << 9 << qint64(900000);
        QTest::newRow("long past the cap") << 10000 << qint64(900000);
    }

    void ceiling()
    {
        QFETCH(int, attempt);
        QFETCH(qint64, ceiling);
        QCOMPARE(Backoff::ceilingMs(attempt), ceiling);
    }

    // Full jitter: spread over the whole range from 0 to the ceiling, never past it.
    void fullJitter_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("attempt 0") << 0 << 1u;
        QTest::newRow("attempt 3") << 3 << 2u;
        QTest::newRow("attempt 7") << 7 << 3u;
        QTest::newRow("capped, attempt 40") << 40 << 4u;
    }

    void fullJitter()
    {
        QFETCH(int, attempt);
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        const qint64 ceiling = Backoff::ceilingMs(attempt);
        constexpr int draws = 4000;
        qint64 low = ceiling;
        qint64 high = 0;
        double sum = 0;
        for (int i = 0; i < draws; ++i) {
            const qint64 d = Backoff::delayMs(attempt, random);
            QVERIFY2(d >= 0 && d <= ceiling, qPrintable(QString::number(d)));
            low = std::min(low, d);
            high = std::max(high, d);
            sum += double(d);
        }
        // Equal jitter or no jitter would keep the low end empty; a uniform draw does not.
        QVERIFY2(low < ceiling / 20, qPrintable(QString::number(low)));
        QVERIFY2(high > ceiling - ceiling / 20, qPrintable(QString::number(high)));
        const double mean = sum / draws;
        QVERIFY2(std::abs(mean - ceiling / 2.0) < ceiling * 0.05, qPrintable(QString::number(mean)));
    }

    void sameSeedSameDelays()
    {
        QRandomGenerator a(42);
        QRandomGenerator b(42);
        for (int attempt = 0; attempt < 12; ++attempt)
            QCOMPARE(Backoff::delayMs(attempt, a), Backoff::delayMs(attempt, b));
    }

    void retryAfterTakesPrecedence_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<qint64>("retryAfter");
        QTest::addColumn<qint64>("delay");
        QTest::newRow("longer than the ceiling") << 0 << qint64(120000) << qint64(120000);
        QTest::newRow("shorter than the ceiling") << 9 << qint64(1000) << qint64(1000);
        QTest::newRow("now") << 5 << qint64(0) << qint64(0);
        QTest::newRow("a week: at most a day") << 0 << qint64(7 * 24 * 3600 * 1000LL) << qint64(24 * 3600 * 1000LL);
        QTest::newRow("negative: now") << 3 << qint64(-5000) << qint64(0);
    }

    void retryAfterTakesPrecedence()
    {
        QFETCH(int, attempt);
        QFETCH(qint64, retryAfter);
        QFETCH(qint64, delay);
        QRandomGenerator random(7);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(Backoff::delayMs(attempt, random, retryAfter), delay);
    }

    void parseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("seconds") << QByteArray("120") << true << qint64(120000);
        QTest::newRow("spaces") << QByteArray(" 5 ") << true << qint64(5000);
        QTest::newRow("zero") << QByteArray("0") << true << qint64(0);
        QTest::newRow("http date a minute ahead") << QByteArray("Tue, 24 Nov 2026 13:01:00 GMT") << true << qint64(60000);
        QTest::newRow("http date in the past") << QByteArray("Tue, 24 Nov 2026 12:00:00 GMT") << true << qint64(0);
        QTest::newRow("empty") << QByteArray() << false << qint64(0);
        QTest::newRow("negative") << QByteArray("-3") << false << qint64(0);
        QTest::newRow("words") << QByteArray("soon") << false << qint64(0);
        QTest::newRow("fraction") << QByteArray("1.5") << false << qint64(0);
    }

    void parseRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, valid);
        QFETCH(qint64, ms);
        const QDateTime now(QDate(2026, 11, 24), QTime(13, 0), Qt::UTC);
        const std::optional<qint64> parsed = Backoff::parseRetryAfter(value, now);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, ms);
    }

    void honoursRetryAfter_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("honoured");
        QTest::newRow("429") << 429 << true;
        QTest::newRow("503") << 503 << true;
        QTest::newRow("500") << 500 << false;
        QTest::newRow("400") << 400 << false;
    }

    void honoursRetryAfter()
    {
        QFETCH(int, status);
        QFETCH(bool, honoured);
        QCOMPARE(Backoff::honoursRetryAfter(status), honoured);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
