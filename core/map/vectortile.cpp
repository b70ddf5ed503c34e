// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/vectortile.h"

#include <protozero/pbf_reader.hpp>
#include <zlib.h>

namespace Buurtplein::VectorTile {

namespace {
// Field numbers of the MVT schema (vector_tile.proto).
enum TileField : protozero::pbf_tag_type { TileLayers = 3 };
enum LayerField : protozero::pbf_tag_type { LayerName = 1, LayerFeatures = 2, LayerKeys = 3, LayerValues = 4, LayerExtent = 5, LayerVersion = 15 };
enum FeatureField : protozero::pbf_tag_type { FeatureId = 1, FeatureTags = 2, FeatureType = 3, FeatureGeometry = 4 };
enum ValueField : protozero::pbf_tag_type { ValueString = 1, ValueFloat = 2, ValueDouble = 3, ValueInt = 4, ValueUint = 5, ValueSint = 6, ValueBool = 7 };
enum Command : uint32_t { MoveTo = 1, LineTo = 2, ClosePath = 7 };

QVariant readValue(protozero::pbf_reader value)
{
    QVariant out;
    while (value.next()) {
        switch (value.tag()) {
        case ValueString: {
            const auto view = value.get_view();
            out = QString::fromUtf8(view.data(), qsizetype(view.size()));
            break;
        }
        case ValueFloat: out = double(value.get_float()); break;
        case ValueDouble: out = value.get_double(); break;
        case ValueInt: out = qint64(value.get_int64()); break;
        case ValueUint: out = quint64(value.get_uint64()); break;
        case ValueSint: out = qint64(value.get_sint64()); break;
        case ValueBool: out = value.get_bool(); break;
        default: value.skip(); break;
        }
    }
    return out;
}

// Twice the signed area of a ring; positive for a clockwise ring on screen (y down),
// which MVT 2 makes the outer ring.
qint64 ringArea(const QList<QPoint> &ring)
{
    qint64 sum = 0;
    for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        sum += qint64(ring.at(j).x()) * ring.at(i).y() - qint64(ring.at(i).x()) * ring.at(j).y();
    return sum;
}

bool readGeometry(protozero::pbf_reader::const_uint32_iterator begin, protozero::pbf_reader::const_uint32_iterator end,
                  VectorFeature *feature, QString *error)
{
    int cx = 0, cy = 0;
    QList<QPoint> current;
    auto finishPart = [&] {
        if (!current.isEmpty())
            feature->parts.append(current);
        current.clear();
    };
    for (auto it = begin; it != end;) {
        const uint32_t command = *it++;
        const uint32_t id = command & 0x7;
        const uint32_t count = command >> 3;
        if (id == MoveTo || id == LineTo) {
            for (uint32_t i = 0; i < count; ++i) {
                if (it == end) {
                    *error = QStringLiteral("a geometry command runs past its parameters");
                    return false;
                }
                const uint32_t dx = *it++;
                if (it == end) {
                    *error = QStringLiteral("a geometry command runs past its parameters");
                    return false;
                }
                const uint32_t dy = *it++;
                cx += protozero::decode_zigzag32(dx);
                cy += protozero::decode_zigzag32(dy);
                if (id == MoveTo && feature->type != VectorFeature::Type::Point)
                    finishPart();
                if (feature->type == VectorFeature::Type::Point) {
                    feature->parts.append({QPoint(cx, cy)});
                } else {
                    current.append(QPoint(cx, cy));
                }
            }
        } else if (id == ClosePath) {
            if (!current.isEmpty())
                current.append(current.first());
            finishPart();
        } else {
            *error = QStringLiteral("unknown geometry command %1").arg(id);
            return false;
        }
    }
    finishPart();
    if (feature->type == VectorFeature::Type::Polygon) {
        for (const QList<QPoint> &ring : std::as_const(feature->parts))
            feature->outer.append(ringArea(ring) > 0);
    }
    return true;
}

bool readLayer(protozero::pbf_reader layer, const QList<QString> &wanted, std::optional<VectorLayer> *out, QString *error)
{
    VectorLayer result;
    std::vector<protozero::data_view> featureViews;
    QStringList keys;
    QList<QVariant> values;
    while (layer.next()) {
        switch (layer.tag()) {
        case LayerName: {
            const auto view = layer.get_view();
            result.name = QString::fromUtf8(view.data(), qsizetype(view.size()));
            if (!wanted.isEmpty() && !wanted.contains(result.name)) {
                out->reset();
                return true;
            }
            break;
        }
        case LayerFeatures: featureViews.push_back(layer.get_view()); break;
        case LayerKeys: {
            const auto view = layer.get_view();
            keys.append(QString::fromUtf8(view.data(), qsizetype(view.size())));
            break;
        }
        case LayerValues: values.append(readValue(layer.get_message())); break;
        case LayerExtent: result.extent = int(layer.get_uint32()); break;
        case LayerVersion: layer.skip(); break;
        default: layer.skip(); break;
        }
    }
    if (result.extent <= 0) {
        *error = QStringLiteral("layer %1 has extent 0").arg(result.name);
        return false;
    }
    result.features.reserve(qsizetype(featureViews.size()));
    for (const protozero::data_view &view : featureViews) {
        protozero::pbf_reader feature(view);
        VectorFeature f;
        protozero::pbf_reader::const_uint32_iterator geometryBegin, geometryEnd;
        bool hasGeometry = false;
        while (feature.next()) {
            switch (feature.tag()) {
            case FeatureTags: {
                const auto tags = feature.get_packed_uint32();
                for (auto it = tags.begin(); it != tags.end();) {
                    const uint32_t k = *it++;
                    if (it == tags.end()) {
                        *error = QStringLiteral("a feature of layer %1 has an odd number of tags").arg(result.name);
                        return false;
                    }
                    const uint32_t v = *it++;
                    if (k >= uint32_t(keys.size()) || v >= uint32_t(values.size())) {
                        *error = QStringLiteral("a feature of layer %1 names a key or value the layer lacks").arg(result.name);
                        return false;
                    }
                    f.properties.insert(keys.at(k), values.at(v));
                }
                break;
            }
            case FeatureType: f.type = VectorFeature::Type(std::clamp(int(feature.get_enum()), 0, 3)); break;
            case FeatureGeometry: {
                const auto geometry = feature.get_packed_uint32();
                geometryBegin = geometry.begin();
                geometryEnd = geometry.end();
                hasGeometry = true;
                break;
            }
            default: feature.skip(); break;
            }
        }
        if (hasGeometry && !readGeometry(geometryBegin, geometryEnd, &f, error)) {
            *error = QStringLiteral("layer %1: %2").arg(result.name, *error);
            return false;
        }
        result.features.append(std::move(f));
    }
    *out = std::move(result);
    return true;
}
} // namespace

QByteArray gzip(const QByteArray &data, int level)
{
    z_stream stream{};
    // 15 window bits + 16: a gzip header and trailer rather than zlib's.
    if (deflateInit2(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))) + 32, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        return {};
    out.resize(qsizetype(stream.total_out));
    return out;
}

