// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowaudit.h"

#include <QHash>

#include <algorithm>

namespace Buurtplein::Release {

namespace {
// "No upper bound": far above any count, far below overflow when a few are added.
constexpr qint64 Inf = qint64(1) << 52;
constexpr int RowRoot = 0;
constexpr int ColumnRoot = 1;
} // namespace

std::optional<FlowAudit> FlowAudit::build(const ReleaseModel &model)
{
    // Distinct sums of two or more base cells; single cells are the element arcs' own bounds.
    QHash<QList<int>, int> setIndex;
    QList<QList<int>> sets;
    for (const Figure &f : model.figures) {
        if (f.vars.size() >= 2 && !setIndex.contains(f.vars)) {
            setIndex.insert(f.vars, int(sets.size()));
            sets.append(f.vars);
        }
    }
    // Two sums that overlap without one containing the other cannot hang in one tree, so
    // they go to different sides: a 2-colouring of the crossing graph, each colour then
    // laminar. Overlaps are counted per cell (each cell is in a handful of sums).
    QList<QList<int>> setsOf(model.variables);
    for (int s = 0; s < sets.size(); ++s) {
        for (int v : sets.at(s))
            setsOf[v].append(s);
    }
    QHash<quint64, int> shared;
    for (const QList<int> &list : setsOf) {
        for (int i = 0; i < list.size(); ++i) {
            for (int j = i + 1; j < list.size(); ++j)
                ++shared[(quint64(list.at(i)) << 32) | quint64(list.at(j))];
        }
    }
    QList<QList<int>> crossing(sets.size());
    for (auto it = shared.cbegin(); it != shared.cend(); ++it) {
        const int a = int(it.key() >> 32), b = int(it.key() & 0xffffffffu);
        if (it.value() < std::min(sets.at(a).size(), sets.at(b).size())) {
            crossing[a].append(b);
            crossing[b].append(a);
        }
    }
    QList<int> family(sets.size(), -1);
    for (int start = 0; start < sets.size(); ++start) {
        if (family.at(start) >= 0)
            continue;
        family[start] = 0;
        QList<int> queue{start};
        for (int i = 0; i < queue.size(); ++i) {
            for (int other : crossing.at(queue.at(i))) {
                if (family.at(other) < 0) {
                    family[other] = 1 - family.at(queue.at(i));
                    queue.append(other);
                } else if (family.at(other) == family.at(queue.at(i))) {
                    return std::nullopt; // an odd cycle of crossing sums: not a network
                }
            }
        }
    }
    QList<int> order(sets.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return sets.at(a).size() != sets.at(b).size() ? sets.at(a).size() > sets.at(b).size() : sets.at(a) < sets.at(b);
    });
    // Largest first, each set's parent is the smallest set of its side enclosing it: the
    // one that owns all its cells so far (laminar, so they agree; checked anyway).
    QList<int> owner[2] = {QList<int>(model.variables, -1), QList<int>(model.variables, -1)};
    QList<int> parent(sets.size(), -1);
    for (int s : order) {
        const QList<int> &vars = sets.at(s);
        const int side = family.at(s);
        const int first = owner[side].at(vars.first());
        if (!std::all_of(vars.cbegin(), vars.cend(), [&](int v) { return owner[side].at(v) == first; }))
            return std::nullopt;
        parent[s] = first;
        for (int v : vars)
            owner[side][v] = s;
    }

    FlowAudit audit;
    audit.m_nodes = 2 + int(sets.size());
    auto node = [](int side, int set) { return set < 0 ? side : 2 + set; };
    QList<int> setArc(sets.size()), varArc(model.variables);
    for (int s = 0; s < sets.size(); ++s) {
        // Row side flows from its root down to the cells, column side from the cells up.
        setArc[s] = family[s] == 0 ? audit.addArc(node(RowRoot, parent[s]), node(RowRoot, s))
                                   : audit.addArc(node(ColumnRoot, s), node(ColumnRoot, parent[s]));
    }
    for (int v = 0; v < model.variables; ++v)
        varArc[v] = audit.addArc(node(RowRoot, owner[0].at(v)), node(ColumnRoot, owner[1].at(v)));
    audit.addArc(ColumnRoot, RowRoot); // the grand total, back to where it started
    for (const Figure &f : model.figures)
        audit.m_arcOf.append(f.vars.isEmpty() ? -1 : f.vars.size() == 1 ? varArc.at(f.vars.first()) : setArc.at(setIndex.value(f.vars)));
    audit.m_flow = QList<qint64>(audit.m_arcs.size(), 0);
    audit.link();
    return audit;
}

