// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "places/polygonindex.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Buurtplein {

/**
 * CBS gemeente, wijk and buurt codes with their names and label points, read from a CSV
 * with the columns level,statcode,statnaam,gemeentecode,lon,lat (the full national file
 * or the Amsterdam subset in assets/demo/cbs_areas_amsterdam.csv).
 *
 * Boundaries (GeoJSON polygons with a CBS code, such as the city's buurten) can be added:
 * a place then gets the buurt whose outline contains it. The nearest label point is the
 * fallback for places outside every outline, and the locate() answer says which was used:
 * near a border or in a large rural buurt the nearest label point can name a neighbour.
 *
 * Codes belong to a division (gebiedsindeling) of a year: the 2014 CBS codes are numeric
 * (BU03630531), the 2022 Amsterdam ones are not (BU0363MF01). Each area keeps the year
 * it was loaded with; see docs/statistics.md, "Areas", for how figures stay comparable.
 */
class AreaIndex
{
public:
    enum class Level { Gemeente, Wijk, Buurt };

    /** One area: code such as "BU03630531" or "BU0363AD03", its CBS name and label point. */
    struct Area {
        Level level = Level::Buurt;
        QString code;
        QString name;
        QString gemeenteCode;
        double lat = 0;
        double lon = 0;
        int division = 0;         ///< the year of the division the code belongs to; 0 when not known
        bool hasBoundary = false; ///< an outline was loaded, lat/lon is a point inside it
    };

    /** The codes assigned to a point, and how far the chosen buurt label point is. */
    struct Codes {
        QString gemeente;
        QString wijk;
        QString buurt;
        double distanceMetres = 0;
        bool byBoundary = false; ///< the buurt's outline contains the point (else: nearest label point)
    };

    /** Which GeoJSON properties hold an area's CBS code and name, and the division's year. */
    struct BoundaryOptions {
        QString codeProperty;
        QString nameProperty;
        int division = 0;
    };

    /** Reads @p path; returns false with a sentence in @p error when the file is unusable. */
    bool load(const QString &path, QString *error = nullptr);
    bool isEmpty() const { return m_buurten.isEmpty() && m_shapes.size() == 0; }

    /**
     * Adds the outlines of a GeoJSON FeatureCollection of Polygon or MultiPolygon
     * features whose @p options code property holds CBS codes (GM.., WK.., BU..); their
     * level follows from the code. All or nothing: false with a sentence in @p error
     * when a feature is unusable, and the index is as it was.
     */
    bool loadBoundaries(const QString &path, const BoundaryOptions &options, QString *error = nullptr);
    bool addBoundaries(const QByteArray &geoJson, const BoundaryOptions &options, const QString &label, QString *error = nullptr);
    /**
     * Adds one outline (as stored by the hub); false with @p error when the code or
     * geometry is unusable. Call finishBoundaries() after the last one: until then a
     * lookup tries every outline.
     */
    bool addBoundary(const QString &code, const QString &name, int division, const QJsonObject &geometry, QString *error = nullptr);
    void finishBoundaries() { m_shapes.build(); }
    /** How many outlines are loaded. */
    int boundaryCount() const { return m_shapes.size(); }
    /** The GeoJSON geometry of @p code's outline, or an empty object. */
    QJsonObject boundary(const QString &code) const;
    /** The area of @p code, if known. */
    std::optional<Area> area(const QString &code) const;

    /**
     * The codes of the buurt whose label point is nearest to (@p lat, @p lon), limited to
     * gemeente @p gemeenteCode when given; none when no buurt lies within @p maxMetres.
     */
    std::optional<Codes> locate(double lat, double lon, const QString &gemeenteCode = {}, double maxMetres = 5000) const;

    /** The CBS name of a GM, WK or BU code, or an empty string. */
    QString name(const QString &code) const;
    /** The areas of @p level, in gemeente @p gemeenteCode when given, sorted by name. */
    QList<Area> areas(Level level, const QString &gemeenteCode = {}) const;

    /** "BU03630531" -> "WK036305"; the wijk is the first six characters after "BU". */
    static QString wijkCodeOf(const QString &buurtCode);
    /** The level of a CBS code (GM0363, WK0363MF, BU0363MF01, numeric or not); none when it is not one. */
    static std::optional<Level> levelOf(const QString &code);
    /** "BU03630531" or "WK036305" -> "GM0363". */
    static QString gemeenteCodeOf(const QString &code);

private:
    /** The area of an outline: its code's level and gemeente, a label point inside it. */
    static Area boundaryArea(const QString &code, Level level, const QString &name, int division, const PolygonIndex::Shape &shape);
    void insertBoundary(const Area &area, const PolygonIndex::Shape &shape);

    QList<Area> m_buurten; ///< buurten located by label point (from the CSV)
    QHash<QString, Area> m_byCode;
    PolygonIndex m_shapes;
    QStringList m_shapeCodes; ///< the code of each outline, by its index in m_shapes
    QHash<QString, int> m_shapeOf;
};

} // namespace Buurtplein
