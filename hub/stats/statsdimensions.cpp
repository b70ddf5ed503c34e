// SPDX-License-Identifier: GPL-3.0-or-later
// StatsStore's dimension tables: kept current from the catalogue feed, and area names.
#include "places/areaindex.h"
#include "release/releaserules.h"
#include "worker/sessionlogpayload.h"
#include "stats/statsstore.h"
#include "stats/areastore.h"
#include "storage/vocabulary.h"
#include "store/hubcatalogue.h"
#include "store/hubdatabase.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace Buurtplein {

using namespace Stats;

namespace {
bool run(QSqlQuery &q, const QVariantList &values, QString *error)
{
    // A null QString binds as NULL; the dimension columns are NOT NULL and "" means unknown.
    for (const QVariant &v : values)
        q.addBindValue(v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(QStringLiteral("")) : v);
    if (q.exec())
        return true;
    *error = QStringLiteral("Cannot update the statistics' dimensions: ") + q.lastError().text();
    return false;
}

bool apply(HubDatabase &db, const CatalogueItem &item, QString *error)
{
    QSqlQuery q(db.connection());
    const QJsonObject &d = item.data;
    auto text = [&](const char *key) { return d.value(QLatin1String(key)).toString(); };
    if (item.kind == QLatin1String("place")) {
        if (item.deleted) {
            q.prepare(QStringLiteral("DELETE FROM stats_place WHERE uid = ?"));
            return run(q, {item.uid}, error);
        }
        q.prepare(QStringLiteral("INSERT INTO stats_place (uid, gemeente, wijk, buurt) VALUES (?, ?, ?, ?) ON CONFLICT (uid)"
                                 " DO UPDATE SET gemeente = excluded.gemeente, wijk = excluded.wijk, buurt = excluded.buurt"));
        return run(q, {item.uid, text("gemeenteCode"), text("wijkCode"), text("buurtCode")}, error);
    }
    if (item.kind == QLatin1String("activity")) {
        if (item.deleted) {
            // Figures of a deleted activity stay counted, under unknown dimensions.
            q.prepare(QStringLiteral("DELETE FROM stats_activity WHERE uid = ?"));
            return run(q, {item.uid}, error);
        }
        q.prepare(QStringLiteral("INSERT INTO stats_activity (uid, organisation_uid, category, programme, place_uid) VALUES (?, ?, ?, ?, ?)"
                                 " ON CONFLICT (uid) DO UPDATE SET organisation_uid = excluded.organisation_uid,"
                                 " category = excluded.category, programme = excluded.programme, place_uid = excluded.place_uid"));
        return run(q, {item.uid, text("organisationUid"), text("category"), text("programme"), text("placeUid")}, error);
    }
    if (item.kind == QLatin1String("override")) {
        const auto start = SessionLogPayload::occurrenceStart(item.uid);
        if (item.deleted || text("status") != QLatin1String("cancelled") || !start) {
            q.prepare(QStringLiteral("DELETE FROM stats_cancelled WHERE occurrence_uid = ?"));
            return run(q, {item.uid}, error);
        }
        // logged stays 1 once set: retention may have deleted the log since.
        q.prepare(QStringLiteral("INSERT INTO stats_cancelled (occurrence_uid, activity_uid, day, logged, record_key) VALUES (?, ?, ?,"
                                 " CASE WHEN EXISTS (SELECT 1 FROM session_log WHERE occurrence_uid = ?) THEN 1 ELSE 0 END, ?)"
                                 " ON CONFLICT (occurrence_uid) DO UPDATE SET activity_uid = excluded.activity_uid, day = excluded.day,"
                                 " logged = CASE WHEN stats_cancelled.logged = 1 THEN 1 ELSE excluded.logged END"));
        // The record key is drawn once; an update keeps it (the Cell Key Method).
        return run(q, {item.uid, text("activityUid"), StatsRollup::periodsOf(*start).day, item.uid, Release::newRecordKey()}, error);
    }
    return true;
}
} // namespace

bool StatsStore::refresh(QString *error)
{
    const qint64 last = HubCatalogue(m_db).lastChange();
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT catalogue_change, built FROM stats_meta WHERE id = 1")) || !q.next()) {
            *error = QStringLiteral("Cannot read the statistics' state: ") + q.lastError().text();
            return false;
        }
        if (q.value(0).toLongLong() >= last && q.value(1).toInt() != 0)
            return true;
    }
    HubTransaction tx(m_db.connection(), m_db.dialect());
    if (!tx.isActive() || !StatsRollup::lock(m_db, error)) {
        if (!tx.isActive())
            *error = tx.errorString();
        return false;
    }
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT catalogue_change FROM stats_meta WHERE id = 1")) || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    qint64 after = q.value(0).toLongLong();
    q.finish();
    for (;;) {
        const auto page = HubCatalogue(m_db).page(after, 1000);
        if (!page) {
            *error = QStringLiteral("Cannot read the catalogue.");
            return false;
        }
        if (page->isEmpty())
            break;
        for (const CatalogueItem &item : *page) {
            if (!apply(m_db, item, error))
                return false;
            after = item.change;
        }
    }
    q.prepare(QStringLiteral("UPDATE stats_meta SET catalogue_change = ? WHERE id = 1"));
    if (!run(q, {after}, error))
        return false;
    if (!tx.commit()) {
        *error = tx.errorString();
        return false;
    }
    return true;
}

