// SPDX-License-Identifier: GPL-3.0-or-later
#include "releaserules.h"

#include <QTest>

#include <random>

using namespace Buurtplein::Release;

namespace {

// A table of activity in a neighbourhood: mostly busy cells, some quiet ones.
Table randomTable(int rows, int columns, quint32 seed, int quietPercent)
{
    std::mt19937 gen(seed);
    Table t = Table::sized(rows, columns);
    for (CellCounts &c : t.cells) {
        if (int(gen() % 100) < quietPercent) {
            c.sessions = gen() % 3;
            c.participants = c.sessions * (gen() % 6);
        } else {
            c.sessions = 3 + gen() % 8;
            c.participants = c.sessions * (4 + gen() % 12);
        }
        c.value = c.participants;
    }
    return t;
}

QList<const ReleasedValue *> figures(const ReleasedTable &t)
{
    QList<const ReleasedValue *> out;
    for (const ReleasedValue &v : t.cells)
        out.append(&v);
    for (const ReleasedValue &v : t.rowTotals)
        out.append(&v);
    for (const ReleasedValue &v : t.columnTotals)
        out.append(&v);
    out.append(&t.grandTotal);
    return out;
}

QList<CellCounts> trueFigures(const Table &t)
{
    QList<CellCounts> out = t.cells;
    QList<CellCounts> rows(t.rows), columns(t.columns);
    CellCounts grand;
    for (int r = 0; r < t.rows; ++r) {
        for (int c = 0; c < t.columns; ++c) {
            const CellCounts &x = t.cell(r, c);
            for (CellCounts *s : {&rows[r], &columns[c], &grand}) {
                s->sessions += x.sessions;
                s->participants += x.participants;
                s->value += x.value;
            }
        }
    }
    return out + rows + columns + QList<CellCounts>{grand};
}

// Every figure released, then the listed cells suppressed by hand.
ReleasedTable pattern(const Table &t, const QList<QPoint> &suppressed)
{
    ReleasedTable out;
    out.rows = t.rows;
    out.columns = t.columns;
    ReleasedValue shown;
    shown.state = CellState::Released;
    out.cells = QList<ReleasedValue>(t.rows * t.columns, shown);
    out.rowTotals = QList<ReleasedValue>(t.rows, shown);
    out.columnTotals = QList<ReleasedValue>(t.columns, shown);
    out.grandTotal = shown;
    for (const QPoint &p : suppressed)
        out.cell(p.y(), p.x()).state = CellState::Suppressed;
    return out;
}

const AuditFinding *findingFor(const AuditResult &a, int table, int row, int column)
{
    for (const AuditFinding &f : a.findings) {
        if (f.figure.table == table && f.figure.position == Position::Cell && f.figure.row == row
            && f.figure.column == column)
            return &f;
    }
    return nullptr;
}

// Weeks 0-3 are month 0 and weeks 4-7 month 1, for two buurten.
Aggregation weeksIntoMonths()
{
    return {0, 1, {0, 1}, {0, 0, 0, 0, 1, 1, 1, 1}};
}

Table monthsOf(const Table &weeks)
{
    Table months = Table::sized(weeks.rows, 2);
    for (int r = 0; r < weeks.rows; ++r) {
        for (int w = 0; w < weeks.columns; ++w) {
            CellCounts &m = months.cell(r, w / 4);
            m.sessions += weeks.cell(r, w).sessions;
            m.participants += weeks.cell(r, w).participants;
            m.value += weeks.cell(r, w).value;
        }
    }
    return months;
}

} // namespace

class TestReleaseRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kBelowFiveRefused_data()
    {
        QTest::addColumn<int>("k");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("0") << 0 << false;
        QTest::newRow("4") << 4 << false;
        QTest::newRow("5") << 5 << true;
        QTest::newRow("10") << 10 << true;
    }

    void kBelowFiveRefused()
    {
        QFETCH(int, k);
        QFETCH(bool, accepted);
        Rules rules;
        rules.minParticipants = k;
        QCOMPARE(rulesError(rules).isEmpty(), accepted);
        const ReleaseResult r = release(randomTable(3, 3, 1, 0), rules);
        QCOMPARE(r.ok(), accepted);
        if (!accepted) {
            QVERIFY(r.tables.isEmpty());
            QVERIFY(r.error.contains(QLatin1String("never be below 5")));
        }
    }

    void rounding_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<qint64>("rounded");
        QTest::newRow("0") << qint64(0) << qint64(0);
        QTest::newRow("2 down") << qint64(2) << qint64(0);
        QTest::newRow("3 up") << qint64(3) << qint64(5);
        QTest::newRow("12 down") << qint64(12) << qint64(10);
        QTest::newRow("13 up") << qint64(13) << qint64(15);
        QTest::newRow("25 kept") << qint64(25) << qint64(25);
    }

    void rounding()
    {
        QFETCH(qint64, value);
        QFETCH(qint64, rounded);
        QCOMPARE(roundToBase(value, 5), rounded);
    }

    // Margins are the rounded true total: three cells of 12 show 10 each, their row 35
    // (the true 36 rounded), not 30 (the rounded cells summed).
    void marginsRoundTheTrueTotal()
    {
        Table t = Table::sized(1, 3);
        for (CellCounts &c : t.cells)
            c = {5, 12, 12};
        const ReleaseResult r = release(t, Rules{});
        QVERIFY2(r.ok(), qPrintable(r.error));
        const ReleasedTable &out = r.tables.first();
        for (const ReleasedValue &v : out.cells) {
            QCOMPARE(v.state, CellState::Released);
            QCOMPARE(v.value, qint64(10));
        }
        QCOMPARE(out.rowTotals.first().value, qint64(35));
        QCOMPARE(out.grandTotal.value, qint64(35));
    }

    void releasedTablesAreSafe_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("columns");
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("quietPercent");
        QTest::addColumn<int>("k");
        QTest::newRow("4x6 few quiet") << 4 << 6 << 1u << 10 << 10;
        QTest::newRow("5x12 a third quiet") << 5 << 12 << 2u << 33 << 10;
        QTest::newRow("8x6 half quiet") << 8 << 6 << 3u << 50 << 10;
        QTest::newRow("3x3 mostly quiet") << 3 << 3 << 4u << 80 << 10;
        QTest::newRow("6x6 k 5") << 6 << 6 << 5u << 30 << 5;
        QTest::newRow("1x8 one row") << 1 << 8 << 6u << 25 << 10;
        QTest::newRow("10x12 busy") << 10 << 12 << 7u << 15 << 10;
    }

    // No released figure below the thresholds; every suppressed figure protected; no
    // released total with exactly one suppressed part; suppressed is a state, not zero.
    void releasedTablesAreSafe()
    {
        QFETCH(int, rows);
        QFETCH(int, columns);
        QFETCH(quint32, seed);
        QFETCH(int, quietPercent);
        QFETCH(int, k);
        Rules rules;
        rules.minParticipants = k;
        const Table t = randomTable(rows, columns, seed, quietPercent);
        const ReleaseResult r = release(t, rules);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const ReleasedTable &out = r.tables.first();
        const QList<CellCounts> truth = trueFigures(t);
        const QList<const ReleasedValue *> shown = figures(out);
        QCOMPARE(shown.size(), truth.size());
        int suppressed = 0;
        for (int i = 0; i < truth.size(); ++i) {
            if (shown.at(i)->isSuppressed()) {
                ++suppressed;
                continue;
            }
            QVERIFY(truth.at(i).sessions >= 3);
            QVERIFY(truth.at(i).participants >= k);
            QCOMPARE(shown.at(i)->value % 5, 0);
            QVERIFY(qAbs(shown.at(i)->value - truth.at(i).value) <= 2);
        }
        for (int r2 = 0; r2 < rows; ++r2) {
            int n = 0;
            for (int c = 0; c < columns; ++c)
                n += out.cell(r2, c).isSuppressed();
            if (!out.rowTotals.at(r2).isSuppressed())
                QVERIFY(n != 1);
        }
        for (int c = 0; c < columns; ++c) {
            int n = 0;
            for (int r2 = 0; r2 < rows; ++r2)
                n += out.cell(r2, c).isSuppressed();
            if (!out.columnTotals.at(c).isSuppressed())
                QVERIFY(n != 1);
        }
        const AuditResult a = audit({t}, {}, rules, r.tables);
        QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        QCOMPARE(a.findings.size(), suppressed);
        for (const AuditFinding &f : a.findings) {
            QVERIFY(f.upper < 0 || f.upper >= f.value + f.protection);
            QVERIFY(f.lower <= qMax<qint64>(0, f.value - f.protection));
        }
    }

    // A pattern that passes the row-and-column rule but still pins a cell down: the
    // audit must say so. (0,1), (1,0), (1,1) are nearly zero, so cell (0,0) = 50 is its
    // row total minus a known cell give or take the rounding.
    void weakPatternCaught_data()
    {
        QTest::addColumn<QList<QPoint>>("suppressed");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::newRow("2x2 block over near-zeros") << QList<QPoint>{{0, 0}, {1, 0}, {0, 1}, {1, 1}} << 0 << 0;
        QTest::newRow("lone cell in its row") << QList<QPoint>{{1, 1}} << 1 << 1;
        QTest::newRow("two in a row, alone in columns") << QList<QPoint>{{0, 2}, {1, 2}} << 2 << 0;
    }

    void weakPatternCaught()
    {
        QFETCH(QList<QPoint>, suppressed);
        QFETCH(int, row);
        QFETCH(int, column);
        Table t = Table::sized(3, 3);
        const qint64 values[3][3] = {{50, 0, 30}, {0, 0, 40}, {35, 25, 45}};
        for (int r = 0; r < 3; ++r) {
            for (int c = 0; c < 3; ++c)
                t.cell(r, c) = {values[r][c] ? 5 : 1, values[r][c], values[r][c]};
        }
        const Rules rules;
        const AuditResult weak = audit({t}, {}, rules, {pattern(t, suppressed)});
        QVERIFY2(weak.error.isEmpty(), qPrintable(weak.error));
        const AuditFinding *f = findingFor(weak, 0, row, column);
        QVERIFY(f);
        QVERIFY2(!f->isProtected, qPrintable(QStringLiteral("[%1, %2]").arg(f->lower).arg(f->upper)));
        QVERIFY(!weak.allProtected());

        const ReleaseResult strong = release(t, rules);
        QVERIFY2(strong.ok(), qPrintable(strong.error));
        QVERIFY(audit({t}, {}, rules, strong.tables).allProtected());
    }

    // The audit's interval is exactly what brute force over every integer table finds.
    void auditMatchesBruteForce_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 s = 1; s <= 6; ++s)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(s))) << s;
    }

    void auditMatchesBruteForce()
    {
        QFETCH(quint32, seed);
        std::mt19937 gen(seed);
        Table t = Table::sized(2, 3);
        for (CellCounts &c : t.cells) {
            c.value = gen() % 7;
            c.sessions = 5;
            c.participants = 20;
        }
        // The 2x2 block in columns 0 and 1 is suppressed; rounding base 1 makes the
        // released figures exact so the brute force stays small.
        Rules rules;
        rules.roundingBase = 1;
        rules.protectionMinimum = 0;
        const QList<QPoint> block{{0, 0}, {1, 0}, {0, 1}, {1, 1}};
        const AuditResult a = audit({t}, {}, rules, {pattern(t, block)});
        QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        const qint64 row0 = t.cell(0, 0).value + t.cell(0, 1).value;
        const qint64 col0 = t.cell(0, 0).value + t.cell(1, 0).value;
        const qint64 col1 = t.cell(0, 1).value + t.cell(1, 1).value;
        const qint64 row1 = t.cell(1, 0).value + t.cell(1, 1).value;
        qint64 lo[2][2], hi[2][2];
        for (auto &l : lo) l[0] = l[1] = 1000;
        for (auto &h : hi) h[0] = h[1] = -1;
        for (qint64 a00 = 0; a00 <= 30; ++a00)
            for (qint64 a01 = 0; a01 <= 30; ++a01)
                for (qint64 a10 = 0; a10 <= 30; ++a10)
                    for (qint64 a11 = 0; a11 <= 30; ++a11) {
                        if (a00 + a01 != row0 || a10 + a11 != row1 || a00 + a10 != col0 || a01 + a11 != col1)
                            continue;
                        const qint64 v[2][2] = {{a00, a01}, {a10, a11}};
                        for (int r = 0; r < 2; ++r)
                            for (int c = 0; c < 2; ++c) {
                                lo[r][c] = qMin(lo[r][c], v[r][c]);
                                hi[r][c] = qMax(hi[r][c], v[r][c]);
                            }
                    }
        for (int r = 0; r < 2; ++r) {
            for (int c = 0; c < 2; ++c) {
                const AuditFinding *f = findingFor(a, 0, r, c);
                QVERIFY(f);
                QCOMPARE(f->lower, lo[r][c]);
                QCOMPARE(f->upper, hi[r][c]);
            }
        }
    }

    // Weeks that are safe within the weekly table can be given away by the monthly table
    // of the same release: a block spanning two months is pinned by the monthly cells.
    void linkedTablesAuditedJointly()
    {
        Table weeks = Table::sized(2, 8);
        for (CellCounts &c : weeks.cells)
            c = {6, 40, 40};
        const Table months = monthsOf(weeks);
        const Rules rules;
        const QList<QPoint> block{{1, 0}, {5, 0}, {1, 1}, {5, 1}};
        const AuditResult alone = audit({weeks}, {}, rules, {pattern(weeks, block)});
        QVERIFY2(alone.allProtected(), qPrintable(alone.error));
        const AuditResult joint = audit({weeks, months}, {weeksIntoMonths()}, rules,
                                        {pattern(weeks, block), pattern(months, {})});
        QVERIFY2(joint.error.isEmpty(), qPrintable(joint.error));
        QVERIFY(!joint.allProtected());
        QVERIFY(!findingFor(joint, 0, 0, 1)->isProtected);
    }

    void linkedRelease_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("quietPercent");
        QTest::newRow("one quiet week") << 0u << 0;
        QTest::newRow("some quiet weeks") << 11u << 20;
        QTest::newRow("many quiet weeks") << 12u << 45;
    }

    // Weekly, monthly and a one-row total table released together pass the joint audit,
    // and a figure two tables share has one state.
    void linkedRelease()
    {
        QFETCH(quint32, seed);
        QFETCH(int, quietPercent);
        Table weeks = randomTable(2, 8, seed, quietPercent);
        if (quietPercent == 0)
            weeks.cell(0, 1) = {1, 4, 4};
        const Table months = monthsOf(weeks);
        Table total = Table::sized(1, 2);
        for (int r = 0; r < 2; ++r) {
            for (int m = 0; m < 2; ++m) {
                total.cell(0, m).sessions += months.cell(r, m).sessions;
                total.cell(0, m).participants += months.cell(r, m).participants;
                total.cell(0, m).value += months.cell(r, m).value;
            }
        }
        const QList<Table> tables{weeks, months, total};
        const QList<Aggregation> links{weeksIntoMonths(), {1, 2, {0, 0}, {0, 1}}};
        const Rules rules;
        const ReleaseResult r = releaseLinked(tables, links, rules);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.tables.size(), 3);
        QVERIFY(r.tables.at(0).cell(0, 1).isSuppressed() || quietPercent > 0);
        const AuditResult a = audit(tables, links, rules, r.tables);
        QVERIFY2(a.allProtected(), qPrintable(a.error));
        for (int m = 0; m < 2; ++m)
            QCOMPARE(r.tables.at(1).columnTotals.at(m).state, r.tables.at(2).cell(0, m).state);
        for (int t = 0; t < 3; ++t) {
            const QList<CellCounts> truth = trueFigures(tables.at(t));
            const QList<const ReleasedValue *> shown = figures(r.tables.at(t));
            for (int i = 0; i < truth.size(); ++i) {
                if (!shown.at(i)->isSuppressed())
                    QVERIFY(!belowThreshold(truth.at(i), rules));
            }
        }
    }

    void inconsistentTablesRefused()
    {
        Table weeks = randomTable(2, 8, 3, 0);
        Table months = monthsOf(weeks);
        months.cell(1, 1).value += 1;
        const ReleaseResult r = releaseLinked({weeks, months}, {weeksIntoMonths()}, Rules{});
        QVERIFY(!r.ok());
        QVERIFY(r.tables.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReleaseRules)
#include "tst_releaserules.moc"
