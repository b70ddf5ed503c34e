// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/cataloguetypes.h"

#include <QList>
#include <QString>

namespace Buurtplein {

/**
 * What an activity may hold, decided without any storage (docs/worker-mode.md,
 * Activities): the editor says it while the social worker types, WorkerStore refuses
 * to store anything else, and the hub refuses a change that breaks it.
 */
namespace ActivityCheck {

/** Ages above this are taken for a typo. */
constexpr int MaxAge = 120;
/** The highest cost in cents: 999,999 euros and 99 cents, what parseCost() reads. */
constexpr int MaxCostCents = 99999999;

/** One thing wrong: the field it is about, a sentence for the social worker, and for a translation its row. */
struct Problem {
    QString field;      ///< title, category, cost, ageMin, ageMax, capacity, translation
    QString message;
    int index = -1;     ///< the translation's row, else -1
};

/** A translation's language and title, as the editor's rows hold them (two rows may share a language). */
struct TranslatedTitle {
    QString language;
    QString title;
};

/** Everything wrong with @p activity, in the editor's order; empty when it may be stored. */
QList<Problem> validate(const Activity &activity);
/** The same, with the translations given as @p translations rows instead of the activity's own. */
QList<Problem> validate(const Activity &activity, const QList<TranslatedTitle> &translations);

/** An amount in euros as typed ("2,50", "€ 5,-", "1.250,00", "EUR 3"): true with its cents, 0 for empty. */
bool parseCost(const QString &text, int *cents);
/** Whole years or places as typed: true with -1 for empty, false when not a whole number. */
bool readCount(const QString &text, int *value);

// The sentences, for an editor that checks typed text before it is an activity.
QString costUnreadable();
QString ageOutOfRange();
QString capacityOutOfRange();

} // namespace ActivityCheck

} // namespace Buurtplein
