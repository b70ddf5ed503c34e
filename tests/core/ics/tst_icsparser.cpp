// SPDX-License-Identifier: GPL-3.0-or-later
#include "ics/icsparser.h"
#include "ics/icsrecurrence.h"

#include <QStandardPaths>
#include <QtTest>

using namespace Buurtplein;

class TestIcsParser : public QObject
{
    Q_OBJECT

private:
    static QString shared(const char *name) { return QStringLiteral(BUURTPLEIN_SHARED_DATA "/ics/") + QLatin1String(name); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");
        auto file = [](const char *name) {
            QFile f(shared(name));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        QTest::newRow("double semicolon") << file("icalendar__broken_double_semicolon_param.ics") << "line 4: DTSTART has an empty parameter";
        QTest::newRow("blank line") << file("icaljs__invalid_blank_line.ics") << "line 3: blank line inside the calendar";
        QTest::newRow("not ics") << QByteArray("name,start\nTaalcafe,2026-03-03\n") << "not an iCalendar file";
        QTest::newRow("truncated") << file("khal__rrule_recurrence_id_cancelled.ics").left(300) << "looks truncated";
        QTest::newRow("wrong END") << QByteArray("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nEND:VCALENDAR\n")
                                   << "line 4: END:VCALENDAR closes BEGIN:VEVENT of line 2";
        QTest::newRow("latin-1") << QByteArray("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Caf\xe9\nEND:VEVENT\nEND:VCALENDAR\n")
                                 << "line 3: the text is not valid UTF-8";
        QTest::newRow("no colon") << QByteArray("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY Koffie\nEND:VEVENT\nEND:VCALENDAR\n")
                                  << "line 3: 'SUMMARY Koffie' has no ':'";
    }

    void refuses()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        QVERIFY(!data.isEmpty());
        const IcsParseResult result = IcsParser::parse(data);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(message), qPrintable(result.error));
        QVERIFY(result.calendar.events.isEmpty());
    }

    void readsText_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("uid");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("location");
        QTest::newRow("TAB folding") << shared("ical4j__outlook12_tab_folding_x_alt_desc.ics")
            << "040000008200E00074C5B7101A82E00800000000C0CA27559A38C9010000000000000000100000001E9AFCA9DCE51242AB306C53D7095851"
            << "Scheduled Reboot" << "" << "";
        QTest::newRow("\\N escapes") << shared("ical4j__ms_cdo_invalid_escapes_empty_class.ics")
            << "CD0000008B9511D182D800C04FB1625D17D373499F99F547A0016BEAC6AB5576"
            << "Now with descriptoin" << "How about this description?\n\n--meher" << "Test Location";
        QTest::newRow("CRLF") << shared("icalendar__google_crlf_europe_berlin_alarms.ics")
            << "79fs7pkqvht9m5igs0vjv1sfra@google.com" << "event with alarms" << "" << "";
        QTest::newRow("newlines in location") << shared("icalendar__google_x_apple_structured_location_geo.ics")
            << "BFE33ADD-5553-48B5-B5A5-F9DA5CA4C393" << "Daily Sync" << "Some Description"
            << "Roadstar 16\n12764 Happyville\nDenmark";
        QTest::newRow("raw UTF-8, CRLF, TAB fold") << QStringLiteral(BUURTPLEIN_TEST_DATA "/ics/utf8_folded_crlf.ics")
            << "taalcafe-utf8" << QStringLiteral("Taalcafé – ☕ مرحبا ሰላም Привіт Merhaba Cześć")
            << "Koffie, thee en een praatje; iedereen welkom.\nElke dinsdag." << "Buurthuis De Wlitgaard";
    }

    void readsText()
    {
        QFETCH(QString, path);
        const IcsParseResult result = IcsParser::parseFile(path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.calendar.events.size(), 1);
        const IcsEvent &e = result.calendar.events.first();
        QTEST(e.uid, "uid");
        QTEST(e.summary, "summary");
        QTEST(e.description, "description");
        QTEST(e.location, "location");
    }

    void bomAndEmptyCalendar()
    {
        const IcsParseResult result = IcsParser::parseFile(shared("icalendar__utf8_bom_crlf.ics"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.calendar.events.isEmpty());
    }

    void groupsInstancesUnderMaster()
    {
        const IcsParseResult result = IcsParser::parseFile(shared("khal__rrule_recurrence_id_cancelled.ics"));
        QVERIFY(result.ok);
        QCOMPARE(result.calendar.events.size(), 1);
        const IcsEvent &e = result.calendar.events.first();
        QCOMPARE(e.rrule, QStringLiteral("FREQ=WEEKLY;UNTIL=20140806T060000Z"));
        QCOMPARE(e.start.tzid, QStringLiteral("Europe/Berlin"));
        QCOMPARE(e.overrides.size(), 2);
        QVERIFY(e.overrides.at(0).recurrenceId.isUtc);
        QCOMPARE(e.overrides.at(0).start.time, QTime(9, 0));
        QCOMPARE(e.overrides.at(1).status, QStringLiteral("CANCELLED"));
    }

    void readsRdatesExdatesAndPeriods()
    {
        const IcsParseResult result = IcsParser::parseFile(shared("icaljs__zimbra_rdate_exdate_recurrence_id.ics"));
        QVERIFY(result.ok);
        QCOMPARE(result.calendar.events.size(), 1);
        const IcsEvent &e = result.calendar.events.first();
        QCOMPARE(e.rdates.size(), 5); // UTC, PERIOD, and a TZID list split into three
        QCOMPARE(e.exdates.size(), 3);
        QCOMPARE(e.overrides.size(), 2);
        QVERIFY(result.calendar.warnings.join(QLatin1Char(' ')).contains(QLatin1String("empty VTIMEZONE")));
    }

    void repairsWhatLibicalMarks_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("warning");
        QTest::newRow("GEO with escaped ;") << "ical4j__sogo_geo_escaped_semicolon.ics" << "GEO '12.34567\\;12.34567' has an escaped ';'";
        QTest::newRow("empty CLASS") << "ical4j__ms_cdo_invalid_escapes_empty_class.ics" << "line 36: CLASS cannot be read and was ignored";
        QTest::newRow("RDATE date with Z") << "icaljs__google_birthday_yearly_allday.ics" << "line 12: RDATE '20131210Z' is a date with a UTC mark";
        QTest::newRow("bad reminder") << "khal__ns_internationaal_europe_brussels.ics" << "TRIGGER 'PT-2H' cannot be read";
        QTest::newRow("empty TZID") << "ical4j__exchange2010_blank_tzid.ics" << "empty TZID";
        QTest::newRow("no UID") << "icalendar__ms_cdo_exchange_quoted_tzid_spaces_in_byday.ics" << "line 20: the event has no UID";
    }

    void repairsWhatLibicalMarks()
    {
        QFETCH(QString, file);
        QFETCH(QString, warning);
        const IcsParseResult result = IcsParser::parseFile(shared(file.toUtf8().constData()));
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY2(result.calendar.warnings.join(QLatin1Char('|')).contains(warning), qPrintable(result.calendar.warnings.join(QLatin1Char('|'))));
        for (const IcsEvent &e : result.calendar.events)
            QVERIFY2(e.problem.isEmpty(), qPrintable(e.problem));
    }

    void geoRepairedValue()
    {
        const IcsParseResult result = IcsParser::parseFile(shared("ical4j__sogo_geo_escaped_semicolon.ics"));
        QVERIFY(result.calendar.events.first().hasGeo);
        QCOMPARE(result.calendar.events.first().lat, 12.34567);
    }

    void orphanInstancesBecomeASeries()
    {
        const IcsParseResult result = IcsParser::parseFile(shared("icaljs__google_birthday_yearly_allday.ics"));
        QCOMPARE(result.calendar.events.size(), 2);
        const IcsEvent &orphans = result.calendar.events.at(1);
        QCOMPARE(orphans.uid, QStringLiteral("BIRTHDAY_79d389868f96182e@google.com"));
        QCOMPARE(orphans.start.date, QDate(2012, 12, 10));
        QVERIFY(orphans.start.isDate);
        QCOMPARE(orphans.rdates.size(), 2);
        QCOMPARE(orphans.rdates.at(1).date, QDate(2014, 12, 10));
    }

    void emptyTzidUsesItsVTimeZone()
    {
        const IcsParseResult result = IcsParser::parseFile(shared("ical4j__exchange2010_blank_tzid.ics"));
        const IcsEvent &e = result.calendar.events.first();
        QVERIFY(e.start.hasTzid);
        QVERIFY(e.start.tzid.isEmpty());
        QString error;
        const auto set = IcsRecurrence::toRecurrenceSet(e, result.calendar.zones, &error);
        QVERIFY2(set, qPrintable(error));
        QCOMPARE(set->zone->toUtc(QDate(2015, 8, 26), QTime(9, 0)), QDateTime(QDate(2015, 8, 26), QTime(9, 0), Qt::UTC).toSecsSinceEpoch());
        QCOMPARE(set->durationSecs, 3600);
    }
};

QTEST_GUILESS_MAIN(TestIcsParser)
#include "tst_icsparser.moc"
