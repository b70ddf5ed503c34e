// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/areastore.h"

#include "worker/cataloguepayload.h"
#include "places/areaindex.h"
#include "store/hubcatalogue.h"
#include "store/hubdatabase.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Buurtplein {

namespace {
const char *levelName(AreaIndex::Level level)
{
    return level == AreaIndex::Level::Gemeente ? "gemeente" : level == AreaIndex::Level::Wijk ? "wijk" : "buurt";
}
} // namespace

std::optional<int> AreaStore::save(const AreaIndex &areas, QString *error)
{
    QSqlQuery area(m_db.connection());
    area.prepare(QStringLiteral("INSERT INTO stats_area (code, level, name, parent, lat, lon, division) VALUES (?, ?, ?, ?, ?, ?, ?)"
                                " ON CONFLICT (code) DO UPDATE SET level = excluded.level, name = excluded.name,"
                                " parent = excluded.parent, lat = excluded.lat, lon = excluded.lon, division = excluded.division"));
    QSqlQuery outline(m_db.connection());
    outline.prepare(QStringLiteral("INSERT INTO area_outline (code, name, division, geometry) VALUES (?, ?, ?, ?)"
                                   " ON CONFLICT (code) DO UPDATE SET name = excluded.name, division = excluded.division,"
                                   " geometry = excluded.geometry"));
    int count = 0;
    const QVariant noCoordinate(QMetaType(QMetaType::Double));
    const QVariant noDivision(QMetaType(QMetaType::Int));
    for (AreaIndex::Level level : {AreaIndex::Level::Gemeente, AreaIndex::Level::Wijk, AreaIndex::Level::Buurt}) {
        for (const AreaIndex::Area &a : areas.areas(level)) {
            const QString parent = level == AreaIndex::Level::Gemeente ? QStringLiteral("")
                : level == AreaIndex::Level::Wijk                      ? a.gemeenteCode
                                                                       : AreaIndex::wijkCodeOf(a.code);
            const bool located = a.lat != 0 || a.lon != 0;
            for (const QVariant &v : QVariantList{a.code, QString::fromLatin1(levelName(level)), a.name, parent,
                                                  located ? QVariant(a.lat) : noCoordinate, located ? QVariant(a.lon) : noCoordinate,
                                                  a.division > 0 ? QVariant(a.division) : noDivision})
                area.addBindValue(v);
            if (!area.exec()) {
                *error = QStringLiteral("Cannot store the area %1: %2").arg(a.code, area.lastError().text());
                return std::nullopt;
            }
            if (a.hasBoundary) {
                outline.addBindValue(a.code);
                outline.addBindValue(a.name);
                outline.addBindValue(a.division);
                outline.addBindValue(QString::fromUtf8(QJsonDocument(areas.boundary(a.code)).toJson(QJsonDocument::Compact)));
                if (!outline.exec()) {
                    *error = QStringLiteral("Cannot store the outline of %1: %2").arg(a.code, outline.lastError().text());
                    return std::nullopt;
                }
            }
            ++count;
        }
    }
    return count;
}

bool AreaStore::loadOutlines(AreaIndex *areas, QString *error) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT code, name, division, geometry FROM area_outline ORDER BY code"))) {
        *error = QStringLiteral("Cannot read the area outlines: ") + q.lastError().text();
        return false;
    }
    while (q.next()) {
        const QJsonObject geometry = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        if (!areas->addBoundary(q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), geometry, error))
            return false;
    }
    areas->finishBoundaries();
    return true;
}

std::optional<AreaStore::Reassigned> AreaStore::reassignPlaces(const AreaIndex &areas, QString *error)
{
    HubCatalogue catalogue(m_db);
    const auto places = catalogue.live(CataloguePayload::PlaceKind);
    if (!places) {
        *error = catalogue.errorString();
        return std::nullopt;
    }
    Reassigned result;
    for (const CatalogueItem &item : *places) {
        const QJsonValue lat = item.data.value(QStringLiteral("lat"));
        const QJsonValue lon = item.data.value(QStringLiteral("lon"));
        if (!lat.isDouble() || !lon.isDouble())
            continue;
        ++result.checked;
        const auto codes = areas.locate(lat.toDouble(), lon.toDouble());
        if (!codes || !codes->byBoundary) {
            ++result.outside;
            continue;
        }
        QJsonObject data = item.data;
        if (data.value(QStringLiteral("buurtCode")).toString() == codes->buurt && data.value(QStringLiteral("wijkCode")).toString() == codes->wijk
            && data.value(QStringLiteral("gemeenteCode")).toString() == codes->gemeente)
            continue;
        data.insert(QStringLiteral("gemeenteCode"), codes->gemeente);
        data.insert(QStringLiteral("wijkCode"), codes->wijk);
        data.insert(QStringLiteral("buurtCode"), codes->buurt);
        const CatalogueWrite write = catalogue.upsert(CataloguePayload::PlaceKind, item.uid, item.organisationUid, data, item.version);
        if (write.outcome == CatalogueWrite::Failed || write.outcome == CatalogueWrite::Conflict) {
            *error = write.error.isEmpty() ? QStringLiteral("The place %1 changed meanwhile; try again.").arg(item.uid) : write.error;
            return std::nullopt;
        }
        ++result.changed;
    }
    return result;
}

} // namespace Buurtplein
