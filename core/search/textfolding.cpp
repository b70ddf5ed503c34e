// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/textfolding.h"

namespace Buurtplein::TextFolding {

namespace {

// Letters NFKD leaves whole although a reader sees a base letter with a mark.
QString extraFolding(QChar c)
{
    switch (c.unicode()) {
    case 0x00DF: return QStringLiteral("ss"); // ß
    case 0x1E9E: return QStringLiteral("ss"); // capital ẞ
    case 0x00F8: return QStringLiteral("o");  // ø
    case 0x00E6: return QStringLiteral("ae"); // æ
    case 0x0153: return QStringLiteral("oe"); // œ
    case 0x0142: return QStringLiteral("l");  // ł
    case 0x0111: return QStringLiteral("d");  // đ
    case 0x0131: return QStringLiteral("i");  // dotless ı (Turkish)
    default: return {};
    }
}

bool isMark(char32_t c)
{
    const QChar::Category cat = QChar::category(c);
    return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing;
}

} // namespace

QString fold(const QString &text)
{
    // NFKD splits é into e + a combining accent and the ij ligature into i + j;
    // lower-casing after it also folds the decomposed capitals.
    const QList<uint> codePoints = text.normalized(QString::NormalizationForm_KD).toLower().toUcs4();
    QString out;
    out.reserve(codePoints.size());
    bool pendingSpace = false;
    for (const uint cp : codePoints) {
        if (isMark(char32_t(cp)))
            continue;
        if (!QChar::isLetterOrNumber(char32_t(cp))) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && !out.isEmpty())
            out.append(QLatin1Char(' '));
        pendingSpace = false;
        const QString extra = cp <= 0xFFFF ? extraFolding(QChar(char16_t(cp))) : QString();
        if (!extra.isEmpty()) {
            out.append(extra);
        } else if (QChar::requiresSurrogates(char32_t(cp))) {
            out.append(QChar(QChar::highSurrogate(char32_t(cp))));
            out.append(QChar(QChar::lowSurrogate(char32_t(cp))));
        } else {
            out.append(QChar(char16_t(cp)));
        }
    }
    return out;
}

QStringList words(const QString &text)
{
    const QString folded = fold(text);
    if (folded.isEmpty())
        return {};
    return folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace Buurtplein::TextFolding
