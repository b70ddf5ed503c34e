// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Buurtplein {

/** How a user's search text is asked of the trigram index activity_fts. */
struct TextMatch {
    /** An FTS5 MATCH expression: every folded word of three or more letters as a quoted phrase. */
    QString match;
    /**
     * The folded words that must each occur as a substring of the folded body: the same
     * words as match, or the short words when there are only short ones (match is then empty).
     */
    QStringList words;

    bool isEmpty() const { return words.isEmpty(); }
};

namespace FtsQuery {

/**
 * Turns free text into a TextMatch. Words are folded (TextFolding::fold) and all must
 * occur, each as a substring, so "cafe" finds "Taalcafé" inside the Dutch compound.
 * A trigram index cannot look up words of one or two letters: they are ignored when a
 * longer word is present ("de moestuin" searches "moestuin"), and are looked for as
 * substrings without the index when they are all there is ("ij"). User text never reaches the MATCH syntax
 * unquoted, so quotes, *, NEAR, AND, parentheses or a minus are plain text.
 */
TextMatch build(const QString &text);

/**
 * The form of a folded query word that is looked up: Dutch plural and diminutive
 * endings (-s, -en, -tje, -je) are dropped from long enough words, so a plural or a
 * diminutive finds the singular as well.
 */
QString searchForm(const QString &word);

/** @p word as an FTS5 string literal: in double quotes, inner quotes doubled. */
QString quoted(const QString &word);

} // namespace FtsQuery

} // namespace Buurtplein
