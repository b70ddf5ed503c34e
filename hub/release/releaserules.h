// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

/**
 * Disclosure control for released tables (SPEC privacy 5, docs/release-rules.md): the
 * Cell Key Method. Every record (a session log, a session cancelled in advance) carries a
 * fixed random key 0..255; a figure's cell key is the sum of its records' keys modulo 256,
 * and the figure is released as its true value plus the perturbation a fixed table gives
 * for that value and key. The same records therefore always give the same released value,
 * in every request, and a difference between two figures carries the noise of both.
 * Figures below the thresholds are not released at all.
 */
namespace Buurtplein::Release {

/** Record keys and cell keys run over 0 .. KeyRange - 1. */
constexpr int KeyRange = 256;

/** The release rules; the defaults are SPEC privacy 5 and docs/release-rules.md. */
struct Rules {
    /** k may never be configured below this. */
    static constexpr int MinimumK = 5;

    int minSessions = 3;        ///< a figure with fewer sessions is not released
    int minParticipants = 10;   ///< k: a figure with fewer participants is not released
    int maxNoise = 8;           ///< D: no released value is further than this from the true one
    double noiseSpread = 3.2;   ///< the perturbation distribution's scale (a normal's sigma before it is cut at +-D)
};

/** Why @p rules cannot be used, as a sentence; empty when they can. */
QString rulesError(const Rules &rules);

/** A new record key: uniform over 0..KeyRange-1, from the system's random source. */
int newRecordKey();
/** The cell key of records whose keys sum to @p keySum, for the quantity numbered @p quantity (each its own offset). */
int cellKey(qint64 keySum, int quantity);

/**
 * The perturbation table: for a true value v and a cell key, the perturbation d with
 * -min(v - 1, D) <= d <= D. Each row is a normal distribution of scale noiseSpread cut at
 * +-D (below at 1 - v for small v) and tilted so that its mean is exactly zero: released
 * values are unbiased. Zero stays zero and anything else stays at least 1, so a released
 * 0 always means none (a 1 therefore stays 1: no unbiased noise keeps it positive). A key picks the d whose cumulative probability
 * band holds (key + 1/2) / 256, so over uniform keys d follows the row.
 */
class PerturbationTable
{
public:
    explicit PerturbationTable(const Rules &rules);

    int maxNoise() const { return m_maxNoise; }
    /** The perturbation of true value @p value (>= 0) under cell key @p key (0..255). */
    int perturbation(qint64 value, int key) const;
    /** The probabilities of d = -D .. D for true value @p value: the row the keys sample. */
    QList<double> probabilities(qint64 value) const;

private:
    int m_maxNoise = 0;
    QList<QList<double>> m_rows;        ///< for v = 0 .. D + 1; larger v use the row of D + 1
    QList<QList<int>> m_byKey;          ///< per row, the perturbation of each key
};

/** What the hub counted for one figure: the threshold inputs, the value and the sum of its records' keys. */
struct CellCounts {
    qint64 sessions = 0;     ///< sessions behind the figure
    qint64 participants = 0; ///< sum of attendance behind the figure
    qint64 value = 0;        ///< the quantity to release (total attendance, held sessions, ...)
    qint64 keySum = 0;       ///< the sum of the record keys behind the figure
};

/** A released figure is either a number or suppressed; suppressed is never zero. */
enum class CellState { Released, Suppressed };

/** One released figure. */
struct ReleasedValue {
    CellState state = CellState::Suppressed;
    qint64 value = 0; ///< meaningful only when released
    bool isSuppressed() const { return state == CellState::Suppressed; }
};

/** Whether @p counts is below the session or participant threshold of @p rules. */
bool belowThreshold(const CellCounts &counts, const Rules &rules);

/**
 * Releases one figure: suppressed when below a threshold, else its value perturbed by
 * @p table under the cell key of its records for @p quantity. Margins are figures like
 * any other: their records are the union of their parts', their key the sum of the keys.
 */
ReleasedValue releaseFigure(const CellCounts &counts, int quantity, const Rules &rules, const PerturbationTable &table);

} // namespace Buurtplein::Release
