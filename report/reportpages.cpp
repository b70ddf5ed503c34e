// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportcharts.h"
#include "report/reportlayout.h"

#include <QPageSize>
#include <QSaveFile>

#include <algorithm>
#include <numeric>

namespace Buurtplein::Report {

namespace {
// Rows in the order of their labels: an area list is never ordered by its figures
// (SPEC: no ranking, no "worst" list).
QList<int> byLabel(const StatsAnswer::Axis &axis)
{
    QList<int> order(axis.keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&axis](int a, int b) {
        return QString::localeAwareCompare(axis.labels.at(a), axis.labels.at(b)) < 0;
    });
    return order;
}

Bars barsOf(const StatsAnswer::Table &table, const QList<int> &order, const QString &suppressedText)
{
    Bars bars;
    bars.suppressedText = suppressedText;
    for (int row : order) {
        bars.labels.append(table.rows.labels.at(row));
        bars.figures.append(table.rowTotals.at(row));
    }
    return bars;
}
} // namespace

void Layout::cover(const QDateTime &generated)
{
    m_painter.fillRect(QRectF(0, 0, PageWidth, 200), accent);
    QFont font = m_painter.font();
    m_painter.setPen(Qt::white);
    font.setPointSizeF(14);
    m_painter.setFont(font);
    m_painter.drawText(QRectF(Margin, 60, PageWidth - 2 * Margin, 24), Qt::AlignLeft, QStringLiteral("Buurtplein"));
    font.setPointSizeF(30);
    font.setBold(true);
    m_painter.setFont(font);
    m_painter.drawText(QRectF(Margin, 95, PageWidth - 2 * Margin, 50), Qt::AlignLeft,
                       t(QT_TRANSLATE_NOOP("Buurtplein::Report", "Quarterly report")));
    m_painter.setPen(Qt::black);
    font.setPointSizeF(10);
    font.setBold(false);
    m_painter.setFont(font);

    m_y = 240;
    paragraph(subjectLine(), 22);
    paragraph(periodLine(), 13);
    m_painter.setPen(muted);
    paragraph(t(QT_TRANSLATE_NOOP("Buurtplein::Report", "Made on %1 from the released statistics of the Buurtplein hub."))
                  .arg(m_locale.toString(generated.toLocalTime().date(), QStringLiteral("d MMMM yyyy"))));
    m_painter.setPen(Qt::black);
    m_y += 30;
    const StatsAnswer::Rules rules = m_answers.first().rules;
    heading(t(QT_TRANSLATE_NOOP("Buurtplein::Report", "About these figures")));
    paragraph(t(QT_TRANSLATE_NOOP("Buurtplein::Report",
                                  "Social workers log every session on site: whether it was held, how many people took part and "
                                  "how many came for the first time. This report shows what those logs add up to. No figure in it "
                                  "can point to a person: every count carries a small, fixed amount of noise (at most %1 either way), "
                                  "and a figure behind which there are fewer than %2 participants or fewer than %3 sessions reads "
                                  "“fewer than %2”. Totals may differ slightly from the sum of their parts. The last page explains "
                                  "the method."))
                  .arg(rules.maxNoise)
                  .arg(rules.k)
                  .arg(rules.minSessions));
    newPage();
}

void Layout::keyFigures()
{
    heading(t(QT_TRANSLATE_NOOP("Buurtplein::Report", "Key figures")));
    const double gap = 10;
    const double width = (PageWidth - 2 * Margin - 2 * gap) / 3;
    const double height = 74;
    const QStringList metrics = keyMetrics();
    for (int i = 0; i < metrics.size(); ++i) {
        const StatsAnswer::Table &table = m_answers[QStringLiteral("key:") + metrics.at(i)];
        const QRectF tile(Margin + (i % 3) * (width + gap), m_y + (i / 3) * (height + gap), width, height);
        m_painter.save();
        m_painter.setPen(QPen(QColor(0xd0, 0xd7, 0xde), 0.75));
        m_painter.setBrush(QColor(0xf6, 0xf8, 0xfa));
        m_painter.drawRoundedRect(tile, 4, 4);
        QFont font = m_painter.font();
        font.setPointSizeF(8.5);
        m_painter.setFont(font);
        m_painter.setPen(muted);
        m_painter.drawText(tile.adjusted(8, 6, -8, -40), Qt::TextWordWrap, metricName(metrics.at(i)));
        const bool suppressed = table.grandTotal.suppressed;
        font.setPointSizeF(suppressed ? 12 : 20);
        font.setBold(true);
        m_painter.setFont(font);
        m_painter.setPen(suppressed ? muted : QColor(Qt::black));
        m_painter.drawText(tile.adjusted(8, 34, -8, -6), Qt::AlignLeft | Qt::AlignVCenter, figureText(table, table.grandTotal));
        m_painter.restore();
    }
    m_y += 3 * (height + gap) + 10;
}

