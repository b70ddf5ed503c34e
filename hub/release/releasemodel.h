// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "releaserules.h"

#include <optional>

namespace Buurtplein::Release {

/** One figure of a release: which base cells it sums, its true counts, its state. */
struct Figure {
    FigureRef ref;
    QList<int> vars; ///< sorted indices of base cells (cells of tables no other table sums)
    CellCounts counts;
    bool suppressed = false;
    bool primary = false;
};

/** A released whole and the figures it is the sum of (a row total and its row's cells). */
struct Partition {
    int whole = 0;
    QList<int> parts;
};

/**
 * All figures of all tables of one release over shared base variables. Per table the
 * figures are laid out as cells (row-major), row totals, column totals, grand total.
 */
struct ReleaseModel {
    int variables = 0;
    QList<Figure> figures;
    QList<Partition> partitions;
    QList<int> tableOffset;
    QList<Table> tables;

    int index(const FigureRef &ref) const;
};

/** The model of @p tables linked by @p aggregations, or std::nullopt and @p error. */
std::optional<ReleaseModel> buildModel(const QList<Table> &tables, const QList<Aggregation> &aggregations,
                                       QString *error);
/**
 * Audits the suppression state of @p model's figures: on the network of FlowAudit when
 * the model has that shape (every table the hub releases does), else with the dense
 * simplex, which refuses models of more than MaxDenseVariables cells.
 */
AuditResult auditModel(const ReleaseModel &model, const Rules &rules);

/** The dense simplex gets slow (cubic) beyond this many base cells. */
constexpr int MaxDenseVariables = 400;

/** The audit by the dense simplex (IntervalSolver), whatever the model's shape or size. */
AuditResult auditModelDense(const ReleaseModel &model, const Rules &rules);
class FlowAudit;
/** The audit on @p flow, the network of @p model (FlowAudit::build). */
AuditResult auditModelFlow(const ReleaseModel &model, const Rules &rules, FlowAudit &flow);

/** The sentence for a release too large to audit in reasonable time. */
QString tooLargeError();
/** The sentence for released figures that cannot all be true. */
QString contradictionError();

} // namespace Buurtplein::Release
