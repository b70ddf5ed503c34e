// SPDX-License-Identifier: GPL-3.0-or-later
#include "discretelaplace.h"

#include <cmath>

namespace Buurtplein::Release {

DiscreteLaplace::DiscreteLaplace(double epsilon, quint64 seed, double sensitivity)
    : m_alpha(std::exp(-epsilon / sensitivity))
    , m_engine(seed)
{
    Q_ASSERT(epsilon > 0 && sensitivity >= 1);
}

qint64 DiscreteLaplace::geometric()
{
    // Failures before the first success with success probability 1 - a:
    // P(g) = (1 - a) a^g, by inversion. u is uniform on (0, 1], built from 53 bits by
    // hand so the draws are the same with every standard library.
    const double u = (double(m_engine() >> 11) + 1.0) * 0x1.0p-53;
    return qint64(std::floor(std::log(u) / std::log(m_alpha)));
}

qint64 DiscreteLaplace::sample()
{
    // The difference of two independent geometric draws is two-sided geometric with
    // exactly the pmf below.
    return geometric() - geometric();
}

double DiscreteLaplace::probability(qint64 k) const
{
    return (1 - m_alpha) / (1 + m_alpha) * std::pow(m_alpha, double(std::llabs(k)));
}

double DiscreteLaplace::tailProbability(qint64 k) const
{
    // sum over j > k of (1 - a)/(1 + a) a^j = a^(k+1) / (1 + a)
    return std::pow(m_alpha, double(k + 1)) / (1 + m_alpha);
}

} // namespace Buurtplein::Release
