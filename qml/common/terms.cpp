// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/terms.h"
#include "search/geodistance.h"
#include "storage/vocabulary.h"

#include <QLocale>

#include <cstddef>

namespace Buurtplein {

namespace {

struct CategoryLook {
    const char *id;
    const char *icon;
    const char *color;
};

// Colours stay distinct on the map, and white icons on them keep WCAG's 3:1 for graphics
// (tests/qml/tst_contrast.cpp); the lighter pink, cyan, olive and orange were darkened for it.
constexpr CategoryLook categoryLooks[] = {
    {"taal_ontmoeting", "translate", "#1f77b4"},
    {"inloop_koffie", "local_cafe", "#8c564b"},
    {"sport_bewegen", "directions_run", "#2ca02c"},
    {"cultuur_creatief", "palette", "#9467bd"},
    {"koken_eten", "restaurant", "#d62728"},
    {"kinderen_gezin", "child_care", "#b8458f"},
    {"jongeren", "sports_esports", "#0e7c86"},
    {"ouderen", "elderly", "#7f7f7f"},
    {"groen_duurzaam", "park", "#3c8d2f"},
    {"werk_leren", "work", "#7a7a12"},
    {"spreekuur_advies", "support_agent", "#b85a00"},
    {"dialoog", "forum", "#0b5394"},
    {"feest_festival", "celebration", "#c2185b"},
    {"burenhulp_vrijwilligerswerk", "volunteer_activism", "#6a3d9a"},
};

const CategoryLook *lookOf(const QString &id)
{
    for (const CategoryLook &look : categoryLooks) {
        if (id == QLatin1String(look.id))
            return &look;
    }
    return nullptr;
}

// Labels are kept untranslated and looked up through tr() at each call, so that they
// follow a change of the UI language.
struct Label {
    const char *id;
    const char *source;
};

constexpr Label categoryLabels[] = {
    //: Activity category
    {"taal_ontmoeting", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Language & meeting")},
    //: Activity category: walk-in coffee mornings and the like
    {"inloop_koffie", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Walk-in & coffee")},
    //: Activity category
    {"sport_bewegen", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Sport & exercise")},
    //: Activity category
    {"cultuur_creatief", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Culture & creative")},
    //: Activity category
    {"koken_eten", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Cooking & food")},
    //: Activity category
    {"kinderen_gezin", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Children & family")},
    //: Activity category
    {"jongeren", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Young people")},
    //: Activity category
    {"ouderen", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Older people")},
    //: Activity category
    {"groen_duurzaam", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Green & sustainable")},
    //: Activity category
    {"werk_leren", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Work & learning")},
    //: Activity category: consultation hours, advice desks
    {"spreekuur_advies", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Advice & consultation")},
    //: Activity category
    {"dialoog", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Dialogue")},
    //: Activity category
    {"feest_festival", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Party & festival")},
    //: Activity category
    {"burenhulp_vrijwilligerswerk", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Helping neighbours & volunteering")},
};
constexpr Label audienceLabels[] = {
    //: Audience of an activity: open to all
    {"iedereen", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Everyone")},
    //: Audience of an activity
    {"vrouwen", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Women")},
    //: Audience of an activity
    {"mannen", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Men")},
    //: Audience of an activity
    {"ouderen", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Older people")},
    //: Audience of an activity
    {"jongeren", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Young people")},
    //: Audience of an activity
    {"kinderen", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Children")},
    //: Audience of an activity
    {"ouders_met_kinderen", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Parents with children")},
    //: Audience of an activity
    {"nieuwe_buurtbewoners", QT_TRANSLATE_NOOP("Buurtplein::Terms", "New neighbours")},
    //: Audience of an activity: people whose first language is not Dutch
    {"anderstaligen", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Speakers of other languages")},
    //: Audience of an activity: people caring for a relative
    {"mantelzorgers", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Carers")},
};
constexpr Label accessibilityLabels[] = {
    //: Accessibility feature of a place
    {"wheelchair", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Wheelchair accessible")},
    //: Accessibility feature of a place
    {"step_free", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Step-free entrance")},
    //: Accessibility feature of a place
    {"accessible_toilet", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Accessible toilet")},
    //: Accessibility feature of a place: induction loop for hearing aids
    {"hearing_loop", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Hearing loop")},
    //: Accessibility feature of a place
    {"parking_disabled", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Disabled parking")},
    //: Accessibility feature of a place
    {"quiet_space", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Quiet room")},
};
constexpr Label placeKindLabels[] = {
    //: Kind of meeting place
    {"bibliotheek", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Library")},
    //: Kind of meeting place
    {"buurthuis", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Community centre")},
    //: Kind of meeting place
    {"plein", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Square")},
    //: Kind of meeting place
    {"park", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Park")},
    //: Kind of meeting place
    {"speeltuin", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Playground")},
    //: Kind of meeting place
    {"schoolplein", QT_TRANSLATE_NOOP("Buurtplein::Terms", "School yard")},
    //: Kind of meeting place
    {"school", QT_TRANSLATE_NOOP("Buurtplein::Terms", "School")},
    //: Kind of meeting place
    {"sportaccommodatie", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Sports facility")},
    //: Kind of meeting place
    {"zwembad", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Swimming pool")},
    //: Kind of meeting place
    {"buurttuin", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Community garden")},
    //: Kind of meeting place
    {"gebedshuis", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Place of worship")},
    //: Kind of meeting place
    {"kringloopwinkel", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Second-hand shop")},
    //: Kind of meeting place
    {"horeca", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Café or restaurant")},
    //: Kind of meeting place
    {"markt", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Market")},
    //: Kind of meeting place
    {"theater_cultuur", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Theatre and culture")},
    //: Kind of meeting place
    {"multifunctionele_accommodatie", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Multi-purpose centre")},
    //: Kind of meeting place
    {"zorglocatie", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Care location")},
    //: Kind of meeting place
    {"azc", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Asylum seekers' centre")},
    //: Kind of meeting place
    {"loket", QT_TRANSLATE_NOOP("Buurtplein::Terms", "Service desk")},
    //: Kind of meeting place
    {"geen_vaste_plek", QT_TRANSLATE_NOOP("Buurtplein::Terms", "No fixed place")},
};

template<std::size_t N>
QString translated(const Label (&labels)[N], const QString &id, const QString &fallback)
{
    for (const Label &label : labels) {
        if (id == QLatin1String(label.id))
            return Terms::tr(label.source);
    }
    return fallback;
}

// Languages residents filter on: Dutch first, then the ones the app's UI speaks.
const char *const commonLanguages[] = {"nl", "en", "ar", "tr", "pl", "uk", "ti"};

} // namespace

QVariantList Terms::categories() const
{
    QVariantList out;
    for (const Vocabulary::Term &term : Vocabulary::categories())
        out.append(QVariantMap{{QStringLiteral("id"), term.id},
                               {QStringLiteral("label"), categoryLabel(term.id)},
                               {QStringLiteral("icon"), categoryIcon(term.id)},
                               {QStringLiteral("color"), categoryColor(term.id)}});
    return out;
}

QVariantList Terms::audiences() const
{
    QVariantList out;
    for (const Vocabulary::Term &term : Vocabulary::audiences())
        out.append(QVariantMap{{QStringLiteral("id"), term.id}, {QStringLiteral("label"), audienceLabel(term.id)}});
    return out;
}

QVariantList Terms::languages() const
{
    QVariantList out;
    for (const char *code : commonLanguages) {
        const QString id = QLatin1String(code);
        out.append(QVariantMap{{QStringLiteral("id"), id}, {QStringLiteral("label"), languageName(id)}});
    }
    return out;
}

QString Terms::categoryLabel(const QString &id)
{
    return translated(categoryLabels, id, id);
}

QString Terms::categoryIcon(const QString &id)
{
    const CategoryLook *look = lookOf(id);
    return look ? QLatin1String(look->icon) : QStringLiteral("event");
}

QString Terms::categoryColor(const QString &id)
{
    const CategoryLook *look = lookOf(id);
    return look ? QLatin1String(look->color) : QStringLiteral("#1f5f5b");
}

QString Terms::audienceLabel(const QString &id)
{
    return translated(audienceLabels, id, id);
}

QString Terms::languageName(const QString &code)
{
    const QLocale language(code);
    if (language.language() == QLocale::C)
        return code;
    // The language's own name, so that a resident recognises it whatever the UI's language.
    // CLDR names a bare code's default locale with its country ("American English",
    // "español de España"); a language without a country is named without one.
    static const QHash<QString, QString> withoutCountry = {{QStringLiteral("en"), QStringLiteral("English")},
                                                          {QStringLiteral("es"), QStringLiteral("Español")}};
    if (const auto it = withoutCountry.constFind(code); it != withoutCountry.cend())
        return *it;
    const QString name = language.nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

QString Terms::accessibilityLabel(const QString &id)
{
    return translated(accessibilityLabels, id, id);
}

QString Terms::accessibilityIcon(const QString &id)
{
    static const QHash<QString, QString> icons = {
        {QStringLiteral("wheelchair"), QStringLiteral("accessible")},
        {QStringLiteral("step_free"), QStringLiteral("accessible_forward")},
        {QStringLiteral("accessible_toilet"), QStringLiteral("wc")},
        {QStringLiteral("hearing_loop"), QStringLiteral("hearing")},
        {QStringLiteral("parking_disabled"), QStringLiteral("local_parking")},
        {QStringLiteral("quiet_space"), QStringLiteral("self_improvement")},
    };
    return icons.value(id, QStringLiteral("accessible"));
}

QString Terms::placeKindLabel(const QString &id)
{
    return translated(placeKindLabels, id, Vocabulary::label(Vocabulary::placeKinds(), id));
}

QString Terms::placeKindIcon(const QString &id)
{
    static const QHash<QString, QString> icons = {
        {QStringLiteral("bibliotheek"), QStringLiteral("local_library")},
        {QStringLiteral("buurthuis"), QStringLiteral("house")},
        {QStringLiteral("park"), QStringLiteral("park")},
        {QStringLiteral("buurttuin"), QStringLiteral("yard")},
        {QStringLiteral("speeltuin"), QStringLiteral("child_care")},
        {QStringLiteral("schoolplein"), QStringLiteral("school")},
        {QStringLiteral("school"), QStringLiteral("school")},
        {QStringLiteral("sportaccommodatie"), QStringLiteral("sports_soccer")},
        {QStringLiteral("zwembad"), QStringLiteral("pool")},
        {QStringLiteral("gebedshuis"), QStringLiteral("church")},
        {QStringLiteral("kringloopwinkel"), QStringLiteral("storefront")},
        {QStringLiteral("markt"), QStringLiteral("shopping_basket")},
        {QStringLiteral("horeca"), QStringLiteral("local_cafe")},
        {QStringLiteral("theater_cultuur"), QStringLiteral("theater_comedy")},
        {QStringLiteral("loket"), QStringLiteral("account_balance")},
        // Issue 7: every kind its own picture, for residents who read little.
        {QStringLiteral("plein"), QStringLiteral("nature_people")},
        {QStringLiteral("multifunctionele_accommodatie"), QStringLiteral("home_work")},
        {QStringLiteral("zorglocatie"), QStringLiteral("medical_services")},
        {QStringLiteral("azc"), QStringLiteral("night_shelter")},
        {QStringLiteral("geen_vaste_plek"), QStringLiteral("explore")},
    };
    return icons.value(id, QStringLiteral("place"));
}

QString Terms::costText(int cents)
{
    if (cents <= 0)
        //: Cost of an activity that costs nothing
        return tr("Free");
    return QLocale().toCurrencyString(cents / 100.0, QStringLiteral("€"));
}

double Terms::distanceMetres(double lat1, double lon1, double lat2, double lon2)
{
    return GeoDistance::metres(lat1, lon1, lat2, lon2);
}

QString Terms::distanceText(double metres)
{
    if (metres < 0)
        return {};
    if (metres < 1000)
        //: A distance in metres, rounded to tens, e.g. "350 m"
        return tr("%1 m").arg(qRound(metres / 10.0) * 10);
    //: A distance in kilometres, e.g. "1.2 km"
    return tr("%1 km").arg(QLocale().toString(metres / 1000.0, 'f', 1));
}

} // namespace Buurtplein
