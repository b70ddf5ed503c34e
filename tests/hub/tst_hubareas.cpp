// SPDX-License-Identifier: GPL-3.0-or-later
// Areas on the hub: import-areas of CBS label points and of GeoJSON outlines, places
// given their buurt by point in polygon, and figures that follow the place, on both
// dialects, with the real Amsterdam buurten and places.
#include "hubtest.h"
#include "stats/statsstore.h"
#include "statstestdata.h"
#include "store/hubcatalogue.h"
#include "store/hubdatabase.h"
#include "worker/cataloguepayload.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QFile>
#include <QTest>

using namespace Buurtplein;
using namespace Buurtplein::HubTest;
using namespace Buurtplein::StatsTestData;

namespace {
const QString buurtOutlines = QStringLiteral(BUURTPLEIN_SHARED_DATA "/map/areas/buurten.geojson");
const QString wijkOutlines = QStringLiteral(BUURTPLEIN_SHARED_DATA "/map/areas/wijken_derived.geojson");
const QString cityPlaces = QStringLiteral(BUURTPLEIN_SHARED_DATA "/places/amsterdam_maatschappelijke_voorzieningen.geojson");

QString codesOf(const QString &location, const QString &uid)
{
    HubDatabase db;
    db.open(location);
    const auto item = HubCatalogue(db).find(CataloguePayload::PlaceKind, uid);
    return item ? item->data.value(QStringLiteral("buurtCode")).toString() + QLatin1Char('/') + item->data.value(QStringLiteral("wijkCode")).toString()
                    + QLatin1Char('/') + item->data.value(QStringLiteral("gemeenteCode")).toString()
                : QStringLiteral("missing");
}

int count(HubDatabase &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}
} // namespace

class TestHubAreas : public QObject
{
    Q_OBJECT

private slots:
    void dialect_data()
    {
        QTest::addColumn<QString>("dialect");
        for (const QString &d : dialects())
            QTest::newRow(qPrintable(d)) << d;
    }

