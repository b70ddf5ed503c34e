// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/csvreader.h"

namespace Buurtplein::Csv {

namespace {
QChar detectSeparator(const QString &text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    const QStringView firstLine = QStringView(text).left(end < 0 ? text.size() : end);
    return firstLine.count(QLatin1Char(';')) > firstLine.count(QLatin1Char(',')) ? QLatin1Char(';') : QLatin1Char(',');
}

bool isBlank(const QStringList &fields)
{
    return fields.size() == 1 && fields.first().trimmed().isEmpty();
}
} // namespace

std::optional<QList<Record>> parse(const QString &input, QString *error)
{
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QChar separator = detectSeparator(text);

    QList<Record> records;
    Record current{1, {}};
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    int line = 1;
    int quoteLine = 0;

    auto endRecord = [&]() {
        current.fields.append(field);
        if (!isBlank(current.fields) || fieldWasQuoted)
            records.append(current);
        field.clear();
        fieldWasQuoted = false;
        current = Record{line, {}};
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty() && !fieldWasQuoted) {
            quoted = true;
            fieldWasQuoted = true;
            quoteLine = line;
        } else if (c == separator) {
            current.fields.append(field);
            field.clear();
            fieldWasQuoted = false;
        } else if (c == QLatin1Char('\r')) {
            // CR is part of a CRLF line end; a stray CR alone is ignored too.
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else {
            field += c;
        }
    }
    if (quoted) {
        if (error)
            *error = QStringLiteral("The quote that opens on line %1 is never closed.").arg(quoteLine);
        return std::nullopt;
    }
    if (!field.isEmpty() || !current.fields.isEmpty() || fieldWasQuoted)
        endRecord();
    return records;
}

} // namespace Buurtplein::Csv
