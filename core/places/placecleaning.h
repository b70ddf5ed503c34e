// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Buurtplein::PlaceCleaning {

/**
 * The outcome of cleaning one field: the value to store, and at most one of a repair
 * note (the value was changed, safely) or a warning (the value was kept but looks wrong).
 */
struct Fix {
    QString value;
    QString repair;
    QString warning;
};

/** "1014 aa" -> "1014AA"; an empty or unrecognisable postcode is stored empty with a repair note. */
Fix postcode(const QString &raw);

/**
 * Normalises a Dutch house number in Amsterdam's BAG notation ("73-1", "48-H", "22A-1",
 * ranges such as "634-635"). Drops an addition that only repeats itself ("495A-A" -> "495A",
 * "65-H-H" -> "65-H") and empties a number that is a spreadsheet date serial ("45749").
 */
Fix houseNumber(const QString &raw);

/**
 * Restores letters lost to '?' in known Dutch words and street names ("Hygi?astraat" ->
 * "Hygiëastraat", "Caf?" -> "Café") and a backquote used as apostrophe ("`t" -> "'t");
 * any '?' left after that is reported as a warning.
 */
Fix lostAccents(const QString &raw);

/** The place kind and indoor/outdoor value for an Amsterdam "Categorie" and "Soort". */
struct KindGuess {
    QString kind;
    QString indoorOutdoor;
    bool known = false;
};
KindGuess amsterdamKind(const QString &categorie, const QString &soort);

/** A kind from a free source value: a vocabulary id or label, an Amsterdam category, or an OSM tag value. */
KindGuess kindFromSource(const QString &value, const QString &subValue = {});

} // namespace Buurtplein::PlaceCleaning
