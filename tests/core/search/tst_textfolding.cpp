// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/textfolding.h"

#include <QStandardPaths>
#include <QTest>

using namespace Buurtplein;

class TestTextFolding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void fold_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("acute") << QStringLiteral("Taalcafé") << QStringLiteral("taalcafe");
        QTest::newRow("upper case") << QStringLiteral("TAALCAFÉ") << QStringLiteral("taalcafe");
        QTest::newRow("trema") << QStringLiteral("Ideeën voor België") << QStringLiteral("ideeen voor belgie");
        QTest::newRow("i trema") << QStringLiteral("naïef") << QStringLiteral("naief");
        QTest::newRow("cedilla") << QStringLiteral("Façade") << QStringLiteral("facade");
        QTest::newRow("sharp s") << QStringLiteral("Straße") << QStringLiteral("strasse");
        QTest::newRow("ij ligature") << QStringLiteral("\u0133sje") << QStringLiteral("ijsje");
        QTest::newRow("IJ capital ligature") << QStringLiteral("\u0132SSELMONDE") << QStringLiteral("ijsselmonde");
        QTest::newRow("hyphen compound") << QStringLiteral("koffie-inloop") << QStringLiteral("koffie inloop");
        QTest::newRow("punctuation runs") << QStringLiteral("  Kook & eet!! (samen)  ") << QStringLiteral("kook eet samen");
        QTest::newRow("tabs and newlines") << QStringLiteral("moes\t\ttuin\nbuurt") << QStringLiteral("moes tuin buurt");
        QTest::newRow("apostrophe") << QStringLiteral("'s-Hertogenbosch") << QStringLiteral("s hertogenbosch");
        QTest::newRow("turkish") << QStringLiteral("Çay saati, ĞÜŞÖ") << QStringLiteral("cay saati guso");
        QTest::newRow("polish") << QStringLiteral("Łódź spotkanie") << QStringLiteral("lodz spotkanie");
        QTest::newRow("arabic harakat") << QStringLiteral("مَقْهَى") << QStringLiteral("مقهى");
        QTest::newRow("digits kept") << QStringLiteral("Yoga 55+") << QStringLiteral("yoga 55");
        QTest::newRow("fullwidth") << QStringLiteral("ＣＡＦＥ") << QStringLiteral("cafe");
        QTest::newRow("only punctuation") << QStringLiteral("*** -- ()") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void fold()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(TextFolding::fold(input), expected);
    }

    void foldIsIdempotent_data() { fold_data(); }
    void foldIsIdempotent()
    {
        QFETCH(QString, input);
        const QString once = TextFolding::fold(input);
        QCOMPARE(TextFolding::fold(once), once);
    }

    void words_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("two words") << QStringLiteral("Taal-Café Noord") << QStringList{QStringLiteral("taal"), QStringLiteral("cafe"), QStringLiteral("noord")};
        QTest::newRow("nothing") << QStringLiteral(" ... ") << QStringList();
    }
    void words()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, expected);
        QCOMPARE(TextFolding::words(input), expected);
    }
};

QTEST_GUILESS_MAIN(TestTextFolding)
#include "tst_textfolding.moc"
