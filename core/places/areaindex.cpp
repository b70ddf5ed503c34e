// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/areaindex.h"
#include "places/csvreader.h"

#include <QFile>
#include <QLoggingCategory>

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
    m_byCode = byCode;
    return true;
}

std::optional<AreaIndex::Codes> AreaIndex::locate(double lat, double lon, const QString &gemeenteCode, double maxMetres) const
{
    const Area *best = nullptr;
    double bestDistance = maxMetres;
    // A linear scan: 12,000 buurten cost well under a millisecond per place.
    for (const Area &area : m_buurten) {
        if (!gemeenteCode.isEmpty() && area.gemeenteCode != gemeenteCode)
            continue;
        const double d = metresBetween(lat, lon, area.lat, area.lon);
        if (d <= bestDistance) {
            bestDistance = d;
            best = &area;
        }
    }
    if (!best)
        return std::nullopt;
    return Codes{best->gemeenteCode, wijkCodeOf(best->code), best->code, bestDistance};
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

QString AreaIndex::gemeenteCodeOf(const QString &code)
{
    if (code.size() < 6)
        return {};
    return QStringLiteral("GM") + code.mid(2, 4);
}

} // namespace Buurtplein
