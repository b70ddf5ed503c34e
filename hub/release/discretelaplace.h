// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <random>

namespace Buurtplein::Release {

/**
 * Discrete Laplace (two-sided geometric) noise: P(k) = (1 - a) / (1 + a) * a^|k| with
 * a = exp(-epsilon / sensitivity), which makes a count with that sensitivity
 * epsilon-differentially private. Seeded, so a release can be reproduced and tested.
 */
class DiscreteLaplace
{
public:
    /** Noise for @p epsilon > 0 and @p sensitivity >= 1, drawn from a generator seeded with @p seed. */
    DiscreteLaplace(double epsilon, quint64 seed, double sensitivity = 1.0);

    /** One draw. */
    qint64 sample();
    /** The probability of drawing @p k. */
    double probability(qint64 k) const;
    /** The probability of drawing a value whose magnitude exceeds @p k (k >= 0), one side only. */
    double tailProbability(qint64 k) const;
    /** The ratio a = exp(-epsilon / sensitivity). */
    double alpha() const { return m_alpha; }

private:
    qint64 geometric();

    double m_alpha;
    std::mt19937_64 m_engine;
};

} // namespace Buurtplein::Release
