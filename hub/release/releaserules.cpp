// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/releaserules.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace Buurtplein::Release {

namespace {
// The row for true value @p value: weights exp(-d^2 / 2s^2 + lambda d) on the support,
// lambda found by bisection so that the mean is zero (the mean grows with lambda).
QList<double> row(int value, int maxNoise, double spread)
{
    const int size = 2 * maxNoise + 1;
    QList<double> p(size, 0.0);
    if (value <= 1) {
        p[maxNoise] = 1;
        return p;
    }
    const int lowest = -std::min(value - 1, maxNoise);
    auto weights = [&](double lambda) {
        QList<double> w(size, 0.0);
        double total = 0;
        for (int d = lowest; d <= maxNoise; ++d) {
            w[d + maxNoise] = std::exp(-double(d) * d / (2 * spread * spread) + lambda * d);
            total += w[d + maxNoise];
        }
        for (double &x : w)
            x /= total;
        return w;
    };
    auto mean = [&](const QList<double> &w) {
        double m = 0;
        for (int d = -maxNoise; d <= maxNoise; ++d)
            m += d * w[d + maxNoise];
        return m;
    };
    if (lowest == -maxNoise)
        return weights(0);
    double low = -60, high = 0; // the support leans up, so the tilt is downwards
    for (int i = 0; i < 200; ++i) {
        const double mid = (low + high) / 2;
        (mean(weights(mid)) > 0 ? high : low) = mid;
    }
    return weights((low + high) / 2);
}
} // namespace

QString rulesError(const Rules &rules)
{
    if (rules.minParticipants < Rules::MinimumK)
        return QStringLiteral("k (the least number of participants a released figure must have) may not be below %1.")
            .arg(Rules::MinimumK);
    if (rules.minSessions < 1)
        return QStringLiteral("The least number of sessions a released figure must have is at least 1.");
    if (rules.maxNoise < 1 || rules.maxNoise > 50)
        return QStringLiteral("The largest perturbation must be between 1 and 50.");
    if (!(rules.noiseSpread > 0.1) || rules.noiseSpread > rules.maxNoise * 4)
        return QStringLiteral("The perturbation's spread must be above 0.1 and at most four times the largest perturbation.");
    return {};
}

int newRecordKey()
{
    return int(QRandomGenerator::system()->bounded(KeyRange));
}

int cellKey(qint64 keySum, int quantity)
{
    // Each quantity its own offset, so that the figures of one cell are not all moved alike.
    const qint64 offset = (qint64(quantity) * 97) % KeyRange;
    return int(((keySum + offset) % KeyRange + KeyRange) % KeyRange);
}

PerturbationTable::PerturbationTable(const Rules &rules)
    : m_maxNoise(rules.maxNoise)
{
    for (int v = 0; v <= m_maxNoise + 1; ++v) {
        const QList<double> p = row(v, m_maxNoise, rules.noiseSpread);
        QList<int> byKey(KeyRange);
        double cumulative = 0;
        int d = -m_maxNoise;
        for (int key = 0; key < KeyRange; ++key) {
            const double u = (key + 0.5) / KeyRange;
            while (d < m_maxNoise && cumulative + p[d + m_maxNoise] < u) {
                cumulative += p[d + m_maxNoise];
                ++d;
            }
            byKey[key] = d;
        }
        m_rows.append(p);
        m_byKey.append(byKey);
    }
}

int PerturbationTable::perturbation(qint64 value, int key) const
{
    const int r = int(std::clamp<qint64>(value, 0, m_maxNoise + 1));
    return m_byKey.at(r).at(((key % KeyRange) + KeyRange) % KeyRange);
}

QList<double> PerturbationTable::probabilities(qint64 value) const
{
    return m_rows.at(int(std::clamp<qint64>(value, 0, m_maxNoise + 1)));
}

bool belowThreshold(const CellCounts &counts, const Rules &rules)
{
    return counts.sessions < rules.minSessions || counts.participants < rules.minParticipants;
}

ReleasedValue releaseFigure(const CellCounts &counts, int quantity, const Rules &rules, const PerturbationTable &table)
{
    ReleasedValue out;
    if (belowThreshold(counts, rules) || counts.value < 0)
        return out;
    out.state = CellState::Released;
    out.value = counts.value + table.perturbation(counts.value, cellKey(counts.keySum, quantity));
    return out;
}

} // namespace Buurtplein::Release
