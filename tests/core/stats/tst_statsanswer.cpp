// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/statsanswer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Buurtplein;

namespace {
// A released buurt x month table as GET /v1/stats/table answers it (docs/statistics.md).
QJsonObject validAnswer()
{
    return QJsonDocument::fromJson(R"({
        "metric": "attendance", "unit": "count", "from": "2026-07-01", "to": "2026-09-30",
        "filters": {"gemeente": "GM0363"},
        "rows": {"dimension": "area:buurt", "keys": ["BU1", "BU2"], "labels": ["Dapperbuurt", "Indische Buurt"]},
        "columns": {"dimension": "period:month", "keys": ["2026-07", "2026-08"], "labels": ["juli 2026", "augustus 2026"]},
        "cells": [[{"value": 35}, {"suppressed": true}], [{"value": 20}, {"value": 15}]],
        "rowTotals": [{"value": 40}, {"value": 35}],
        "columnTotals": [{"value": 55}, {"suppressed": true}],
        "grandTotal": {"value": 75},
        "rules": {"k": 10, "minSessions": 3, "method": "cell-key", "maxNoise": 4},
        "generated": "2026-11-23T21:00:00Z"})")
        .object();
}

QJsonObject withCell(QJsonObject answer, int row, int column, const QJsonValue &figure)
{
    QJsonArray cells = answer.value(QLatin1String("cells")).toArray();
    QJsonArray cellRow = cells.at(row).toArray();
    cellRow[column] = figure;
    cells[row] = cellRow;
    answer.insert(QStringLiteral("cells"), cells);
    return answer;
}
} // namespace

class TestStatsAnswer : public QObject
{
    Q_OBJECT

private slots:
    void readsAReleasedTable()
    {
        QString error;
        const auto table = StatsAnswer::read(validAnswer(), &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->metric, QStringLiteral("attendance"));
        QCOMPARE(table->rows.labels, (QStringList{QStringLiteral("Dapperbuurt"), QStringLiteral("Indische Buurt")}));
        QCOMPARE(table->columns.keys.size(), 2);
        QCOMPARE(table->cell(0, 0).suppressed, false);
        QCOMPARE(table->cell(0, 0).value, 35.0);
        // Suppressed is a state: it is never read as a zero.
        QVERIFY(table->cell(0, 1).suppressed);
        QVERIFY(table->columnTotals.at(1).suppressed);
        QCOMPARE(table->grandTotal.value, 75.0);
        QCOMPARE(table->rules.k, 10);
        QCOMPARE(table->filters.value(QStringLiteral("gemeente")), QStringLiteral("GM0363"));
        QCOMPARE(table->generated, QDateTime(QDate(2026, 11, 23), QTime(21, 0), Qt::UTC));
    }

    void sharesMayExceedOne()
    {
        // joins_per_attendance is a share of more joins than attendees (docs/statistics.md).
        QJsonObject answer = withCell(validAnswer(), 0, 0, QJsonObject{{QStringLiteral("value"), 1.4}});
        answer.insert(QStringLiteral("unit"), QStringLiteral("share"));
        QString error;
        const auto table = StatsAnswer::read(answer, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->cell(0, 0).value, 1.4);
    }

    // Activities without an area or a programme are counted under the empty key, which the
    // hub labels "onbekend": the evaluator's views and the report read it (they refused it once).
    void whatWasNotRecordedHasAnEmptyKey()
    {
        QJsonObject answer = validAnswer();
        answer.insert(QStringLiteral("rows"), QJsonObject{{QStringLiteral("dimension"), QStringLiteral("programme")},
                                                          {QStringLiteral("keys"), QJsonArray{QString(), QStringLiteral("Samen in de Indische Buurt")}},
                                                          {QStringLiteral("labels"), QJsonArray{QStringLiteral("onbekend"), QStringLiteral("Samen in de Indische Buurt")}}});
        QString error;
        const auto table = StatsAnswer::read(answer, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->rows.keys.first(), QString());
        QCOMPARE(table->rows.labels.first(), QStringLiteral("onbekend"));
    }

    void oneColumnTotal()
    {
        QJsonObject answer = validAnswer();
        answer.insert(QStringLiteral("columns"), QJsonObject{{QStringLiteral("dimension"), QString()},
                                                             {QStringLiteral("keys"), QJsonArray{QStringLiteral("total")}},
                                                             {QStringLiteral("labels"), QJsonArray{QStringLiteral("Totaal")}}});
        answer.insert(QStringLiteral("cells"), QJsonArray{QJsonArray{QJsonObject{{QStringLiteral("value"), 40}}},
                                                          QJsonArray{QJsonObject{{QStringLiteral("value"), 35}}}});
        answer.insert(QStringLiteral("columnTotals"), QJsonArray{QJsonObject{{QStringLiteral("value"), 75}}});
        answer.remove(QStringLiteral("generated")); // answered in process, as the hub's report command does
        QString error;
        const auto table = StatsAnswer::read(answer, &error);
        QVERIFY2(table, qPrintable(error));
        QVERIFY(table->columns.dimension.isEmpty());
        QVERIFY(!table->generated.isValid());
    }

