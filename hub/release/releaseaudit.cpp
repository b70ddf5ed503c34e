// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowaudit.h"
#include "intervalsolver.h"
#include "releasemodel.h"

#include <algorithm>
#include <cmath>

namespace Buurtplein::Release {

namespace {

CellCounts operator+(const CellCounts &a, const CellCounts &b)
{
    return {a.sessions + b.sessions, a.participants + b.participants, a.value + b.value};
}

bool operator==(const CellCounts &a, const CellCounts &b)
{
    return a.sessions == b.sessions && a.participants == b.participants && a.value == b.value;
}

QList<int> merged(QList<int> vars)
{
    std::sort(vars.begin(), vars.end());
    vars.erase(std::unique(vars.begin(), vars.end()), vars.end());
    return vars;
}

QString tableError(const QList<Table> &tables, const QList<Aggregation> &aggregations)
{
    for (int t = 0; t < tables.size(); ++t) {
        const Table &table = tables.at(t);
        if (table.rows < 1 || table.columns < 1 || table.cells.size() != table.rows * table.columns)
            return QStringLiteral("Table %1 needs at least one row and column and one cell for each.").arg(t);
        for (const CellCounts &c : table.cells) {
            if (c.sessions < 0 || c.participants < 0 || c.value < 0)
                return QStringLiteral("Table %1 has a negative count.").arg(t);
        }
    }
    QList<bool> coarse(tables.size(), false);
    for (const Aggregation &a : aggregations) {
        if (a.fineTable < 0 || a.fineTable >= tables.size() || a.coarseTable < 0
            || a.coarseTable >= tables.size() || a.fineTable == a.coarseTable)
            return QStringLiteral("An aggregation names a table that does not exist.");
        if (coarse[a.coarseTable])
            return QStringLiteral("Table %1 is the sum of more than one table.").arg(a.coarseTable);
        coarse[a.coarseTable] = true;
        const Table &fine = tables.at(a.fineTable);
        const Table &sum = tables.at(a.coarseTable);
        if (a.rowMap.size() != fine.rows || a.columnMap.size() != fine.columns)
            return QStringLiteral("The aggregation into table %1 needs one entry per row and column of table %2.")
                .arg(a.coarseTable).arg(a.fineTable);
        for (int r : a.rowMap) {
            if (r < 0 || r >= sum.rows)
                return QStringLiteral("The aggregation into table %1 maps a row outside it.").arg(a.coarseTable);
        }
        for (int c : a.columnMap) {
            if (c < 0 || c >= sum.columns)
                return QStringLiteral("The aggregation into table %1 maps a column outside it.").arg(a.coarseTable);
        }
    }
    return {};
}

} // namespace

int ReleaseModel::index(const FigureRef &ref) const
{
    const Table &t = tables.at(ref.table);
    const int base = tableOffset.at(ref.table);
    switch (ref.position) {
    case Position::Cell: return base + ref.row * t.columns + ref.column;
    case Position::RowTotal: return base + t.rows * t.columns + ref.row;
    case Position::ColumnTotal: return base + t.rows * t.columns + t.rows + ref.column;
    case Position::GrandTotal: return base + t.rows * t.columns + t.rows + t.columns;
    }
    return -1;
}

std::optional<ReleaseModel> buildModel(const QList<Table> &tables, const QList<Aggregation> &aggregations,
                                       QString *error)
{
    *error = tableError(tables, aggregations);
    if (!error->isEmpty())
        return std::nullopt;
    ReleaseModel model;
    model.tables = tables;
    const int count = int(tables.size());
    QList<int> sumOf(count, -1);
    for (int a = 0; a < aggregations.size(); ++a)
        sumOf[aggregations.at(a).coarseTable] = a;

    // Base cells are the variables; a summed table's cells are unions of its source's.
    QList<QList<QList<int>>> cellVars(count);
    QList<bool> done(count, false);
    for (int pass = 0, left = count; left > 0; ++pass) {
        if (pass > count) {
            *error = QStringLiteral("The aggregations between tables form a cycle.");
            return std::nullopt;
        }
        for (int t = 0; t < count; ++t) {
            const Table &table = tables.at(t);
            if (done[t])
                continue;
            if (sumOf[t] < 0) {
                for (int i = 0; i < table.cells.size(); ++i)
                    cellVars[t].append(QList<int>{model.variables++});
            } else {
                const Aggregation &a = aggregations.at(sumOf[t]);
                if (!done[a.fineTable])
                    continue;
                const Table &fine = tables.at(a.fineTable);
                cellVars[t] = QList<QList<int>>(table.cells.size());
                QList<CellCounts> sums(table.cells.size());
                for (int r = 0; r < fine.rows; ++r) {
                    for (int c = 0; c < fine.columns; ++c) {
                        const int into = a.rowMap.at(r) * table.columns + a.columnMap.at(c);
                        cellVars[t][into] += cellVars[a.fineTable][r * fine.columns + c];
                        sums[into] = sums[into] + fine.cell(r, c);
                    }
                }
                for (int i = 0; i < sums.size(); ++i) {
                    if (!(sums.at(i) == table.cells.at(i))) {
                        *error = QStringLiteral("Cell %1 of table %2 is not the sum of the cells of table %3 mapped to it.")
                                     .arg(i).arg(t).arg(a.fineTable);
                        return std::nullopt;
                    }
                    cellVars[t][i] = merged(cellVars[t][i]);
                }
            }
            done[t] = true;
            --left;
        }
    }

    for (int t = 0; t < count; ++t) {
        const Table &table = tables.at(t);
        model.tableOffset.append(int(model.figures.size()));
        QList<Figure> rowTotals(table.rows), columnTotals(table.columns);
        Figure grand;
        grand.ref = {t, Position::GrandTotal, -1, -1};
        Partition grandByRows, grandByColumns;
        QList<Partition> rowParts(table.rows), columnParts(table.columns);
        for (int r = 0; r < table.rows; ++r) {
            for (int c = 0; c < table.columns; ++c) {
                Figure f;
                f.ref = {t, Position::Cell, r, c};
                f.vars = cellVars[t][r * table.columns + c];
                f.counts = table.cell(r, c);
                const int at = int(model.figures.size());
                rowParts[r].parts.append(at);
                columnParts[c].parts.append(at);
                rowTotals[r].vars += f.vars;
                rowTotals[r].counts = rowTotals[r].counts + f.counts;
                columnTotals[c].vars += f.vars;
                columnTotals[c].counts = columnTotals[c].counts + f.counts;
                grand.vars += f.vars;
                grand.counts = grand.counts + f.counts;
                model.figures.append(f);
            }
        }
        for (int r = 0; r < table.rows; ++r) {
            rowTotals[r].ref = {t, Position::RowTotal, r, -1};
            rowTotals[r].vars = merged(rowTotals[r].vars);
            rowParts[r].whole = int(model.figures.size());
            grandByRows.parts.append(rowParts[r].whole);
            model.figures.append(rowTotals[r]);
        }
        for (int c = 0; c < table.columns; ++c) {
            columnTotals[c].ref = {t, Position::ColumnTotal, -1, c};
            columnTotals[c].vars = merged(columnTotals[c].vars);
            columnParts[c].whole = int(model.figures.size());
            grandByColumns.parts.append(columnParts[c].whole);
            model.figures.append(columnTotals[c]);
        }
        grand.vars = merged(grand.vars);
        grandByRows.whole = grandByColumns.whole = int(model.figures.size());
        model.figures.append(grand);
        model.partitions += rowParts;
        model.partitions += columnParts;
        model.partitions.append(grandByRows);
        model.partitions.append(grandByColumns);
    }
    for (const Aggregation &a : aggregations) {
        const Table &fine = tables.at(a.fineTable);
        const Table &sum = tables.at(a.coarseTable);
        QList<Partition> parts(sum.rows * sum.columns);
        for (int i = 0; i < parts.size(); ++i)
            parts[i].whole = model.tableOffset.at(a.coarseTable) + i;
        for (int r = 0; r < fine.rows; ++r) {
            for (int c = 0; c < fine.columns; ++c)
                parts[a.rowMap.at(r) * sum.columns + a.columnMap.at(c)].parts.append(
                    model.index({a.fineTable, Position::Cell, r, c}));
        }
        for (const Partition &p : parts) {
            if (!p.parts.isEmpty())
                model.partitions.append(p);
        }
    }
    return model;
}

AuditResult auditModel(const ReleaseModel &model, const Rules &rules)
{
    std::optional<FlowAudit> flow = FlowAudit::build(model);
    if (!flow) {
        AuditResult result;
        if (model.variables > MaxDenseVariables)
            result.error = tooLargeError();
        else
            result = auditModelDense(model, rules);
        return result;
    }
    return auditModelFlow(model, rules, *flow);
}

AuditResult auditModelFlow(const ReleaseModel &model, const Rules &rules, FlowAudit &flow)
{
    AuditResult result;
    if (!flow.update(model, rules.roundingBase)) {
        result.error = contradictionError();
        return result;
    }
    for (int i = 0; i < model.figures.size(); ++i) {
        if (model.figures.at(i).suppressed)
            result.findings.append(flow.finding(model, i, rules));
    }
    return result;
}

QString tooLargeError()
{
    return QStringLiteral("The table is too large to release safely; narrow it with a gemeente or wijk filter or a shorter period.");
}

QString contradictionError()
{
    return QStringLiteral("The released figures contradict each other; the tables are not consistent.");
}

AuditResult auditModelDense(const ReleaseModel &model, const Rules &rules)
{
    AuditResult result;
    IntervalSolver solver(model.variables);
    const int base = rules.roundingBase;
    for (const Figure &f : model.figures) {
        if (f.suppressed || f.vars.isEmpty())
            continue;
        // A released value R, rounded halves up, came from a true value in
        // [R - floor(base/2), R + base - 1 - floor(base/2)]; never below zero.
        const qint64 r = roundToBase(f.counts.value, base);
        const double lower = double(std::max<qint64>(0, r - base / 2));
        const double upper = double(r + base - 1 - base / 2);
        if (f.vars.size() == 1)
            solver.boundVariable(f.vars.first(), lower, upper);
        else
            solver.addRange(f.vars, lower, upper);
    }
    if (!solver.prepare()) {
        result.error = contradictionError();
        return result;
    }
    for (const Figure &f : model.figures) {
        if (!f.suppressed)
            continue;
        AuditFinding finding;
        finding.figure = f.ref;
        finding.value = f.counts.value;
        finding.protection = protectionRange(f.counts.value, rules);
        if (f.vars.isEmpty()) {
            finding.lower = finding.upper = 0; // a sum of nothing is known to be zero
        } else {
            const std::optional<Interval> range = solver.range(f.vars);
            if (!range) {
                result.error = QStringLiteral("The audit could not solve the tables.");
                return result;
            }
            // Values are whole numbers, so an attacker rounds the bounds inwards.
            finding.lower = qint64(std::ceil(range->lower - 1e-6));
            finding.upper = std::isfinite(range->upper) ? qint64(std::floor(range->upper + 1e-6)) : -1;
        }
        const bool upperOk = finding.upper < 0 || finding.upper >= finding.value + finding.protection;
        const bool lowerOk = finding.lower <= std::max<qint64>(0, finding.value - finding.protection);
        finding.isProtected = upperOk && lowerOk;
        result.findings.append(finding);
    }
    return result;
}

bool AuditResult::allProtected() const
{
    if (!error.isEmpty())
        return false;
    return std::all_of(findings.cbegin(), findings.cend(), [](const AuditFinding &f) { return f.isProtected; });
}

AuditResult audit(const QList<Table> &tables, const QList<Aggregation> &aggregations,
                  const Rules &rules, const QList<ReleasedTable> &released)
{
    AuditResult result;
    result.error = rulesError(rules);
    if (!result.error.isEmpty())
        return result;
    std::optional<ReleaseModel> model = buildModel(tables, aggregations, &result.error);
    if (!model)
        return result;
    if (released.size() != tables.size()) {
        result.error = QStringLiteral("The release needs one released table per table.");
        return result;
    }
    for (Figure &f : model->figures) {
        const ReleasedTable &t = released.at(f.ref.table);
        const Table &truth = tables.at(f.ref.table);
        if (t.rows != truth.rows || t.columns != truth.columns || t.cells.size() != truth.cells.size()
            || t.rowTotals.size() != t.rows || t.columnTotals.size() != t.columns) {
            result.error = QStringLiteral("Released table %1 does not have the shape of its table.").arg(f.ref.table);
            return result;
        }
        switch (f.ref.position) {
        case Position::Cell: f.suppressed = t.cell(f.ref.row, f.ref.column).isSuppressed(); break;
        case Position::RowTotal: f.suppressed = t.rowTotals.at(f.ref.row).isSuppressed(); break;
        case Position::ColumnTotal: f.suppressed = t.columnTotals.at(f.ref.column).isSuppressed(); break;
        case Position::GrandTotal: f.suppressed = t.grandTotal.isSuppressed(); break;
        }
    }
    return auditModel(*model, rules);
}

} // namespace Buurtplein::Release
