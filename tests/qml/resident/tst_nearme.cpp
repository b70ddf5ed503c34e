// SPDX-License-Identifier: GPL-3.0-or-later
// "Near me" end to end with the real position source: the app's objects as AppRoot
// builds them, with the platform's PositionProvider replaying an NMEA walk (Qt
// Positioning's NMEA source), and the fallback when the source never gets a fix. The
// Qt Quick test tst_nearme.qml covers the chooser's controls; this covers the source,
// the models that measure from it and where the choice is kept.
#include "common/occurrencelistmodel.h"
#include "resident/searchmodel.h"
#include "resident/upcomingmodel.h"
#include "app/approot.h"
#include "device/devicesettings.h"
#include "search/geodistance.h"
#include "resident/nearme.h"
#include "places/areaindex.h"
#include "device/locationresolver.h"
#include "platform/positionprovider.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Buurtplein;

namespace {

const QString walkPath = QStringLiteral(BUURTPLEIN_ASSETS "/demo/walk-indische-buurt.nmea");
const QString noFixPath = QStringLiteral(BUURTPLEIN_QML_TESTS "/no-fix.nmea");
const QString indischeBuurtWest = QStringLiteral("BU03630531");

// "5221.8371","N" -> 52.36395, read here rather than by Qt's parser.
double nmeaDegrees(const QString &value, const QString &hemisphere, int degreeDigits)
{
    const double result = value.left(degreeDigits).toDouble() + value.mid(degreeDigits).toDouble() / 60.0;
    return hemisphere == QLatin1String("S") || hemisphere == QLatin1String("W") ? -result : result;
}

// The positions of the walk's $GPRMC sentences.
QList<QPointF> walkFixes()
{
    QFile file(walkPath);
    QList<QPointF> fixes;
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return fixes;
    while (!file.atEnd()) {
        const QString line = QString::fromLatin1(file.readLine()).trimmed();
        const QStringList f = line.left(line.indexOf(QLatin1Char('*'))).split(QLatin1Char(','));
        if (f.value(0) == QLatin1String("$GPRMC") && f.value(2) == QLatin1String("A"))
            fixes.append({nmeaDegrees(f.value(5), f.value(6), 3), nmeaDegrees(f.value(3), f.value(4), 2)});
    }
    return fixes;
}

// The place of the home page's session nearest to where "near me" measures from.
QString nearestPlace(const OccurrenceListModel &model)
{
    QString place;
    double best = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        const double metres = model.index(row).data(OccurrenceListModel::DistanceRole).toDouble();
        if (metres >= 0 && (best < 0 || metres < best)) {
            best = metres;
            place = model.index(row).data(OccurrenceListModel::PlaceRole).toString();
        }
    }
    return place;
}

// Every row of every table but device_setting, as text: what the app keeps besides the choices.
QStringList everythingButSettings(QSqlDatabase db)
{
    QStringList rows;
    for (const QString &table : db.tables()) {
        if (table == QLatin1String("device_setting") || table.startsWith(QLatin1String("sqlite_")))
            continue;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT * FROM \"%1\"").arg(table)); // table names from the schema, not from input
        if (!q.exec())
            continue;
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values.append(q.value(i).toString());
            rows.append(table + QLatin1Char(':') + values.join(QLatin1Char('|')));
        }
    }
    return rows;
}

QStringList filesUnder(const QString &path)
{
    QStringList files;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

} // namespace

namespace {
// A receiver that is on and allowed but never gets a fix and never reports an error: a
// phone indoors. Only the outside part fails; NearMe is the app's own.
class SilentReceiver : public PositionProvider
{
public:
    using PositionProvider::PositionProvider;
    void start() override { setActive(true); }
    void stop() override { setActive(false); }
    bool isAvailable() const override { return true; }
    void requestPermission() override { setPermissionGranted(true); Q_EMIT permissionChanged(true); }
    void fix(double lat, double lon) { Q_EMIT positionUpdated(lat, lon, 10); }
};
} // namespace

