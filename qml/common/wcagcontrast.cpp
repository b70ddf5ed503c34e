// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/wcagcontrast.h"

#include <QtMath>

#include <algorithm>

namespace Buurtplein::WcagContrast {

namespace {
double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : qPow((channel + 0.055) / 1.055, 2.4);
}
} // namespace

double relativeLuminance(const QColor &colour)
{
    const QColor c = colour.toRgb();
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

double ratio(const QColor &foreground, const QColor &background)
{
    QColor fg = foreground.toRgb();
    const QColor bg = background.toRgb();
    if (fg.alphaF() < 1.0) {
        const double a = fg.alphaF();
        fg = QColor::fromRgbF(fg.redF() * a + bg.redF() * (1 - a), fg.greenF() * a + bg.greenF() * (1 - a),
                              fg.blueF() * a + bg.blueF() * (1 - a));
    }
    const double l1 = relativeLuminance(fg);
    const double l2 = relativeLuminance(bg);
    return (std::max(l1, l2) + 0.05) / (std::min(l1, l2) + 0.05);
}

} // namespace Buurtplein::WcagContrast
