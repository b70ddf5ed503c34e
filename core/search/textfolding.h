// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Buurtplein {

/**
 * The text folding search uses on both sides, the indexed text and the user's query,
 * so that "Taalcafé", "TAALCAFE" and "taal-cafe" meet.
 */
namespace TextFolding {

/**
 * Lower case without diacritics (é, ë, ï, ç lose their marks; ß becomes ss, the ij
 * ligature ij, ø o, æ ae, ł l), every run of whitespace or punctuation one space,
 * no leading or trailing space. Letters of every script are kept.
 */
QString fold(const QString &text);

/** The words of fold(@p text). */
QStringList words(const QString &text);

} // namespace TextFolding

} // namespace Buurtplein