std::optional<QJsonObject> StatsStore::dimensions(QString *error) const
{
    QSqlQuery q(m_db.connection());
    QJsonObject out;
    if (!q.exec(QStringLiteral("SELECT MIN(period), MAX(period) FROM stats_day WHERE logged > 0")) || !q.next()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    auto date = [](const QVariant &v) {
        const int d = v.toInt();
        return v.isNull() ? QString() : QDate(d / 10000, d / 100 % 100, d % 100).toString(Qt::ISODate);
    };
    out.insert(QStringLiteral("periods"), QJsonObject{{QStringLiteral("first"), date(q.value(0))}, {QStringLiteral("last"), date(q.value(1))}});
    QJsonArray areas;
    // Only the areas activities meet in: a filter of all 393 gemeenten of the 2015 division
    // (and the report's first subject, 's-Gravenhage by code) helps no one whose figures
    // are in one city.
    q.exec(QStringLiteral("SELECT level, code, name, parent, lat, lon, division FROM stats_area"
                          " WHERE code IN (SELECT gemeente FROM stats_place UNION SELECT wijk FROM stats_place"
                          " UNION SELECT buurt FROM stats_place)"
                          " ORDER BY CASE level WHEN 'gemeente' THEN 0 WHEN 'wijk' THEN 1 ELSE 2 END, code"));
    while (q.next()) {
        QJsonObject area{{QStringLiteral("level"), q.value(0).toString()}, {QStringLiteral("code"), q.value(1).toString()},
                         {QStringLiteral("name"), q.value(2).toString()}, {QStringLiteral("parent"), q.value(3).toString()}};
        if (!q.value(4).isNull() && !q.value(5).isNull()) {
            area.insert(QStringLiteral("lat"), q.value(4).toDouble());
            area.insert(QStringLiteral("lon"), q.value(5).toDouble());
        }
        if (!q.value(6).isNull())
            area.insert(QStringLiteral("division"), q.value(6).toInt());
        areas.append(area);
    }
    out.insert(QStringLiteral("areas"), areas);
    auto keyed = [&](const QString &sql) {
        QJsonArray list;
        q.exec(sql);
        while (q.next())
            list.append(QJsonObject{{QStringLiteral("key"), q.value(0).toString()}, {QStringLiteral("name"), q.value(1).toString()}});
        return list;
    };
    out.insert(QStringLiteral("categories"),
               keyed(QStringLiteral("SELECT DISTINCT category, category FROM stats_activity WHERE category <> '' ORDER BY 1")));
    out.insert(QStringLiteral("programmes"),
               keyed(QStringLiteral("SELECT DISTINCT programme, programme FROM stats_activity WHERE programme <> '' ORDER BY 1")));
    out.insert(QStringLiteral("organisations"),
               keyed(QStringLiteral("SELECT o.uid, o.name FROM organisation o WHERE EXISTS"
                                    " (SELECT 1 FROM stats_activity a WHERE a.organisation_uid = o.uid) ORDER BY o.name, o.uid")));
    return out;
}

QHash<QString, QString> StatsStore::labels(Dimension dimension) const
{
    QHash<QString, QString> out;
    QSqlQuery q(m_db.connection());
    if (dimension == Dimension::Gemeente || dimension == Dimension::Wijk || dimension == Dimension::Buurt) {
        q.prepare(QStringLiteral("SELECT code, name FROM stats_area WHERE level = ?"));
        q.addBindValue(dimensionName(dimension).mid(5));
        q.exec();
    } else if (dimension == Dimension::Organisation) {
        q.exec(QStringLiteral("SELECT uid, name FROM organisation"));
    } else if (dimension == Dimension::Category) {
        // Labels, never ids: the vocabulary's Dutch words (the app shows its own translation).
        for (const Vocabulary::Term &term : Vocabulary::categories())
            out.insert(term.id, term.label);
    }
    while (q.isActive() && q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

std::optional<int> StatsStore::importAreas(const AreaIndex &areas, QString *error)
{
    HubTransaction tx(m_db.connection(), m_db.dialect());
    if (!tx.isActive()) {
        *error = tx.errorString();
        return std::nullopt;
    }
    const auto count = AreaStore(m_db).save(areas, error);
    if (!count)
        return std::nullopt;
    if (!tx.commit()) {
        *error = tx.errorString();
        return std::nullopt;
    }
    return count;
}

} // namespace Buurtplein