int FlowAudit::addArc(int from, int to)
{
    m_arcs.append({from, to, 0, Inf});
    return int(m_arcs.size()) - 1;
}

void FlowAudit::link()
{
    m_adjacent = QList<QList<int>>(m_nodes);
    for (int a = 0; a < m_arcs.size(); ++a) {
        m_adjacent[m_arcs.at(a).from].append(2 * a);
        m_adjacent[m_arcs.at(a).to].append(2 * a + 1);
    }
    m_level = QList<int>(m_nodes, -1);
    m_next = QList<int>(m_nodes, 0);
}

bool FlowAudit::update(const ReleaseModel &model, int roundingBase)
{
    QList<qint64> lower(m_arcs.size(), 0), upper(m_arcs.size(), Inf);
    for (int i = 0; i < model.figures.size(); ++i) {
        const Figure &f = model.figures.at(i);
        const int a = m_arcOf.at(i);
        if (f.suppressed || a < 0)
            continue;
        // The same interval as the dense audit: R rounded halves up came from
        // [R - floor(base/2), R + base - 1 - floor(base/2)], never below zero.
        const qint64 r = roundToBase(f.counts.value, roundingBase);
        lower[a] = std::max(lower.at(a), std::max<qint64>(0, r - roundingBase / 2));
        upper[a] = std::min(upper.at(a), r + roundingBase - 1 - roundingBase / 2);
    }
    bool inside = m_ready;
    for (int a = 0; a < m_arcs.size(); ++a) {
        m_arcs[a].lower = lower.at(a);
        m_arcs[a].upper = upper.at(a);
        if (lower.at(a) > upper.at(a))
            return m_ready = false;
        inside = inside && m_flow.at(a) >= lower.at(a) && m_flow.at(a) <= upper.at(a);
    }
    // Only widened bounds (more suppression) keep the last circulation: a warm start.
    m_ready = inside || feasible();
    return m_ready;
}

bool FlowAudit::feasible()
{
    // Lower bounds first, then a maximum flow from a super source to a super sink moves
    // the excess; the circulation exists exactly when that flow saturates.
    const int arcs = int(m_arcs.size());
    const int nodes = m_nodes;
    QList<qint64> excess(nodes, 0);
    for (int a = 0; a < arcs; ++a) {
        m_flow[a] = m_arcs.at(a).lower;
        excess[m_arcs.at(a).to] += m_flow.at(a);
        excess[m_arcs.at(a).from] -= m_flow.at(a);
    }
    const int source = m_nodes++, sink = m_nodes++;
    qint64 needed = 0;
    for (int n = 0; n < nodes; ++n) {
        if (excess.at(n) > 0) {
            m_arcs.append({source, n, 0, excess.at(n)});
            needed += excess.at(n);
        } else if (excess.at(n) < 0) {
            m_arcs.append({n, sink, 0, -excess.at(n)});
        }
    }
    m_flow.resize(m_arcs.size(), 0);
    link();
    const qint64 moved = maxFlow(source, sink, needed, -1);
    m_undo.clear(); // this flow is kept
    m_arcs.resize(arcs);
    m_flow.resize(arcs);
    m_nodes = nodes;
    link();
    return moved == needed;
}

qint64 FlowAudit::residual(int half) const
{
    const Arc &a = m_arcs.at(half / 2);
    const qint64 f = m_flow.at(half / 2);
    return half % 2 == 0 ? a.upper - f : f - a.lower;
}

void FlowAudit::push(int half, qint64 amount)
{
    const qint64 delta = half % 2 == 0 ? amount : -amount;
    m_flow[half / 2] += delta;
    m_undo.append({half / 2, delta});
}

void FlowAudit::undo()
{
    for (auto it = m_undo.crbegin(); it != m_undo.crend(); ++it)
        m_flow[it->first] -= it->second;
    m_undo.clear();
}

bool FlowAudit::levels(int source, int sink, int skipArc)
{
    std::fill(m_level.begin(), m_level.end(), -1);
    QList<int> queue{source};
    m_level[source] = 0;
    for (int i = 0; i < queue.size(); ++i) {
        const int n = queue.at(i);
        // Nodes at the sink's level or beyond are on no shortest path: stop there.
        if (m_level.at(sink) >= 0 && m_level.at(n) >= m_level.at(sink))
            break;
        for (int half : m_adjacent.at(n)) {
            const Arc &a = m_arcs.at(half / 2);
            const int to = half % 2 == 0 ? a.to : a.from;
            if (half / 2 == skipArc || m_level.at(to) >= 0 || residual(half) <= 0)
                continue;
            m_level[to] = m_level.at(n) + 1;
            queue.append(to);
        }
    }
    return m_level.at(sink) >= 0;
}

