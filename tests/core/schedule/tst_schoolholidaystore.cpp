// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "schedule/schoolholidays.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Buurtplein;

namespace {

const QString synthetic = QStringLiteral(BUURTPLEIN_TEST_DATA "/schedule/schoolholidays-synthetic.csv");
const QString badRow = QStringLiteral(BUURTPLEIN_TEST_DATA "/schedule/schoolholidays-badrow.csv");

QDate d(int y, int m, int day) { return QDate(y, m, day); }

QList<QDate> daysFrom(const QDate &first, const QDate &last)
{
    QList<QDate> days;
    for (QDate day = first; day <= last; day = day.addDays(1))
        days.append(day);
    return days;
}

} // namespace

class TestSchoolHolidayStore : public QObject
{
    Q_OBJECT

private:
    Database m_db;

    int stored()
    {
        QSqlQuery q(m_db.connection());
        q.exec(QStringLiteral("SELECT count(*) FROM school_holiday"));
        return q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        QVERIFY2(m_db.open(QStringLiteral(":memory:")), qPrintable(m_db.errorString()));
    }

    void cleanup()
    {
        m_db.close();
    }

    void importsTheRegionsOfAFile()
    {
        SchoolHolidayStore store(m_db.connection());
        QString error;
        int imported = 0;
        QVERIFY2(store.importCsv(synthetic, QStringLiteral("testbestand"), &error, &imported), qPrintable(error));
        QCOMPARE(imported, 4);
        QCOMPARE(stored(), 4);

        const QList<SchoolHoliday> midden = store.holidaysBetween(QStringLiteral("midden"), d(2026, 9, 1), d(2027, 7, 31));
        QCOMPARE(midden.size(), 2);
        QCOMPARE(midden.at(0).name, QStringLiteral("Testvakantie Een (synthetisch)"));
        QCOMPARE(midden.at(0).firstDay, d(2026, 10, 5));
        QCOMPARE(midden.at(0).lastDay, d(2026, 10, 9));
        QCOMPARE(midden.at(0).source, QStringLiteral("testbestand"));
        QCOMPARE(midden.at(1).firstDay, d(2026, 12, 19));
        QCOMPARE(midden.at(1).lastDay, d(2027, 1, 3));

        // A holiday that only overlaps the range's start still counts.
        const QList<SchoolHoliday> january = store.holidaysBetween(QStringLiteral("midden"), d(2027, 1, 2), d(2027, 1, 31));
        QCOMPARE(january.size(), 1);
        QCOMPARE(january.at(0).name, QStringLiteral("Testvakantie Twee (synthetisch)"));
        QCOMPARE(store.holidaysBetween(QStringLiteral("zuid"), d(2026, 9, 1), d(2027, 7, 31)).size(), 1);
        QVERIFY(store.holidaysBetween(QStringLiteral("midden"), d(2026, 10, 10), d(2026, 12, 18)).isEmpty());
    }

    void reimportReplacesTheSameRows()
    {
        SchoolHolidayStore store(m_db.connection());
        QString error;
        QVERIFY2(store.importCsv(synthetic, QStringLiteral("eerste"), &error), qPrintable(error));
        QVERIFY2(store.importCsv(synthetic, QStringLiteral("tweede"), &error), qPrintable(error));
        QCOMPARE(stored(), 4);

        QByteArray renamed("region,name,first_day,last_day\r\nmidden,Testvakantie Hernoemd,2026-10-05,2026-10-10\r\n");
        QBuffer buffer(&renamed);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QVERIFY2(store.importCsv(&buffer, QStringLiteral("derde"), &error), qPrintable(error));
        QCOMPARE(stored(), 4);
        const QList<SchoolHoliday> october = store.holidaysBetween(QStringLiteral("midden"), d(2026, 10, 1), d(2026, 10, 31));
        QCOMPARE(october.size(), 1);
        QCOMPARE(october.at(0).name, QStringLiteral("Testvakantie Hernoemd"));
        QCOMPARE(october.at(0).lastDay, d(2026, 10, 10));
        QCOMPARE(october.at(0).source, QStringLiteral("derde"));
    }

    void refusesABadFileWhole_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("error");

