// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogueshape.h"

namespace Buurtplein::Bench {

namespace {
ActivityTemplate t(const char *category, const char *title, const char *description, const char *audience = "iedereen",
                   const char *english = "")
{
    return {QString::fromUtf8(category), QString::fromUtf8(title), QString::fromUtf8(description),
            QString::fromUtf8(audience), QString::fromUtf8(english)};
}
} // namespace

const QList<ActivityTemplate> &activityTemplates()
{
    static const QList<ActivityTemplate> all = {
        t("taal_ontmoeting", "Taalcafé", "Nederlands oefenen in een ontspannen sfeer, met koffie en thee.", "anderstaligen", "Language café"),
        t("taal_ontmoeting", "Conversatietafel Nederlands", "Praten over het nieuws en de buurt, op je eigen niveau.", "anderstaligen", "Dutch conversation table"),
        t("taal_ontmoeting", "Taalmaatjes-avond", "Taalmaatjes en nieuwkomers ontmoeten elkaar.", "nieuwe_buurtbewoners"),
        t("taal_ontmoeting", "Leesclub makkelijk lezen", "Samen een boek in eenvoudig Nederlands lezen."),
        t("inloop_koffie", "Koffie-inloop", "Loop binnen voor een kop koffie en een praatje met de buren.", "iedereen", "Coffee drop-in"),
        t("inloop_koffie", "Open huiskamer", "De huiskamer van de buurt: koffie, krant en gezelligheid."),
        t("inloop_koffie", "Soepmiddag", "Verse soep en een praatje, voor een kleine bijdrage."),
        t("inloop_koffie", "Inloopochtend", "Iedere week open deur, koffie staat klaar."),
        t("sport_bewegen", "Wandelgroep", "Een uur wandelen door de wijk in een rustig tempo.", "iedereen", "Walking group"),
        t("sport_bewegen", "Yoga", "Zachte yoga op een matje, geen ervaring nodig.", "iedereen", "Yoga"),
        t("sport_bewegen", "Zwemles voor vrouwen", "Zwemmen met vrouwelijke badmeesters.", "vrouwen", "Swimming for women"),
        t("sport_bewegen", "Zitgym", "Bewegen op een stoel, op muziek.", "ouderen"),
        t("sport_bewegen", "Voetbal op het plein", "Vrij voetballen met begeleiding.", "jongeren"),
        t("sport_bewegen", "Dansen", "Dansen op muziek uit alle windstreken."),
        t("cultuur_creatief", "Breicafé", "Breien en haken met elkaar, garen is er.", "iedereen", "Knitting café"),
        t("cultuur_creatief", "Buurtkoor", "Zingen in het koor van de wijk; noten lezen hoeft niet."),
        t("cultuur_creatief", "Schilderclub", "Schilderen en tekenen onder begeleiding."),
        t("cultuur_creatief", "Theaterworkshop", "Spelen, improviseren en verhalen vertellen."),
        t("koken_eten", "Samen koken", "Koken met recepten uit de buurt en samen eten.", "iedereen", "Cooking together"),
        t("koken_eten", "Buurtmaaltijd", "Een warme maaltijd aan een lange tafel."),
        t("koken_eten", "Wereldkeuken", "Elke keer een ander land op het bord."),
        t("kinderen_gezin", "Voorlezen", "Voorlezen voor peuters en kleuters.", "ouders_met_kinderen", "Story time"),
        t("kinderen_gezin", "Speelochtend", "Spelen voor de allerkleinsten, koffie voor de ouders.", "ouders_met_kinderen"),
        t("kinderen_gezin", "Huiswerkklas", "Hulp bij huiswerk, rekenen en taal.", "jongeren", "Homework club"),
        t("jongeren", "Gamemiddag", "Games, tafeltennis en chillen.", "jongeren"),
        t("jongeren", "Rapworkshop", "Teksten schrijven en opnemen in de studio.", "jongeren"),
        t("ouderen", "Seniorencafé", "Gezellig samenzijn met een thema.", "ouderen"),
        t("ouderen", "Bingo", "Bingo met kleine prijzen.", "ouderen"),
        t("ouderen", "Sjoelen", "Sjoelcompetitie in de buurt.", "ouderen"),
        t("groen_duurzaam", "Moestuin", "Samen zaaien, wieden en oogsten in de buurttuin.", "iedereen", "Community garden"),
        t("groen_duurzaam", "Repair café", "Kapotte spullen samen repareren.", "iedereen", "Repair café"),
        t("groen_duurzaam", "Zwerfafval opruimen", "Met grijpers en zakken de straat schoon."),
        t("groen_duurzaam", "Plantenruil", "Stekjes en zaden ruilen."),
        t("werk_leren", "Digicafé", "Hulp met de computer, telefoon en DigiD.", "iedereen", "Digital help café"),
        t("werk_leren", "Sollicitatiehulp", "Een cv maken en oefenen voor een gesprek."),
        t("werk_leren", "Naailes", "Kleding maken en herstellen op de naaimachine."),
        t("spreekuur_advies", "Formulierenhulp", "Hulp bij brieven en formulieren.", "iedereen", "Help with forms"),
        t("spreekuur_advies", "Spreekuur geldzaken", "Vragen over schulden, toeslagen en rekeningen."),
        t("dialoog", "Dialoogtafel", "In gesprek over wat ons bindt in de wijk."),
        t("dialoog", "Verhalencafé", "Buren vertellen hun verhaal."),
        t("feest_festival", "Buurtfeest", "Muziek, eten en spelletjes op het plein."),
        t("feest_festival", "Buurtbarbecue", "Iedereen neemt iets mee voor de barbecue."),
        t("burenhulp_vrijwilligerswerk", "Klussendienst", "Vrijwilligers helpen met kleine klussen in huis."),
        t("burenhulp_vrijwilligerswerk", "Vrijwilligerscafé", "Kennismaken met vrijwilligerswerk in de buurt."),
    };
    return all;
}

const QList<std::pair<QString, QString>> &placeKinds()
{
    static const QList<std::pair<QString, QString>> all = {
        {QStringLiteral("buurthuis"), QStringLiteral("Buurthuis")},
        {QStringLiteral("bibliotheek"), QStringLiteral("Bibliotheek")},
        {QStringLiteral("multifunctionele_accommodatie"), QStringLiteral("MFA")},
        {QStringLiteral("buurttuin"), QStringLiteral("Buurttuin")},
        {QStringLiteral("sportaccommodatie"), QStringLiteral("Sporthal")},
        {QStringLiteral("plein"), QStringLiteral("Plein")},
        {QStringLiteral("park"), QStringLiteral("Park")},
        {QStringLiteral("schoolplein"), QStringLiteral("Schoolplein")},
        {QStringLiteral("gebedshuis"), QStringLiteral("Ontmoetingsruimte")},
        {QStringLiteral("horeca"), QStringLiteral("Café")},
        {QStringLiteral("theater_cultuur"), QStringLiteral("Cultuurhuis")},
        {QStringLiteral("kringloopwinkel"), QStringLiteral("Kringloop")},
    };
    return all;
}

const QStringList &searchWords()
{
    static const QStringList all = {
        QStringLiteral("taalcafé"), QStringLiteral("koffie"), QStringLiteral("cafe"), QStringLiteral("yoga"),
        QStringLiteral("moestuin"), QStringLiteral("samen koken"), QStringLiteral("wandelen"), QStringLiteral("breien"),
        QStringLiteral("repair"), QStringLiteral("voorlezen"), QStringLiteral("digicafe"), QStringLiteral("bingo"),
        QStringLiteral("dansen"), QStringLiteral("huiswerk"), QStringLiteral("zwemles"), QStringLiteral("koor"),
        QStringLiteral("nederlands oefenen"), QStringLiteral("formulieren"), QStringLiteral("soep"), QStringLiteral("sjoelen"),
        QStringLiteral("buurtfeest"), QStringLiteral("naailes"), QStringLiteral("language"), QStringLiteral("tuin"),
    };
    return all;
}

const QStringList &categories()
{
    static const QStringList all = [] {
        QStringList out;
        for (const ActivityTemplate &t : activityTemplates()) {
            if (!out.contains(t.category))
                out.append(t.category);
        }
        return out;
    }();
    return all;
}

const QStringList &extraLanguages()
{
    static const QStringList all = {QStringLiteral("en"), QStringLiteral("ar"), QStringLiteral("tr"), QStringLiteral("pl"),
                                    QStringLiteral("uk"), QStringLiteral("ti"), QStringLiteral("so"), QStringLiteral("fa")};
    return all;
}

} // namespace Buurtplein::Bench
