// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportcharts.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Buurtplein::Report {

namespace {
const QColor barColour(0x1f, 0x6f, 0x8b);
const QColor gridColour(0xd0, 0xd7, 0xde);
const QColor textColour(0x24, 0x29, 0x2f);

double maximumOf(const Bars &bars)
{
    double maximum = 0;
    for (const StatsAnswer::Figure &figure : bars.figures) {
        if (!figure.suppressed)
            maximum = std::max(maximum, figure.value);
    }
    return maximum;
}

// A round step for about four gridlines (5, 10, 25, 50, 100, ...).
double gridStep(double maximum)
{
    if (maximum <= 0)
        return 1;
    const double raw = maximum / 4;
    const double magnitude = std::pow(10, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (factor * magnitude >= raw)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

void drawStub(QPainter &painter, const QRectF &stub)
{
    painter.save();
    painter.setPen(QPen(barColour, 0.75));
    painter.setBrush(QBrush(barColour, Qt::BDiagPattern));
    painter.drawRect(stub);
    painter.restore();
}
} // namespace

void drawBars(QPainter &painter, const QRectF &area, const Bars &bars, const QLocale &locale)
{
    const int count = int(bars.figures.size());
    if (count == 0)
        return;
    painter.save();
    QFont font = painter.font();
    font.setPointSizeF(7);
    painter.setFont(font);
    const double labelHeight = 14;
    const double axisWidth = 34;
    const QRectF plot(area.left() + axisWidth, area.top() + 10, area.width() - axisWidth, area.height() - labelHeight - 10);
    const double step = gridStep(maximumOf(bars));
    const double top = std::max(step, std::ceil(maximumOf(bars) / step) * step);

    for (double value = 0; value <= top + 0.5; value += step) {
        const double y = plot.bottom() - value / top * plot.height();
        painter.setPen(QPen(gridColour, 0.5));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(textColour);
        painter.drawText(QRectF(area.left(), y - 6, axisWidth - 4, 12), Qt::AlignRight | Qt::AlignVCenter, locale.toString(value, 'f', 0));
    }
    const double slot = plot.width() / count;
    const double barWidth = std::max(1.0, slot * 0.7);
    for (int i = 0; i < count; ++i) {
        const double x = plot.left() + i * slot + (slot - barWidth) / 2;
        const StatsAnswer::Figure &figure = bars.figures.at(i);
        if (figure.suppressed) {
            drawStub(painter, QRectF(x, plot.bottom() - 8, barWidth, 8));
            painter.save();
            painter.translate(x + barWidth / 2, plot.bottom() - 10);
            painter.rotate(-90);
            painter.setPen(textColour);
            painter.drawText(QRectF(0, -5, 60, 10), Qt::AlignLeft | Qt::AlignVCenter, bars.suppressedText);
            painter.restore();
        } else {
            const double height = figure.value / top * plot.height();
            painter.fillRect(QRectF(x, plot.bottom() - height, barWidth, height), barColour);
        }
        if (i % std::max(1, bars.labelEvery) == 0) {
            painter.setPen(textColour);
            painter.drawText(QRectF(plot.left() + i * slot - 20, plot.bottom() + 2, slot + 40, labelHeight - 2),
                             Qt::AlignHCenter | Qt::AlignTop, bars.labels.value(i));
        }
    }
    painter.setPen(QPen(textColour, 0.75));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.restore();
}

void drawHorizontalBars(QPainter &painter, const QRectF &area, const Bars &bars, const QLocale &locale)
{
    const int count = int(bars.figures.size());
    if (count == 0)
        return;
    painter.save();
    QFont font = painter.font();
    font.setPointSizeF(8);
    painter.setFont(font);
    const double labelWidth = area.width() * 0.35;
    const double valueWidth = 60;
    const double row = std::min(18.0, area.height() / count);
    const double maximum = std::max(1.0, maximumOf(bars));
    const double barSpace = area.width() - labelWidth - valueWidth;
    for (int i = 0; i < count; ++i) {
        const double y = area.top() + i * row;
        const StatsAnswer::Figure &figure = bars.figures.at(i);
        painter.setPen(textColour);
        painter.drawText(QRectF(area.left(), y, labelWidth - 6, row), Qt::AlignRight | Qt::AlignVCenter,
                         painter.fontMetrics().elidedText(bars.labels.value(i), Qt::ElideRight, int(labelWidth - 6)));
        const double left = area.left() + labelWidth;
        const QRectF bar(left, y + row * 0.2, figure.suppressed ? 8 : figure.value / maximum * barSpace, row * 0.6);
        if (figure.suppressed)
            drawStub(painter, bar);
        else
            painter.fillRect(bar, barColour);
        painter.setPen(textColour);
        painter.drawText(QRectF(bar.right() + 4, y, valueWidth + barSpace - bar.width(), row), Qt::AlignLeft | Qt::AlignVCenter,
                         figure.suppressed ? bars.suppressedText : locale.toString(qint64(std::llround(figure.value))));
    }
    painter.restore();
}

} // namespace Buurtplein::Report
