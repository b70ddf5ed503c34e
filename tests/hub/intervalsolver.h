// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <limits>
#include <optional>

namespace Buurtplein::HubTest {

/** The smallest and largest value a sum can take; upper is +infinity when unbounded. */
struct Interval {
    double lower = 0;
    double upper = std::numeric_limits<double>::infinity();
};

/**
 * The attacker's linear program (tst_hubattacks): what can be concluded from released figures: non-negative variables, each
 * known sum bounded to a range, and the min and max of any other sum over that polytope.
 * A dense bounded-variable simplex (Bland's rule, so it cannot cycle), solved once for
 * feasibility and then warm-started for each objective. Sized for release tables (a few
 * hundred variables), not for general use.
 */
class IntervalSolver
{
public:
    /** A problem over @p variables non-negative variables. */
    explicit IntervalSolver(int variables);

    /** Narrows variable @p var to [@p lower, @p upper]. */
    void boundVariable(int var, double lower, double upper);
    /** Adds the knowledge lower <= sum of @p vars <= upper. */
    void addRange(const QList<int> &vars, double lower, double upper);

    /** Finds a feasible point; false when the known ranges contradict each other. */
    bool prepare();
    /** The min and max of the sum of @p vars; std::nullopt if prepare() failed or the solver gave up. */
    std::optional<Interval> range(const QList<int> &vars);

private:
    bool optimise(const QList<double> &cost, double *value);
    void pivot(int row, int col);

    int m_vars;
    QList<double> m_lower, m_upper;
    QList<QList<int>> m_rowVars;
    QList<double> m_rowLower, m_rowUpper;

    // Tableau state after prepare(): rows of B^-1 A, which column is basic in each row,
    // every column's current value, whether a nonbasic column sits at its upper bound.
    QList<QList<double>> m_tableau;
    QList<int> m_basis;
    QList<double> m_value;
    QList<double> m_lo, m_hi;
    QList<bool> m_atUpper;
    QList<bool> m_isBasic;
    QList<double> m_reduced;
    bool m_ready = false;
};

} // namespace Buurtplein::HubTest
