// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/ftsquery.h"

#include <QStandardPaths>
#include <QTest>

using namespace Buurtplein;

class TestFtsQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void build_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("match");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("one word") << QStringLiteral("Café") << QStringLiteral("\"cafe\"") << QStringList{QStringLiteral("cafe")};
        QTest::newRow("all words required") << QStringLiteral("taal café")
                                            << QStringLiteral("\"taal\" AND \"cafe\"") << QStringList{QStringLiteral("taal"), QStringLiteral("cafe")};
        QTest::newRow("short word dropped beside a long one") << QStringLiteral("de moestuin")
                                                               << QStringLiteral("\"moestuin\"") << QStringList{QStringLiteral("moestuin")};
        QTest::newRow("only short words scan") << QStringLiteral("ij en") << QString()
                                               << QStringList{QStringLiteral("ij"), QStringLiteral("en")};
        QTest::newRow("repeated word once") << QStringLiteral("yoga YOGA") << QStringLiteral("\"yoga\"") << QStringList{QStringLiteral("yoga")};
        QTest::newRow("quotes") << QStringLiteral("\"taal\" cafe\"") << QStringLiteral("\"taal\" AND \"cafe\"") << QStringList{QStringLiteral("taal"), QStringLiteral("cafe")};
        QTest::newRow("operators are words") << QStringLiteral("koffie NEAR(taal) OR -yoga*")
                                             << QStringLiteral("\"koffie\" AND \"near\" AND \"taal\" AND \"yoga\"")
                                             << QStringList{QStringLiteral("koffie"), QStringLiteral("near"), QStringLiteral("taal"), QStringLiteral("yoga")};
        QTest::newRow("nothing searchable") << QStringLiteral("*()\"-") << QString() << QStringList();
    }
    void build()
    {
        QFETCH(QString, text);
        QFETCH(QString, match);
        QFETCH(QStringList, words);
        const TextMatch m = FtsQuery::build(text);
        QCOMPARE(m.match, match);
        QCOMPARE(m.words, words);
    }

    void searchForm_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("form");
        QTest::newRow("plural -en") << "moestuinen" << "moestuin";
        QTest::newRow("plural -s") << "taalcafes" << "taalcafe";
        QTest::newRow("diminutive -tje") << "koffietje" << "koffie";
        QTest::newRow("diminutive plural") << "spelletjes" << "spelle";
        QTest::newRow("verb -en shortens") << "wandelen" << "wandel";
        QTest::newRow("short word kept") << "koken" << "koken";
        QTest::newRow("double s kept") << "kapsalonss" << "kapsalonss";
        QTest::newRow("yoga unchanged") << "yoga" << "yoga";
        QTest::newRow("bus too short") << "bus" << "bus";
    }

    void searchForm()
    {
        QFETCH(QString, word);
        QFETCH(QString, form);
        QCOMPARE(FtsQuery::searchForm(word), form);
        // Only ever shorter: a plural or diminutive never finds less than its base word.
        QVERIFY(word.startsWith(FtsQuery::searchForm(word)));
    }

    void quoted()
    {
        QCOMPARE(FtsQuery::quoted(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\""));
    }
};

QTEST_GUILESS_MAIN(TestFtsQuery)
#include "tst_ftsquery.moc"
