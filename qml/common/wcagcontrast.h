// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace Buurtplein::WcagContrast {

/** Relative luminance of an opaque colour, WCAG 2.1 (sRGB, 0 for black to 1 for white). */
double relativeLuminance(const QColor &colour);

/**
 * Contrast ratio (L1 + 0.05) / (L2 + 0.05) of two colours, from 1 to 21, whichever is
 * lighter. A translucent @p foreground is first blended over @p background, as drawn.
 */
double ratio(const QColor &foreground, const QColor &background);

/** WCAG AA minimums: normal text 4.5, large text (18 pt, or 14 pt bold) and UI parts 3. */
constexpr double normalText = 4.5;
constexpr double largeTextOrGraphics = 3.0;

} // namespace Buurtplein::WcagContrast
