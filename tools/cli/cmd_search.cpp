// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "storage/database.h"
#include "search/searchindex.h"
#include "search/searchquery.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace Buurtplein::Cli {

namespace {

// A list option may repeat and each value may hold several items: --lang ar,tr --lang uk.
QStringList listOption(const Arguments &a, const QString &name)
{
    QStringList out;
    for (const QString &value : a.values(name)) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out.append(part.trimmed());
    }
    return out;
}

// Reads the options into a query; returns an error sentence when the input is unusable.
QString readQuery(const Arguments &a, SearchQuery *q)
{
    q->text = a.value(QStringLiteral("text"));
    q->categories = listOption(a, QStringLiteral("category"));
    q->languages = listOption(a, QStringLiteral("lang"));
    q->audiences = listOption(a, QStringLiteral("audience"));
    q->accessibility = listOption(a, QStringLiteral("accessible"));
    q->contentLanguage = a.value(QStringLiteral("content-language"));
    static const QRegularExpression languageTag(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    if (a.has(QStringLiteral("content-language")) && !languageTag.match(q->contentLanguage).hasMatch())
        return QStringLiteral("--content-language needs a language code such as ar or tr, not '%1'.").arg(q->contentLanguage);
    q->freeOnly = a.has(QStringLiteral("free"));
    q->includeCancelled = !a.has(QStringLiteral("no-cancelled"));

    if (a.has(QStringLiteral("near"))) {
        const QStringList parts = a.value(QStringLiteral("near")).split(QLatin1Char(','));
        bool okLat = false;
        bool okLon = false;
        const double lat = parts.size() == 2 ? parts.at(0).trimmed().toDouble(&okLat) : 0;
        const double lon = parts.size() == 2 ? parts.at(1).trimmed().toDouble(&okLon) : 0;
        if (!okLat || !okLon || std::abs(lat) > 90 || std::abs(lon) > 180)
            return QStringLiteral("--near needs LAT,LON in degrees, e.g. --near 52.37,4.89.");
        bool okRadius = true;
        const double radius = a.has(QStringLiteral("radius")) ? a.value(QStringLiteral("radius")).toDouble(&okRadius) : 2000;
        if (!okRadius || !(radius > 0))
            return QStringLiteral("--radius must be a distance in metres greater than 0.");
        q->near = SearchQuery::Near{lat, lon, radius};
    } else if (a.has(QStringLiteral("radius"))) {
        return QStringLiteral("--radius needs --near LAT,LON.");
    }

    const QDateTime start = now();
    q->from = start;
    q->to = start.addDays(7);
    for (const auto &[name, target] : {std::pair{QStringLiteral("from"), &q->from}, std::pair{QStringLiteral("to"), &q->to}}) {
        if (!a.has(name))
            continue;
        const std::optional<QDateTime> t = parseInstant(a.value(name));
        if (!t)
            return QStringLiteral("--%1 needs an ISO 8601 time with offset or Z, e.g. 2026-03-02T10:00:00+01:00.").arg(name);
        *target = *t;
    }
    if (a.has(QStringLiteral("from")) && !a.has(QStringLiteral("to")))
        q->to = q->from.addDays(7);
    if (q->from >= q->to)
        return QStringLiteral("--from must be before --to.");

    const QString order = a.value(QStringLiteral("order"));
    if (order == QLatin1String("distance")) {
        if (!q->near)
            return QStringLiteral("--order distance needs --near LAT,LON.");
        q->order = SearchQuery::ByDistance;
    } else if (!order.isEmpty() && order != QLatin1String("start")) {
        return QStringLiteral("--order is start or distance.");
    }
    for (const auto &[name, target] : {std::pair{QStringLiteral("limit"), &q->limit}, std::pair{QStringLiteral("offset"), &q->offset}}) {
        if (!a.has(name))
            continue;
        bool ok = false;
        *target = a.value(name).toInt(&ok);
        if (!ok || *target < 0 || (name == QLatin1String("limit") && *target == 0))
            return QStringLiteral("--%1 must be a whole number%2.").arg(name, name == QLatin1String("limit") ? QStringLiteral(" above 0") : QString());
    }
    return {};
}

QJsonObject toJson(const SearchResult &r)
{
    QJsonObject o{
        {QStringLiteral("occurrence"), r.occurrenceUid},
        {QStringLiteral("activity"), r.activityUid},
        {QStringLiteral("title"), r.title},
        {QStringLiteral("titleLanguage"), r.titleLanguage},
        {QStringLiteral("category"), r.category},
        {QStringLiteral("languages"), QJsonArray::fromStringList(r.languages)},
        {QStringLiteral("costCents"), r.costCents},
        {QStringLiteral("place"), r.placeUid.isEmpty() ? QJsonValue() : QJsonValue(r.placeUid)},
        {QStringLiteral("placeName"), r.placeName},
        {QStringLiteral("lat"), r.hasCoordinates ? QJsonValue(r.lat) : QJsonValue()},
        {QStringLiteral("lon"), r.hasCoordinates ? QJsonValue(r.lon) : QJsonValue()},
        {QStringLiteral("start"), formatInstant(r.start)},
        {QStringLiteral("end"), formatInstant(r.end)},
        {QStringLiteral("status"), r.status},
    };
    if (r.distanceMetres >= 0)
        o.insert(QStringLiteral("distanceMetres"), std::round(r.distanceMetres));
    return o;
}

} // namespace

int search(const QStringList &args)
{
    QString error;
    const Accepted accepted{QStringLiteral("search"),
                            {QStringLiteral("db"), QStringLiteral("text"), QStringLiteral("near"), QStringLiteral("radius"),
                             QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("order"), QStringLiteral("limit"),
                             QStringLiteral("offset"), QStringLiteral("content-language")},
                            {QStringLiteral("db")},
                            {QStringLiteral("category"), QStringLiteral("lang"), QStringLiteral("audience"), QStringLiteral("accessible")},
                            {QStringLiteral("free"), QStringLiteral("no-cancelled")}};
    const std::optional<Arguments> a = Arguments::parse(args, accepted, &error);
    if (!a)
        return fail(BadInput, error);
    const QString path = a->value(QStringLiteral("db"));
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return fail(BadInput, QStringLiteral("Cannot read the catalogue %1: no such readable file.").arg(path));
    SearchQuery query;
    error = readQuery(*a, &query);
    if (!error.isEmpty())
        return fail(BadInput, error);

    Database db;
    if (!db.open(path))
        return fail(BadInput, db.errorString());
    // Like the app, bring the window of indexed sessions up to today before searching.
    if (!SearchIndex::refreshWindow(db.connection(), now(), SearchIndex::DefaultWindowWeeks, &error))
        return fail(Failed, error);
    const QList<SearchResult> results = Search::run(db.connection(), query, &error);
    if (!error.isEmpty())
        return fail(Failed, error);
    QJsonArray out;
    for (const SearchResult &r : results)
        out.append(toJson(r));
    printJson(QJsonDocument(out));
    return Ok;
}

} // namespace Buurtplein::Cli
