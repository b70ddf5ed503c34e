// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/cataloguestore.h"
#include "storage/database.h"
#include "recurrence/occurrenceexpander.h"
#include "search/searchindex.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace Buurtplein;

class TestCatalogueStore : public QObject
{
    Q_OBJECT

private:
    Database m_db;

    int count(const QString &table)
    {
        QSqlQuery q(m_db.connection());
        // Table names come from this test's own constants, never from data.
        q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
        return q.next() ? q.value(0).toInt() : -1;
    }

    QString occurrenceStatus(const QString &uid)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT status FROM occurrence WHERE uid = :uid"));
        q.bindValue(QStringLiteral(":uid"), uid);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    static Place library()
    {
        Place p;
        p.uid = QStringLiteral("pl-lib");
        p.name = QStringLiteral("OBA Slotermeer");
        p.kind = QStringLiteral("bibliotheek");
        p.street = QStringLiteral("Plein '40-'45");
        p.houseNumber = QStringLiteral("1");
        p.postcode = QStringLiteral("1064SW");
        p.lat = 52.3797;
        p.lon = 4.8106;
        p.hasCoordinates = true;
        p.buurtCode = QStringLiteral("BU03630800");
        p.accessibility = {QStringLiteral("wheelchair"), QStringLiteral("accessible_toilet")};
        return p;
    }

    static Activity taalcafe()
    {
        Activity a;
        a.uid = QStringLiteral("act-taalcafe");
        a.organisationUid = QStringLiteral("org-oba");
        a.placeUid = QStringLiteral("pl-lib");
        a.title = QStringLiteral("Taalcafé");
        a.description = QStringLiteral("Oefen Nederlands met buren, met koffie.");
        a.category = QStringLiteral("taal_ontmoeting");
        a.languagesSpoken = {QStringLiteral("nl"), QStringLiteral("en"), QStringLiteral("ar")};
        a.translations.insert(QStringLiteral("en"), Translation{QStringLiteral("Language café"), QStringLiteral("Practise Dutch.")});
        return a;
    }

