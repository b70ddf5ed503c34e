// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportwriter.h"

#include <QColor>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTranslator>

// The report's page layout, shared by reportlayout.cpp (drawing primitives) and
// reportpages.cpp (what each page says). Private to bp-report.
namespace Buurtplein::Report {

// Points on A4; the writer's resolution is set to 72 dpi so one unit is one point.
inline constexpr double PageWidth = 595;
inline constexpr double PageHeight = 842;
inline constexpr double Margin = 50;
inline const QColor accent(0x1f, 0x6f, 0x8b);
inline const QColor muted(0x57, 0x60, 0x6a);

/**
 * Lays the report out on a QPdfWriter page by page. Its texts are looked up in the
 * report's own catalogue (:/i18n/report_nl.qm), not through the application's installed
 * translators, so that writing a Dutch report in an English app (or in the hub) changes
 * nothing else.
 */
class Layout
{
public:
    Layout(QPdfWriter &writer, const Request &request, const Answers &answers)
        : m_writer(writer), m_request(request), m_answers(answers),
          m_locale(request.language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                            : QLocale(QLocale::Dutch, QLocale::Netherlands))
    {
        if (request.language != QLatin1String("en"))
            m_translatorLoaded = m_translator.load(QStringLiteral(":/i18n/report_%1.qm").arg(request.language));
    }

    bool begin() { return m_painter.begin(&m_writer); }
    void end() { m_painter.end(); }

    void cover(const QDateTime &generated);
    void keyFigures();
    void trend();
    void areas();
    void breakdowns();
    void method();

private:
    QString t(const char *source) const
    {
        const QString translated = m_translatorLoaded ? m_translator.translate("Buurtplein::Report", source) : QString();
        return translated.isEmpty() ? QString::fromUtf8(source) : translated;
    }
    QString subjectLine() const;
    QString periodLine() const;
    QString metricName(const QString &metric) const;
    QString fewerThan(const StatsAnswer::Table &table) const;
    QString figureText(const StatsAnswer::Table &table, const StatsAnswer::Figure &figure) const;
    void newPage();
    void heading(const QString &text);
    void paragraph(const QString &text, double size = 10);
    void footer();

    QPdfWriter &m_writer;
    const Request &m_request;
    const Answers &m_answers;
    QLocale m_locale;
    QTranslator m_translator;
    bool m_translatorLoaded = false;
    QPainter m_painter;
    double m_y = Margin;
    int m_page = 1;
};


} // namespace Buurtplein::Report
