// SPDX-License-Identifier: GPL-3.0-or-later
#include "intervalsolver.h"

#include <cmath>

namespace Buurtplein::HubTest {

namespace {
constexpr double Eps = 1e-9;
constexpr double Inf = std::numeric_limits<double>::infinity();
// Bland's rule cannot cycle, so this only guards against numerical trouble.
constexpr int MaxIterations = 200000;
}

IntervalSolver::IntervalSolver(int variables)
    : m_vars(variables)
    , m_lower(variables, 0.0)
    , m_upper(variables, Inf)
{
}

void IntervalSolver::boundVariable(int var, double lower, double upper)
{
    Q_ASSERT(var >= 0 && var < m_vars);
    m_lower[var] = std::max(m_lower[var], lower);
    m_upper[var] = std::min(m_upper[var], upper);
    m_ready = false;
}

void IntervalSolver::addRange(const QList<int> &vars, double lower, double upper)
{
    m_rowVars.append(vars);
    m_rowLower.append(lower);
    m_rowUpper.append(upper);
    m_ready = false;
}

bool IntervalSolver::prepare()
{
    m_ready = false;
    const int n = m_vars;
    const int m = int(m_rowVars.size());
    const int cols = n + 2 * m; // structural, then one slack and one artificial per row
    m_lo = QList<double>(cols, 0.0);
    m_hi = QList<double>(cols, Inf);
    m_value = QList<double>(cols, 0.0);
    m_atUpper = QList<bool>(cols, false);
    m_isBasic = QList<bool>(cols, false);
    m_basis = QList<int>(m, -1);
    m_tableau = QList<QList<double>>(m, QList<double>(cols, 0.0));
    for (int j = 0; j < n; ++j) {
        if (m_lower[j] > m_upper[j] + Eps)
            return false;
        m_lo[j] = m_lower[j];
        m_hi[j] = std::max(m_lower[j], m_upper[j]);
        m_value[j] = m_lo[j];
    }
    QList<double> phaseOne(cols, 0.0);
    for (int i = 0; i < m; ++i) {
        const int slack = n + i;
        const int art = n + m + i;
        if (m_rowLower[i] > m_rowUpper[i] + Eps)
            return false;
        m_lo[slack] = m_rowLower[i];
        m_hi[slack] = std::max(m_rowLower[i], m_rowUpper[i]);
        double v = 0;
        for (int var : m_rowVars[i])
            v += m_value[var];
        QList<double> &row = m_tableau[i];
        // Row i says sum(x) - slack + sign * artificial = 0; it is stored divided by the
        // coefficient of whichever column starts basic, so that column is a unit vector.
        if (v >= m_lo[slack] - Eps && v <= m_hi[slack] + Eps) {
            for (int var : m_rowVars[i])
                row[var] -= 1;
            row[slack] = 1;
            row[art] = 1;
            m_hi[art] = 0;
            m_basis[i] = slack;
            m_value[slack] = v;
        } else {
            const bool high = v > m_hi[slack];
            const double bound = high ? m_hi[slack] : m_lo[slack];
            const double sign = bound > v ? 1 : -1;
            for (int var : m_rowVars[i])
                row[var] += sign;
            row[slack] = -sign;
            row[art] = 1;
            m_value[slack] = bound;
            m_atUpper[slack] = high;
            m_basis[i] = art;
            m_value[art] = std::abs(bound - v);
            phaseOne[art] = -1;
        }
        m_isBasic[m_basis[i]] = true;
    }
    double infeasibility = 0;
    if (!optimise(phaseOne, &infeasibility) || infeasibility < -1e-6)
        return false;
    for (int i = 0; i < m; ++i)
        m_hi[n + m + i] = 0; // artificials are done; pin them at zero
    m_ready = true;
    return true;
}

std::optional<Interval> IntervalSolver::range(const QList<int> &vars)
{
    if (!m_ready)
        return std::nullopt;
    const int cols = int(m_value.size());
    QList<double> cost(cols, 0.0);
    for (int var : vars)
        cost[var] += 1;
    Interval result;
    if (!optimise(cost, &result.upper))
        return std::nullopt;
    for (double &c : cost)
        c = -c;
    double negLower = 0;
    if (!optimise(cost, &negLower))
        return std::nullopt;
    result.lower = -negLower;
    return result;
}

bool IntervalSolver::optimise(const QList<double> &cost, double *value)
{
    const int m = int(m_basis.size());
    const int cols = int(m_value.size());
    m_reduced = cost;
    for (int i = 0; i < m; ++i) {
        const double cb = cost[m_basis[i]];
        if (cb == 0)
            continue;
        for (int j = 0; j < cols; ++j)
            m_reduced[j] -= cb * m_tableau[i][j];
    }
    for (int iteration = 0; iteration < MaxIterations; ++iteration) {
        int enter = -1;
        for (int j = 0; j < cols && enter < 0; ++j) {
            if (m_isBasic[j] || m_hi[j] - m_lo[j] <= Eps)
                continue;
            if ((m_reduced[j] > Eps && !m_atUpper[j]) || (m_reduced[j] < -Eps && m_atUpper[j]))
                enter = j;
        }
        if (enter < 0) {
            double total = 0;
            for (int j = 0; j < cols; ++j)
                total += cost[j] * m_value[j];
            *value = total;
            return true;
        }
        const double dir = m_reduced[enter] > 0 ? 1 : -1;
        double step = m_hi[enter] - m_lo[enter];
        int leave = -1;
        for (int i = 0; i < m; ++i) {
            const double alpha = dir * m_tableau[i][enter];
            const int b = m_basis[i];
            double t;
            if (alpha > Eps)
                t = (m_value[b] - m_lo[b]) / alpha;
            else if (alpha < -Eps && std::isfinite(m_hi[b]))
                t = (m_hi[b] - m_value[b]) / -alpha;
            else
                continue;
            t = std::max(t, 0.0);
            if (t < step - Eps || (leave >= 0 && t <= step + Eps && b < m_basis[leave])) {
                step = t;
                leave = i;
            }
        }
        if (!std::isfinite(step)) {
            *value = Inf;
            return true;
        }
        for (int i = 0; i < m; ++i)
            m_value[m_basis[i]] -= dir * m_tableau[i][enter] * step;
        m_value[enter] += dir * step;
        if (leave < 0) {
            m_atUpper[enter] = !m_atUpper[enter];
            m_value[enter] = m_atUpper[enter] ? m_hi[enter] : m_lo[enter];
            continue;
        }
        const int out = m_basis[leave];
        m_atUpper[out] = dir * m_tableau[leave][enter] < 0;
        m_value[out] = m_atUpper[out] ? m_hi[out] : m_lo[out];
        pivot(leave, enter);
        const double d = m_reduced[enter];
        const QList<double> &row = m_tableau[leave];
        for (int j = 0; j < cols; ++j)
            m_reduced[j] -= d * row[j];
    }
    return false;
}

void IntervalSolver::pivot(int row, int col)
{
    QList<double> &pr = m_tableau[row];
    const double p = pr[col];
    for (double &x : pr)
        x /= p;
    pr[col] = 1;
    const int cols = int(pr.size());
    for (int i = 0; i < int(m_tableau.size()); ++i) {
        if (i == row)
            continue;
        QList<double> &r = m_tableau[i];
        const double f = r[col];
        if (f == 0)
            continue;
        for (int j = 0; j < cols; ++j) {
            r[j] -= f * pr[j];
            if (std::abs(r[j]) < 1e-12)
                r[j] = 0;
        }
        r[col] = 0;
    }
    m_isBasic[m_basis[row]] = false;
    m_basis[row] = col;
    m_isBasic[col] = true;
}

} // namespace Buurtplein::HubTest
