// SPDX-License-Identifier: GPL-3.0-or-later
// The speech engines never hold up the UI thread: a lookup answers by signal, one that
// hangs (a speech service that cannot open audio) counts as "no voice" after the
// timeout while the UI thread keeps running, and later lookups do not queue behind it.
#include "resident/speechservice.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Buurtplein;

class TestSpeechService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersBySignalAndRemembers()
    {
        std::atomic<int> probes{0};
        SpeechService service([&probes](const QString &engine, const QString &language) {
            ++probes;
            return language == QLatin1String("en") ? std::pair{engine, QStringLiteral("en_GB")} : std::pair<QString, QString>{};
        });
        QSignalSpy found(&service, &SpeechService::found);
        const quint64 en = service.find(QStringLiteral("flite"), QStringLiteral("en"));
        const quint64 ti = service.find(QStringLiteral("flite"), QStringLiteral("ti"));
        QVERIFY(found.wait(5000));
        QTRY_COMPARE(found.size(), 2);
        for (const QList<QVariant> &answer : std::as_const(found)) {
            const bool english = answer.at(0).toULongLong() == en;
            QVERIFY(english || answer.at(0).toULongLong() == ti);
            QCOMPARE(answer.at(1).toString(), english ? QStringLiteral("flite") : QString());
            QCOMPARE(answer.at(2).toString(), english ? QStringLiteral("en_GB") : QString());
        }
        // Asked again: answered from what is known, without the engine.
        service.find(QStringLiteral("flite"), QStringLiteral("en"));
        QVERIFY(found.wait(5000));
        QCOMPARE(probes.load(), 2);
    }

    void aHangingEngineNeitherFreezesNorBlocks()
    {
        static QSemaphore release; // outlives the test: the speech thread may still be inside acquire()
        auto *service = new SpeechService([&release](const QString &, const QString &) {
            release.acquire(); // spd_open without a timeout
            return std::pair<QString, QString>{};
        });
        QSignalSpy found(service, &SpeechService::found);
        // The UI thread keeps turning while the engine hangs: a 100 ms timer fires many times.
        int ticks = 0;
        QTimer ui;
        connect(&ui, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ui.start(100);
        QElapsedTimer clock;
        clock.start();
        const quint64 first = service->find(QString(), QStringLiteral("nl"));
        QVERIFY(found.wait(SpeechService::LookupTimeoutMs + 3000));
        QCOMPARE(found.first().at(0).toULongLong(), first);
        QVERIFY(found.first().at(1).toString().isEmpty()); // no voice: the button stays hidden
        // Not before the engine had its time (timers may fire a little early), and meanwhile
        // the UI thread ran its timer again and again.
        QVERIFY(clock.elapsed() >= SpeechService::LookupTimeoutMs / 2);
        QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
        // The next page asks again: answered, not queued behind the engine that still hangs.
        service->find(QString(), QStringLiteral("en"));
        QVERIFY(found.wait(3000));
        QVERIFY(found.last().at(1).toString().isEmpty());
        // Closing the app does not wait for the engine either.
        clock.restart();
        delete service;
        QVERIFY(clock.elapsed() < 3000);
        release.release(2); // let the speech thread end with the test
    }
};

QTEST_GUILESS_MAIN(TestSpeechService)
#include "tst_speechservice.moc"
