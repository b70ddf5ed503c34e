// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/areaindex.h"
#include "catalogue/cataloguestore.h"
#include "storage/database.h"
#include "places/demoloader.h"
#include "schedule/dutchholidays.h"
#include "recurrence/occurrenceexpander.h"
#include "storage/vocabulary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include "schedule/dutchholidays.h"

#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace Buurtplein;

namespace {
const QString demoPath = QStringLiteral(BUURTPLEIN_ASSETS "/demo/demo-neighbourhood.json");

int rows(Database &db, const QString &table)
{
    static const QHash<QString, QString> counts = {
        {QStringLiteral("activity"), QStringLiteral("SELECT COUNT(*) FROM activity")},
        {QStringLiteral("place"), QStringLiteral("SELECT COUNT(*) FROM place")},
        {QStringLiteral("schedule"), QStringLiteral("SELECT COUNT(*) FROM schedule")},
        {QStringLiteral("occurrence_override"), QStringLiteral("SELECT COUNT(*) FROM occurrence_override")},
    };
    QSqlQuery query(db.connection());
    query.exec(counts.value(table));
    return query.next() ? query.value(0).toInt() : -1;
}

QJsonObject demoJson()
{
    QFile file(demoPath);
    file.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(file.readAll()).object();
}

qint64 utc(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("Europe/Amsterdam")).toSecsSinceEpoch();
}

QList<ExpandedOccurrence> sessions(const Schedule &schedule, qint64 from, qint64 to)
{
    RecurrenceSet set;
    set.startDate = schedule.startDate;
    set.startTime = schedule.startTime;
    set.zone = ZoneRules::amsterdam();
    set.durationSecs = schedule.durationMinutes * 60;
    set.rule = RecurrenceRule::parse(schedule.rrule);
    set.exceptionDays = schedule.exceptionDays;
    for (const QDateTime &extra : schedule.extraStarts)
        set.extraStartsUtc.append(extra.toSecsSinceEpoch());
    return OccurrenceExpander::expand(set, from, to);
}
} // namespace

