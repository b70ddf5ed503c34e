// SPDX-License-Identifier: GPL-3.0-or-later
// The rules an activity must keep, decided without storage: the editor, WorkerStore and
// the hub all apply these, so each rule is proved here once, at its edges.
#include "worker/activitycheck.h"

#include <QTest>

using namespace Buurtplein;

class TestActivityCheck : public QObject
{
    Q_OBJECT

private:
    static Activity valid()
    {
        Activity a;
        a.title = QStringLiteral("Inloop met koffie");
        a.category = QStringLiteral("inloop_koffie");
        a.textLanguage = QStringLiteral("nl");
        return a;
    }

    static QStringList fields(const QList<ActivityCheck::Problem> &problems)
    {
        QStringList out;
        for (const ActivityCheck::Problem &p : problems) {
            out.append(p.index >= 0 ? QStringLiteral("%1#%2").arg(p.field).arg(p.index) : p.field);
            if (p.message.isEmpty())
                out.append(QStringLiteral("(no sentence)"));
        }
        return out;
    }

private Q_SLOTS:
    void validate_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("category");
        QTest::addColumn<int>("cost");
        QTest::addColumn<int>("ageMin");
        QTest::addColumn<int>("ageMax");
        QTest::addColumn<int>("capacity");
        QTest::addColumn<QStringList>("problems");

        const QString t = QStringLiteral("Koken");
        const QString c = QStringLiteral("koken_eten");
        QTest::newRow("free, no limits") << t << c << 0 << -1 << -1 << -1 << QStringList();
        QTest::newRow("every limit at its edge") << t << c << ActivityCheck::MaxCostCents << 0 << 120 << 1 << QStringList();
        QTest::newRow("one age only") << t << c << 250 << 12 << -1 << 20 << QStringList();
        QTest::newRow("same youngest and oldest") << t << c << 0 << 18 << 18 << -1 << QStringList();
        QTest::newRow("blank title") << QStringLiteral("  ") << c << 0 << -1 << -1 << -1 << QStringList{"title"};
        QTest::newRow("no category") << t << QString() << 0 << -1 << -1 << -1 << QStringList{"category"};
        QTest::newRow("negative cost") << t << c << -1 << -1 << -1 << -1 << QStringList{"cost"};
        QTest::newRow("cost above a million") << t << c << ActivityCheck::MaxCostCents + 1 << -1 << -1 << -1 << QStringList{"cost"};
        QTest::newRow("age 121") << t << c << 0 << 121 << -1 << -1 << QStringList{"ageMin"};
        QTest::newRow("age -2") << t << c << 0 << -1 << -2 << -1 << QStringList{"ageMax"};
        QTest::newRow("youngest above oldest") << t << c << 0 << 65 << 12 << -1 << QStringList{"ageMax"};
        QTest::newRow("no places") << t << c << 0 << -1 << -1 << 0 << QStringList{"capacity"};
        QTest::newRow("negative places") << t << c << 0 << -1 << -1 << -5 << QStringList{"capacity"};
        QTest::newRow("everything wrong, in the editor's order")
            << QString() << QString() << -3 << 200 << -7 << 0 << QStringList{"title", "category", "cost", "ageMin", "ageMax", "capacity"};
    }

    void validate()
    {
        QFETCH(QString, title);
        QFETCH(QString, category);
        QFETCH(int, cost);
        QFETCH(int, ageMin);
        QFETCH(int, ageMax);
        QFETCH(int, capacity);
        QFETCH(QStringList, problems);
        Activity a = valid();
        a.title = title;
        a.category = category;
        a.costCents = cost;
        a.ageMin = ageMin;
        a.ageMax = ageMax;
        a.capacity = capacity;
        QCOMPARE(fields(ActivityCheck::validate(a)), problems);
    }

    void translations_data()
    {
        QTest::addColumn<QStringList>("languages");
        QTest::addColumn<QStringList>("titles");
        QTest::addColumn<QStringList>("problems");
        QTest::newRow("two translations") << QStringList{"en", "ar"} << QStringList{"Coffee", "قهوة"} << QStringList();
        QTest::newRow("a translation without a title") << QStringList{"en", "tr"} << QStringList{"Coffee", " "} << QStringList{"translation#1"};
        QTest::newRow("the text's own language again") << QStringList{"nl"} << QStringList{"Koffie"} << QStringList{"translation#0"};
        QTest::newRow("one language twice") << QStringList{"en", "pl", "en"} << QStringList{"Coffee", "Kawa", "Tea"}
                                            << QStringList{"translation#2"};
    }

    void translations()
    {
        QFETCH(QStringList, languages);
        QFETCH(QStringList, titles);
        QFETCH(QStringList, problems);
        QList<ActivityCheck::TranslatedTitle> rows;
        for (int i = 0; i < languages.size(); ++i)
            rows.append({languages.at(i), titles.at(i)});
        QCOMPARE(fields(ActivityCheck::validate(valid(), rows)), problems);
    }

    // The activity's own translations are checked too; a map cannot hold one language twice.
    void storedTranslations()
    {
        Activity a = valid();
        a.translations.insert(QStringLiteral("en"), {QStringLiteral("Coffee"), QString()});
        QVERIFY(ActivityCheck::validate(a).isEmpty());
        a.translations.insert(QStringLiteral("uk"), {QString(), QStringLiteral("Кава")});
        QCOMPARE(fields(ActivityCheck::validate(a)), QStringList{"translation#1"});
    }

    void readCount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("value");
        QTest::newRow("empty is no limit") << QString() << true << -1;
        QTest::newRow("spaces are no limit") << QStringLiteral("  ") << true << -1;
        QTest::newRow("a number") << QStringLiteral(" 12 ") << true << 12;
        QTest::newRow("zero") << QStringLiteral("0") << true << 0;
        QTest::newRow("words") << QStringLiteral("twaalf") << false << 0;
        QTest::newRow("a fraction") << QStringLiteral("12,5") << false << 0;
    }

    void readCount()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(int, value);
        int read = 99;
        QCOMPARE(ActivityCheck::readCount(text, &read), ok);
        if (ok)
            QCOMPARE(read, value);
    }
};

QTEST_GUILESS_MAIN(TestActivityCheck)
#include "tst_activitycheck.moc"
