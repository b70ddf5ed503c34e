// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/cataloguetypes.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace Buurtplein::PlaceRows {

/** One source row: its values by column, and for GeoJSON the point geometry. */
struct Input {
    int row = 0;
    QHash<QString, QString> values;
    bool fromGeometry = false;      ///< coordinates come from lat/lon below, not from columns
    bool hasPoint = false;
    double lat = 0;
    double lon = 0;
    QString problem;                ///< why the row cannot be a place at all, e.g. "geometry is a Polygon"
};

/** The place a row becomes, or why it is skipped, with the corrections and doubts on the way. */
struct Outcome {
    std::optional<Place> place;
    QString skipReason;
    QStringList repairs;
    QStringList warnings;
    bool areaFromFile = false;  ///< the place's CBS codes come from the row's own columns
};

/** Where the rows come from: uid prefix ("mvzn"), source name, default city. */
struct SourceInfo {
    QString uidPrefix;
    QString name;
    QString defaultCity;
};

/**
 * Turns one row into a Place by @p mapping (catalogue field -> source column): cleans
 * postcode, house number and lost accents, guesses the kind, checks the coordinates.
 * A row without a name or usable coordinates is skipped. CBS area codes are set only
 * when the row carries them (buurtCode, wijkCode, gemeenteCode columns): a wijk and
 * gemeente follow from a buurt code; a code that is not a CBS code is left out with a
 * warning, so that the codes then come from the coordinates.
 */
/**
 * A CBS area code of @p prefix ("BU", "WK" or "GM") from a source value: "BU03630531",
 * "bu0363mf01" or what follows the prefix alone ("03630531"); empty when @p text is no
 * such code (AreaIndex::levelOf).
 */
QString cbsCode(const QString &text, const QString &prefix);

Outcome toPlace(const Input &input, const QHash<QString, QString> &mapping, const SourceInfo &source);

} // namespace Buurtplein::PlaceRows
