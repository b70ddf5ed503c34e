// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/cataloguestore.h"
#include "storage/database.h"
#include "ics/icsimporter.h"
#include "recurrence/occurrenceexpander.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QtTest>

using namespace Buurtplein;

class TestIcsImporter : public QObject
{
    Q_OBJECT

private:
    static QString shared(const QString &name) { return QStringLiteral(BUURTPLEIN_SHARED_DATA "/ics/") + name; }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static int count(Database &db, const char *table)
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
        return q.next() ? q.value(0).toInt() : -1;
    }
    static QList<int> rows(Database &db)
    {
        return {count(db, "activity"), count(db, "schedule"), count(db, "occurrence_override")};
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Every real-world file either imports (count of series, zone of the first schedule)
    // or is refused with a sentence naming the problem.
    void everySharedFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("imported");   // -1: refused
        QTest::addColumn<QString>("message"); // part of the refusal or of a warning
        QTest::addColumn<QString>("zone");    // time zone of the first imported schedule
        QTest::newRow("Belgian holidays") << "ical4j__apple_ical_belgische_feestdagen_nl.ics" << 30 << "" << "Europe/Amsterdam";
        QTest::newRow("Exchange empty TZID") << "ical4j__exchange2010_blank_tzid.ics" << 1 << "empty TZID" << "UTC";
        QTest::newRow("CDO empty CLASS") << "ical4j__ms_cdo_invalid_escapes_empty_class.ics" << 1 << "CLASS cannot be read" << "America/Tijuana";
        QTest::newRow("Nextcloud all-day") << "ical4j__nextcloud_allday_yearly_alarms.ics" << 1 << "" << "Europe/Amsterdam";
        QTest::newRow("Outlook Sydney") << "ical4j__outlook11_weekday_standup_windows_tzid.ics" << 1 << "" << "Australia/Sydney";
        QTest::newRow("Outlook TAB folding") << "ical4j__outlook12_tab_folding_x_alt_desc.ics" << 1 << "" << "Asia/Singapore";
        QTest::newRow("SOGo GEO") << "ical4j__sogo_geo_escaped_semicolon.ics" << 1 << "escaped ';'" << "UTC";
        QTest::newRow("double semicolon") << "icalendar__broken_double_semicolon_param.ics" << -1 << "line 4: DTSTART has an empty parameter" << "";
        QTest::newRow("custom zone") << "icalendar__custom_vtimezone_ambiguous_transition.ics" << 4 << "matches no IANA zone" << "UTC";
        QTest::newRow("Google CRLF") << "icalendar__google_crlf_europe_berlin_alarms.ics" << 1 << "" << "UTC";
        QTest::newRow("Google Zurich") << "icalendar__google_x_apple_structured_location_geo.ics" << 1 << "" << "Europe/Zurich";
        QTest::newRow("CDO no UID") << "icalendar__ms_cdo_exchange_quoted_tzid_spaces_in_byday.ics" << 1 << "no UID" << "Europe/Amsterdam";
        QTest::newRow("BOM, empty") << "icalendar__utf8_bom_crlf.ics" << 0 << "" << "";
        QTest::newRow("Google birthdays") << "icaljs__google_birthday_yearly_allday.ics" << 2 << "no main event" << "Europe/Amsterdam";
        QTest::newRow("blank line") << "icaljs__invalid_blank_line.ics" << -1 << "line 3: blank line" << "";
        QTest::newRow("Zimbra") << "icaljs__zimbra_rdate_exdate_recurrence_id.ics" << 1 << "empty VTIMEZONE" << "America/Los_Angeles";
        QTest::newRow("UNTIL date-time") << "khal__invalid_until_date_vs_datetime.ics" << 1 << "UNTIL is a date-time" << "Europe/Amsterdam";
        QTest::newRow("NS Brussels") << "khal__ns_internationaal_europe_brussels.ics" << 2 << "PT-2H" << "Europe/Brussels";
        QTest::newRow("moved and cancelled") << "khal__rrule_recurrence_id_cancelled.ics" << 1 << "" << "Europe/Berlin";
        QTest::newRow("inconsistent Windows zone") << "khal__windows_tzid_inconsistent_offsets.ics" << 1 << "Pacific/Auckland" << "Pacific/Auckland";
        QTest::newRow("zone only") << "libical__tzdata2025c_Europe_Amsterdam_simple.ics" << 0 << "" << "";
        QTest::newRow("zone history only") << "libical__zoneinfo_Europe_Amsterdam_full_history.ics" << 0 << "" << "";
    }

    void everySharedFile()
    {
        QFETCH(QString, file);
        QFETCH(int, imported);
        QFETCH(QString, message);
        QFETCH(QString, zone);
        Database db;
        QVERIFY(db.open(QStringLiteral(":memory:")));
        CatalogueStore store(db);
        const IcsImportResult result = IcsImporter::importFile(shared(file), store);
        if (imported < 0) {
            QVERIFY(!result.ok);
            QVERIFY2(result.error.contains(message), qPrintable(result.error));
            QCOMPARE(rows(db), QList<int>({0, 0, 0}));
            return;
        }
        QVERIFY2(result.ok, qPrintable(result.error));
        for (const IcsSkippedEvent &s : result.skipped)
            qWarning() << s.uid << s.reason;
        QVERIFY(result.skipped.isEmpty());
        QCOMPARE(result.imported, imported);
        QCOMPARE(count(db, "activity"), imported);
        QCOMPARE(count(db, "schedule"), imported);
        if (!message.isEmpty())
            QVERIFY2(result.warnings.join(QLatin1Char('|')).contains(message), qPrintable(result.warnings.join(QLatin1Char('|'))));
        if (imported > 0)
            QCOMPARE(store.schedulesOf(result.activityUids.first()).value(0).timeZone, zone);
    }

    void movedAndCancelledBecomeOverrides()
    {
        Database db;
        QVERIFY(db.open(QStringLiteral(":memory:")));
        CatalogueStore store(db);
        const IcsImportResult result = IcsImporter::importFile(shared(QStringLiteral("khal__rrule_recurrence_id_cancelled.ics")), store);
        QVERIFY2(result.ok && result.imported == 1, qPrintable(result.error));
        const QString uid = QStringLiteral("ics:event_rrule_recurrence_id");
        const auto activity = store.activity(uid);
        QVERIFY(activity);
        QCOMPARE(activity->title, QStringLiteral("Arbeit"));
        const Schedule schedule = store.schedulesOf(uid).value(0);
        QCOMPARE(schedule.startDate, QDate(2014, 6, 30));
        QCOMPARE(schedule.startTime, QTime(7, 0));
        QCOMPARE(schedule.durationMinutes, 300);
        QVERIFY(schedule.rrule.contains(QLatin1String("FREQ=WEEKLY")));

        const auto moved = store.occurrenceOverride(OccurrenceId::make(uid, QDateTime(QDate(2014, 7, 7), QTime(5, 0), Qt::UTC).toSecsSinceEpoch()));
        QVERIFY(moved);
        QCOMPARE(moved->status, QStringLiteral("moved"));
        QCOMPARE(moved->newStart, QDateTime(QDate(2014, 7, 7), QTime(7, 0), Qt::UTC));
        QCOMPARE(moved->newEnd, QDateTime(QDate(2014, 7, 7), QTime(12, 0), Qt::UTC));
        const auto cancelled = store.occurrenceOverride(OccurrenceId::make(uid, QDateTime(QDate(2014, 7, 14), QTime(5, 0), Qt::UTC).toSecsSinceEpoch()));
        QVERIFY(cancelled);
        QCOMPARE(cancelled->status, QStringLiteral("cancelled"));
    }

    // LOCATION and GEO name a place the catalogue knows: the activity gets it; a place
    // chosen by hand since stays.
    void locationsAreMatchedToPlaces_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("geo");
        QTest::addColumn<QString>("place");
        QTest::newRow("name with its address") << "OBA Javaplein\\, Javaplein 2" << "" << "oba";
        QTest::newRow("other case and accents") << "buurthuis de méevaart" << "" << "meevaart";
        QTest::newRow("coordinates at the door") << "Balistraat 48" << "52.36302;4.93381" << "meevaart";
        QTest::newRow("coordinates far off, the name") << "OBA Javaplein" << "52.40;4.90" << "oba";
        QTest::newRow("the square alone") << "Javaplein" << "" << "square";
        QTest::newRow("a short name is no match") << "Oost" << "" << "";
        QTest::newRow("nowhere known") << "Ergens in het park" << "" << "";
    }

    void locationsAreMatchedToPlaces()
    {
        QFETCH(QString, location);
        QFETCH(QString, geo);
        QFETCH(QString, place);
        Database db;
        QVERIFY(db.open(QStringLiteral(":memory:")));
        CatalogueStore store(db);
        const struct { const char *uid, *name; double lat, lon; } places[] = {
            {"oba", "OBA Javaplein", 52.364156, 4.938757},
            {"square", "Javaplein", 52.364, 4.9385},
            {"meevaart", "Buurthuis De Meevaart", 52.363009, 4.933794},
            {"oost", "Oost", 52.36, 4.94},
        };
        for (const auto &p : places) {
            Place record;
            record.uid = QLatin1String(p.uid);
            record.name = QString::fromUtf8(p.name);
            record.kind = QStringLiteral("buurthuis");
            record.lat = p.lat;
            record.lon = p.lon;
            record.hasCoordinates = true;
            QVERIFY2(store.save(record), qPrintable(store.errorString()));
        }
        const QString event = QStringLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//NL\r\nBEGIN:VEVENT\r\nUID:e1\r\n"
                                             "DTSTAMP:20261101T090000Z\r\nDTSTART:20261202T130000Z\r\nDURATION:PT1H\r\n"
                                             "SUMMARY:Breiclub\r\nLOCATION:%1\r\n%2END:VEVENT\r\nEND:VCALENDAR\r\n")
                                  .arg(location, geo.isEmpty() ? QString() : QStringLiteral("GEO:%1\r\n").arg(geo));
        const IcsImportResult result = IcsImporter::import(event.toUtf8(), store);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(store.activity(QStringLiteral("ics:e1"))->placeUid, place);
        QVERIFY(!result.locations.value(QStringLiteral("ics:e1")).isEmpty());

        // Chosen by hand since: a re-import keeps it.
        Activity chosen = *store.activity(QStringLiteral("ics:e1"));
        chosen.placeUid = QStringLiteral("oost");
        QVERIFY(store.save(chosen));
        QVERIFY(IcsImporter::import(event.toUtf8(), store).ok);
        QCOMPARE(store.activity(QStringLiteral("ics:e1"))->placeUid, QStringLiteral("oost"));
    }

    void reimportUpdatesInPlace()
    {
        Database db;
        QVERIFY(db.open(QStringLiteral(":memory:")));
        CatalogueStore store(db);
        const QByteArray data = read(shared(QStringLiteral("khal__rrule_recurrence_id_cancelled.ics")));
        QVERIFY(IcsImporter::import(data, store).ok);
        const QList<int> before = rows(db);
        QCOMPARE(before, QList<int>({1, 1, 2}));

        IcsImportOptions options;
        options.category = QStringLiteral("sport_bewegen");
        const IcsImportResult again = IcsImporter::import(data, store, options);
        QVERIFY(again.ok);
        QCOMPARE(rows(db), before);
        // A category set since the first import is kept.
        QCOMPARE(store.activity(QStringLiteral("ics:event_rrule_recurrence_id"))->category, IcsImportOptions().category);

        // The organiser un-cancels the session: the override disappears on the next import.
        QByteArray uncancelled = data;
        uncancelled.replace("STATUS:CANCELLED\n", "");
        QVERIFY(IcsImporter::import(uncancelled, store).ok);
        QCOMPARE(rows(db), QList<int>({1, 1, 1}));
    }

    void refusedFileChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("damaged");
        const QByteArray good = read(shared(QStringLiteral("icaljs__zimbra_rdate_exdate_recurrence_id.ics")));
        QTest::newRow("truncated") << good.left(good.size() - 40);
        QTest::newRow("empty parameter late in the file") << QByteArray(good).replace("RECURRENCE-ID:20121105T180000Z", "RECURRENCE-ID;;X=1:20121105T180000Z");
        QTest::newRow("blank line late in the file") << QByteArray(good).replace("BEGIN:X-UNKNOWN", "\nBEGIN:X-UNKNOWN");
    }

    void refusedFileChangesNothing()
    {
        QFETCH(QByteArray, damaged);
        Database db;
        QVERIFY(db.open(QStringLiteral(":memory:")));
        CatalogueStore store(db);
        QVERIFY(IcsImporter::importFile(shared(QStringLiteral("khal__rrule_recurrence_id_cancelled.ics")), store).ok);
        const QList<int> before = rows(db);
        const IcsImportResult result = IcsImporter::import(damaged, store);
        QVERIFY(!result.ok);
        QVERIFY(result.error.startsWith(QLatin1String("line ")) || result.error.contains(QLatin1String("truncated")));
        QCOMPARE(result.imported, 0);
        QCOMPARE(rows(db), before);
        QVERIFY(!store.activity(QStringLiteral("ics:623c13c0-6c2b-45d6-a12b-c33ad61c4868")));
    }

    void unusableEventIsSkippedWithReason()
    {
        Database db;
        QVERIFY(db.open(QStringLiteral(":memory:")));
        CatalogueStore store(db);
        const QByteArray data = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:x\n"
                                "BEGIN:VEVENT\nUID:good\nSUMMARY:Inloop\nDTSTART;TZID=Europe/Amsterdam:20260303T100000\nEND:VEVENT\n"
                                "BEGIN:VEVENT\nUID:bad\nSUMMARY:Elders\nDTSTART;TZID=Mars Standard Time:20260303T100000\nEND:VEVENT\n"
                                "END:VCALENDAR\n";
        const IcsImportResult result = IcsImporter::import(data, store);
        QVERIFY(result.ok);
        QCOMPARE(result.imported, 1);
        QCOMPARE(result.skipped.size(), 1);
        QCOMPARE(result.skipped.first().uid, QStringLiteral("bad"));
        QVERIFY2(result.skipped.first().reason.contains(QLatin1String("line 9: time zone 'Mars Standard Time' is not defined")),
                 qPrintable(result.skipped.first().reason));
        QCOMPARE(rows(db), QList<int>({1, 1, 0}));
    }

    void customZoneStoredAsExactInstants()
    {
        Database db;
        QVERIFY(db.open(QStringLiteral(":memory:")));
        CatalogueStore store(db);
        QVERIFY(IcsImporter::importFile(shared(QStringLiteral("icalendar__custom_vtimezone_ambiguous_transition.ics")), store).ok);
        // 07:00:01 in the repeated hour is the first (winter, +12:00) one: RFC 5545 3.3.5.
        const Schedule s = store.schedulesOf(QStringLiteral("ics:3")).value(0);
        QCOMPARE(s.timeZone, QStringLiteral("UTC"));
        QCOMPARE(QDateTime(s.startDate, s.startTime, Qt::UTC), QDateTime(QDate(2024, 5, 4), QTime(19, 0, 1), Qt::UTC));
    }
};

QTEST_GUILESS_MAIN(TestIcsImporter)
#include "tst_icsimporter.moc"