        const QByteArray header("region,name,first_day,last_day\n");
        const QByteArray good("noord,Testvakantie Vier,2027-05-01,2027-05-09\n");
        QFile file(badRow);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QTest::newRow("impossible date on line 4, after a blank line")
            << file.readAll() << QStringLiteral("Line 4: the first and last day must be dates such as 2026-10-17.");
        QTest::newRow("no header") << QByteArray(good) << QStringLiteral("Line 1 must be the header region,name,first_day,last_day.");
        QTest::newRow("unknown region") << header + good + "west,Testvakantie Vier,2027-05-01,2027-05-09\n"
                                        << QStringLiteral("Line 3: the region \"west\" is not noord, midden or zuid.");
        QTest::newRow("three fields") << header + "zuid,Testvakantie Vier,2027-05-01\n" + good
                                      << QStringLiteral("Line 2 has 3 fields; it needs region, name, first day and last day.");
        QTest::newRow("comma in a name") << header + good + "zuid,Testvakantie, vier,2027-05-01,2027-05-09\n"
                                         << QStringLiteral("Line 3 has 5 fields; it needs region, name, first day and last day.");
        QTest::newRow("ends before it starts") << header + good + "zuid,Testvakantie Vier,2027-05-09,2027-05-01\n"
                                               << QStringLiteral("Line 3: the last day is before the first day.");
        QTest::newRow("no name") << header + "zuid, ,2027-05-01,2027-05-09\n" << QStringLiteral("Line 2 has no holiday name.");
        QTest::newRow("Dutch date order") << header + "zuid,Testvakantie Vier,01-05-2027,09-05-2027\n"
                                          << QStringLiteral("Line 2: the first and last day must be dates such as 2026-10-17.");
        QTest::newRow("header only") << header << QStringLiteral("The file holds no school holidays.");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("The file holds no school holidays.");
    }

    void refusesABadFileWhole()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, error);
        SchoolHolidayStore store(m_db.connection());
        QString message;
        QVERIFY2(store.importCsv(synthetic, QStringLiteral("testbestand"), &message), qPrintable(message));

        QBuffer buffer(&csv);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        int imported = -1;
        QVERIFY(!store.importCsv(&buffer, QStringLiteral("kapot"), &message, &imported));
        QCOMPARE(message, error);
        QCOMPARE(imported, -1);
        // Neither the good rows of the bad file nor anything else changed.
        QCOMPARE(stored(), 4);
        QVERIFY(store.holidaysBetween(QStringLiteral("noord"), d(2027, 1, 1), d(2027, 12, 31)).isEmpty());
    }

    void refusesAMissingFile()
    {
        SchoolHolidayStore store(m_db.connection());
        QString error;
        QVERIFY(!store.importCsv(QStringLiteral(BUURTPLEIN_TEST_DATA "/schedule/no-such-file.csv"), QString(), &error));
        QVERIFY(error.startsWith(QStringLiteral("Could not open ")));
        QCOMPARE(stored(), 0);
    }

    void offersSchoolAndPublicHolidaysAsExceptionDays_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QList<QDate>>("days");

        QTest::newRow("midden, autumn and christmas")
            << QStringLiteral("midden") << d(2026, 10, 1) << d(2026, 12, 31)
            << daysFrom(d(2026, 10, 5), d(2026, 10, 9)) + daysFrom(d(2026, 12, 19), d(2026, 12, 31));
        QTest::newRow("clipped to the range") << QStringLiteral("midden") << d(2026, 10, 7) << d(2026, 10, 8)
                                              << daysFrom(d(2026, 10, 7), d(2026, 10, 8));
        QTest::newRow("noord at christmas: public holidays only") << QStringLiteral("noord") << d(2026, 12, 20) << d(2026, 12, 31)
                                                                   << QList<QDate>{d(2026, 12, 25), d(2026, 12, 26)};
        QTest::newRow("zuid in spring 2027: easter, king's day, liberation, ascension, whitsun")
            << QStringLiteral("zuid") << d(2027, 3, 1) << d(2027, 5, 31)
            << QList<QDate>{d(2027, 3, 26), d(2027, 3, 28), d(2027, 3, 29), d(2027, 4, 27), d(2027, 5, 5),
                            d(2027, 5, 6), d(2027, 5, 16), d(2027, 5, 17)};
    }

    void offersSchoolAndPublicHolidaysAsExceptionDays()
    {
        QFETCH(QString, region);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QList<QDate>, days);
        SchoolHolidayStore store(m_db.connection());
        QString error;
        QVERIFY2(store.importCsv(synthetic, QStringLiteral("testbestand"), &error), qPrintable(error));
        QCOMPARE(store.exceptionDaysFor(region, from, to), days);
    }
};

QTEST_GUILESS_MAIN(TestSchoolHolidayStore)
#include "tst_schoolholidaystore.moc"
