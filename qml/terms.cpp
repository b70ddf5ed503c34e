// SPDX-License-Identifier: GPL-3.0-or-later
#include "terms.h"
#include "geodistance.h"
#include "vocabulary.h"

#include <QLocale>

namespace Buurtplein {

namespace {

struct CategoryLook {
    const char *id;
    const char *icon;
    const char *color;
};

// Colours stay distinct on the map and readable behind white text.
constexpr CategoryLook categoryLooks[] = {
    {"taal_ontmoeting", "translate", "#1f77b4"},
    {"inloop_koffie", "local_cafe", "#8c564b"},
    {"sport_bewegen", "directions_run", "#2ca02c"},
    {"cultuur_creatief", "palette", "#9467bd"},
    {"koken_eten", "restaurant", "#d62728"},
    {"kinderen_gezin", "child_care", "#e377c2"},
    {"jongeren", "sports_esports", "#17becf"},
    {"ouderen", "elderly", "#7f7f7f"},
    {"groen_duurzaam", "park", "#3c8d2f"},
    {"werk_leren", "work", "#bcbd22"},
    {"spreekuur_advies", "support_agent", "#ff7f0e"},
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
    static const QHash<QString, QString> labels = {
        //: Activity category
        {QStringLiteral("taal_ontmoeting"), tr("Language & meeting")},
        //: Activity category: walk-in coffee mornings and the like
        {QStringLiteral("inloop_koffie"), tr("Walk-in & coffee")},
        //: Activity category
        {QStringLiteral("sport_bewegen"), tr("Sport & exercise")},
        //: Activity category
        {QStringLiteral("cultuur_creatief"), tr("Culture & creative")},
        //: Activity category
        {QStringLiteral("koken_eten"), tr("Cooking & food")},
        //: Activity category
        {QStringLiteral("kinderen_gezin"), tr("Children & family")},
        //: Activity category
        {QStringLiteral("jongeren"), tr("Young people")},
        //: Activity category
        {QStringLiteral("ouderen"), tr("Older people")},
        //: Activity category
        {QStringLiteral("groen_duurzaam"), tr("Green & sustainable")},
        //: Activity category
        {QStringLiteral("werk_leren"), tr("Work & learning")},
        //: Activity category: consultation hours, advice desks
        {QStringLiteral("spreekuur_advies"), tr("Advice & consultation")},
        //: Activity category
        {QStringLiteral("dialoog"), tr("Dialogue")},
        //: Activity category
        {QStringLiteral("feest_festival"), tr("Party & festival")},
        //: Activity category
        {QStringLiteral("burenhulp_vrijwilligerswerk"), tr("Helping neighbours & volunteering")},
    };
    return labels.value(id, id);
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
    static const QHash<QString, QString> labels = {
        //: Audience of an activity: open to all
        {QStringLiteral("iedereen"), tr("Everyone")},
        //: Audience of an activity
        {QStringLiteral("vrouwen"), tr("Women")},
        //: Audience of an activity
        {QStringLiteral("mannen"), tr("Men")},
        //: Audience of an activity
        {QStringLiteral("ouderen"), tr("Older people")},
        //: Audience of an activity
        {QStringLiteral("jongeren"), tr("Young people")},
        //: Audience of an activity
        {QStringLiteral("kinderen"), tr("Children")},
        //: Audience of an activity
        {QStringLiteral("ouders_met_kinderen"), tr("Parents with children")},
        //: Audience of an activity
        {QStringLiteral("nieuwe_buurtbewoners"), tr("New neighbours")},
        //: Audience of an activity: people whose first language is not Dutch
        {QStringLiteral("anderstaligen"), tr("Speakers of other languages")},
        //: Audience of an activity: people caring for a relative
        {QStringLiteral("mantelzorgers"), tr("Carers")},
    };
    return labels.value(id, id);
}

QString Terms::languageName(const QString &code)
{
    const QLocale language(code);
    if (language.language() == QLocale::C)
        return code;
    // The language's own name, so that a resident recognises it whatever the UI's language.
    const QString name = language.nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

QString Terms::accessibilityLabel(const QString &id)
{
    static const QHash<QString, QString> labels = {
        //: Accessibility feature of a place
        {QStringLiteral("wheelchair"), tr("Wheelchair accessible")},
        //: Accessibility feature of a place
        {QStringLiteral("step_free"), tr("Step-free entrance")},
        //: Accessibility feature of a place
        {QStringLiteral("accessible_toilet"), tr("Accessible toilet")},
        //: Accessibility feature of a place: induction loop for hearing aids
        {QStringLiteral("hearing_loop"), tr("Hearing loop")},
        //: Accessibility feature of a place
        {QStringLiteral("parking_disabled"), tr("Disabled parking")},
        //: Accessibility feature of a place
        {QStringLiteral("quiet_space"), tr("Quiet room")},
    };
    return labels.value(id, id);
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
    static const QHash<QString, QString> labels = {
        //: Kind of meeting place
        {QStringLiteral("bibliotheek"), tr("Library")},
        //: Kind of meeting place
        {QStringLiteral("buurthuis"), tr("Community centre")},
        //: Kind of meeting place
        {QStringLiteral("plein"), tr("Square")},
        //: Kind of meeting place
        {QStringLiteral("park"), tr("Park")},
        //: Kind of meeting place
        {QStringLiteral("speeltuin"), tr("Playground")},
        //: Kind of meeting place
        {QStringLiteral("schoolplein"), tr("School yard")},
        //: Kind of meeting place
        {QStringLiteral("school"), tr("School")},
        //: Kind of meeting place
        {QStringLiteral("sportaccommodatie"), tr("Sports facility")},
        //: Kind of meeting place
        {QStringLiteral("zwembad"), tr("Swimming pool")},
        //: Kind of meeting place
        {QStringLiteral("buurttuin"), tr("Community garden")},
        //: Kind of meeting place
        {QStringLiteral("gebedshuis"), tr("Place of worship")},
        //: Kind of meeting place
        {QStringLiteral("kringloopwinkel"), tr("Second-hand shop")},
        //: Kind of meeting place
        {QStringLiteral("horeca"), tr("Café or restaurant")},
        //: Kind of meeting place
        {QStringLiteral("markt"), tr("Market")},
        //: Kind of meeting place
        {QStringLiteral("theater_cultuur"), tr("Theatre and culture")},
        //: Kind of meeting place
        {QStringLiteral("multifunctionele_accommodatie"), tr("Multi-purpose centre")},
        //: Kind of meeting place
        {QStringLiteral("zorglocatie"), tr("Care location")},
        //: Kind of meeting place
        {QStringLiteral("azc"), tr("Asylum seekers' centre")},
        //: Kind of meeting place
        {QStringLiteral("loket"), tr("Service desk")},
        //: Kind of meeting place
        {QStringLiteral("geen_vaste_plek"), tr("No fixed place")},
    };
    return labels.value(id, Vocabulary::label(Vocabulary::placeKinds(), id));
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
        {QStringLiteral("markt"), QStringLiteral("storefront")},
        {QStringLiteral("horeca"), QStringLiteral("local_cafe")},
        {QStringLiteral("theater_cultuur"), QStringLiteral("theater_comedy")},
        {QStringLiteral("loket"), QStringLiteral("account_balance")},
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
