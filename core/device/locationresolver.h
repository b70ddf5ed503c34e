// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Buurtplein {

class AreaIndex;

/** A point in WGS84 degrees. */
struct GeoPoint {
    double lat = 0;
    double lon = 0;
};

/** A neighbourhood a resident can pick when there is no position fix. */
struct AreaChoice {
    QString code;               ///< CBS code, e.g. "WK036305" or "BU03630531"
    QString name;               ///< the name as residents read it, e.g. "Indische Buurt West"
    QString level;              ///< gemeente, wijk or buurt
};

/**
 * Turns the resident's fallback choice, a CBS area or a typed postcode, into the point
 * "near me" searches around. All offline: areas come from the AreaIndex, postcodes from
 * the meeting places in the catalogue (there is no postcode table).
 */
class LocationResolver
{
public:
    /** Keeps a reference to @p areas, which must outlive the resolver. */
    LocationResolver(QSqlDatabase catalogue, const AreaIndex &areas);

    /** The wijken and buurten of gemeente @p gemeenteCode, sorted by name. */
    QList<AreaChoice> areas(const QString &gemeenteCode = QStringLiteral("GM0363")) const;
    /**
     * The wijken and buurten of @p gemeenteCode whose name holds @p text, as a resident types
     * it: case, accents, hyphens and slashes do not count ("oud west" finds "Oud-West").
     * Names that start with it come first, then those with a word that starts with it, then
     * the rest; by name within each. At most @p limit; none for blank @p text.
     */
    QList<AreaChoice> findAreas(const QString &text, int limit = 8,
                                const QString &gemeenteCode = QStringLiteral("GM0363")) const;
    /** @p text folded for findAreas(): lower case, no accents, hyphens and slashes as spaces, spaces single. */
    static QString foldForSearch(const QString &text);
    /** The label point of the gemeente, wijk or buurt @p code; else the centroid of the catalogue's places in it. */
    std::optional<GeoPoint> forArea(const QString &code) const;
    /**
     * The centroid of the catalogue's places with postcode @p postcode ("1094 AB",
     * "1094ab" or "1094"), else with its four digits; refused with @p error when neither
     * has a place or the text is not a postcode.
     */
    std::optional<GeoPoint> forPostcode(const QString &postcode, QString *error) const;

    /** "1094 ab" -> "1094AB", " 1094 " -> "1094"; empty when @p text is not a Dutch postcode or its four digits. */
    static QString normalisePostcode(const QString &text);
    /** A CBS name as residents read it: "Ijplein/Vogelbuurt" -> "IJplein/Vogelbuurt". */
    static QString displayName(const QString &cbsName);

private:
    std::optional<GeoPoint> centroid(const char *sql, const QString &value) const;

    QSqlDatabase m_db;
    const AreaIndex &m_areas;
};

} // namespace Buurtplein
