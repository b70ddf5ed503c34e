// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stats/statsanswer.h"

#include <QList>
#include <QLocale>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

namespace Buurtplein::Report {

/** One bar chart: a label and a released figure per bar. */
struct Bars {
    QStringList labels;
    QList<StatsAnswer::Figure> figures;
    QString suppressedText; ///< what a suppressed bar says ("< 10")
    int labelEvery = 1;     ///< label every n-th bar (weeks crowd the axis)
};

/**
 * Draws @p bars as vertical bars in @p area. A suppressed figure is drawn as a hatched
 * stub with its text, so that it is neither a gap mistaken for nothing nor a zero.
 */
void drawBars(QPainter &painter, const QRectF &area, const Bars &bars, const QLocale &locale);

/** Draws @p bars horizontally (one row per label, the label on the left) in @p area. */
void drawHorizontalBars(QPainter &painter, const QRectF &area, const Bars &bars, const QLocale &locale);

} // namespace Buurtplein::Report
