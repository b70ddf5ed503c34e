// SPDX-License-Identifier: GPL-3.0-or-later
#include "ics/icslinescanner.h"

#include <QStringDecoder>

namespace Buurtplein::IcsLineScanner {

namespace {

QString lineError(int line, const QString &what)
{
    return QStringLiteral("line %1: %2").arg(line).arg(what);
}

// Checks "NAME;P=V;P2=V2:value" up to the first colon outside quotes.
QString checkContentLine(const IcsLine &line)
{
    const QString &t = line.text;
    bool quoted = false;
    qsizetype colon = -1;
    QList<qsizetype> semicolons;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char(';'))
            semicolons.append(i);
        else if (!quoted && c == QLatin1Char(':')) {
            colon = i;
            break;
        }
    }
    const QString shown = t.left(40);
    if (colon < 0)
        return lineError(line.number, QStringLiteral("'%1' has no ':' between its name and its value.").arg(shown));
    if (line.name.isEmpty())
        return lineError(line.number, QStringLiteral("'%1' does not start with a property name.").arg(shown));
    semicolons.append(colon);
    for (qsizetype k = 0; k + 1 < semicolons.size(); ++k) {
        const QString param = t.mid(semicolons[k] + 1, semicolons[k + 1] - semicolons[k] - 1);
        if (param.trimmed().isEmpty())
            return lineError(line.number, QStringLiteral("%1 has an empty parameter (';;').").arg(line.name));
        if (!param.contains(QLatin1Char('=')))
            return lineError(line.number, QStringLiteral("%1 has a parameter '%2' without '='.").arg(line.name, param));
    }
    return {};
}

QString nameOf(const QString &text)
{
    qsizetype end = 0;
    while (end < text.size() && (text.at(end).isLetterOrNumber() || text.at(end) == QLatin1Char('-')))
        ++end;
    if (end < text.size() && text.at(end) != QLatin1Char(';') && text.at(end) != QLatin1Char(':'))
        return {};
    return text.left(end).toUpper();
}

} // namespace

Result scan(const QByteArray &data)
{
    Result r;
    r.content = data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data;

    QList<int> blankLines;
    const QList<QByteArray> physical = r.content.split('\n');
    int number = 0;
    for (QByteArray raw : physical) {
        ++number;
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (raw.isEmpty()) {
            if (number < physical.size()) // the empty piece after a final newline is no line
                blankLines.append(number);
            continue;
        }
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder(raw);
        if (decoder.hasError()) {
            r.error = lineError(number, QStringLiteral("the text is not valid UTF-8; save the file as UTF-8 and try again."));
            return r;
        }
        if (text.at(0) == QLatin1Char(' ') || text.at(0) == QLatin1Char('\t')) {
            if (r.lines.isEmpty()) {
                r.error = lineError(number, QStringLiteral("a continuation line comes before any property."));
                return r;
            }
            r.lines.last().text += text.mid(1);
            continue;
        }
        r.lines.append({number, {}, text});
    }
    if (r.lines.isEmpty() || r.lines.first().text.trimmed().compare(QLatin1String("BEGIN:VCALENDAR"), Qt::CaseInsensitive) != 0) {
        r.error = QStringLiteral("This is not an iCalendar file: it must start with BEGIN:VCALENDAR.");
        return r;
    }

    QList<QPair<QString, int>> open;
    int endLine = 0;
    for (IcsLine &line : r.lines) {
        line.name = nameOf(line.text);
        if (const QString problem = checkContentLine(line); !problem.isEmpty()) {
            r.error = problem;
            return r;
        }
        const QString value = line.text.mid(line.text.indexOf(QLatin1Char(':')) + 1).trimmed().toUpper();
        if (line.name == QLatin1String("BEGIN")) {
            open.append({value, line.number});
        } else if (line.name == QLatin1String("END")) {
            if (open.isEmpty() || open.last().first != value) {
                r.error = open.isEmpty()
                    ? lineError(line.number, QStringLiteral("END:%1 has no matching BEGIN.").arg(value))
                    : lineError(line.number, QStringLiteral("END:%1 closes BEGIN:%2 of line %3.")
                                                 .arg(value, open.last().first).arg(open.last().second));
                return r;
            }
            open.removeLast();
            if (open.isEmpty()) {
                endLine = line.number;
                break; // anything after the calendar is not ours to judge
            }
        }
    }
    if (!open.isEmpty()) {
        r.error = QStringLiteral("The file ends inside BEGIN:%1 of line %2; it looks truncated.")
                      .arg(open.last().first).arg(open.last().second);
        return r;
    }
    for (int blank : std::as_const(blankLines)) {
        if (blank < endLine) {
            r.error = lineError(blank, QStringLiteral("blank line inside the calendar; RFC 5545 allows no empty lines."));
            return r;
        }
    }
    r.ok = true;
    return r;
}

int lineOf(const QList<IcsLine> &lines, const QString &name, const QString &containing, int nth)
{
    for (const IcsLine &line : lines) {
        if (line.name != name || (!containing.isEmpty() && !line.text.contains(containing)))
            continue;
        if (nth-- == 0)
            return line.number;
    }
    return 0;
}

QList<int> beginLines(const QList<IcsLine> &lines, const QString &component)
{
    QList<int> result;
    for (const IcsLine &line : lines) {
        if (line.name == QLatin1String("BEGIN")
            && line.text.mid(6).trimmed().compare(component, Qt::CaseInsensitive) == 0)
            result.append(line.number);
    }
    return result;
}

} // namespace Buurtplein::IcsLineScanner
