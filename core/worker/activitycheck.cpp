// SPDX-License-Identifier: GPL-3.0-or-later
#include "worker/activitycheck.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Buurtplein::ActivityCheck {

namespace {

bool ageOk(int age)
{
    return age == -1 || (age >= 0 && age <= MaxAge);
}

} // namespace

QString costUnreadable()
{
    //: Problem in the activity editor: the typed cost is not an amount
    return QCoreApplication::translate("ActivityCheck", "The cost cannot be read. Write an amount in euros, such as 0 or 2,50.");
}

QString ageOutOfRange()
{
    //: Problem in the activity editor: an age typed
    return QCoreApplication::translate("ActivityCheck", "An age is a whole number from 0 to 120, or empty for no limit.");
}

QString capacityOutOfRange()
{
    //: Problem in the activity editor: the number of places typed
    return QCoreApplication::translate("ActivityCheck", "The number of places is at least 1. Leave it empty when there is no limit.");
}

QList<Problem> validate(const Activity &activity)
{
    QList<TranslatedTitle> translations;
    for (auto it = activity.translations.cbegin(); it != activity.translations.cend(); ++it)
        translations.append({it.key(), it.value().title});
    return validate(activity, translations);
}

QList<Problem> validate(const Activity &activity, const QList<TranslatedTitle> &translations)
{
    QList<Problem> out;
    if (activity.title.trimmed().isEmpty())
        //: Problem in the activity editor
        out.append({QStringLiteral("title"), QCoreApplication::translate("ActivityCheck", "Give the activity a title.")});
    if (activity.category.isEmpty())
        //: Problem in the activity editor
        out.append({QStringLiteral("category"), QCoreApplication::translate("ActivityCheck", "Choose a category.")});
    if (activity.costCents < 0 || activity.costCents > MaxCostCents)
        out.append({QStringLiteral("cost"), costUnreadable()});
    const bool minOk = ageOk(activity.ageMin);
    const bool maxOk = ageOk(activity.ageMax);
    if (!minOk)
        out.append({QStringLiteral("ageMin"), ageOutOfRange()});
    if (!maxOk)
        out.append({QStringLiteral("ageMax"), ageOutOfRange()});
    if (minOk && maxOk && activity.ageMin >= 0 && activity.ageMax >= 0 && activity.ageMin > activity.ageMax)
        //: Problem in the activity editor
        out.append({QStringLiteral("ageMax"), QCoreApplication::translate("ActivityCheck", "The youngest age is above the oldest age.")});
    if (activity.capacity != -1 && activity.capacity < 1)
        out.append({QStringLiteral("capacity"), capacityOutOfRange()});
    QStringList seen{activity.textLanguage};
    for (int i = 0; i < translations.size(); ++i) {
        const QString &language = translations.at(i).language;
        if (translations.at(i).title.trimmed().isEmpty())
            //: Problem in the activity editor: a translation without a title
            out.append({QStringLiteral("translation"), QCoreApplication::translate("ActivityCheck", "A translation needs a title."), i});
        if (seen.contains(language))
            //: Problem in the activity editor: two texts in the same language
            out.append({QStringLiteral("translation"), QCoreApplication::translate("ActivityCheck", "The activity already has a text in this language."), i});
        seen.append(language);
    }
    return out;
}

bool parseCost(const QString &text, int *cents)
{
    QString t = text.trimmed();
    t.remove(QChar(0x20AC));
    if (t.startsWith(QLatin1String("EUR"), Qt::CaseInsensitive))
        t = t.mid(3);
    t.remove(QRegularExpression(QStringLiteral("\\s")));
    // "5,-" is how Dutch writes whole euros.
    if (t.endsWith(QLatin1String(",-")) || t.endsWith(QLatin1String(".-")))
        t.chop(2);
    if (t.isEmpty()) {
        *cents = 0;
        return true;
    }
    // Plain amounts first, so "2,50" and "2.50" are decimals; then Dutch and English thousands.
    static const QRegularExpression forms[] = {
        QRegularExpression(QStringLiteral("^(\\d{1,6})(?:[.,](\\d{1,2}))?$")),
        QRegularExpression(QStringLiteral("^(\\d{1,3}(?:\\.\\d{3}){1,2})(?:,(\\d{1,2}))?$")),
        QRegularExpression(QStringLiteral("^(\\d{1,3}(?:,\\d{3}){1,2})(?:\\.(\\d{1,2}))?$")),
    };
    for (const QRegularExpression &form : forms) {
        const QRegularExpressionMatch m = form.match(t);
        if (!m.hasMatch())
            continue;
        const QString euros = m.captured(1).remove(QLatin1Char('.')).remove(QLatin1Char(','));
        if (euros.size() > 6)
            return false;
        const QString fraction = m.captured(2);
        *cents = euros.toInt() * 100 + (fraction.isEmpty() ? 0 : fraction.leftJustified(2, QLatin1Char('0')).toInt());
        return true;
    }
    return false;
}

bool readCount(const QString &text, int *value)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *value = -1;
        return true;
    }
    bool ok = false;
    *value = trimmed.toInt(&ok);
    return ok;
}

} // namespace Buurtplein::ActivityCheck
