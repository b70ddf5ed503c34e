// SPDX-License-Identifier: GPL-3.0-or-later
// The audit at scale (docs/release-rules.md): the network audit (FlowAudit) must give
// exactly the intervals of the dense simplex on every shape the hub releases, and the
// releases it drives must pass the dense audit.
#include "flowaudit.h"
#include "releasemodel.h"

#include <QTest>

#include <random>

using namespace Buurtplein::Release;

namespace {

enum class Shape { Single, MonthsQuartersYear, WeeksInMonths, TotalRow };

CellCounts randomCounts(std::mt19937 &gen, int quietPercent)
{
    CellCounts c;
    const bool quiet = int(gen() % 100) < quietPercent;
    c.sessions = quiet ? gen() % 4 : 3 + gen() % 10;
    c.participants = c.sessions * (quiet ? gen() % 6 : 3 + gen() % 12);
    c.value = c.participants;
    return c;
}

void addInto(CellCounts &sum, const CellCounts &c)
{
    sum.sessions += c.sessions;
    sum.participants += c.participants;
    sum.value += c.value;
}

// A fine table and the tables the hub links to it, summed with the given maps.
void linked(Shape shape, int rows, quint32 seed, int quietPercent, QList<Table> *tables, QList<Aggregation> *aggregations)
{
    std::mt19937 gen(seed);
    const int columns = shape == Shape::MonthsQuartersYear ? 6 : shape == Shape::WeeksInMonths ? 8 : 5;
    Table fine = Table::sized(rows, columns);
    for (CellCounts &c : fine.cells)
        c = randomCounts(gen, quietPercent);
    tables->append(fine);
    auto sumInto = [&](int from, int coarseRows, int coarseColumns, auto rowOf, auto columnOf) {
        const Table &f = tables->at(from);
        Table t = Table::sized(coarseRows, coarseColumns);
        Aggregation a;
        a.fineTable = from;
        a.coarseTable = int(tables->size());
        for (int r = 0; r < f.rows; ++r)
            a.rowMap.append(rowOf(r));
        for (int c = 0; c < f.columns; ++c)
            a.columnMap.append(columnOf(c));
        for (int r = 0; r < f.rows; ++r) {
            for (int c = 0; c < f.columns; ++c)
                addInto(t.cell(a.rowMap.at(r), a.columnMap.at(c)), f.cell(r, c));
        }
        tables->append(t);
        aggregations->append(a);
    };
    auto same = [](int i) { return i; };
    switch (shape) {
    case Shape::Single: break;
    case Shape::MonthsQuartersYear:
        sumInto(0, rows, 2, same, [](int c) { return c / 3; });
        sumInto(1, rows, 1, same, [](int) { return 0; });
        break;
    case Shape::WeeksInMonths: sumInto(0, rows, 2, same, [](int c) { return c / 4; }); break;
    case Shape::TotalRow: sumInto(0, 1, columns, [](int) { return 0; }, same); break;
    }
}

} // namespace

class TestReleaseAudit : public QObject
{
    Q_OBJECT

private slots:
    void flowMatchesDense_data()
    {
        QTest::addColumn<int>("shape");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("suppressPercent");
        const QList<std::pair<const char *, Shape>> shapes = {{"single", Shape::Single},
                                                              {"months-quarters-year", Shape::MonthsQuartersYear},
                                                              {"weeks-in-months", Shape::WeeksInMonths},
                                                              {"total-row", Shape::TotalRow}};
        for (const auto &[name, shape] : shapes) {
            for (int rows : {2, 3, 5}) {
                for (int percent : {10, 30, 60})
                    QTest::addRow("%s %d rows %d%%", name, rows, percent) << int(shape) << rows << percent;
            }
        }
    }

