// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Buurtplein {

/**
 * CBS gemeente, wijk and buurt codes with their names and label points, read from a CSV
 * with the columns level,statcode,statnaam,gemeentecode,lon,lat (the full national file
 * or the Amsterdam subset in assets/demo/cbs_areas_amsterdam.csv).
 *
 * Only label points are available, no boundaries: a place gets the buurt whose label
 * point is nearest. That approximates "the buurt polygon that contains the place" well
 * in a dense city, but can pick a neighbouring buurt near a border or in large rural
 * buurten whose label point lies far from the edge.
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
    };

    /** The codes assigned to a point, and how far the chosen buurt label point is. */
    struct Codes {
        QString gemeente;
        QString wijk;
        QString buurt;
        double distanceMetres = 0;
    };

    /** Reads @p path; returns false with a sentence in @p error when the file is unusable. */
    bool load(const QString &path, QString *error = nullptr);
    bool isEmpty() const { return m_buurten.isEmpty(); }

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
    /** "BU03630531" or "WK036305" -> "GM0363". */
    static QString gemeenteCodeOf(const QString &code);

private:
    QList<Area> m_buurten;
    QHash<QString, Area> m_byCode;
};

} // namespace Buurtplein
