// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportlayout.h"

#include <cmath>

namespace Buurtplein::Report {

QString Layout::subjectLine() const
{
    const QString name = m_request.subjectName.isEmpty() ? m_request.key : m_request.subjectName;
    return m_request.subject == Request::Subject::Programme ? t(QT_TRANSLATE_NOOP("Buurtplein::Report", "Programme %1")).arg(name)
                                                            : t(QT_TRANSLATE_NOOP("Buurtplein::Report", "Gemeente %1")).arg(name);
}

QString Layout::periodLine() const
{
    return t(QT_TRANSLATE_NOOP("Buurtplein::Report", "Q%1 %2 · %3 to %4"))
        .arg(m_request.quarter)
        .arg(m_request.year)
        .arg(m_locale.toString(m_request.firstDay(), QStringLiteral("d MMMM yyyy")),
             m_locale.toString(m_request.lastDay(), QStringLiteral("d MMMM yyyy")));
}

QString Layout::metricName(const QString &metric) const
{
    static const QMap<QString, const char *> names = {
        {QStringLiteral("sessions_planned"), QT_TRANSLATE_NOOP("Buurtplein::Report", "Sessions planned")},
        {QStringLiteral("sessions_held"), QT_TRANSLATE_NOOP("Buurtplein::Report", "Sessions held")},
        {QStringLiteral("share_held"), QT_TRANSLATE_NOOP("Buurtplein::Report", "Share of sessions held")},
        {QStringLiteral("attendance"), QT_TRANSLATE_NOOP("Buurtplein::Report", "Total attendance")},
        {QStringLiteral("mean_attendance"), QT_TRANSLATE_NOOP("Buurtplein::Report", "Mean attendance per session held")},
        {QStringLiteral("first_timer_share"), QT_TRANSLATE_NOOP("Buurtplein::Report", "Share of first-timers")},
        {QStringLiteral("volunteers"), QT_TRANSLATE_NOOP("Buurtplein::Report", "Volunteers (sum over sessions)")},
        {QStringLiteral("host_present_share"), QT_TRANSLATE_NOOP("Buurtplein::Report", "Sessions with a host present")},
        {QStringLiteral("joins_per_attendance"), QT_TRANSLATE_NOOP("Buurtplein::Report", "Joins in the app against attendance")},
    };
    const char *name = names.value(metric);
    return name ? t(name) : metric;
}

QString Layout::fewerThan(const StatsAnswer::Table &table) const
{
    return t(QT_TRANSLATE_NOOP("Buurtplein::Report", "fewer than %1")).arg(table.rules.k);
}

QString Layout::figureText(const StatsAnswer::Table &table, const StatsAnswer::Figure &figure) const
{
    if (figure.suppressed)
        return fewerThan(table);
    if (table.unit == QLatin1String("share"))
        return m_locale.toString(std::lround(figure.value * 100)) + m_locale.percent();
    if (table.unit == QLatin1String("mean"))
        return m_locale.toString(figure.value, 'f', 1);
    return m_locale.toString(qint64(std::llround(figure.value)));
}

void Layout::newPage()
{
    footer();
    m_writer.newPage();
    ++m_page;
    m_y = Margin;
}

void Layout::footer()
{
    m_painter.save();
    QFont font = m_painter.font();
    font.setPointSizeF(8);
    m_painter.setFont(font);
    m_painter.setPen(muted);
    m_painter.drawText(QRectF(Margin, PageHeight - Margin + 10, PageWidth - 2 * Margin, 14), Qt::AlignLeft,
                       QStringLiteral("Buurtplein · %1 · %2").arg(subjectLine(), periodLine()));
    m_painter.drawText(QRectF(Margin, PageHeight - Margin + 10, PageWidth - 2 * Margin, 14), Qt::AlignRight, QString::number(m_page));
    m_painter.restore();
}

void Layout::heading(const QString &text)
{
    QFont font = m_painter.font();
    font.setPointSizeF(15);
    font.setBold(true);
    m_painter.save();
    m_painter.setFont(font);
    m_painter.setPen(accent);
    m_painter.drawText(QRectF(Margin, m_y, PageWidth - 2 * Margin, 24), Qt::AlignLeft | Qt::AlignVCenter, text);
    m_painter.restore();
    m_y += 32;
}

void Layout::paragraph(const QString &text, double size)
{
    QFont font = m_painter.font();
    font.setPointSizeF(size);
    m_painter.save();
    m_painter.setFont(font);
    const QRectF box(Margin, m_y, PageWidth - 2 * Margin, PageHeight);
    const QRectF used = m_painter.boundingRect(box, Qt::TextWordWrap, text);
    m_painter.drawText(box, Qt::TextWordWrap, text);
    m_painter.restore();
    m_y += used.height() + size * 0.8;
}
} // namespace Buurtplein::Report
