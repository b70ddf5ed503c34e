// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/placecleaning.h"
#include "storage/vocabulary.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace Buurtplein::PlaceCleaning {

Fix postcode(const QString &raw)
{
    const QString trimmed = raw.trimmed();
    if (trimmed.isEmpty())
        return {};
    static const QRegularExpression dutch(QStringLiteral("^([1-9][0-9]{3})\\s*([A-Za-z]{2})$"));
    const auto match = dutch.match(trimmed);
    if (!match.hasMatch())
        return {QString(), QStringLiteral("Postcode '%1' is not a Dutch postcode; it was left empty.").arg(trimmed), QString()};
    const QString value = match.captured(1) + match.captured(2).toUpper();
    if (value == trimmed)
        return {value, QString(), QString()};
    return {value, QStringLiteral("Postcode '%1' was written as '%2'.").arg(trimmed, value), QString()};
}

Fix houseNumber(const QString &raw)
{
    QString value = raw.simplified().toUpper();
    value.replace(QStringLiteral(" - "), QStringLiteral("-"));
    if (value.isEmpty())
        return {};
    static const QRegularExpression digitsOnly(QStringLiteral("^[0-9]+$"));
    if (digitsOnly.match(value).hasMatch() && value.size() >= 5) {
        // Spreadsheets turn "2-4" or "4/2" into a date and store its serial number
        // (days since 30 December 1899); serials of 1990-2050 are such dates, not numbers.
        const qint64 serial = value.toLongLong();
        if (serial >= 32874 && serial <= 54789) {
            const QDate date = QDate(1899, 12, 30).addDays(serial);
            return {QString(),
                    QStringLiteral("House number '%1' looks like a spreadsheet date (%2), not a house number; it was left empty.")
                        .arg(value, date.toString(Qt::ISODate)),
                    QString()};
        }
        return {value, QString(), QStringLiteral("House number '%1' is unusually large.").arg(value)};
    }
    // Number, optional house letter, then "-"-separated additions (BAG toevoegingen) or a range.
    static const QRegularExpression bag(QStringLiteral("^([0-9]+)([A-Z]?)((?:-[A-Z0-9]+)*)$"));
    const auto match = bag.match(value);
    if (!match.hasMatch())
        return {value, QString(), QStringLiteral("House number '%1' is not in a recognised form; it was kept as written.").arg(raw.trimmed())};

    const QString letter = match.captured(2);
    QStringList additions = match.captured(3).split(QLatin1Char('-'), Qt::SkipEmptyParts);
    QString previous = letter;
    QStringList kept;
    for (const QString &addition : additions) {
        if (addition == previous)
            continue;
        kept.append(addition);
        previous = addition;
    }
    QString cleaned = match.captured(1) + letter;
    for (const QString &addition : kept)
        cleaned += QLatin1Char('-') + addition;
    if (cleaned != raw.trimmed())
        return {cleaned, QStringLiteral("House number '%1' was written as '%2'.").arg(raw.trimmed(), cleaned), QString()};
    return {cleaned, QString(), QString()};
}

Fix lostAccents(const QString &raw)
{
    // A backquote stands for the apostrophe of "'t" and "'s" in these exports ("`t Blommetje").
    if (raw.contains(QLatin1Char('`')) && !raw.contains(QLatin1Char('?'))) {
        QString value = raw;
        value.replace(QLatin1Char('`'), QLatin1Char('\''));
        return {value, QStringLiteral("'%1' had a backquote for an apostrophe; written as '%2'.").arg(raw, value), QString()};
    }
    if (!raw.contains(QLatin1Char('?')))
        return {raw, QString(), QString()};
    // Damaged fragments from real municipal exports whose missing letter is certain:
    // each is a known Dutch word or a street or person's name with one possible spelling.
    static const QList<QPair<QString, QString>> known = {
        {QStringLiteral("Hygi?a"), QStringLiteral("Hygiëa")},
        {QStringLiteral("Zee?n"), QStringLiteral("Zeeën")},
        {QStringLiteral("Alleb?"), QStringLiteral("Allebé")},
        {QStringLiteral("Bestev?er"), QStringLiteral("Bestevâer")},
        {QStringLiteral("Ha?zer"), QStringLiteral("Haëzer")},
        {QStringLiteral("Isra?l"), QStringLiteral("Israël")},
        {QStringLiteral("Ru Par?"), QStringLiteral("Ru Paré")},
        {QStringLiteral("Bi?nkorf"), QStringLiteral("Biënkorf")},
        {QStringLiteral("Mari?ndaal"), QStringLiteral("Mariëndaal")},
        {QStringLiteral("Caf?"), QStringLiteral("Café")},
        {QStringLiteral("caf?"), QStringLiteral("café")},
        {QStringLiteral("Besny?"), QStringLiteral("Besnyö")},
        {QStringLiteral("D?rer"), QStringLiteral("Dürer")},
        {QStringLiteral("Galile?"), QStringLiteral("Galileï")},
        {QStringLiteral("Chass?"), QStringLiteral("Chassé")},
        {QStringLiteral("commerci?le"), QStringLiteral("commerciële")},
        {QStringLiteral("co?p"), QStringLiteral("coöp")},
        {QStringLiteral("V?ttern"), QStringLiteral("Vättern")},
        {QStringLiteral("Carr?"), QStringLiteral("Carré")},
    };
    QString value = raw;
    value.replace(QLatin1Char('`'), QLatin1Char('\''));
    for (const auto &[damaged, restored] : known)
        value.replace(damaged, restored);
    if (value.contains(QLatin1Char('?'))) {
        const QString note = QStringLiteral("'%1' has a '?' where a letter was lost; it was kept as written because the letter cannot be known.").arg(value);
        return {value, value != raw ? QStringLiteral("'%1' was restored as far as possible.").arg(raw) : QString(), note};
    }
    return {value, QStringLiteral("'%1' had a letter replaced by '?'; restored as '%2'.").arg(raw, value), QString()};
}

