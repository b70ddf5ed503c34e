// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

/**
 * Disclosure control for released tables (SPEC privacy 5, docs/release-rules.md).
 * Evaluators only ever see what release() returns: thresholds, rounding to a base,
 * secondary suppression audited by linear programming, optionally discrete-Laplace noise.
 */
namespace Buurtplein::Release {

/** The release rules; the defaults are SPEC privacy 5. */
struct Rules {
    /** k may never be configured below this. */
    static constexpr int MinimumK = 5;

    int minSessions = 3;        ///< a cell with fewer sessions is suppressed
    int minParticipants = 10;   ///< k: a cell with fewer participants is suppressed
    int roundingBase = 5;       ///< released values are rounded to multiples of this
    double protectionShare = 0.5; ///< a suppressed value must stay uncertain by this share of itself...
    qint64 protectionMinimum = 5; ///< ...and by at least this much, whichever is larger
    double epsilon = 0;         ///< 0: no noise; > 0: discrete-Laplace mode, published with the table
    double sensitivity = 1;     ///< how much one person can change a released value (DP mode)
    quint64 seed = 0;           ///< the noise generator's seed (DP mode)
};

/** Why @p rules cannot be used, as a sentence; empty when they can. */
QString rulesError(const Rules &rules);

/** What the hub counted for one cell: the threshold inputs and the value to release. */
struct CellCounts {
    qint64 sessions = 0;     ///< sessions behind the cell
    qint64 participants = 0; ///< sum of attendance behind the cell
    qint64 value = 0;        ///< the metric to release (e.g. total attendance, held sessions)
};

/** A two-dimensional table of true counts (e.g. buurt x month); margins are computed. */
struct Table {
    int rows = 0;
    int columns = 0;
    QList<CellCounts> cells; ///< row-major, rows * columns entries

    /** An empty table of @p rows x @p columns. */
    static Table sized(int rows, int columns);
    CellCounts &cell(int row, int column) { return cells[row * columns + column]; }
    const CellCounts &cell(int row, int column) const { return cells.at(row * columns + column); }
};

/**
 * Table @p coarseTable is table @p fineTable summed: fine cell (r, c) adds into coarse
 * cell (rowMap[r], columnMap[c]). E.g. weeks into months (identity rowMap, columnMap
 * week -> month), or buurten into one total row (rowMap all 0).
 */
struct Aggregation {
    int fineTable = 0;
    int coarseTable = 0;
    QList<int> rowMap;
    QList<int> columnMap;
};

/** A released figure is either a number or suppressed; suppressed is never zero. */
enum class CellState { Released, Suppressed };

/** One released figure. */
struct ReleasedValue {
    CellState state = CellState::Suppressed;
    qint64 value = 0;      ///< meaningful only when released
    bool primary = false;  ///< suppressed because it is itself below a threshold
    bool isSuppressed() const { return state == CellState::Suppressed; }
};

/** A table as evaluators may see it, with its margins and the rules it was released under. */
struct ReleasedTable {
    int rows = 0;
    int columns = 0;
    QList<ReleasedValue> cells; ///< row-major
    QList<ReleasedValue> rowTotals;
    QList<ReleasedValue> columnTotals;
    ReleasedValue grandTotal;
    int roundingBase = 5;
    int k = 10;
    double epsilon = 0;    ///< published: 0 unless released in the discrete-Laplace mode

    const ReleasedValue &cell(int row, int column) const { return cells.at(row * columns + column); }
    ReleasedValue &cell(int row, int column) { return cells[row * columns + column]; }
};

/** Where a figure sits in a table. */
enum class Position { Cell, RowTotal, ColumnTotal, GrandTotal };

/** One figure of one table of a release. */
struct FigureRef {
    int table = 0;
    Position position = Position::Cell;
    int row = -1;    ///< for Cell and RowTotal
    int column = -1; ///< for Cell and ColumnTotal
};

/** What the audit found a suppressed figure can be narrowed down to. */
struct AuditFinding {
    FigureRef figure;
    qint64 value = 0;       ///< the true value
    qint64 lower = 0;       ///< the least value consistent with everything released
    qint64 upper = -1;      ///< the greatest such value, -1 when unbounded
    qint64 protection = 0;  ///< how far the interval must reach on each side of value
    bool isProtected = false;
};

/** The audit of a suppression pattern; error is set when the tables are unusable. */
struct AuditResult {
    QString error;
    QList<AuditFinding> findings; ///< one per suppressed figure
    /** Whether every suppressed figure is protected. */
    bool allProtected() const;
};

/**
 * How much of the audit a release reports. Every release proves each suppressed figure
 * protected either way; the exact intervals cost about as much again and serve checks.
 */
enum class AuditDetail { Proof, Intervals };

/** A release: the tables evaluators may see, and the audit they passed. */
struct ReleaseResult {
    QString error; ///< a sentence when nothing may be released
    QList<ReleasedTable> tables;
    QList<AuditFinding> audit; ///< with AuditDetail::Intervals: one finding per suppressed figure
    bool ok() const { return error.isEmpty(); }
};

/** @p value rounded to the nearest multiple of @p base, halves up. */
qint64 roundToBase(qint64 value, int base);
/** Whether @p counts is below the session or participant threshold of @p rules. */
bool belowThreshold(const CellCounts &counts, const Rules &rules);
/** The protection range for a suppressed @p value under @p rules. */
qint64 protectionRange(qint64 value, const Rules &rules);

/** Releases one table with its margins. */
ReleaseResult release(const Table &table, const Rules &rules);
/** Releases several tables of one release jointly, linked by @p aggregations. */
ReleaseResult releaseLinked(const QList<Table> &tables, const QList<Aggregation> &aggregations,
                            const Rules &rules, AuditDetail detail = AuditDetail::Proof);

/**
 * Audits the suppression pattern of @p released (only which figures are suppressed is
 * read) against the true @p tables: for every suppressed figure, the interval an attacker
 * can derive from all released figures of all tables, each known only to +-rounding.
 */
AuditResult audit(const QList<Table> &tables, const QList<Aggregation> &aggregations,
                  const Rules &rules, const QList<ReleasedTable> &released);

} // namespace Buurtplein::Release