void Layout::trend()
{
    const StatsAnswer::Table &weeks = m_answers[QStringLiteral("trend")];
    heading(t(QT_TRANSLATE_NOOP("Buurtplein::Report", "Attendance per week")));
    Bars bars = barsOf(weeks, [&weeks] {
        QList<int> order(weeks.rows.keys.size());
        std::iota(order.begin(), order.end(), 0); // periods stay in time order
        return order;
    }(), QStringLiteral("< %1").arg(weeks.rules.k));
    for (qsizetype i = 0; i < bars.labels.size(); ++i)
        bars.labels[i] = weeks.rows.keys.at(i).section(QLatin1Char('-'), -1); // key "2026-W27" → "W27"
    bars.labelEvery = bars.labels.size() > 14 ? 2 : 1;
    drawBars(m_painter, QRectF(Margin, m_y, PageWidth - 2 * Margin, 170), bars, m_locale);
    m_y += 190;

    const StatsAnswer::Table &months = m_answers[QStringLiteral("held")];
    heading(t(QT_TRANSLATE_NOOP("Buurtplein::Report", "Sessions held per month")));
    QList<int> order(months.rows.keys.size());
    std::iota(order.begin(), order.end(), 0);
    drawHorizontalBars(m_painter, QRectF(Margin, m_y, PageWidth - 2 * Margin, 18.0 * order.size()),
                       barsOf(months, order, fewerThan(months)), m_locale);
    m_y += 18.0 * order.size() + 20;
    newPage();
}