class TestDemoLoader : public QObject
{
    Q_OBJECT

private:
    Database m_db;
    std::optional<DemoSummary> m_summary;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_db.open(QStringLiteral(":memory:")));
        CatalogueStore store(m_db);
        QString error;
        m_summary = DemoLoader::load(store, demoPath, &error);
        QVERIFY2(m_summary, qPrintable(error));
    }

    void everythingIsStored()
    {
        QCOMPARE(rows(m_db, QStringLiteral("activity")), m_summary->activities);
        QCOMPARE(rows(m_db, QStringLiteral("place")), m_summary->places);
        QCOMPARE(rows(m_db, QStringLiteral("schedule")), m_summary->schedules);
        QCOMPARE(rows(m_db, QStringLiteral("occurrence_override")), 2);
        QVERIFY(m_summary->activities >= 15);
    }

    void coversEveryCategory()
    {
        CatalogueStore store(m_db);
        QSet<QString> categories;
        for (const QString &uid : store.activityUids())
            categories.insert(store.activity(uid)->category);
        for (const Vocabulary::Term &category : Vocabulary::categories())
            QVERIFY2(categories.contains(category.id), qPrintable(category.id));
    }

    void listedActivities_data()
    {
        QTest::addColumn<QString>("uid");
        QTest::addColumn<QString>("placeKind");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("audience");
        QTest::addColumn<QString>("translation");
        QTest::newRow("taalcafe in the library") << "demo:taalcafe-javaplein" << "bibliotheek" << "taal_ontmoeting" << "iedereen" << "ar";
        QTest::newRow("inloop in a huis van de wijk") << "demo:inloop-meevaart" << "buurthuis" << "inloop_koffie" << "iedereen" << "tr";
        QTest::newRow("moestuin in a buurttuin") << "demo:moestuin-flevopark" << "buurttuin" << "groen_duurzaam" << "iedereen" << "en";
        QTest::newRow("women's sport") << "demo:vrouwen-sport" << "sportaccommodatie" << "sport_bewegen" << "vrouwen" << "ar";
        QTest::newRow("spreekuur") << "demo:spreekuur-vonk" << "buurthuis" << "spreekuur_advies" << "iedereen" << "tr";
        QTest::newRow("homework help") << "demo:huiswerk-javaplein" << "bibliotheek" << "kinderen_gezin" << "kinderen" << "en";
        QTest::newRow("dialogue evening") << "demo:dialoog-meevaart" << "buurthuis" << "dialoog" << "iedereen" << "en";
        QTest::newRow("Koningsdag on the square") << "demo:koningsdag-javaplein" << "plein" << "feest_festival" << "iedereen" << "ar";
        QTest::newRow("speeltuin") << "demo:speelmiddag-sumatra" << "speeltuin" << "kinderen_gezin" << "ouders_met_kinderen" << "";
    }

    void listedActivities()
    {
        QFETCH(QString, uid);
        QFETCH(QString, placeKind);
        QFETCH(QString, category);
        QFETCH(QString, audience);
        QFETCH(QString, translation);
        CatalogueStore store(m_db);
        const auto activity = store.activity(uid);
        QVERIFY(activity);
        QCOMPARE(activity->category, category);
        QCOMPARE(activity->audience, audience);
        QCOMPARE(store.place(activity->placeUid)->kind, placeKind);
        if (!translation.isEmpty())
            QVERIFY(!activity->translations.value(translation).title.isEmpty());
        QVERIFY(!store.schedulesOf(uid).isEmpty());
    }

    // Residents reading Polish, Ukrainian or Tigrinya see every activity in their language
    // (tests/qml/resident/tst_contentlanguage shows the app choosing these texts).
    void everyActivityTranslated_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"pl", "uk", "ti"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void everyActivityTranslated()
    {
        QFETCH(QString, language);
        CatalogueStore store(m_db);
        const QStringList uids = store.activityUids();
        // Every activity of the file is checked, as stored.
        QCOMPARE(uids.size(), demoJson().value(QStringLiteral("activities")).toArray().size());
        QVERIFY(uids.size() >= 15);
        for (const QString &uid : uids) {
            const auto activity = store.activity(uid);
            QVERIFY(activity);
            QCOMPARE(activity->textLanguage, QStringLiteral("nl"));
            QVERIFY2(activity->translations.contains(language), qPrintable(uid));
            const Translation translation = activity->translations.value(language);
            QVERIFY2(!translation.title.trimmed().isEmpty(), qPrintable(uid));
            QVERIFY2(translation.title != activity->title, qPrintable(uid + QLatin1Char(' ') + translation.title));
            QVERIFY2(!translation.description.trimmed().isEmpty(), qPrintable(uid));
            QVERIFY2(translation.description != activity->description, qPrintable(uid));
        }
    }

    void everyScheduleParsesAndRunsThroughNextYear()
    {
        CatalogueStore store(m_db);
        for (const QString &uid : store.activityUids()) {
            for (const Schedule &schedule : store.schedulesOf(uid)) {
                QString error;
                QVERIFY2(RecurrenceRule::parse(schedule.rrule, &error), qPrintable(schedule.uid + QLatin1Char(' ') + error));
                // Every series has begun before the app's first release, so any week after it has sessions.
                QVERIFY2(schedule.startDate < QDate(2026, 10, 1), qPrintable(schedule.uid));
                QVERIFY2(!sessions(schedule, utc(2027, 1, 1), utc(2028, 1, 1)).isEmpty(), qPrintable(schedule.uid));
            }
        }
    }

    void aWeekHasSessions_data()
    {
        QTest::addColumn<QDate>("monday");
        QTest::newRow("first week") << QDate(2026, 9, 7);
        QTest::newRow("late november") << QDate(2026, 11, 23);
        QTest::newRow("winter") << QDate(2027, 2, 1);
        QTest::newRow("summer") << QDate(2027, 7, 5);
        QTest::newRow("2029") << QDate(2029, 10, 1);
        QTest::newRow("2033") << QDate(2033, 10, 3);
        QTest::newRow("2040") << QDate(2040, 6, 4);
    }

    void aWeekHasSessions()
    {
        QFETCH(QDate, monday);
        CatalogueStore store(m_db);
        int count = 0;
        for (const QString &uid : store.activityUids()) {
            for (const Schedule &schedule : store.schedulesOf(uid))
                count += sessions(schedule, utc(monday.year(), monday.month(), monday.day()),
                                  utc(monday.year(), monday.month(), monday.day()) + 7 * 86400).size();
        }
        QVERIFY2(count >= 15, qPrintable(QString::number(count)));
    }

    void holidaysAreSkipped()
    {
        CatalogueStore store(m_db);
        const Schedule inloop = store.schedulesOf(QStringLiteral("demo:inloop-meevaart")).first();
        // Christmas 2026 falls on a Friday: no inloop on the 25th, but on Thursday the 24th.
        QVERIFY(sessions(inloop, utc(2026, 12, 25), utc(2026, 12, 26)).isEmpty());
        QCOMPARE(sessions(inloop, utc(2026, 12, 24), utc(2026, 12, 25)).size(), 1);
        // Hemelvaart 2027 is Thursday 6 May.
        QVERIFY(sessions(inloop, utc(2027, 5, 6), utc(2027, 5, 7)).isEmpty());
    }

    void noSessionOnAPublicHolidayForYears_data()
    {
        QTest::addColumn<int>("year");
        // The demo file once listed the holidays up to 1 January 2028; they are computed now.
        for (int year : {2027, 2028, 2031, 2038, 2050})
            QTest::newRow(qPrintable(QString::number(year))) << year;
    }

    void noSessionOnAPublicHolidayForYears()
    {
        QFETCH(int, year);
        const QJsonArray activities = demoJson().value(QStringLiteral("activities")).toArray();
        CatalogueStore store(m_db);
        int skipping = 0;
        for (const QJsonValue &activity : activities) {
            for (const QJsonValue &s : activity.toObject().value(QStringLiteral("schedules")).toArray()) {
                if (!s.toObject().value(QStringLiteral("skipHolidays")).toBool())
                    continue;
                ++skipping;
                const auto schedule = store.schedule(s.toObject().value(QStringLiteral("uid")).toString());
                QVERIFY(schedule);
                QVERIFY(!sessions(*schedule, utc(year, 1, 1), utc(year + 1, 1, 1)).isEmpty());
                for (const Holiday &holiday : DutchHolidays::publicHolidays(year)) {
                    const QDate d = holiday.date;
                    QVERIFY2(sessions(*schedule, utc(d.year(), d.month(), d.day()), utc(d.year(), d.month(), d.day()) + 86400).isEmpty(),
                             qPrintable(schedule->uid + QLatin1Char(' ') + holiday.id));
                }
            }
        }
        QVERIFY(skipping >= 10);
    }

    void koningsdagOncePerYear()
    {
        CatalogueStore store(m_db);
        const Schedule feest = store.schedulesOf(QStringLiteral("demo:koningsdag-javaplein")).first();
        const auto in2027 = sessions(feest, utc(2027, 1, 1), utc(2028, 1, 1));
        QCOMPARE(in2027.size(), 1);
        QCOMPARE(in2027.first().localDate, QDate(2027, 4, 27));
        QCOMPARE(in2027.first().localTime, QTime(10, 0));
        // 27 April 2031 is a Sunday: the party moves to Saturday the 26th.
        const auto in2031 = sessions(feest, utc(2031, 1, 1), utc(2032, 1, 1));
        QCOMPARE(in2031.size(), 1);
        QCOMPARE(in2031.first().localDate, QDate(2031, 4, 26));
    }

    void cancelledSessionIsAnOverride()
    {
        CatalogueStore store(m_db);
        const qint64 start = utc(2026, 11, 25, 10, 0);
        const auto cancelled = store.occurrenceOverride(OccurrenceId::make(QStringLiteral("demo:inloop-meevaart"), start));
        QVERIFY(cancelled);
        QCOMPARE(cancelled->status, QStringLiteral("cancelled"));
        QVERIFY(!cancelled->reason.isEmpty());
        const auto moved = store.overridesOf(QStringLiteral("demo:dialoog-meevaart"));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.first().status, QStringLiteral("moved"));
        QCOMPARE(moved.first().newPlaceUid, QStringLiteral("mvzn:MV1188-1"));
    }

    void placesCarryTheirAreaCodes()
    {
        AreaIndex areas;
        QVERIFY(areas.load(QStringLiteral(BUURTPLEIN_ASSETS "/demo/cbs_areas_amsterdam.csv")));
        CatalogueStore store(m_db);
        for (const QJsonValue &value : demoJson().value(QStringLiteral("places")).toArray()) {
            const auto place = store.place(value.toObject().value(QStringLiteral("uid")).toString());
            QVERIFY(place);
            const auto codes = areas.locate(place->lat, place->lon);
            QVERIFY(codes);
            QCOMPARE(place->buurtCode, codes->buurt);
            QCOMPARE(place->wijkCode, codes->wijk);
            QCOMPARE(place->gemeenteCode, QStringLiteral("GM0363"));
            QVERIFY(!areas.name(place->buurtCode).isEmpty());
        }
    }

    void loadingTwiceUpdates()
    {
        CatalogueStore store(m_db);
        QVERIFY(DemoLoader::load(store, demoPath));
        QCOMPARE(rows(m_db, QStringLiteral("activity")), m_summary->activities);
        QCOMPARE(rows(m_db, QStringLiteral("schedule")), m_summary->schedules);
    }

    void invalidDemoChangesNothing_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("bad rrule") << "activities/2/schedules/0/rrule" << "FREQ=SOMETIMES" << "RRULE";
        QTest::newRow("unknown category") << "activities/3/category" << "gezelligheid" << "category";
        QTest::newRow("unknown place") << "activities/4/place" << "mvzn:NOPE" << "place";
        QTest::newRow("override on no session") << "overrides/0/originalStart" << "2026-11-25T11:00" << "matches no session";
        QTest::newRow("holidays without years") << "holidays/years" << "many" << "holidays";
        QTest::newRow("holidays of no known kind") << "holidays/computed" << "easter-only" << "holidays";
    }

    void invalidDemoChangesNothing()
    {
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(QString, messagePart);
        // Damage one value of the real demo; the last record goes in last, so a late failure must roll back.
        QJsonObject root = demoJson();
        const QStringList steps = path.split(QLatin1Char('/'));
        std::function<QJsonValue(QJsonValue, int)> set = [&](QJsonValue node, int i) -> QJsonValue {
            if (i == steps.size())
                return QJsonValue(value);
            bool isIndex = false;
            const int index = steps.at(i).toInt(&isIndex);
            if (isIndex) {
                QJsonArray array = node.toArray();
                array[index] = set(array.at(index), i + 1);
                return array;
            }
            QJsonObject object = node.toObject();
            object[steps.at(i)] = set(object.value(steps.at(i)), i + 1);
            return object;
        };
        root = set(root, 0).toObject();

        Database db;
        QVERIFY(db.open(QStringLiteral(":memory:")));
        CatalogueStore store(db);
        QString error;
        QVERIFY(!DemoLoader::loadData(store, QJsonDocument(root).toJson(), &error));
        QVERIFY2(error.contains(messagePart), qPrintable(error));
        QCOMPARE(rows(db, QStringLiteral("activity")), 0);
        QCOMPARE(rows(db, QStringLiteral("place")), 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoLoader)
#include "tst_demoloader.moc"