    void refusesWhatIsNotAReleasedTable_data()
    {
        QTest::addColumn<QJsonObject>("answer");
        QJsonObject answer = validAnswer();
        answer.remove(QStringLiteral("metric"));
        QTest::newRow("no metric") << answer;
        answer = validAnswer();
        answer.insert(QStringLiteral("unit"), QStringLiteral("people"));
        QTest::newRow("unknown unit") << answer;
        QTest::newRow("bare number") << withCell(validAnswer(), 0, 0, 35);
        QTest::newRow("suppressed false") << withCell(validAnswer(), 0, 0, QJsonObject{{QStringLiteral("suppressed"), false}});
        QTest::newRow("suppressed with a value")
            << withCell(validAnswer(), 0, 1, QJsonObject{{QStringLiteral("suppressed"), true}, {QStringLiteral("value"), 0}});
        QTest::newRow("negative") << withCell(validAnswer(), 1, 0, QJsonObject{{QStringLiteral("value"), -5}});
        answer = validAnswer();
        answer.insert(QStringLiteral("cells"), QJsonArray{answer.value(QLatin1String("cells")).toArray().at(0)});
        QTest::newRow("missing row of cells") << answer;
        answer = validAnswer();
        answer.insert(QStringLiteral("columnTotals"), QJsonArray{QJsonObject{{QStringLiteral("value"), 5}}});
        QTest::newRow("short column totals") << answer;
        answer = validAnswer();
        answer.insert(QStringLiteral("rules"), QJsonObject{{QStringLiteral("k"), 3}, {QStringLiteral("minSessions"), 3},
                                                           {QStringLiteral("method"), QStringLiteral("cell-key")}, {QStringLiteral("maxNoise"), 4}});
        QTest::newRow("k below 5") << answer;
        answer = validAnswer();
        answer.remove(QStringLiteral("rules"));
        QTest::newRow("no rules") << answer;
        answer = validAnswer();
        answer.insert(QStringLiteral("rows"), QJsonObject{{QStringLiteral("dimension"), QStringLiteral("area:buurt")},
                                                          {QStringLiteral("keys"), QJsonArray{QStringLiteral("BU1"), QStringLiteral("BU2")}},
                                                          {QStringLiteral("labels"), QJsonArray{QStringLiteral("Dapperbuurt")}}});
        QTest::newRow("labels short") << answer;
        answer = validAnswer();
        answer.insert(QStringLiteral("rows"), QJsonObject{{QStringLiteral("dimension"), QStringLiteral("area:buurt")},
                                                          {QStringLiteral("keys"), QJsonArray{QStringLiteral("BU1"), QStringLiteral("BU2")}}});
        QTest::newRow("labels missing") << answer;
        answer = validAnswer();
        answer.remove(QStringLiteral("grandTotal"));
        QTest::newRow("no grand total") << answer;
        // The checks the dashboard's own reader had before it used this one.
        QTest::newRow("empty figure") << withCell(validAnswer(), 0, 1, QJsonObject{});
        QTest::newRow("fractional count") << withCell(validAnswer(), 1, 1, QJsonObject{{QStringLiteral("value"), 2.5}});
        answer = validAnswer();
        answer.insert(QStringLiteral("from"), QStringLiteral("juli 2026"));
        QTest::newRow("from not a date") << answer;
        answer = validAnswer();
        answer.remove(QStringLiteral("to"));
        QTest::newRow("no to") << answer;
        answer = validAnswer();
        answer.insert(QStringLiteral("rows"), QJsonObject{{QStringLiteral("dimension"), QStringLiteral("age")},
                                                          {QStringLiteral("keys"), QJsonArray{QStringLiteral("BU1"), QStringLiteral("BU2")}},
                                                          {QStringLiteral("labels"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}}});
        QTest::newRow("unknown dimension") << answer;
        answer = validAnswer();
        answer.insert(QStringLiteral("rows"), QJsonObject{{QStringLiteral("dimension"), QStringLiteral("period:month")},
                                                          {QStringLiteral("keys"), QJsonArray{QStringLiteral("2026-07"), QStringLiteral("2026-08")}},
                                                          {QStringLiteral("labels"), QJsonArray{QStringLiteral("juli"), QStringLiteral("augustus")}}});
        QTest::newRow("rows and columns alike") << answer;
        answer = validAnswer();
        answer.insert(QStringLiteral("rows"), QJsonObject{{QStringLiteral("dimension"), QStringLiteral("area:buurt")},
                                                          {QStringLiteral("keys"), QJsonArray{QStringLiteral("BU1"), QStringLiteral("BU1")}},
                                                          {QStringLiteral("labels"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}}});
        QTest::newRow("a key twice") << answer;
        answer = validAnswer();
        answer.insert(QStringLiteral("columns"), QJsonObject{{QStringLiteral("dimension"), QStringLiteral("period:month")},
                                                             {QStringLiteral("keys"), QJsonArray{QStringLiteral("2026-07"), QString()}},
                                                             {QStringLiteral("labels"), QJsonArray{QStringLiteral("juli"), QStringLiteral("?")}}});
        QTest::newRow("an empty period") << answer;
        answer = validAnswer();
        answer.insert(QStringLiteral("columns"), QJsonObject{{QStringLiteral("dimension"), QString()},
                                                             {QStringLiteral("keys"), QJsonArray{QStringLiteral("2026-07"), QStringLiteral("2026-08")}},
                                                             {QStringLiteral("labels"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}}});
        QTest::newRow("columns without a dimension") << answer;
        answer = validAnswer();
        answer.insert(QStringLiteral("generated"), QStringLiteral("yesterday"));
        QTest::newRow("generated not a time") << answer;
    }

    void refusesWhatIsNotAReleasedTable()
    {
        QFETCH(QJsonObject, answer);
        QString error;
        QVERIFY(!StatsAnswer::read(answer, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(error.endsWith(QLatin1Char('.')));
    }
};

QTEST_GUILESS_MAIN(TestStatsAnswer)
#include "tst_statsanswer.moc"
