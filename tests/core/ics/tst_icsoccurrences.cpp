// SPDX-License-Identifier: GPL-3.0-or-later
#include "ics/icsoccurrences.h"
#include "ics/icsparser.h"

#include <QStandardPaths>
#include <QtTest>

using namespace Buurtplein;

class TestIcsOccurrences : public QObject
{
    Q_OBJECT

private:
    static qint64 utc(int y, int m, int d, int h, int min = 0)
    {
        return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC).toSecsSinceEpoch();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listsWithChanges_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<QList<qint64>>("starts");
        QTest::addColumn<QStringList>("statuses");
        const QString shared = QStringLiteral(BUURTPLEIN_SHARED_DATA "/ics/");
        QTest::newRow("weekly, one moved, one cancelled") << shared + "khal__rrule_recurrence_id_cancelled.ics" << utc(2014, 6, 1, 0) << utc(2014, 9, 1, 0)
            << QList<qint64>{utc(2014, 6, 30, 5), utc(2014, 7, 7, 7), utc(2014, 7, 14, 5), utc(2014, 7, 21, 5), utc(2014, 7, 28, 5), utc(2014, 8, 4, 5)}
            << QStringList{"scheduled", "moved", "cancelled", "scheduled", "scheduled", "scheduled"};
        // Moved from 06-30 into the window: counted where it now is.
        QTest::newRow("moved into the window") << shared + "khal__rrule_recurrence_id_cancelled.ics" << utc(2014, 7, 7, 6) << utc(2014, 7, 8, 0)
            << QList<qint64>{utc(2014, 7, 7, 7)} << QStringList{"moved"};
        QTest::newRow("DST: 02:30 becomes 03:30 CEST") << QStringLiteral(BUURTPLEIN_TEST_DATA "/ics/weekly_dst_amsterdam.ics") << utc(2026, 3, 1, 0) << utc(2026, 5, 1, 0)
            << QList<qint64>{utc(2026, 3, 15, 1, 30), utc(2026, 3, 22, 1, 30), utc(2026, 3, 29, 1, 30), utc(2026, 4, 5, 0, 30)}
            << QStringList{"scheduled", "scheduled", "scheduled", "scheduled"};
        QTest::newRow("Zimbra RDATE moved, EXDATEs") << shared + "icaljs__zimbra_rdate_exdate_recurrence_id.ics" << utc(2012, 11, 1, 0) << utc(2013, 1, 1, 0)
            << QList<qint64>{utc(2012, 11, 6, 18), utc(2012, 11, 7, 4), utc(2012, 11, 10, 18), utc(2012, 11, 30, 18)}
            << QStringList{"scheduled", "moved", "scheduled", "scheduled"};
    }

    void listsWithChanges()
    {
        QFETCH(QString, path);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(QList<qint64>, starts);
        QFETCH(QStringList, statuses);
        const IcsParseResult parsed = IcsParser::parseFile(path);
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QList<IcsSkippedEvent> skipped;
        const QList<IcsOccurrence> list = IcsOccurrences::list(parsed.calendar, from, to, &skipped);
        QVERIFY(skipped.isEmpty());
        QList<qint64> gotStarts;
        QStringList gotStatuses;
        for (const IcsOccurrence &o : list) {
            gotStarts.append(o.startUtc);
            gotStatuses.append(o.status);
        }
        QCOMPARE(gotStarts, starts);
        QCOMPARE(gotStatuses, statuses);
    }
};

QTEST_GUILESS_MAIN(TestIcsOccurrences)
#include "tst_icsoccurrences.moc"