    // Random suppression patterns (cells, margins, linked cells) on random tables: the
    // network gives the dense simplex's intervals exactly, and the same verdicts.
    void flowMatchesDense()
    {
        QFETCH(int, shape);
        QFETCH(int, rows);
        QFETCH(int, suppressPercent);
        const Rules rules;
        for (quint32 seed = 1; seed <= 25; ++seed) {
            QList<Table> tables;
            QList<Aggregation> aggregations;
            linked(Shape(shape), rows, seed * 7919 + quint32(rows), 20, &tables, &aggregations);
            QString error;
            std::optional<ReleaseModel> model = buildModel(tables, aggregations, &error);
            QVERIFY2(model, qPrintable(error));
            std::mt19937 gen(seed);
            for (Figure &f : model->figures)
                f.suppressed = int(gen() % 100) < suppressPercent;
            std::optional<FlowAudit> flow = FlowAudit::build(*model);
            QVERIFY2(flow, "the hub's shapes are networks");
            const AuditResult dense = auditModelDense(*model, rules);
            const AuditResult network = auditModelFlow(*model, rules, *flow);
            QCOMPARE(network.error, dense.error);
            QCOMPARE(network.findings.size(), dense.findings.size());
            for (int i = 0; i < dense.findings.size(); ++i) {
                const AuditFinding &d = dense.findings.at(i), &n = network.findings.at(i);
                const QString where = QStringLiteral("seed %1 finding %2 (table %3 row %4 column %5)")
                                          .arg(seed).arg(i).arg(d.figure.table).arg(d.figure.row).arg(d.figure.column);
                QVERIFY2(n.figure.table == d.figure.table && n.figure.position == d.figure.position
                             && n.figure.row == d.figure.row && n.figure.column == d.figure.column,
                         qPrintable(where));
                QVERIFY2(n.lower == d.lower, qPrintable(where + QStringLiteral(": lower %1 vs %2").arg(n.lower).arg(d.lower)));
                QVERIFY2(n.upper == d.upper, qPrintable(where + QStringLiteral(": upper %1 vs %2").arg(n.upper).arg(d.upper)));
                QCOMPARE(n.isProtected, d.isProtected);
                QCOMPARE(flow->isProtected(*model, model->index(d.figure), rules), d.isProtected);
            }
        }
    }

    void releasePassesDenseAudit_data()
    {
        QTest::addColumn<int>("shape");
        QTest::addColumn<quint32>("seed");
        for (int shape = 0; shape < 4; ++shape) {
            for (quint32 seed : {3u, 11u, 29u, 47u})
                QTest::addRow("shape %d seed %u", shape, seed) << shape << seed;
        }
    }

    // What releaseLinked (on the network) lets out is protected by the dense audit too.
    void releasePassesDenseAudit()
    {
        QFETCH(int, shape);
        QFETCH(quint32, seed);
        QList<Table> tables;
        QList<Aggregation> aggregations;
        linked(Shape(shape), 4, seed, 15, &tables, &aggregations);
        const Rules rules;
        const ReleaseResult released = releaseLinked(tables, aggregations, rules, AuditDetail::Intervals);
        QVERIFY2(released.ok(), qPrintable(released.error));
        const AuditResult checked = audit(tables, aggregations, rules, released.tables);
        QVERIFY2(checked.error.isEmpty(), qPrintable(checked.error));
        QVERIFY(checked.allProtected());
        QCOMPARE(checked.findings.size(), released.audit.size());
        for (int i = 0; i < checked.findings.size(); ++i) {
            QCOMPARE(released.audit.at(i).lower, checked.findings.at(i).lower);
            QCOMPARE(released.audit.at(i).upper, checked.findings.at(i).upper);
        }
        // The hub's release skips the intervals; what it lets out must not change.
        const ReleaseResult proved = releaseLinked(tables, aggregations, rules);
        QVERIFY2(proved.ok(), qPrintable(proved.error));
        QVERIFY(proved.audit.isEmpty());
        QCOMPARE(proved.tables.size(), released.tables.size());
        for (int t = 0; t < proved.tables.size(); ++t) {
            auto states = [](const ReleasedTable &table) {
                QList<std::pair<bool, qint64>> out;
                for (const QList<ReleasedValue> *part : {&table.cells, &table.rowTotals, &table.columnTotals}) {
                    for (const ReleasedValue &v : *part)
                        out.append({v.isSuppressed(), v.isSuppressed() ? 0 : v.value});
                }
                out.append({table.grandTotal.isSuppressed(), table.grandTotal.isSuppressed() ? 0 : table.grandTotal.value});
                return out;
            };
            QCOMPARE(states(proved.tables.at(t)), states(released.tables.at(t)));
        }
    }

    // A model whose sums cross on both sides is no network: the dense simplex audits it.
    void crossingSumsFallBackToDense()
    {
        ReleaseModel model;
        model.variables = 3;
        for (const QList<int> &vars : QList<QList<int>>{{0}, {1}, {2}, {0, 1}, {1, 2}, {0, 2}}) {
            Figure f;
            f.vars = vars;
            f.counts.value = 10 * vars.size();
            model.figures.append(f);
        }
        QVERIFY(!FlowAudit::build(model));
        model.figures[0].suppressed = true;
        const AuditResult result = auditModel(model, Rules());
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.findings.size(), 1);
        QCOMPARE(result.findings.at(0).lower, auditModelDense(model, Rules()).findings.at(0).lower);
    }
};

QTEST_APPLESS_MAIN(TestReleaseAudit)
#include "tst_releaseaudit.moc"