void Layout::areas()
{
    const StatsAnswer::Table &table = m_answers[QStringLiteral("areas")];
    heading(m_request.subject == Request::Subject::Gemeente ? t(QT_TRANSLATE_NOOP("Buurtplein::Report", "Attendance by wijk"))
                                                            : t(QT_TRANSLATE_NOOP("Buurtplein::Report", "Attendance by gemeente")));
    const int columns = int(table.columns.keys.size());
    const double nameWidth = 190;
    const double columnWidth = (PageWidth - 2 * Margin - nameWidth) / (columns + 1);
    const double rowHeight = 16;
    QFont font = m_painter.font();
    font.setPointSizeF(8.5);
    m_painter.save();
    m_painter.setFont(font);
    auto drawRow = [&](const QString &name, const QList<StatsAnswer::Figure> &figures, bool bold) {
        if (m_y + rowHeight > PageHeight - Margin) {
            newPage();
            m_painter.setFont(font);
        }
        QFont rowFont = font;
        rowFont.setBold(bold);
        m_painter.setFont(rowFont);
        m_painter.drawText(QRectF(Margin, m_y, nameWidth - 6, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                           m_painter.fontMetrics().elidedText(name, Qt::ElideRight, int(nameWidth - 6)));
        for (int c = 0; c < figures.size(); ++c) {
            const StatsAnswer::Figure &figure = figures.at(c);
            m_painter.setPen(figure.suppressed ? muted : QColor(Qt::black));
            m_painter.drawText(QRectF(Margin + nameWidth + c * columnWidth, m_y, columnWidth - 6, rowHeight),
                               Qt::AlignRight | Qt::AlignVCenter, figureText(table, figure));
        }
        m_painter.setPen(Qt::black);
        m_painter.setPen(QPen(QColor(0xd0, 0xd7, 0xde), 0.5));
        m_painter.drawLine(QPointF(Margin, m_y + rowHeight), QPointF(PageWidth - Margin, m_y + rowHeight));
        m_painter.setPen(Qt::black);
        m_y += rowHeight;
    };
    m_painter.setFont(font);
    for (int c = 0; c <= columns; ++c) {
        const QString label = c < columns ? table.columns.labels.at(c) : t(QT_TRANSLATE_NOOP("Buurtplein::Report", "Total"));
        m_painter.drawText(QRectF(Margin + nameWidth + c * columnWidth, m_y, columnWidth - 6, rowHeight),
                           Qt::AlignRight | Qt::AlignVCenter, label);
    }
    m_y += rowHeight;
    for (int row : byLabel(table.rows))
        drawRow(table.rows.labels.at(row), table.cells.at(row) + QList<StatsAnswer::Figure>{table.rowTotals.at(row)}, false);
    drawRow(t(QT_TRANSLATE_NOOP("Buurtplein::Report", "Total")), table.columnTotals + QList<StatsAnswer::Figure>{table.grandTotal}, true);
    m_painter.restore();
    m_y += 8;
    m_painter.setPen(muted);
    paragraph(t(QT_TRANSLATE_NOOP("Buurtplein::Report", "Areas are listed by name. Totals carry their own noise, so they may "
                                                        "differ slightly from the sum of their parts.")),
              8.5);
    m_painter.setPen(Qt::black);
    m_y += 10;
}

void Layout::breakdowns()
{
    auto section = [this](const QString &id, const QString &title) {
        const auto found = m_answers.constFind(id);
        if (found == m_answers.constEnd())
            return;
        const double height = 18.0 * found->rows.keys.size();
        if (m_y + 32 + height > PageHeight - Margin)
            newPage();
        heading(title);
        drawHorizontalBars(m_painter, QRectF(Margin, m_y, PageWidth - 2 * Margin, height),
                           barsOf(*found, byLabel(found->rows), fewerThan(*found)), m_locale);
        m_y += height + 20;
    };
    section(QStringLiteral("categories"), t(QT_TRANSLATE_NOOP("Buurtplein::Report", "Attendance by category")));
    section(QStringLiteral("programmes"), t(QT_TRANSLATE_NOOP("Buurtplein::Report", "Attendance by programme")));
    newPage();
}

void Layout::method()
{
    const StatsAnswer::Rules rules = m_answers.first().rules;
    heading(t(QT_TRANSLATE_NOOP("Buurtplein::Report", "Method and privacy")));
    paragraph(t(QT_TRANSLATE_NOOP("Buurtplein::Report",
                                  "Where the figures come from. Social workers log each session of an activity on site: whether "
                                  "it was held, how many people took part, how many came for the first time, how many volunteers "
                                  "ran it and whether a host was present. Their devices send these logs to the hub. No log holds a "
                                  "name, an address or anything else that identifies a participant. Sessions nobody logged are not "
                                  "counted; a session cancelled in advance counts as planned and not held. Joins are anonymous "
                                  "counts of residents who said in the app that they would come.")));
    paragraph(t(QT_TRANSLATE_NOOP("Buurtplein::Report",
                                  "Released statistics. Every figure in this report passed the hub's release rules before it left "
                                  "the hub. Figures are given for whole weeks, months and quarters only. A figure behind which "
                                  "there are fewer than %1 participants or fewer than %2 sessions is not shown: it reads “fewer "
                                  "than %1”. Such a figure is never zero; it means there were some, but too few to show."))
                  .arg(rules.k)
                  .arg(rules.minSessions));
    paragraph(t(QT_TRANSLATE_NOOP("Buurtplein::Report",
                                  "Noise (the cell key method). Every count carries a small amount of noise, at most %1 either "
                                  "way and zero on average. The noise is fixed: each session log has a random key, and the same "
                                  "sessions always give the same figure, in this report and in any other table. Taking figures "
                                  "apart leaves the noise of each, so a hidden figure cannot be worked out from totals. Totals "
                                  "carry their own noise, so they may differ slightly from the sum of their parts."))
                  .arg(rules.maxNoise));
    paragraph(t(QT_TRANSLATE_NOOP("Buurtplein::Report",
                                  "Shares and means are computed from the released counts of the same cell and are hidden when "
                                  "either count is hidden, so they reveal nothing the counts do not.")));
    paragraph(t(QT_TRANSLATE_NOOP("Buurtplein::Report",
                                  "What this report does not do. It ranks no area, activity or organisation; areas and categories "
                                  "are listed by name. It says nothing about individual residents.")));
    footer();
}

bool write(const Request &request, const Answers &answers, const QString &path, const QDateTime &generated, QString *error)
{
    if (const QString why = requestError(request); !why.isEmpty()) {
        *error = why;
        return false;
    }
    for (const Query &query : plan(request)) {
        if (!answers.contains(query.id)) {
            *error = QStringLiteral("The report needs the released table '%1', which is missing.").arg(query.id);
            return false;
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(72);
        writer.setCreator(QStringLiteral("Buurtplein"));
        writer.setTitle(QStringLiteral("Buurtplein %1-Q%2 %3").arg(request.year).arg(request.quarter).arg(request.key));
        Layout layout(writer, request, answers);
        if (!layout.begin()) {
            *error = QStringLiteral("Cannot start a PDF in %1.").arg(path);
            return false;
        }
        layout.cover(generated);
        layout.keyFigures();
        layout.trend();
        layout.areas();
        layout.breakdowns();
        layout.method();
        layout.end();
    }
    if (!file.commit()) {
        *error = QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Buurtplein::Report
