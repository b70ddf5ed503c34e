// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/statscsv.h"

namespace Buurtplein::Stats {

namespace {
QString quoted(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n'))
        && !field.contains(QLatin1Char('\r')))
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString dimensionLabel(Dimension d, bool en)
{
    switch (d) {
    case Dimension::Week: return en ? QStringLiteral("Week") : QStringLiteral("Week");
    case Dimension::Month: return en ? QStringLiteral("Month") : QStringLiteral("Maand");
    case Dimension::Quarter: return en ? QStringLiteral("Quarter") : QStringLiteral("Kwartaal");
    case Dimension::Year: return en ? QStringLiteral("Year") : QStringLiteral("Jaar");
    case Dimension::Gemeente: return en ? QStringLiteral("Municipality") : QStringLiteral("Gemeente");
    case Dimension::Wijk: return en ? QStringLiteral("District") : QStringLiteral("Wijk");
    case Dimension::Buurt: return en ? QStringLiteral("Neighbourhood") : QStringLiteral("Buurt");
    case Dimension::Category: return en ? QStringLiteral("Category") : QStringLiteral("Categorie");
    case Dimension::Programme: return en ? QStringLiteral("Programme") : QStringLiteral("Programma");
    case Dimension::Organisation: return en ? QStringLiteral("Organisation") : QStringLiteral("Organisatie");
    case Dimension::None: break;
    }
    return {};
}
} // namespace

QString notice(const Release::Rules &rules, bool en)
{
    return (en ? QStringLiteral("Every figure carries a little fixed noise (at most %1 either way), so totals may differ slightly from the"
                                " sum of their parts; <%2 means fewer than %2 participants or fewer than %3 sessions.")
               : QStringLiteral("Elk cijfer draagt een beetje vaste ruis (hooguit %1 naar boven of beneden), dus totalen kunnen iets"
                                " afwijken van de som van hun delen; <%2 betekent minder dan %2 deelnemers of minder dan %3 bijeenkomsten."))
        .arg(rules.maxNoise).arg(rules.minParticipants).arg(rules.minSessions);
}

QByteArray toCsv(const ReleasedStats &stats, const QString &lang)
{
    const bool en = lang == QLatin1String("en");
    const QString total = en ? QStringLiteral("Total") : QStringLiteral("Totaal");
    const QString suppressed = QStringLiteral("<%1").arg(stats.rules.minParticipants);
    const bool count = unitOf(stats.metric) == QLatin1String("count");
    auto figure = [&](const Figure &f) {
        if (f.suppressed)
            return suppressed;
        // A dot as decimal separator: the file is comma-separated, whatever the spreadsheet's locale.
        return count ? QString::number(qint64(f.value)) : QString::number(f.value, 'f', unitOf(stats.metric) == QLatin1String("mean") ? 1 : 2);
    };
    QStringList lines;
    QStringList header{quoted(dimensionLabel(stats.query.rows, en))};
    for (const QString &label : stats.columnLabels)
        header.append(quoted(label));
    header.append(total);
    lines.append(header.join(QLatin1Char(',')));
    const int columns = int(stats.columnKeys.size());
    for (int r = 0; r < stats.rowKeys.size(); ++r) {
        QStringList row{quoted(stats.rowLabels.at(r))};
        for (int c = 0; c < columns; ++c)
            row.append(quoted(figure(stats.cell(r, c))));
        row.append(quoted(figure(stats.rowTotals.at(r))));
        lines.append(row.join(QLatin1Char(',')));
    }
    QStringList last{total};
    for (const Figure &f : stats.columnTotals)
        last.append(quoted(figure(f)));
    last.append(quoted(figure(stats.grandTotal)));
    lines.append(last.join(QLatin1Char(',')));
    // One plain sentence under the table, after an empty line, in the first column: a
    // spreadsheet shows it as text under the figures, and whoever adds the rows up knows why.
    lines.append(QString());
    lines.append(quoted(notice(stats.rules, en)));
    return QByteArray("\xEF\xBB\xBF") + (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

QString csvFileName(const ReleasedStats &stats)
{
    return QStringLiteral("buurtplein-%1-%2-%3.csv").arg(stats.metric, stats.query.from.toString(Qt::ISODate), stats.query.to.toString(Qt::ISODate));
}

} // namespace Buurtplein::Stats