KindGuess amsterdamKind(const QString &categorie, const QString &soort)
{
    static const QHash<QString, QPair<const char *, const char *>> byCategory = {
        {QStringLiteral("Buurtkamer"), {"buurthuis", "indoor"}},
        {QStringLiteral("Huis van de wijk"), {"buurthuis", "indoor"}},
        {QStringLiteral("Jongerencentrum"), {"buurthuis", "indoor"}},
        {QStringLiteral("Overig BV"), {"multifunctionele_accommodatie", "indoor"}},
        {QStringLiteral("Speeltuingebouw"), {"speeltuin", "both"}},
        {QStringLiteral("Kinderboerderij"), {"park", "outdoor"}},
        {QStringLiteral("Bibliotheek"), {"bibliotheek", "indoor"}},
        {QStringLiteral("Overig KenC"), {"theater_cultuur", "indoor"}},
        {QStringLiteral("Buurtteamlocatie"), {"loket", "indoor"}},
        {QStringLiteral("OKT"), {"loket", "indoor"}},
        {QStringLiteral("Dagbestedingslocatie"), {"zorglocatie", "indoor"}},
        {QStringLiteral("Behandel-/woonlocatie"), {"zorglocatie", "indoor"}},
        {QStringLiteral("Opvanglocatie"), {"zorglocatie", "indoor"}},
        {QStringLiteral("Overig JenZ"), {"zorglocatie", "indoor"}},
        {QStringLiteral("Primair onderwijs"), {"school", "indoor"}},
        {QStringLiteral("Speciaal onderwijs"), {"school", "indoor"}},
        {QStringLiteral("Voortgezet onderwijs"), {"school", "indoor"}},
        {QStringLiteral("Bewegingsonderwijs"), {"sportaccommodatie", "indoor"}},
        {QStringLiteral("Schooltuincomplex"), {"buurttuin", "outdoor"}},
        {QStringLiteral("Sporthal"), {"sportaccommodatie", "indoor"}},
        {QStringLiteral("Sportveld"), {"sportaccommodatie", "outdoor"}},
        {QStringLiteral("Overig SenS"), {"sportaccommodatie", "indoor"}},
        {QStringLiteral("Zwembad"), {"zwembad", "indoor"}},
    };
    const auto it = byCategory.constFind(categorie.trimmed());
    if (it == byCategory.cend())
        return {};
    KindGuess guess{QString::fromLatin1(it->first), QString::fromLatin1(it->second), true};
    const QString sub = soort.trimmed();
    if (sub.startsWith(QLatin1String("Buitenbad")) || sub == QLatin1String("Recreatiebad Buiten") || sub == QLatin1String("Terrein"))
        guess.indoorOutdoor = QStringLiteral("outdoor");
    return guess;
}

KindGuess kindFromSource(const QString &value, const QString &subValue)
{
    const QString v = value.trimmed();
    if (Vocabulary::isPlaceKind(v))
        return {v, QStringLiteral("indoor"), true};
    for (const Vocabulary::Term &t : Vocabulary::placeKinds()) {
        if (t.label.compare(v, Qt::CaseInsensitive) == 0)
            return {t.id, QStringLiteral("indoor"), true};
    }
    const KindGuess amsterdam = amsterdamKind(v, subValue);
    if (amsterdam.known)
        return amsterdam;
    // OpenStreetMap amenity/leisure/landuse values of an Overpass GeoJSON export.
    static const QHash<QString, QPair<const char *, const char *>> osm = {
        {QStringLiteral("library"), {"bibliotheek", "indoor"}},
        {QStringLiteral("community_centre"), {"buurthuis", "indoor"}},
        {QStringLiteral("social_centre"), {"buurthuis", "indoor"}},
        {QStringLiteral("park"), {"park", "outdoor"}},
        {QStringLiteral("playground"), {"speeltuin", "outdoor"}},
        {QStringLiteral("school"), {"school", "indoor"}},
        {QStringLiteral("sports_centre"), {"sportaccommodatie", "indoor"}},
        {QStringLiteral("sports_hall"), {"sportaccommodatie", "indoor"}},
        {QStringLiteral("pitch"), {"sportaccommodatie", "outdoor"}},
        {QStringLiteral("swimming_pool"), {"zwembad", "indoor"}},
        {QStringLiteral("garden"), {"buurttuin", "outdoor"}},
        {QStringLiteral("allotments"), {"buurttuin", "outdoor"}},
        {QStringLiteral("place_of_worship"), {"gebedshuis", "indoor"}},
        {QStringLiteral("cafe"), {"horeca", "indoor"}},
        {QStringLiteral("restaurant"), {"horeca", "indoor"}},
        {QStringLiteral("marketplace"), {"markt", "outdoor"}},
        {QStringLiteral("theatre"), {"theater_cultuur", "indoor"}},
        {QStringLiteral("arts_centre"), {"theater_cultuur", "indoor"}},
        {QStringLiteral("townhall"), {"loket", "indoor"}},
        {QStringLiteral("square"), {"plein", "outdoor"}},
    };
    const auto it = osm.constFind(v.toLower());
    if (it != osm.cend())
        return {QString::fromLatin1(it->first), QString::fromLatin1(it->second), true};
    return {};
}

} // namespace Buurtplein::PlaceCleaning
