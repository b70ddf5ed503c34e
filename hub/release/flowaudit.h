// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "releasemodel.h"

#include <QList>

#include <optional>

namespace Buurtplein::Release {

/**
 * The audit of a release as a circulation problem (docs/release-rules.md, "The audit at
 * scale"). When the var sets of a model's figures split into two laminar families (row
 * side and column side: a table's row totals, its cells' weeks or quarters, linked
 * coarse cells on one side, column totals and the grand total on the other), the
 * constraint matrix is a network matrix: every figure is the flow on one arc of a
 * network whose feasible circulations are exactly the tables consistent with what was
 * released. The least and greatest value of a suppressed figure are then a maximum flow
 * each, on a graph linear in the number of cells, instead of a dense simplex: the same
 * polytope, so the same (integral) interval.
 *
 * Suppressing more figures only widens bounds, so the circulation found once stays
 * feasible: update() after each secondary suppression is a warm start.
 */
class FlowAudit
{
public:
    /** The network of @p model, or std::nullopt when its figures are not two laminar families. */
    static std::optional<FlowAudit> build(const ReleaseModel &model);

    /**
     * Reads the suppression state of @p model's figures (the model build() saw) and finds
     * a circulation within the released bounds; false when the released figures
     * contradict each other.
     */
    bool update(const ReleaseModel &model, int roundingBase);

    /** Whether suppressed figure @p figure of the model is protected under @p rules (stops as soon as it knows). */
    bool isProtected(const ReleaseModel &model, int figure, const Rules &rules);
    /** The exact audit finding of suppressed figure @p figure. */
    AuditFinding finding(const ReleaseModel &model, int figure, const Rules &rules);

private:
    struct Arc {
        int from = 0;
        int to = 0;
        qint64 lower = 0;
        qint64 upper = 0;
    };

    int addArc(int from, int to);
    void link();
    qint64 residual(int half) const;
    void push(int half, qint64 amount);
    void undo();
    bool levels(int source, int sink, int skipArc);
    qint64 augment(int node, int sink, qint64 limit, int skipArc);
    qint64 maxFlow(int source, int sink, qint64 limit, int skipArc);
    bool unboundedCycle(int arc);
    bool feasible();

    int m_nodes = 2;                 // 0: row-side root, 1: column-side root, then one per set
    QList<Arc> m_arcs;
    QList<qint64> m_flow;
    QList<std::pair<int, qint64>> m_undo; // pushes since the last kept circulation
    QList<QList<int>> m_adjacent;    // half-edges (2 * arc forward, 2 * arc + 1 backward) leaving each node
    QList<int> m_level, m_next;
    QList<int> m_arcOf;              // per figure: its arc, -1 for a sum of nothing
    bool m_ready = false;
};

} // namespace Buurtplein::Release