    static Schedule tuesdays()
    {
        Schedule s;
        s.uid = QStringLiteral("sch-taalcafe");
        s.activityUid = QStringLiteral("act-taalcafe");
        s.startDate = QDate(2026, 9, 1);
        s.startTime = QTime(14, 0);
        s.durationMinutes = 90;
        s.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TU");
        s.exceptionDays = {QDate(2026, 12, 29)};
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        QVERIFY(m_db.open(QStringLiteral(":memory:")));
        QString error;
        QVERIFY2(SearchIndex::rebuild(m_db.connection(), QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC), 8, &error),
                 qPrintable(error));
        CatalogueStore store(m_db);
        Organisation org{0, QStringLiteral("org-oba"), QStringLiteral("OBA"), QStringLiteral("bibliotheek"), 0};
        QVERIFY(store.save(org));
        Place p = library();
        QVERIFY2(store.save(p), qPrintable(store.errorString()));
    }

    void cleanup()
    {
        m_db.close();
    }

    void roundTripsEveryField()
    {
        CatalogueStore store(m_db);
        Activity a = taalcafe();
        a.costCents = 250;
        a.ageMin = 16;
        a.capacity = 20;
        a.programme = QStringLiteral("Samen in West");
        QVERIFY2(store.save(a), qPrintable(store.errorString()));
        QCOMPARE(a.version, 1);
        Schedule s = tuesdays();
        QVERIFY2(store.save(s), qPrintable(store.errorString()));

        const auto place = store.place(QStringLiteral("pl-lib"));
        QVERIFY(place);
        QCOMPARE(place->street, QStringLiteral("Plein '40-'45"));
        QCOMPARE(place->accessibility, library().accessibility);
        QVERIFY(place->hasCoordinates);
        QCOMPARE(place->lat, 52.3797);

        const auto activity = store.activity(QStringLiteral("act-taalcafe"));
        QVERIFY(activity);
        QCOMPARE(activity->title, QStringLiteral("Taalcafé"));
        QCOMPARE(activity->placeUid, QStringLiteral("pl-lib"));
        QCOMPARE(activity->organisationUid, QStringLiteral("org-oba"));
        QCOMPARE(activity->languagesSpoken, taalcafe().languagesSpoken);
        QCOMPARE(activity->translations.value(QStringLiteral("en")).title, QStringLiteral("Language café"));
        QCOMPARE(activity->costCents, 250);
        QCOMPARE(activity->ageMin, 16);
        QCOMPARE(activity->ageMax, -1);
        QCOMPARE(activity->capacity, 20);

        const auto schedule = store.schedule(QStringLiteral("sch-taalcafe"));
        QVERIFY(schedule);
        QCOMPARE(schedule->startTime, QTime(14, 0));
        QCOMPARE(schedule->exceptionDays, tuesdays().exceptionDays);
        QCOMPARE(schedule->rrule, tuesdays().rrule);

        a.title = QStringLiteral("Taalcafé West");
        QVERIFY(store.save(a));
        QCOMPARE(a.version, 2);
        QCOMPARE(store.activity(a.uid)->version, 2);
    }

    void refusesBadRecordsAndChangesNothing_data()
    {
        QTest::addColumn<int>("kind"); // 0 activity, 1 schedule, 2 override
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown place") << 0 << "place" << "unknown place";
        QTest::newRow("empty title") << 0 << "title" << "needs a title";
        QTest::newRow("ages reversed") << 0 << "ages" << "minimum age";
        QTest::newRow("unknown category") << 0 << "category" << "unknown category";
        QTest::newRow("origin as audience") << 0 << "audience" << "unknown audience";
        QTest::newRow("language not a code") << 0 << "language" << "not a language code";
        QTest::newRow("bad rrule") << 1 << "rrule" << "recurrence rule";
        QTest::newRow("unknown zone") << 1 << "zone" << "time zone";
        QTest::newRow("valid range reversed") << 1 << "range" << "after its end";
        QTest::newRow("override id mismatch") << 2 << "id" << "does not match";
        QTest::newRow("moved nowhere") << 2 << "moved" << "new time or a new place";
    }

    void refusesBadRecordsAndChangesNothing()
    {
        QFETCH(int, kind);
        QFETCH(QString, field);
        QFETCH(QString, message);
        CatalogueStore store(m_db);
        if (kind > 0) {
            Activity a = taalcafe();
            QVERIFY(store.save(a));
            Schedule s = tuesdays();
            QVERIFY(store.save(s));
        }
        const int activities = count(QStringLiteral("activity"));
        const int schedules = count(QStringLiteral("schedule"));
        const int occurrences = count(QStringLiteral("occurrence"));
        bool saved = true;
        if (kind == 0) {
            Activity a = taalcafe();
            a.uid = QStringLiteral("act-bad");
            if (field == QLatin1String("place"))
                a.placeUid = QStringLiteral("pl-nowhere");
            else if (field == QLatin1String("title"))
                a.title = QStringLiteral("  ");
            else if (field == QLatin1String("category"))
                a.category = QStringLiteral("taal & ontmoeting");
            else if (field == QLatin1String("audience"))
                a.audience = QStringLiteral("marokkanen"); // audiences describe activities, never origins
            else if (field == QLatin1String("language"))
                a.languagesSpoken = {QStringLiteral("Nederlands")};
            else
                a.ageMin = 30, a.ageMax = 12;
            saved = store.save(a);
        } else if (kind == 1) {
            Schedule s = tuesdays();
            if (field == QLatin1String("rrule"))
                s.rrule = QStringLiteral("FREQ=FORTNIGHTLY");
            else if (field == QLatin1String("zone"))
                s.timeZone = QStringLiteral("Europe/Atlantis");
            else
                s.validFrom = QDate(2027, 1, 1), s.validTo = QDate(2026, 1, 1);
            saved = store.save(s);
        } else {
            OccurrenceOverride o;
            o.activityUid = QStringLiteral("act-taalcafe");
            o.originalStart = QDateTime(QDate(2026, 11, 24), QTime(13, 0), Qt::UTC);
            o.occurrenceUid = field == QLatin1String("id") ? QStringLiteral("act-taalcafe/20260101T000000Z")
                                                           : OccurrenceId::make(o.activityUid, o.originalStart.toSecsSinceEpoch());
            o.status = QStringLiteral("moved");
            saved = store.save(o);
        }
        QVERIFY(!saved);
        QVERIFY2(store.errorString().contains(message), qPrintable(store.errorString()));
        QCOMPARE(count(QStringLiteral("activity")), activities);
        QCOMPARE(count(QStringLiteral("schedule")), schedules);
        QCOMPARE(count(QStringLiteral("occurrence")), occurrences);
        QCOMPARE(count(QStringLiteral("occurrence_override")), 0);
    }

    void overrideSurvivesScheduleEdit()
    {
        CatalogueStore store(m_db);
        Activity a = taalcafe();
        QVERIFY(store.save(a));
        Schedule s = tuesdays();
        QVERIFY(store.save(s));
        // Tuesday 1 December 2026, 14:00 CET = 13:00 UTC.
        const QDateTime original(QDate(2026, 12, 1), QTime(13, 0), Qt::UTC);
        const QString id = OccurrenceId::make(a.uid, original.toSecsSinceEpoch());
        QCOMPARE(occurrenceStatus(id), QStringLiteral("scheduled"));

        OccurrenceOverride cancel;
        cancel.activityUid = a.uid;
        cancel.originalStart = original;
        cancel.occurrenceUid = id;
        cancel.status = QStringLiteral("cancelled");
        cancel.reason = QStringLiteral("host ill");
        QVERIFY2(store.save(cancel), qPrintable(store.errorString()));
        QCOMPARE(occurrenceStatus(id), QStringLiteral("cancelled"));

        s.durationMinutes = 120;
        a.description = QStringLiteral("Nu twee uur.");
        QVERIFY(store.save(s));
        QVERIFY(store.save(a));
        QCOMPARE(occurrenceStatus(id), QStringLiteral("cancelled"));
        QCOMPARE(store.overridesOf(a.uid).size(), 1);

        QVERIFY(store.removeOverride(id));
        QCOMPARE(occurrenceStatus(id), QStringLiteral("scheduled"));
    }

    void removingAnActivityTakesItsSessions()
    {
        CatalogueStore store(m_db);
        Activity a = taalcafe();
        QVERIFY(store.save(a));
        Schedule s = tuesdays();
        QVERIFY(store.save(s));
        QVERIFY(count(QStringLiteral("occurrence")) > 0);
        QVERIFY(store.removeActivity(a.uid));
        QCOMPARE(count(QStringLiteral("schedule")), 0);
        QCOMPARE(count(QStringLiteral("occurrence")), 0);
        QCOMPARE(count(QStringLiteral("activity_translation")), 0);
        QVERIFY(!store.removeActivity(a.uid));
        QVERIFY(store.errorString().contains(QLatin1String("no activity")));
    }
};

QTEST_GUILESS_MAIN(TestCatalogueStore)
#include "tst_cataloguestore.moc"
