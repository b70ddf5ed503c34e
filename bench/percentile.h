// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <algorithm>
#include <cmath>

namespace Buurtplein::Bench {

/** The nearest-rank @p p percentile (0..1) of @p values; 0 when there are none. */
inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype i = std::clamp<qsizetype>(qsizetype(std::ceil(p * double(values.size()))) - 1, 0, values.size() - 1);
    return values.at(i);
}

} // namespace Buurtplein::Bench