qint64 FlowAudit::augment(int node, int sink, qint64 limit, int skipArc)
{
    if (node == sink)
        return limit;
    const QList<int> &out = m_adjacent.at(node);
    for (int &i = m_next[node]; i < out.size(); ++i) {
        const int half = out.at(i);
        const Arc &a = m_arcs.at(half / 2);
        const int to = half % 2 == 0 ? a.to : a.from;
        const qint64 room = residual(half);
        if (half / 2 == skipArc || room <= 0 || m_level.at(to) != m_level.at(node) + 1)
            continue;
        const qint64 pushed = augment(to, sink, std::min(limit, room), skipArc);
        if (pushed > 0) {
            push(half, pushed);
            return pushed;
        }
    }
    return 0;
}

// Dinic's algorithm, stopping once @p limit is reached.
qint64 FlowAudit::maxFlow(int source, int sink, qint64 limit, int skipArc)
{
    qint64 total = 0;
    while (total < limit && levels(source, sink, skipArc)) {
        std::fill(m_next.begin(), m_next.end(), 0);
        while (total < limit) {
            const qint64 pushed = augment(source, sink, limit - total, skipArc);
            if (pushed <= 0)
                break;
            total += pushed;
        }
    }
    return total;
}

// Whether arc @p arc lies on a cycle of arcs without upper bound: its flow can then grow
// without limit.
bool FlowAudit::unboundedCycle(int arc)
{
    const Arc &start = m_arcs.at(arc);
    if (start.upper < Inf)
        return false;
    std::fill(m_level.begin(), m_level.end(), -1);
    QList<int> queue{start.to};
    m_level[start.to] = 0;
    for (int i = 0; i < queue.size(); ++i) {
        const int n = queue.at(i);
        if (n == start.from)
            return true;
        for (int half : m_adjacent.at(n)) {
            const Arc &a = m_arcs.at(half / 2);
            if (half % 2 != 0 || half / 2 == arc || a.upper < Inf || m_level.at(a.to) >= 0)
                continue;
            m_level[a.to] = 0;
            queue.append(a.to);
        }
    }
    return false;
}

bool FlowAudit::isProtected(const ReleaseModel &model, int figure, const Rules &rules)
{
    const qint64 value = model.figures.at(figure).counts.value;
    const qint64 p = protectionRange(value, rules);
    const int a = m_arcOf.at(figure);
    if (a < 0)
        return p <= 0;
    const Arc &arc = m_arcs.at(a);
    const qint64 f = m_flow.at(a);
    const qint64 above = value + p, below = std::max<qint64>(0, value - p);
    // Any circulation reaching a bound proves it reachable; flows are restored after.
    bool ok = f >= above || (arc.upper >= above && maxFlow(arc.to, arc.from, above - f, a) >= above - f);
    undo();
    if (ok)
        ok = f <= below || (arc.lower <= below && maxFlow(arc.from, arc.to, f - below, a) >= f - below);
    undo();
    return ok;
}

AuditFinding FlowAudit::finding(const ReleaseModel &model, int figure, const Rules &rules)
{
    const Figure &fig = model.figures.at(figure);
    AuditFinding out;
    out.figure = fig.ref;
    out.value = fig.counts.value;
    out.protection = protectionRange(out.value, rules);
    const int a = m_arcOf.at(figure);
    if (a < 0) {
        out.lower = out.upper = 0; // a sum of nothing is known to be zero
    } else {
        const Arc &arc = m_arcs.at(a);
        const qint64 f = m_flow.at(a);
        // Raising an arc's flow by d is sending d from its head back to its tail through
        // the rest of the network; lowering it, the other way round.
        out.upper = unboundedCycle(a) ? -1 : f + maxFlow(arc.to, arc.from, arc.upper - f, a);
        undo();
        out.lower = f - maxFlow(arc.from, arc.to, f - arc.lower, a);
        undo();
    }
    const bool upperOk = out.upper < 0 || out.upper >= out.value + out.protection;
    const bool lowerOk = out.lower <= std::max<qint64>(0, out.value - out.protection);
    out.isProtected = upperOk && lowerOk;
    return out;
}

} // namespace Buurtplein::Release
