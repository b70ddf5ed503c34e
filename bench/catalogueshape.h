// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Buurtplein::Bench {

/** A kind of activity the generator draws: its category and the words residents would search. */
struct ActivityTemplate {
    QString category;
    QString title;
    QString description;
    QString audience;
    QString englishTitle;   ///< empty: no translation
};

/** The activities a Dutch neighbourhood offers, by category. */
const QList<ActivityTemplate> &activityTemplates();

/** Place kinds and the words their names begin with. */
const QList<std::pair<QString, QString>> &placeKinds();

/** Search words residents type, common and rare. */
const QStringList &searchWords();

const QStringList &categories();
const QStringList &extraLanguages();

} // namespace Buurtplein::Bench
