// SPDX-License-Identifier: GPL-3.0-or-later
#include "ics/icsfolding.h"

#include <QStandardPaths>
#include <QStringDecoder>
#include <QtTest>

using namespace Buurtplein;

class TestIcsFolding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void foldsWithoutSplittingUtf8_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("ASCII") << QString(200, QLatin1Char('a'));
        QTest::newRow("two-octet") << QString(120, QChar(0x00E9));             // é
        QTest::newRow("three-octet Tigrinya") << QString(90, QChar(0x1230));   // ሰ
        QTest::newRow("four-octet emoji") << QString::fromUtf8("☕🙂").repeated(40);
        QTest::newRow("mixed Arabic") << QStringLiteral("مرحبا بكم في المقهى اللغوي، كل يوم ثلاثاء في المكتبة. ").repeated(3);
        QTest::newRow("short") << QStringLiteral("Koffie");
    }

    void foldsWithoutSplittingUtf8()
    {
        QFETCH(QString, value);
        const QString line = QStringLiteral("SUMMARY:") + value;
        const QByteArray folded = IcsFolding::foldLine(line);
        QVERIFY(folded.endsWith("\r\n"));
        QByteArray unfolded;
        const QList<QByteArray> physical = folded.left(folded.size() - 2).split('\n');
        for (qsizetype i = 0; i < physical.size(); ++i) {
            QByteArray l = physical.at(i);
            QVERIFY2(l.endsWith('\r') || i == physical.size() - 1, "every line ends in CRLF");
            if (l.endsWith('\r'))
                l.chop(1);
            QVERIFY2(l.size() <= 75, l.constData());
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            decoder(l);
            QVERIFY2(!decoder.hasError(), "a physical line is not valid UTF-8 on its own");
            if (i > 0) {
                QVERIFY(l.startsWith(' '));
                l.remove(0, 1);
            }
            unfolded += l;
        }
        QCOMPARE(QString::fromUtf8(unfolded), line);
    }

    void escapesText()
    {
        QCOMPARE(IcsFolding::escapeText(QStringLiteral("Koffie, thee; taart\\\nwelkom\r\n!")),
                 QStringLiteral("Koffie\\, thee\\; taart\\\\\\nwelkom\\n!"));
    }
};

QTEST_GUILESS_MAIN(TestIcsFolding)
#include "tst_icsfolding.moc"
