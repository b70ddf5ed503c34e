// SPDX-License-Identifier: GPL-3.0-or-later
#include "worker/enrolcode.h"
#include "store/hubsecret.h"

#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace Buurtplein;

// Codes are read out over the phone and typed on small keyboards: what a person may
// type must come back to the code that was printed, and nothing else may pass.
class TestEnrolCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void normalise_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("as printed") << "K7QM-3XPA-9RTD-2FHC" << "K7QM3XPA9RTD2FHC";
        QTest::newRow("no dashes") << "K7QM3XPA9RTD2FHC" << "K7QM3XPA9RTD2FHC";
        QTest::newRow("lower case") << "k7qm-3xpa-9rtd-2fhc" << "K7QM3XPA9RTD2FHC";
        QTest::newRow("spaces") << " K7QM 3XPA  9RTD 2FHC " << "K7QM3XPA9RTD2FHC";
        QTest::newRow("odd dashes") << "K7-QM3X-PA9R-TD2F-HC" << "K7QM3XPA9RTD2FHC";
        QTest::newRow("I and L read as 1") << "IlIL-0000-0000-0000" << "1111000000000000";
        QTest::newRow("O read as 0") << "OoOo-1111-1111-1111" << "0000111111111111";
        QTest::newRow("tab and newline") << "K7QM\t3XPA\n9RTD 2FHC" << "K7QM3XPA9RTD2FHC";
        QTest::newRow("U is not a symbol") << "U7QM-3XPA-9RTD-2FHC" << "";
        QTest::newRow("too short") << "K7QM-3XPA-9RTD-2FH" << "";
        QTest::newRow("too long") << "K7QM-3XPA-9RTD-2FHCA" << "";
        QTest::newRow("empty") << "" << "";
        QTest::newRow("punctuation") << "K7QM.3XPA.9RTD.2FHC" << "";
        QTest::newRow("accented") << "K7QM-3XPA-9RTD-2FHÉ" << "";
        QTest::newRow("underscore") << "K7QM_3XPA_9RTD_2FHC" << "";
    }

    void normalise()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        const auto code = EnrolCode::normalise(typed);
        QCOMPARE(code.value_or(QString()), expected);
    }

    void generatedCodesAreValidAndDistinct()
    {
        static const QRegularExpression shape(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{16}$"));
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const QString code = EnrolCode::generate();
            QVERIFY2(shape.match(code).hasMatch(), qPrintable(code));
            QCOMPARE(EnrolCode::normalise(EnrolCode::grouped(code).toLower()).value_or(QString()), code);
            seen.insert(code);
        }
        QCOMPARE(seen.size(), 200);
    }

    void grouped()
    {
        QCOMPARE(EnrolCode::grouped(QStringLiteral("K7QM3XPA9RTD2FHC")), QStringLiteral("K7QM-3XPA-9RTD-2FHC"));
    }

    void link()
    {
        QCOMPARE(EnrolCode::link(QStringLiteral("K7QM3XPA9RTD2FHC"), QUrl(QStringLiteral("https://hub.example.nl"))),
                 QStringLiteral("buurtplein://enrol?hub=https%3A%2F%2Fhub.example.nl&code=K7QM-3XPA-9RTD-2FHC"));
        QCOMPARE(EnrolCode::link(QStringLiteral("K7QM3XPA9RTD2FHC"), QUrl()), QStringLiteral("buurtplein://enrol?code=K7QM-3XPA-9RTD-2FHC"));
    }

    void read_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("hub");
        const QString code = QStringLiteral("K7QM3XPA9RTD2FHC");
        const QString none;
        QTest::newRow("typed code") << QStringLiteral(" k7qm 3xpa-9rtd 2fhc ") << code << none;
        QTest::newRow("link with hub") << EnrolCode::link(code, QUrl(QStringLiteral("https://hub.example.nl:8443/buurt")))
                                       << code << QStringLiteral("https://hub.example.nl:8443/buurt");
        QTest::newRow("link without hub") << QStringLiteral("buurtplein://enrol?code=K7QM-3XPA-9RTD-2FHC") << code << none;
        QTest::newRow("link, lower-case code") << QStringLiteral("BUURTPLEIN://enrol?code=k7qm3xpa9rtd2fhc") << code << none;
        QTest::newRow("loopback hub") << QStringLiteral("buurtplein://enrol?hub=http%3A%2F%2F127.0.0.1%3A8080&code=K7QM3XPA9RTD2FHC")
                                      << code << QStringLiteral("http://127.0.0.1:8080");
        QTest::newRow("short code") << QStringLiteral("K7QM-3XPA-9RTD") << none << none;
        QTest::newRow("U in code") << QStringLiteral("U7QM-3XPA-9RTD-2FHC") << none << none;
        QTest::newRow("other link") << QStringLiteral("buurtplein://join?code=K7QM3XPA9RTD2FHC") << none << none;
        QTest::newRow("damaged link code") << QStringLiteral("buurtplein://enrol?code=K7QM") << none << none;
        QTest::newRow("hub not web") << QStringLiteral("buurtplein://enrol?hub=file%3A%2F%2F%2Fetc&code=K7QM3XPA9RTD2FHC") << none << none;
        QTest::newRow("hub without host") << QStringLiteral("buurtplein://enrol?hub=https%3A&code=K7QM3XPA9RTD2FHC") << none << none;
        QTest::newRow("web page") << QStringLiteral("https://hub.example.nl/enrol?code=K7QM3XPA9RTD2FHC") << none << none;
        QTest::newRow("empty") << QString() << none << none;
    }

    void read()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QString, hub);
        QString error;
        const auto got = EnrolCode::read(text, &error);
        if (code.isEmpty()) {
            QVERIFY(!got);
            QVERIFY2(error.endsWith(QLatin1Char('.')), qPrintable(error));
            return;
        }
        QVERIFY2(got, qPrintable(error));
        QCOMPARE(got->code, code);
        QCOMPARE(got->hub.toString(), hub);
    }

    void tokensAreUrlSafeAndHashedToHex()
    {
        static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
        const QString a = HubSecret::newToken();
        const QString b = HubSecret::newToken();
        QVERIFY2(shape.match(a).hasMatch(), qPrintable(a));
        QVERIFY(a != b);
        QCOMPARE(QByteArray::fromBase64(a.toLatin1(), QByteArray::Base64UrlEncoding).size(), 32);
        // The SHA-256 of "abc", a published test vector.
        QCOMPARE(HubSecret::sha256Hex(QStringLiteral("abc")), QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }
};

QTEST_GUILESS_MAIN(TestEnrolCode)
#include "tst_enrolcode.moc"
