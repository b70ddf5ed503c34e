// SPDX-License-Identifier: GPL-3.0-or-later
#include "discretelaplace.h"
#include "flowaudit.h"
#include "releasemodel.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace Buurtplein::Release {

QString rulesError(const Rules &rules)
{
    if (rules.minParticipants < Rules::MinimumK)
        return QStringLiteral("The minimum number of participants (k) is %1; it may never be below %2.")
            .arg(rules.minParticipants).arg(Rules::MinimumK);
    if (rules.minSessions < 1)
        return QStringLiteral("The minimum number of sessions must be at least 1.");
    if (rules.roundingBase < 1)
        return QStringLiteral("The rounding base must be at least 1.");
    if (rules.protectionShare < 0 || rules.protectionMinimum < 0)
        return QStringLiteral("The protection range cannot be negative.");
    if (rules.epsilon < 0 || !std::isfinite(rules.epsilon))
        return QStringLiteral("Epsilon must be a positive number, or 0 for no noise.");
    if (rules.sensitivity < 1)
        return QStringLiteral("The sensitivity must be at least 1.");
    return {};
}

Table Table::sized(int rows, int columns)
{
    Table t;
    t.rows = rows;
    t.columns = columns;
    t.cells = QList<CellCounts>(qMax(0, rows * columns));
    return t;
}

qint64 roundToBase(qint64 value, int base)
{
    Q_ASSERT(base >= 1 && value >= 0);
    return (value + base / 2) / base * base;
}

bool belowThreshold(const CellCounts &counts, const Rules &rules)
{
    return counts.sessions < rules.minSessions || counts.participants < rules.minParticipants;
}

qint64 protectionRange(qint64 value, const Rules &rules)
{
    return std::max(qint64(std::ceil(rules.protectionShare * double(value))), rules.protectionMinimum);
}

namespace {

bool lessValue(const ReleaseModel &model, int a, int b)
{
    const qint64 va = model.figures.at(a).counts.value;
    const qint64 vb = model.figures.at(b).counts.value;
    return va != vb ? va < vb : a < b;
}

// The same base cells released in two tables (a column total and a one-row total
// table) must share one state, or the released twin gives the suppressed one away.
bool syncTwins(ReleaseModel &model, const QList<QList<int>> &twins)
{
    bool changed = false;
    for (const QList<int> &group : twins) {
        const bool any = std::any_of(group.cbegin(), group.cend(),
                                     [&](int i) { return model.figures.at(i).suppressed; });
        for (int i : group) {
            if (any && !model.figures.at(i).suppressed) {
                model.figures[i].suppressed = true;
                changed = true;
            }
        }
    }
    return changed;
}

// The minimum rule: a released whole with exactly one suppressed part gives that part
// away by subtraction, so suppress the smallest other part as well.
bool fixSingletons(ReleaseModel &model)
{
    bool changed = false;
    for (const Partition &p : model.partitions) {
        if (model.figures.at(p.whole).suppressed)
            continue;
        int suppressed = 0;
        int smallest = -1;
        for (int part : p.parts) {
            if (model.figures.at(part).suppressed)
                ++suppressed;
            else if (smallest < 0 || lessValue(model, part, smallest))
                smallest = part;
        }
        if (suppressed != 1)
            continue;
        model.figures[smallest < 0 ? p.whole : smallest].suppressed = true;
        changed = true;
    }
    return changed;
}

// The next figure to suppress so that @p target becomes harder to derive, smallest value
// first: a released part of it (its weeks, its row's cells), else a released sibling in a
// sum whose total is released, else that total, else anything overlapping it.
int nextSuppression(const ReleaseModel &model, int target)
{
    const Figure &t = model.figures.at(target);
    auto pick = [&](auto accept) {
        int best = -1;
        for (int i = 0; i < model.figures.size(); ++i) {
            if (i != target && !model.figures.at(i).suppressed && accept(i)
                && (best < 0 || lessValue(model, i, best)))
                best = i;
        }
        return best;
    };
    auto subset = [&](const QList<int> &inner, const QList<int> &outer) {
        return std::includes(outer.cbegin(), outer.cend(), inner.cbegin(), inner.cend());
    };
    int best = pick([&](int i) {
        const QList<int> &v = model.figures.at(i).vars;
        return !v.isEmpty() && v.size() < t.vars.size() && subset(v, t.vars);
    });
    if (best >= 0)
        return best;
    QList<bool> sibling(model.figures.size(), false), whole(model.figures.size(), false);
    for (const Partition &p : model.partitions) {
        if (!p.parts.contains(target) || model.figures.at(p.whole).suppressed)
            continue;
        whole[p.whole] = true;
        for (int part : p.parts)
            sibling[part] = true;
    }
    best = pick([&](int i) { return sibling.at(i); });
    if (best < 0)
        best = pick([&](int i) { return whole.at(i); });
    if (best < 0) {
        best = pick([&](int i) {
            const QList<int> &v = model.figures.at(i).vars;
            return std::any_of(v.cbegin(), v.cend(), [&](int var) { return t.vars.contains(var); });
        });
    }
    return best;
}

ReleasedValue releasedValue(const Figure &f, const Rules &rules, DiscreteLaplace *noise)
{
    ReleasedValue v;
    v.primary = f.primary;
    if (f.suppressed)
        return v;
    v.state = CellState::Released;
    qint64 value = f.counts.value;
    if (noise)
        value = std::max<qint64>(0, value + noise->sample());
    // Margins are the rounded true total, never the sum of rounded cells.
    v.value = roundToBase(value, rules.roundingBase);
    return v;
}

} // namespace