std::optional<QByteArray> inflate(const QByteArray &data)
{
    z_stream stream{};
    // 15 window bits + 32: zlib or gzip, detected from the header.
    if (inflateInit2(&stream, 15 + 32) != Z_OK)
        return std::nullopt;
    QByteArray out;
    out.resize(std::max<qsizetype>(data.size() * 4, 4096));
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    int status = Z_OK;
    while (status == Z_OK) {
        if (stream.total_out >= uLong(out.size()))
            out.resize(out.size() * 2);
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + stream.total_out);
        stream.avail_out = uInt(out.size() - qsizetype(stream.total_out));
        status = ::inflate(&stream, Z_NO_FLUSH);
    }
    const qsizetype size = qsizetype(stream.total_out);
    inflateEnd(&stream);
    if (status != Z_STREAM_END)
        return std::nullopt;
    out.resize(size);
    return out;
}

std::optional<QList<VectorLayer>> decode(const QByteArray &data, QString *error, const QList<QString> &wanted)
{
    QByteArray raw = data;
    if (data.size() >= 2 && uchar(data.at(0)) == 0x1f && uchar(data.at(1)) == 0x8b) {
        auto inflated = inflate(data);
        if (!inflated) {
            *error = QStringLiteral("The tile is gzip-compressed but cannot be inflated.");
            return std::nullopt;
        }
        raw = *inflated;
    }
    QList<VectorLayer> layers;
    try {
        protozero::pbf_reader tile(raw.constData(), size_t(raw.size()));
        while (tile.next()) {
            if (tile.tag() != TileLayers) {
                tile.skip();
                continue;
            }
            std::optional<VectorLayer> layer;
            QString why;
            if (!readLayer(tile.get_message(), wanted, &layer, &why)) {
                *error = QStringLiteral("The tile is not a valid vector tile: %1.").arg(why);
                return std::nullopt;
            }
            if (layer)
                layers.append(std::move(*layer));
        }
    } catch (const protozero::exception &e) {
        *error = QStringLiteral("The tile is not a vector tile: %1.").arg(QString::fromUtf8(e.what()));
        return std::nullopt;
    }
    return layers;
}

} // namespace Buurtplein::VectorTile
