// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/ftsquery.h"
#include "search/textfolding.h"

namespace Buurtplein::FtsQuery {

namespace {
// The trigram tokenizer counts characters, not UTF-16 units.
qsizetype characterCount(const QString &word)
{
    return word.toUcs4().size();
}
} // namespace

QString searchForm(const QString &word)
{
    // Light Dutch suffix stripping on the query side only. Matching is by substring, so a
    // shorter form only widens the search: "moestuinen" finds "Moestuin", "taalcafes"
    // finds "Taalcafé", "koffietje" finds "Koffie-inloop".
    QString w = word;
    const auto strip = [&w](QLatin1String suffix, qsizetype minimumLength) {
        if (characterCount(w) >= minimumLength && w.endsWith(suffix)) {
            w.chop(suffix.size());
            return true;
        }
        return false;
    };
    if (!w.endsWith(QLatin1String("ss")))
        strip(QLatin1String("s"), 5);
    strip(QLatin1String("en"), 6);
    if (!strip(QLatin1String("tje"), 7))
        strip(QLatin1String("je"), 7);
    return w;
}

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
    for (const QString &folded : TextFolding::words(text)) {
        const QString word = searchForm(folded);
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
