// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/vocabulary.h"

#include <algorithm>

namespace Buurtplein::Vocabulary {

namespace {
Term term(const char *id, const char *label)
{
    return {QString::fromLatin1(id), QString::fromUtf8(label)};
}

bool contains(const QList<Term> &terms, const QString &id)
{
    return std::any_of(terms.cbegin(), terms.cend(), [&id](const Term &t) { return t.id == id; });
}
} // namespace

const QList<Term> &placeKinds()
{
    // The SPEC's list plus "school" and "zorglocatie", which the municipal source files
    // hold in large numbers and which no SPEC kind describes honestly.
    static const QList<Term> all = {
        term("bibliotheek", "Bibliotheek"),
        term("buurthuis", "Buurthuis"),
        term("plein", "Plein"),
        term("park", "Park"),
        term("speeltuin", "Speeltuin"),
        term("schoolplein", "Schoolplein"),
        term("school", "School"),
        term("sportaccommodatie", "Sportaccommodatie"),
        term("zwembad", "Zwembad"),
        term("buurttuin", "Buurttuin"),
        term("gebedshuis", "Gebedshuis"),
        term("kringloopwinkel", "Kringloopwinkel"),
        term("horeca", "Horeca"),
        term("markt", "Markt"),
        term("theater_cultuur", "Theater en cultuur"),
        term("multifunctionele_accommodatie", "Multifunctionele accommodatie"),
        term("zorglocatie", "Zorglocatie"),
        term("azc", "Azc"),
        term("loket", "Loket"),
        term("geen_vaste_plek", "Geen vaste plek"),
    };
    return all;
}

const QList<Term> &categories()
{
    static const QList<Term> all = {
        term("taal_ontmoeting", "Taal & ontmoeting"),
        term("inloop_koffie", "Inloop & koffie"),
        term("sport_bewegen", "Sport & bewegen"),
        term("cultuur_creatief", "Cultuur & creatief"),
        term("koken_eten", "Koken & eten"),
        term("kinderen_gezin", "Kinderen & gezin"),
        term("jongeren", "Jongeren"),
        term("ouderen", "Ouderen"),
        term("groen_duurzaam", "Groen & duurzaam"),
        term("werk_leren", "Werk & leren"),
        term("spreekuur_advies", "Spreekuur & advies"),
        term("dialoog", "Dialoog"),
        term("feest_festival", "Feest & festival"),
        term("burenhulp_vrijwilligerswerk", "Burenhulp & vrijwilligerswerk"),
    };
    return all;
}

const QList<Term> &audiences()
{
    static const QList<Term> all = {
        term("iedereen", "Iedereen"),
        term("vrouwen", "Vrouwen"),
        term("mannen", "Mannen"),
        term("ouderen", "Ouderen"),
        term("jongeren", "Jongeren"),
        term("kinderen", "Kinderen"),
        term("ouders_met_kinderen", "Ouders met kinderen"),
        term("nieuwe_buurtbewoners", "Nieuwe buurtbewoners"),
        term("anderstaligen", "Anderstaligen"),
        term("mantelzorgers", "Mantelzorgers"),
    };
    return all;
}

const QList<Term> &accessibilityFeatures()
{
    static const QList<Term> all = {
        term("wheelchair", "Rolstoeltoegankelijk"),
        term("step_free", "Drempelvrij"),
        term("accessible_toilet", "Toegankelijk toilet"),
        term("hearing_loop", "Ringleiding"),
        term("parking_disabled", "Invalidenparkeerplaats"),
        term("quiet_space", "Stille ruimte"),
    };
    return all;
}

const QList<Term> &organisationKinds()
{
    static const QList<Term> all = {
        term("gemeente", "Gemeente"),
        term("welzijn", "Welzijnsorganisatie"),
        term("bibliotheek", "Bibliotheek"),
        term("vrijwilligers", "Vrijwilligersorganisatie"),
        term("zelforganisatie", "Zelforganisatie"),
        term("woningcorporatie", "Woningcorporatie"),
        term("school", "School"),
        term("sportclub", "Sportclub"),
        term("cultuur", "Culturele instelling"),
        term("other", "Anders"),
    };
    return all;
}

const QList<Term> &cancelReasons()
{
    static const QList<Term> all = {
        term("host_afwezig", "Begeleider afwezig"),
        term("locatie_niet_beschikbaar", "Locatie niet beschikbaar"),
        term("weer", "Weer"),
        term("te_weinig_deelnemers", "Te weinig deelnemers"),
        term("feestdag_vakantie", "Feestdag of vakantie"),
        term("veiligheid", "Veiligheid"),
        term("anders", "Anders"),
    };
    return all;
}

bool isPlaceKind(const QString &id) { return contains(placeKinds(), id); }
bool isCategory(const QString &id) { return contains(categories(), id); }
bool isAudience(const QString &id) { return contains(audiences(), id); }
bool isAccessibilityFeature(const QString &id) { return contains(accessibilityFeatures(), id); }
bool isOrganisationKind(const QString &id) { return contains(organisationKinds(), id); }
bool isCancelReason(const QString &id) { return contains(cancelReasons(), id); }

QString label(const QList<Term> &terms, const QString &id)
{
    for (const Term &t : terms) {
        if (t.id == id)
            return t.label;
    }
    return id;
}

} // namespace Buurtplein::Vocabulary