class TestNearMe : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QDateTime m_now{QDate(2026, 11, 23), QTime(8, 0), Qt::UTC};

    std::unique_ptr<AppRoot> open(const QString &databaseName, const QString &nmea)
    {
        AppRootOptions options;
        options.databasePath = m_dir.filePath(databaseName);
        options.demoPath = QStringLiteral(BUURTPLEIN_ASSETS "/demo/demo-neighbourhood.json");
        options.areasPath = QStringLiteral(BUURTPLEIN_ASSETS "/demo/cbs_areas_amsterdam.csv");
        options.now = m_now;
        options.startReminders = false;
        options.replayNmea = nmea;
        auto session = std::make_unique<AppRoot>();
        QString error;
        if (!session->open(options, &error)) {
            qWarning("cannot open the app's objects: %s", qPrintable(error));
            return nullptr;
        }
        session->search()->setDebounceMs(0);
        return session;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(walkFixes().size() > 100);
    }

    void walkBecomesNearMe()
    {
        const std::unique_ptr<AppRoot> session = open(QStringLiteral("walk.sqlite"), walkPath);
        QVERIFY(session);
        AppRoot *app = session.get();
        NearMe *nearMe = app->nearMe();
        UpcomingModel *home = app->upcoming();
        // The home list is read on a thread of its own.
        QTRY_VERIFY_WITH_TIMEOUT(home->rowCount() > 0, 10000);

        // First the resident's chosen neighbourhood: the home page measures from its middle.
        QVERIFY(nearMe->chooseArea(indischeBuurtWest));
        const QString nearestFromArea = nearestPlace(*home);
        QCOMPARE(nearestFromArea, QStringLiteral("De Indische Buurt School"));

        // Then the position: the replayed walk's first fix arrives through Qt Positioning.
        QSignalSpy located(nearMe, &NearMe::locationChanged);
        nearMe->usePosition();
        QTRY_VERIFY_WITH_TIMEOUT(nearMe->positionState() == NearMe::Fixed, 10000);
        QCOMPARE(nearMe->mode(), QStringLiteral("position"));
        QVERIFY(nearMe->hasLocation());
        bool onTheWalk = false;
        for (const QPointF &fix : walkFixes())
            onTheWalk = onTheWalk || (qAbs(fix.y() - nearMe->lat()) < 1e-6 && qAbs(fix.x() - nearMe->lon()) < 1e-6);
        QVERIFY2(onTheWalk, qPrintable(QStringLiteral("%1, %2").arg(nearMe->lat()).arg(nearMe->lon())));

        // The home page now measures from the walk: the library on the Javaplein is nearest.
        QVERIFY(home->origin());
        QCOMPARE(home->origin()->lat, nearMe->lat());
        QCOMPARE(home->origin()->lon, nearMe->lon());
        for (int row = 0; row < home->rowCount(); ++row) {
            const double metres = home->index(row).data(OccurrenceListModel::DistanceRole).toDouble();
            QVERIFY(metres >= 0);
        }
        QCOMPARE(nearestPlace(*home), QStringLiteral("OBA Javaplein"));
        QVERIFY(nearestPlace(*home) != nearestFromArea);

        // Search within 250 m: only what is near the walk, the library among it.
        SearchModel *search = app->search();
        QSignalSpy answered(search, &SearchModel::resultsReady);
        search->setRadiusMetres(250);
        QVERIFY(answered.wait(10000));
        QVERIFY(search->rowCount() > 0);
        bool library = false;
        const double lat = search->origin()->lat;
        const double lon = search->origin()->lon;
        for (int row = 0; row < search->rowCount(); ++row) {
            const QModelIndex index = search->index(row);
            QVERIFY(index.data(OccurrenceListModel::DistanceRole).toDouble() <= 250);
            library = library || index.data(OccurrenceListModel::PlaceRole).toString() == QLatin1String("OBA Javaplein");
            QVERIFY(index.data(OccurrenceListModel::PlaceRole).toString() != QLatin1String("Buurthuis De Meevaart"));
        }
        QVERIFY(library);
        QVERIFY(GeoDistance::metres(lat, lon, 52.3639, 4.9396) < 400); // still on the Javaplein

        // The position itself is never written down: only the mode is kept.
        DeviceSettings settings(session->database().connection());
        QTRY_COMPARE(settings.value(SettingKey::locationMode), QStringLiteral("position"));
        QSqlQuery q(session->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT key, value FROM device_setting")));
        while (q.next())
            QVERIFY2(!q.value(1).toString().contains(QStringLiteral("52.3")), qPrintable(q.value(0).toString()));
        nearMe->forget();
    }

    // No fix and no error: after the timeout the neighbourhood and postcode are offered;
    // the search goes on, and a fix that comes late still counts.
    void aReceiverThatNeverAnswersGivesWay()
    {
        const std::unique_ptr<AppRoot> session = open(QStringLiteral("silent.sqlite"), noFixPath);
        QVERIFY(session);
        AreaIndex areas;
        QVERIFY(areas.load(QStringLiteral(BUURTPLEIN_ASSETS "/demo/cbs_areas_amsterdam.csv")));
        LocationResolver resolver(session->database().connection(), areas);
        DeviceSettings settings(session->database().connection());
        SilentReceiver receiver;
        NearMe nearMe(settings, resolver, &receiver);
        nearMe.setFixTimeoutMs(300);
        nearMe.usePosition();
        QCOMPARE(nearMe.positionState(), NearMe::Waiting);
        QTRY_COMPARE_WITH_TIMEOUT(nearMe.positionState(), NearMe::Unavailable, 5000);
        QVERIFY(nearMe.message().contains(QStringLiteral("neighbourhood")));
        QVERIFY(!nearMe.hasLocation());
        QVERIFY(receiver.isActive()); // still looking
        receiver.fix(52.3632, 4.9338);
        QCOMPARE(nearMe.positionState(), NearMe::Fixed);
        QVERIFY(nearMe.hasLocation());
        QCOMPARE(nearMe.mode(), QStringLiteral("position"));
        // The default wait is short enough to be worth it and long enough for a cold start.
        QVERIFY(NearMe::DefaultFixTimeoutMs >= 5000 && NearMe::DefaultFixTimeoutMs <= 20000);
    }

    void withoutAFixTheChoiceIsKeptInDeviceSettingsOnly()
    {
        const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        const QStringList filesBefore = filesUnder(appData);
        QStringList catalogueBefore;
        {
            const std::unique_ptr<AppRoot> session = open(QStringLiteral("nofix.sqlite"), noFixPath);
            QVERIFY(session);
            NearMe *nearMe = session->nearMe();
            QVERIFY(!nearMe->hasLocation());
            catalogueBefore = everythingButSettings(session->database().connection());

            // A real source that never finds the resident: no location, and a way out is offered.
            // The replay runs out of sentences without a fix and Qt Positioning reports a timeout.
            nearMe->usePosition();
            QTRY_COMPARE_WITH_TIMEOUT(nearMe->positionState(), NearMe::Unavailable, 10000);
            QVERIFY(!nearMe->hasLocation());
            QVERIFY(nearMe->message().contains(QStringLiteral("neighbourhood")));
            QVERIFY(nearMe->message().contains(QStringLiteral("postcode")));
            QVERIFY(!nearMe->areas().isEmpty());
            bool offered = false;
            for (const QVariant &area : nearMe->areas())
                offered = offered || area.toMap().value(QStringLiteral("code")).toString() == indischeBuurtWest;
            QVERIFY(offered);

            QVERIFY(nearMe->chooseArea(indischeBuurtWest));
            QCOMPARE(nearMe->mode(), QStringLiteral("area"));
            DeviceSettings settings(session->database().connection());
            QTRY_COMPARE(settings.value(SettingKey::locationMode), QStringLiteral("area"));
            QTRY_COMPARE(settings.value(SettingKey::areaCode), indischeBuurtWest);
            // Nothing but the device settings changed: no other table, no file of the app.
            QCOMPARE(everythingButSettings(session->database().connection()), catalogueBefore);
        }
        QCOMPARE(filesUnder(appData), filesBefore);

        // The app starts again: the neighbourhood is still chosen.
        {
            const std::unique_ptr<AppRoot> session = open(QStringLiteral("nofix.sqlite"), noFixPath);
            QVERIFY(session);
            NearMe *nearMe = session->nearMe();
            QVERIFY(nearMe->hasLocation());
            QCOMPARE(nearMe->mode(), QStringLiteral("area"));
            QCOMPARE(nearMe->label(), QStringLiteral("Indische Buurt West"));
            QVERIFY(session->upcoming()->origin());

            // A postcode replaces it, also in the device settings only.
            QVERIFY(nearMe->usePostcode(QStringLiteral("1094 hw")));
            DeviceSettings settings(session->database().connection());
            QTRY_COMPARE(settings.value(SettingKey::locationMode), QStringLiteral("postcode"));
            QTRY_COMPARE(settings.value(SettingKey::postcode), QStringLiteral("1094HW"));
            QCOMPARE(everythingButSettings(session->database().connection()), catalogueBefore);

            // Forgetting it leaves no trace.
            nearMe->forget();
            QTRY_VERIFY(!settings.contains(SettingKey::locationMode));
            QTRY_VERIFY(!settings.contains(SettingKey::postcode));
            QTRY_VERIFY(!settings.contains(SettingKey::areaCode));
        }
    }

    // A buurt picked on the map's outlines (the 2022 division of the map package, which the
    // area list of 2014 does not hold) is kept with its point and found again after a restart;
    // what is not a CBS code, a name or a place on earth is refused and changes nothing.
    void aBuurtPickedOnTheMapIsKept()
    {
        const QString makassar = QStringLiteral("BU0363MG01");
        {
            const std::unique_ptr<AppRoot> session = open(QStringLiteral("outlined.sqlite"), noFixPath);
            QVERIFY(session);
            NearMe *nearMe = session->nearMe();
            QVERIFY(nearMe->chooseArea(indischeBuurtWest));
            DeviceSettings settings(session->database().connection());
            const struct { QString code, name; double lat, lon; } refused[] = {
                {QStringLiteral("XX0363MG01"), QStringLiteral("Makassarpleinbuurt"), 52.36, 4.94},
                {makassar, QStringLiteral(" "), 52.36, 4.94},
                {makassar, QStringLiteral("Makassar|pleinbuurt"), 52.36, 4.94},
                {makassar, QStringLiteral("Makassarpleinbuurt"), 91, 4.94},
                {makassar, QStringLiteral("Makassarpleinbuurt"), 52.36, qQNaN()},
            };
            for (const auto &r : refused) {
                QVERIFY2(!nearMe->chooseOutlinedArea(r.code, r.name, r.lat, r.lon), qPrintable(r.code + QLatin1Char(' ') + r.name));
                QTRY_COMPARE(settings.value(SettingKey::areaCode), indischeBuurtWest);
                QCOMPARE(nearMe->label(), QStringLiteral("Indische Buurt West"));
            }
            QVERIFY(nearMe->chooseOutlinedArea(makassar, QStringLiteral("Makassarpleinbuurt"), 52.363158, 4.942416));
            QCOMPARE(nearMe->areaCode(), makassar);
            QCOMPARE(nearMe->label(), QStringLiteral("Makassarpleinbuurt"));
            QCOMPARE(session->upcoming()->origin()->lat, 52.363158);
        }
        {
            const std::unique_ptr<AppRoot> session = open(QStringLiteral("outlined.sqlite"), noFixPath);
            QVERIFY(session);
            NearMe *nearMe = session->nearMe();
            QCOMPARE(nearMe->mode(), QStringLiteral("area"));
            QCOMPARE(nearMe->areaCode(), makassar);
            QCOMPARE(nearMe->label(), QStringLiteral("Makassarpleinbuurt"));
            QCOMPARE(nearMe->lat(), 52.363158);
            QCOMPARE(nearMe->lon(), 4.942416);
            // Choosing from the list again drops the kept point.
            QVERIFY(nearMe->chooseArea(indischeBuurtWest));
            QTRY_VERIFY(!DeviceSettings(session->database().connection()).contains(SettingKey::areaPoint));
            QCOMPARE(nearMe->areaCode(), indischeBuurtWest);
        }
    }
};

QTEST_GUILESS_MAIN(TestNearMe)
#include "tst_nearme.moc"
