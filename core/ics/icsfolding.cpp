// SPDX-License-Identifier: GPL-3.0-or-later
#include "ics/icsfolding.h"

namespace Buurtplein::IcsFolding {

namespace {
constexpr qsizetype MaxOctets = 75;

bool isContinuationByte(char c)
{
    return (uchar(c) & 0xC0) == 0x80;
}
} // namespace

QString escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                continue;
            out += QLatin1String("\\n");
        } else if (c == QLatin1Char('\n')) {
            out += QLatin1String("\\n");
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray foldLine(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + utf8.size() / 70 * 3 + 2);
    qsizetype pos = 0;
    bool first = true;
    while (true) {
        // A continuation line spends one octet on its leading space.
        const qsizetype room = first ? MaxOctets : MaxOctets - 1;
        qsizetype end = std::min(pos + room, utf8.size());
        while (end < utf8.size() && end > pos && isContinuationByte(utf8.at(end)))
            --end;
        if (!first)
            out += ' ';
        out += utf8.mid(pos, end - pos);
        out += "\r\n";
        pos = end;
        first = false;
        if (pos >= utf8.size())
            break;
    }
    return out;
}

QByteArray fold(const QStringList &lines)
{
    QByteArray out;
    for (const QString &line : lines)
        out += foldLine(line);
    return out;
}

} // namespace Buurtplein::IcsFolding
