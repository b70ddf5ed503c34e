// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPoint>
#include <QString>
#include <QVariant>

#include <optional>

namespace Buurtplein {

/**
 * A decoded Mapbox Vector Tile (MVT 2.1: https://github.com/mapbox/vector-tile-spec),
 * read with protozero, the protobuf reader the OpenStreetMap tools use. Coordinates stay
 * in the layer's tile space (0..extent, y down; features may reach outside it by the
 * tile's buffer). A gzip-compressed tile, as MBTiles files often hold, is inflated first.
 */
struct VectorFeature {
    enum class Type { Unknown = 0, Point = 1, Line = 2, Polygon = 3 };

    Type type = Type::Unknown;
    /** Points: one part per point. Lines: one part per line. Polygons: each ring a part, closed. */
    QList<QList<QPoint>> parts;
    /** Polygons: whether each part is an outer ring (positive area in tile space, y down) or a hole. */
    QList<bool> outer;
    QHash<QString, QVariant> properties;

    QString text(const QString &key) const { return properties.value(key).toString(); }
};

struct VectorLayer {
    QString name;
    int extent = 4096;
    QList<VectorFeature> features;
};

namespace VectorTile {

/** Inflates a gzip or zlib stream; std::nullopt when it is neither or broken. */
std::optional<QByteArray> inflate(const QByteArray &data);
/** @p data as a gzip member (RFC 1952) at zlib's level @p level; empty when zlib fails. The hub's answers use it too. */
QByteArray gzip(const QByteArray &data, int level = 6);

/**
 * The layers of @p data (raw or gzip-compressed protobuf); std::nullopt with a sentence
 * in @p error when it is not a vector tile. Only the layers named in @p wanted are
 * decoded when it is not empty (a renderer skips house numbers and POIs cheaply).
 */
std::optional<QList<VectorLayer>> decode(const QByteArray &data, QString *error, const QList<QString> &wanted = {});

} // namespace VectorTile
} // namespace Buurtplein
