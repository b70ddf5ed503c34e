// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/areaindex.h"
#include "places/csvreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcAreas, "buurtplein.places.areas")

namespace Buurtplein {

namespace {
// Equirectangular distance: exact enough within a few kilometres, and cheap.
double metresBetween(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double earthRadius = 6371000.0;
    constexpr double toRad = M_PI / 180.0;
    const double x = (lon2 - lon1) * toRad * std::cos((lat1 + lat2) * 0.5 * toRad);
    const double y = (lat2 - lat1) * toRad;
    return std::sqrt(x * x + y * y) * earthRadius;
}
} // namespace

bool AreaIndex::load(const QString &path, QString *error)
{
    auto setError = [error](const QString &message) {
        if (error)
            *error = message;
        qCWarning(lcAreas) << message;
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return setError(QStringLiteral("Cannot read the CBS area file %1: %2").arg(path, file.errorString()));
    QString parseError;
    const auto records = Csv::parse(QString::fromUtf8(file.readAll()), &parseError);
    if (!records || records->isEmpty())
        return setError(QStringLiteral("The CBS area file %1 is not a CSV file: %2").arg(path, parseError));

    const QStringList header = records->first().fields;
    const QStringList wanted = {QStringLiteral("level"), QStringLiteral("statcode"), QStringLiteral("statnaam"),
                                QStringLiteral("gemeentecode"), QStringLiteral("lon"), QStringLiteral("lat")};
    QList<int> column;
    for (const QString &name : wanted) {
        const int index = int(header.indexOf(name));
        if (index < 0)
            return setError(QStringLiteral("The CBS area file %1 has no column '%2'.").arg(path, name));
        column.append(index);
    }

    QList<Area> buurten;
    QHash<QString, Area> byCode;
    for (qsizetype i = 1; i < records->size(); ++i) {
        const Csv::Record &record = records->at(i);
        if (record.fields.size() != header.size())
            return setError(QStringLiteral("Line %1 of %2 has %3 fields instead of %4.")
                                .arg(record.line).arg(path).arg(record.fields.size()).arg(header.size()));
        Area area;
        const QString level = record.fields.at(column[0]);
        area.level = level == QLatin1String("gemeente") ? Level::Gemeente : level == QLatin1String("wijk") ? Level::Wijk : Level::Buurt;
        area.code = record.fields.at(column[1]);
        area.name = record.fields.at(column[2]);
        area.gemeenteCode = record.fields.at(column[3]);
        bool okLon = false;
        bool okLat = false;
        area.lon = record.fields.at(column[4]).toDouble(&okLon);
        area.lat = record.fields.at(column[5]).toDouble(&okLat);
        if (!okLon || !okLat || area.code.size() < 6)
            return setError(QStringLiteral("Line %1 of %2 has no usable code or coordinates.").arg(record.line).arg(path));
        if (area.level == Level::Buurt)
            buurten.append(area);
        byCode.insert(area.code, area);
    }
    m_buurten = buurten;
    // An area with an outline keeps it; the label points add the rest.
    for (auto it = byCode.cbegin(); it != byCode.cend(); ++it) {
        if (!m_shapeOf.contains(it.key()))
            m_byCode.insert(it.key(), it.value());
    }
    return true;
}

bool AreaIndex::loadBoundaries(const QString &path, const BoundaryOptions &options, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("Cannot read the area file %1: %2").arg(path, file.errorString());
        return false;
    }
    return addBoundaries(file.readAll(), options, path, error);
}

bool AreaIndex::addBoundaries(const QByteArray &geoJson, const BoundaryOptions &options, const QString &label, QString *error)
{
    auto setError = [error](const QString &message) {
        if (error)
            *error = message;
        qCWarning(lcAreas) << message;
        return false;
    };
    if (options.codeProperty.isEmpty() || options.nameProperty.isEmpty())
        return setError(QStringLiteral("Name the properties that hold each area's CBS code and name."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(geoJson, &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError)
        return setError(QStringLiteral("%1 is not JSON: %2 at byte %3.").arg(label, parseError.errorString()).arg(parseError.offset));
    if (root.value(QStringLiteral("type")).toString() != QLatin1String("FeatureCollection"))
        return setError(QStringLiteral("%1 is not a GeoJSON FeatureCollection.").arg(label));
    const QJsonArray features = root.value(QStringLiteral("features")).toArray();
    if (features.isEmpty())
        return setError(QStringLiteral("%1 has no features.").arg(label));

    // Everything is checked before anything is added, so that a bad feature changes nothing.
    struct Read {
        Area area;
        PolygonIndex::Shape shape;
    };
    QList<Read> read;
    QSet<QString> seen;
    for (qsizetype i = 0; i < features.size(); ++i) {
        const QJsonObject feature = features.at(i).toObject();
        const QJsonObject properties = feature.value(QStringLiteral("properties")).toObject();
        const QString where = QStringLiteral("Feature %1 of %2").arg(i + 1).arg(label);
        const QJsonValue codeValue = properties.value(options.codeProperty);
        if (!codeValue.isString())
            return setError(QStringLiteral("%1 has no text property '%2' (it has: %3).")
                                .arg(where, options.codeProperty, properties.keys().join(QStringLiteral(", "))));
        const QString code = codeValue.toString().trimmed();
        const auto level = levelOf(code);
        if (!level)
            return setError(QStringLiteral("%1: '%2' in '%3' is not a CBS code such as GM0363, WK0363MF or BU0363MF01.")
                                .arg(where, code, options.codeProperty));
        if (seen.contains(code))
            return setError(QStringLiteral("%1 repeats the code %2.").arg(where, code));
        seen.insert(code);
        QString why;
        const auto shape = PolygonIndex::fromGeoJson(feature.value(QStringLiteral("geometry")).toObject(), &why);
        if (!shape)
            return setError(QStringLiteral("%1 (%2) is unusable: %3.").arg(where, code, why));
        // A missing name (some rural wijken have none) shows the code rather than nothing.
        QString name = properties.value(options.nameProperty).toString().trimmed();
        if (name.isEmpty())
            name = m_byCode.contains(code) ? m_byCode.value(code).name : code;
        Read r{boundaryArea(code, *level, name, options.division, *shape), *shape};
        read.append(r);
    }
    for (const Read &r : read)
        insertBoundary(r.area, r.shape);
    m_shapes.build();
    return true;
}

bool AreaIndex::addBoundary(const QString &code, const QString &name, int division, const QJsonObject &geometry, QString *error)
{
    const auto level = levelOf(code);
    QString why;
    const auto shape = level ? PolygonIndex::fromGeoJson(geometry, &why) : std::nullopt;
    if (!shape) {
        if (error)
            *error = level ? QStringLiteral("The outline of %1 is unusable: %2.").arg(code, why) : QStringLiteral("%1 is not a CBS code.").arg(code);
        return false;
    }
    insertBoundary(boundaryArea(code, *level, name.isEmpty() ? code : name, division, *shape), *shape);
    return true;
}

AreaIndex::Area AreaIndex::boundaryArea(const QString &code, Level level, const QString &name, int division, const PolygonIndex::Shape &shape)
{
    Area area;
    area.level = level;
    area.code = code;
    area.name = name;
    area.gemeenteCode = gemeenteCodeOf(code);
    area.division = division;
    area.hasBoundary = true;
    const QPointF label = PolygonIndex::labelPoint(shape);
    area.lon = label.x();
    area.lat = label.y();
    return area;
}

void AreaIndex::insertBoundary(const Area &area, const PolygonIndex::Shape &shape)
{
    // A newer outline of the same code: the old one stops matching anything.
    if (const auto existing = m_shapeOf.constFind(area.code); existing != m_shapeOf.cend())
        m_shapeCodes[*existing].clear();
    m_shapeOf.insert(area.code, m_shapes.add(shape));
    m_shapeCodes.append(area.code);
    m_byCode.insert(area.code, area);
}

QJsonObject AreaIndex::boundary(const QString &code) const
{
    const auto index = m_shapeOf.constFind(code);
    return index == m_shapeOf.cend() ? QJsonObject() : PolygonIndex::toGeoJson(m_shapes.shape(*index));
}

std::optional<AreaIndex::Area> AreaIndex::area(const QString &code) const
{
    const auto found = m_byCode.constFind(code);
    if (found == m_byCode.cend())
        return std::nullopt;
    return *found;
}

std::optional<AreaIndex::Codes> AreaIndex::locate(double lat, double lon, const QString &gemeenteCode, double maxMetres) const
{
    // The outline that contains the point, when one was loaded.
    for (int index : m_shapes.containing(lon, lat)) {
        const QString &code = m_shapeCodes.at(index);
        if (!code.startsWith(QLatin1String("BU")) || (!gemeenteCode.isEmpty() && gemeenteCodeOf(code) != gemeenteCode))
            continue;
        return Codes{gemeenteCodeOf(code), wijkCodeOf(code), code, 0, true};
    }
    // Else the nearest label point of a buurt without an outline: a point outside every
    // outline lies in none of those buurten.
    const Area *best = nullptr;
    double bestDistance = maxMetres;
    // A linear scan: 12,000 buurten cost well under a millisecond per place.
    for (const Area &area : m_buurten) {
        if ((!gemeenteCode.isEmpty() && area.gemeenteCode != gemeenteCode) || m_shapeOf.contains(area.code))
            continue;
        const double d = metresBetween(lat, lon, area.lat, area.lon);
        if (d <= bestDistance) {
            bestDistance = d;
            best = &area;
        }
    }
    if (!best)
        return std::nullopt;
    return Codes{best->gemeenteCode, wijkCodeOf(best->code), best->code, bestDistance, false};
}

QString AreaIndex::name(const QString &code) const
{
    return m_byCode.value(code).name;
}

QList<AreaIndex::Area> AreaIndex::areas(Level level, const QString &gemeenteCode) const
{
    QList<Area> result;
    for (const Area &area : m_byCode) {
        if (area.level == level && (gemeenteCode.isEmpty() || area.gemeenteCode == gemeenteCode))
            result.append(area);
    }
    std::sort(result.begin(), result.end(), [](const Area &a, const Area &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return result;
}

QString AreaIndex::wijkCodeOf(const QString &buurtCode)
{
    if (!buurtCode.startsWith(QLatin1String("BU")) || buurtCode.size() < 8)
        return {};
    return QStringLiteral("WK") + buurtCode.mid(2, 6);
}

std::optional<AreaIndex::Level> AreaIndex::levelOf(const QString &code)
{
    static const QRegularExpression cbs(QStringLiteral("^(?:GM[0-9]{4}|WK[0-9]{4}[0-9A-Z]{2}|BU[0-9]{4}[0-9A-Z]{4})$"));
    if (!cbs.match(code).hasMatch())
        return std::nullopt;
    return code.startsWith(QLatin1String("GM")) ? Level::Gemeente : code.startsWith(QLatin1String("WK")) ? Level::Wijk : Level::Buurt;
}

QString AreaIndex::gemeenteCodeOf(const QString &code)
{
    if (code.size() < 6)
        return {};
    return QStringLiteral("GM") + code.mid(2, 4);
}

} // namespace Buurtplein