ReleaseResult release(const Table &table, const Rules &rules)
{
    return releaseLinked({table}, {}, rules);
}

ReleaseResult releaseLinked(const QList<Table> &tables, const QList<Aggregation> &aggregations,
                            const Rules &rules, AuditDetail detail)
{
    ReleaseResult result;
    result.error = rulesError(rules);
    if (!result.error.isEmpty())
        return result;
    std::optional<ReleaseModel> built = buildModel(tables, aggregations, &result.error);
    if (!built)
        return result;
    ReleaseModel &model = *built;
    QHash<QList<int>, QList<int>> twinsOf;
    for (int i = 0; i < model.figures.size(); ++i) {
        Figure &f = model.figures[i];
        f.primary = f.suppressed = belowThreshold(f.counts, rules);
        twinsOf[f.vars].append(i);
    }
    // Only groups of two or more can disagree; most figures have no twin.
    QList<QList<int>> twins;
    for (const QList<int> &group : std::as_const(twinsOf)) {
        if (group.size() > 1)
            twins.append(group);
    }
    std::optional<FlowAudit> flow = FlowAudit::build(model);
    if (!flow && model.variables > MaxDenseVariables) {
        result.error = tooLargeError();
        return result;
    }
    // Suppressing more only removes constraints, so a figure once protected stays
    // protected: each round re-checks only the figures not yet known to be, in order.
    QList<bool> known(model.figures.size(), false);
    // Each round suppresses at least one more figure, so this ends.
    bool settled = false;
    for (int round = 0; round <= model.figures.size(); ++round) {
        while (syncTwins(model, twins) || fixSingletons(model)) { }
        int target = -1;
        if (flow) {
            if (!flow->update(model, rules.roundingBase)) {
                result.error = contradictionError();
                return result;
            }
            for (int i = 0; i < model.figures.size() && target < 0; ++i) {
                if (!model.figures.at(i).suppressed || known.at(i))
                    continue;
                known[i] = flow->isProtected(model, i, rules);
                if (!known.at(i))
                    target = i;
            }
            if (target < 0) {
                if (detail == AuditDetail::Intervals)
                    result.audit = auditModelFlow(model, rules, *flow).findings;
                settled = true;
                break;
            }
        } else {
            AuditResult audited = auditModelDense(model, rules);
            if (!audited.error.isEmpty()) {
                result.error = audited.error;
                return result;
            }
            auto open = std::find_if(audited.findings.cbegin(), audited.findings.cend(),
                                     [](const AuditFinding &f) { return !f.isProtected; });
            if (open == audited.findings.cend()) {
                result.audit = audited.findings;
                settled = true;
                break;
            }
            target = model.index(open->figure);
        }
        const int next = nextSuppression(model, target);
        if (next < 0) {
            result.error = QStringLiteral("A suppressed figure cannot be protected; nothing is released.");
            return result;
        }
        model.figures[next].suppressed = true;
    }
    if (!settled) {
        result.error = QStringLiteral("Secondary suppression did not settle; nothing is released.");
        return result;
    }

    std::optional<DiscreteLaplace> noise;
    if (rules.epsilon > 0)
        noise.emplace(rules.epsilon, rules.seed, rules.sensitivity);
    for (int t = 0; t < tables.size(); ++t) {
        const Table &table = tables.at(t);
        ReleasedTable out;
        out.rows = table.rows;
        out.columns = table.columns;
        out.roundingBase = rules.roundingBase;
        out.k = rules.minParticipants;
        out.epsilon = rules.epsilon;
        DiscreteLaplace *n = noise ? &*noise : nullptr;
        for (int r = 0; r < table.rows; ++r) {
            for (int c = 0; c < table.columns; ++c)
                out.cells.append(releasedValue(model.figures.at(model.index({t, Position::Cell, r, c})), rules, n));
        }
        for (int r = 0; r < table.rows; ++r)
            out.rowTotals.append(releasedValue(model.figures.at(model.index({t, Position::RowTotal, r, -1})), rules, n));
        for (int c = 0; c < table.columns; ++c)
            out.columnTotals.append(releasedValue(model.figures.at(model.index({t, Position::ColumnTotal, -1, c})), rules, n));
        out.grandTotal = releasedValue(model.figures.at(model.index({t, Position::GrandTotal, -1, -1})), rules, n);
        result.tables.append(out);
    }
    return result;
}

} // namespace Buurtplein::Release