    // Outlines give places their buurt by point in polygon, as new catalogue versions;
    // the figures follow the place (nothing is re-ingested, nothing lost), a place no
    // outline holds keeps its codes, a second import changes nothing, and a bad file
    // stores nothing.
    void outlinesReassignPlaces_data() { dialect_data(); }
    void outlinesReassignPlaces()
    {
        QFETCH(QString, dialect);
        FreshDatabase fresh;
        QString error;
        QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
        {
            HubDatabase db;
            QVERIFY(db.open(fresh.location()));
            QVERIFY2(seedCatalogue(db, &error), qPrintable(error));
            // place-0 at OBA Javaplein, place-1 at De Meevaart, place-2 in Utrecht.
            const QList<std::pair<double, double>> at = {{52.364156, 4.938757}, {52.3626, 4.9423}, {52.0908, 5.1222}};
            HubCatalogue catalogue(db);
            for (int p = 0; p < 3; ++p) {
                const QString uid = QStringLiteral("place-%1").arg(p);
                QJsonObject data = catalogue.find(CataloguePayload::PlaceKind, uid)->data;
                data.insert(QStringLiteral("lat"), at.at(p).first);
                data.insert(QStringLiteral("lon"), at.at(p).second);
                QVERIFY(catalogue.upsert(CataloguePayload::PlaceKind, uid, {}, data).outcome == CatalogueWrite::Stored);
            }
            QVERIFY2(storeRandomLogs(db, 7, 200, &error), qPrintable(error));
        }
        HubDatabase db;
        QVERIFY(db.open(fresh.location()));
        const auto before = attendanceByBuurt(db);
        QVERIFY(before.value(buurten.at(0)) > 0 && before.value(buurten.at(1)) > 0 && before.value(buurten.at(2)) > 0);
        const qint64 changeBefore = HubCatalogue(db).lastChange();

        CliRun run = runHub({"import-areas", buurtOutlines, "--code", "cbsCode", "--name", "naam", "--division", "2022", "--db", fresh.location()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(QStringLiteral("areas")).toInt(), 518);
        QCOMPARE(report.value(QStringLiteral("outlines")).toInt(), 518);
        QCOMPARE(report.value(QStringLiteral("places")).toObject(),
                 (QJsonObject{{QStringLiteral("checked"), 3}, {QStringLiteral("changed"), 2}, {QStringLiteral("outside"), 1}}));
        QCOMPARE(codesOf(fresh.location(), QStringLiteral("place-0")), QStringLiteral("BU0363MF01/WK0363MF/GM0363"));
        QCOMPARE(codesOf(fresh.location(), QStringLiteral("place-1")), QStringLiteral("BU0363MG01/WK0363MG/GM0363"));
        QCOMPARE(codesOf(fresh.location(), QStringLiteral("place-2")), buurten.at(2) + QStringLiteral("/WK036381/GM0363"));
        QCOMPARE(HubCatalogue(db).lastChange(), changeBefore + 2); // two new versions, for devices to follow

        const auto after = attendanceByBuurt(db);
        QCOMPARE(after.value(QStringLiteral("BU0363MF01")), before.value(buurten.at(0)));
        QCOMPARE(after.value(QStringLiteral("BU0363MG01")), before.value(buurten.at(1)));
        QCOMPARE(after.value(buurten.at(2)), before.value(buurten.at(2)));
        QCOMPARE(after.value(buurten.at(0)), 0);

        // The evaluator's dimensions name the new buurten, with their division's year.
        StatsStore stats(db);
        const QJsonObject dimensions = stats.dimensions(&error).value_or(QJsonObject());
        bool named = false;
        for (const QJsonValue &a : dimensions.value(QStringLiteral("areas")).toArray()) {
            if (a[QStringLiteral("code")].toString() == QLatin1String("BU0363MF01")) {
                named = a[QStringLiteral("name")].toString() == QLatin1String("Timorpleinbuurt-Noord") && a[QStringLiteral("division")].toInt() == 2022
                    && a[QStringLiteral("parent")].toString() == QLatin1String("WK0363MF") && a[QStringLiteral("lat")].isDouble();
            }
        }
        QVERIFY2(named, QJsonDocument(dimensions).toJson().constData());
        QCOMPARE(stats.labels(Stats::Dimension::Buurt).value(QStringLiteral("BU0363MG01")), QStringLiteral("Makassarpleinbuurt"));

        // Wijk outlines add the wijk names and move no place.
        run = runHub({"import-areas", wijkOutlines, "--code", "cbsCode", "--name", "naam", "--division", "2022", "--db", fresh.location()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("places"))[QStringLiteral("changed")].toInt(), 0);
        QCOMPARE(stats.labels(Stats::Dimension::Wijk).value(QStringLiteral("WK0363MF")), QStringLiteral("Indische Buurt-West"));
        // Again: nothing changes.
        run = runHub({"import-areas", buurtOutlines, "--code", "cbsCode", "--name", "naam", "--division", "2022", "--db", fresh.location()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(HubCatalogue(db).lastChange(), changeBefore + 2);

        // Refused, with a sentence, storing nothing.
        const int outlines = count(db, QStringLiteral("SELECT count(*) FROM area_outline"));
        QCOMPARE(outlines, 518 + 110);
        const QList<std::pair<QStringList, QByteArray>> refused = {
            {{"import-areas", buurtOutlines, "--code", "code", "--name", "naam"}, "'AA01' in 'code' is not a CBS code"},
            {{"import-areas", buurtOutlines}, "name the properties that hold each area's CBS code and name"},
            {{"import-areas", buurtOutlines, "--code", "cbsCode", "--name", "naam", "--division", "22"}, "--division is the year"},
            {{"import-areas", cityPlaces, "--code", "MVZN_ID", "--name", "Naam"}, "'MV1135-1' in 'MVZN_ID' is not a CBS code"},
        };
        for (const auto &[args, message] : refused) {
            run = runHub(args + QStringList{"--db", fresh.location()});
            QVERIFY2(run.exitCode == 2, qPrintable(args.join(QLatin1Char(' ')) + QLatin1Char(' ') + QString::fromUtf8(run.err)));
            QVERIFY2(run.err.contains(message), run.err.constData());
        }
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM area_outline")), outlines);
        QCOMPARE(HubCatalogue(db).lastChange(), changeBefore + 2);
    }

    // The outlines over HTTP, for the evaluator's choropleth and the resident's chooser:
    // public, per level and gemeente, coordinates to six decimals, ETag and 304; a bad
    // level or parameter is refused.
    void outlinesOverHttp_data() { dialect_data(); }
    void outlinesOverHttp()
    {
        QFETCH(QString, dialect);
        FreshDatabase fresh;
        QString error;
        QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
        for (const QString &file : {buurtOutlines, wijkOutlines}) {
            const CliRun run = runHub({"import-areas", file, "--code", "cbsCode", "--name", "naam", "--division", "2022", "--db", fresh.location()});
            QVERIFY2(run.exitCode == 0, run.err.constData());
        }
        HubProcess hub;
        QVERIFY2(hub.start(fresh.location(), &error), qPrintable(error));
        QNetworkAccessManager nam;
        Answer buurten = call(nam, "GET", hub.url(QStringLiteral("/v1/areas/outlines?level=buurt&gemeente=GM0363")));
        QCOMPARE(buurten.status, 200);
        const QJsonArray features = buurten.json().value(QStringLiteral("features")).toArray();
        QCOMPARE(features.size(), 518);
        const QJsonObject first = features.first().toObject();
        QCOMPARE(first.value(QStringLiteral("properties"))[QStringLiteral("level")].toString(), QStringLiteral("buurt"));
        QCOMPARE(first.value(QStringLiteral("properties"))[QStringLiteral("division")].toInt(), 2022);
        QVERIFY(first.value(QStringLiteral("properties"))[QStringLiteral("code")].toString().startsWith(QLatin1String("BU0363")));
        const double x = first.value(QStringLiteral("geometry"))[QStringLiteral("coordinates")][0][0][0].toDouble();
        QCOMPARE(std::round(x * 1e6) / 1e6, x);
        QVERIFY(x > 4.7 && x < 5.2);
        QCOMPARE(call(nam, "GET", hub.url(QStringLiteral("/v1/areas/outlines?level=wijk"))).json().value(QStringLiteral("features")).toArray().size(), 110);
        QCOMPARE(call(nam, "GET", hub.url(QStringLiteral("/v1/areas/outlines?gemeente=GM0344"))).json().value(QStringLiteral("features")).toArray().size(), 0);
        for (const char *bad : {"/v1/areas/outlines?level=straat", "/v1/areas/outlines?gemeente=Amsterdam", "/v1/areas/outlines?bbox=1,2,3,4"})
            QVERIFY2(call(nam, "GET", hub.url(QString::fromLatin1(bad))).status == 400, bad);
        // Revalidated with its ETag.
        QNetworkRequest request(hub.url(QStringLiteral("/v1/areas/outlines?level=wijk")));
        QNetworkReply *reply = nam.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray etag = reply->rawHeader("ETag");
        reply->deleteLater();
        QVERIFY(!etag.isEmpty());
        request.setRawHeader("If-None-Match", etag);
        reply = nam.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 304);
        reply->deleteLater();
    }

    // With outlines on the hub, the city's places file gives every place the buurt that
    // holds it; the CBS label points are only the fallback, and none is needed here.
    void importedPlacesGetTheirOutline_data() { dialect_data(); }
    void importedPlacesGetTheirOutline()
    {
        QFETCH(QString, dialect);
        FreshDatabase fresh;
        QString error;
        QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
        QCOMPARE(runHub({"import-demo", "--db", fresh.location()}).exitCode, 0);
        CliRun run = runHub({"import-areas", buurtOutlines, "--code", "cbsCode", "--name", "naam", "--division", "2022", "--db", fresh.location()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // Every demo place lies in the city: all of them move to the 2022 division.
        const QJsonObject moved = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("places")).toObject();
        QVERIFY(moved.value(QStringLiteral("checked")).toInt() > 5);
        QCOMPARE(moved.value(QStringLiteral("changed")).toInt(), moved.value(QStringLiteral("checked")).toInt());
        QCOMPARE(codesOf(fresh.location(), QStringLiteral("mvzn:MV2946-1")), QStringLiteral("BU0363MF01/WK0363MF/GM0363"));

        run = runHub({"import-places", cityPlaces, "--areas",
                      QStringLiteral(BUURTPLEIN_SHARED_DATA "/places/cbs_labelpoints_gemeente2015_wijk2014_buurt2014.csv"), "--db", fresh.location()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        const int imported = report.value(QStringLiteral("imported")).toInt();
        QVERIFY(imported > 1400);
        QCOMPARE(report.value(QStringLiteral("areasByOutline")).toInt(), imported);
        QCOMPARE(report.value(QStringLiteral("areasByLabelPoint")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("withoutAreaCodes")).toInt(), 0);
        QCOMPARE(codesOf(fresh.location(), QStringLiteral("mvzn:MV2946-1")), QStringLiteral("BU0363MF01/WK0363MF/GM0363"));
    }

    // Importing the city's places over the demo keeps the area codes the demo's places
    // had (the file has none), twice over; with --areas every place gets its nearest
    // buurt's codes. Before, OBA Javaplein lost its buurt and its figures went "onbekend".
    void reimportKeepsAreaCodes_data() { dialect_data(); }
    void reimportKeepsAreaCodes()
    {
        QFETCH(QString, dialect);
        FreshDatabase fresh;
        QString error;
        QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
        QCOMPARE(runHub({"import-demo", "--db", fresh.location()}).exitCode, 0);
        const QString places = QStringLiteral(BUURTPLEIN_SHARED_DATA "/places/amsterdam_maatschappelijke_voorzieningen.geojson");
        auto codes = [&](const QString &uid) { return codesOf(fresh.location(), uid); };
        const QString javaplein = QStringLiteral("mvzn:MV2946-1");
        const QString before = codes(javaplein);
        QVERIFY2(before.startsWith(QStringLiteral("BU")), qPrintable(before));
        for (int round = 0; round < 2; ++round) {
            const CliRun run = runHub({"import-places", places, "--db", fresh.location()});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            const QJsonObject report = QJsonDocument::fromJson(run.out).object();
            QVERIFY2(report.value(QStringLiteral("areaCodesKept")).toInt() >= 5, run.out.constData());
            QVERIFY(report.value(QStringLiteral("withoutAreaCodes")).toInt() > 0); // the city's other places: said, not hidden
            QCOMPARE(codes(javaplein), before);
        }
        // With the CBS label points, the codes are computed: Javaplein stays in its buurt and
        // hardly any place is left without one.
        const CliRun located = runHub({"import-places", places, "--areas",
                                       QStringLiteral(BUURTPLEIN_SHARED_DATA "/places/cbs_labelpoints_gemeente2015_wijk2014_buurt2014.csv"),
                                       "--db", fresh.location()});
        QVERIFY2(located.exitCode == 0, located.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(located.out).object();
        QVERIFY2(report.value(QStringLiteral("withoutAreaCodes")).toInt() * 20 < report.value(QStringLiteral("imported")).toInt(), located.out.constData());
        QVERIFY2(codes(javaplein).startsWith(QStringLiteral("BU0363")), qPrintable(codes(javaplein)));
        // A file that is not an area index changes nothing.
        const CliRun bad = runHub({"import-places", places, "--areas", places, "--db", fresh.location()});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("Nothing was imported"));
    }

    // A file that carries CBS codes itself: --map names its column (spelled as the
    // catalogue spells the field), the codes are kept over the outlines and re-imports.
    void codesTheFileCarries_data() { dialect_data(); }
    void codesTheFileCarries()
    {
        QFETCH(QString, dialect);
        FreshDatabase fresh;
        QString error;
        QVERIFY2(fresh.create(dialect, &error), qPrintable(error));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("wijkcentra.csv"));
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("id,name,lat,lon,CBS\nW1,Wijkcentrum Oost,52.363009,4.940372,bu0363mf01\n"
                  "W2,Wijkcentrum Noord,52.3900,4.9200,niet bekend\n");
        csv.close();

        const CliRun unknown = runHub({"import-places", file, "--map", "buurt=CBS", "--db", fresh.location()});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("buurtCode"), unknown.err.constData()); // the message lists the fields
        QCOMPARE(codesOf(fresh.location(), QStringLiteral("place:W1")), QStringLiteral("missing"));

        for (int round = 0; round < 2; ++round) {
            const CliRun run = runHub({"import-places", file, "--map", "buurtCode=CBS", "--db", fresh.location()});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            const QJsonObject report = QJsonDocument::fromJson(run.out).object();
            QCOMPARE(report.value(QStringLiteral("areasFromFile")).toInt(), 1);
            QVERIFY2(QJsonDocument(report.value(QStringLiteral("warnings")).toArray()).toJson().contains("not a CBS buurt code"),
                     run.out.constData());
            QCOMPARE(codesOf(fresh.location(), QStringLiteral("place:W1")), QStringLiteral("BU0363MF01/WK0363MF/GM0363"));
            QCOMPARE(codesOf(fresh.location(), QStringLiteral("place:W2")), QStringLiteral("//"));
        }
    }
};

QTEST_GUILESS_MAIN(TestHubAreas)
#include "tst_hubareas.moc"
