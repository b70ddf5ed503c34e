// SPDX-License-Identifier: GPL-3.0-or-later
#include "ftsquery.h"
#include "textfolding.h"

namespace Buurtplein::FtsQuery {

namespace {
// The trigram tokenizer counts characters, not UTF-16 units.
qsizetype characterCount(const QString &word)
{
    return word.toUcs4().size();
}
} // namespace

QString quoted(const QString &word)
{
    QString out = word;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

TextMatch build(const QString &text)
{
    QStringList longWords;
    QStringList shortWords;
    for (const QString &word : TextFolding::words(text)) {
        QStringList &bucket = characterCount(word) >= 3 ? longWords : shortWords;
        if (!bucket.contains(word))
            bucket.append(word);
    }
    TextMatch result;
    if (longWords.isEmpty()) {
        result.words = shortWords;
        return result;
    }
    QStringList phrases;
    for (const QString &word : std::as_const(longWords))
        phrases.append(quoted(word));
    result.match = phrases.join(QLatin1String(" AND "));
    result.words = longWords;
    return result;
}

} // namespace Buurtplein::FtsQuery
