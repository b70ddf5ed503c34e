// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Buurtplein::Vocabulary {

/** One entry of a fixed list: a stable ascii id stored in the database and its Dutch label. */
struct Term {
    QString id;
    QString label;
};

/** Place kinds (SPEC "Place"), e.g. "bibliotheek", "theater_cultuur", "geen_vaste_plek". */
const QList<Term> &placeKinds();
/** Activity categories (SPEC "Activity"), e.g. "taal_ontmoeting", "inloop_koffie". */
const QList<Term> &categories();
/** Audiences an activity is meant for; "iedereen" is the default. Never describes a person. */
const QList<Term> &audiences();
/** Accessibility features of a place, e.g. "wheelchair", "hearing_loop". */
const QList<Term> &accessibilityFeatures();
/** Organisation kinds (SPEC "Organisation"), e.g. "welzijn", "bibliotheek". */
const QList<Term> &organisationKinds();
/** Why a session was cancelled or not held, e.g. "host_ziek", "weer"; never about a person. */
const QList<Term> &cancelReasons();

bool isPlaceKind(const QString &id);
bool isCategory(const QString &id);
bool isAudience(const QString &id);
bool isAccessibilityFeature(const QString &id);
bool isOrganisationKind(const QString &id);
bool isCancelReason(const QString &id);

/** The Dutch label of @p id in @p terms, or @p id itself when unknown. */
QString label(const QList<Term> &terms, const QString &id);

} // namespace Buurtplein::Vocabulary
