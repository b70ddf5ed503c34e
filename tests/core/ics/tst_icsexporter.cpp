// SPDX-License-Identifier: GPL-3.0-or-later
#include "ics/icsexporter.h"
#include "ics/icsoccurrences.h"
#include "ics/icsparser.h"
#include "ics/icsrecurrence.h"

#include <QStandardPaths>
#include <QtTest>

using namespace Buurtplein;

namespace {
QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

Activity taalcafe()
{
    Activity a;
    a.uid = QStringLiteral("act-12");
    a.title = QStringLiteral("Taalcafé ☕ – مرحبا، ሰላም፣ Привіт! Iedereen welkom, ook zonder Nederlands te spreken");
    a.description = QStringLiteral("Koffie, thee; een praatje.\nElke week.");
    a.category = QStringLiteral("taal_ontmoeting");
    return a;
}
} // namespace

class TestIcsExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void placesAndReasons();

    void roundTrip_data()
    {
        QTest::addColumn<Schedule>("schedule");
        QTest::addColumn<QList<OccurrenceOverride>>("overrides");
        Schedule weekly;
        weekly.uid = QStringLiteral("s1");
        weekly.activityUid = QStringLiteral("act-12");
        weekly.startDate = QDate(2026, 3, 15);
        weekly.startTime = QTime(2, 30);
        weekly.durationMinutes = 90;
        weekly.rrule = QStringLiteral("FREQ=WEEKLY;COUNT=8");
        weekly.exceptionDays = {QDate(2026, 4, 12)};
        weekly.exceptionStarts = {utc(2026, 4, 19, 0, 30)};
        weekly.extraStarts = {utc(2026, 4, 15, 16)};
        OccurrenceOverride cancelled;
        cancelled.activityUid = QStringLiteral("act-12");
        cancelled.originalStart = utc(2026, 3, 22, 1, 30);
        cancelled.occurrenceUid = OccurrenceId::make(cancelled.activityUid, cancelled.originalStart.toSecsSinceEpoch());
        cancelled.status = QStringLiteral("cancelled");
        OccurrenceOverride moved = cancelled;
        moved.originalStart = utc(2026, 3, 29, 1, 30);
        moved.occurrenceUid = OccurrenceId::make(moved.activityUid, moved.originalStart.toSecsSinceEpoch());
        moved.status = QStringLiteral("moved");
        moved.newStart = utc(2026, 3, 30, 17);
        moved.newEnd = utc(2026, 3, 30, 18);
        QTest::newRow("weekly across DST, moved and cancelled") << weekly << QList<OccurrenceOverride>{cancelled, moved};

        Schedule allDay = weekly;
        allDay.startDate = QDate(2026, 1, 31);
        allDay.startTime = QTime();
        allDay.durationMinutes = 1440;
        allDay.rrule = QStringLiteral("FREQ=MONTHLY;COUNT=5");
        allDay.exceptionDays = {QDate(2026, 5, 31)};
        allDay.exceptionStarts.clear();
        allDay.extraStarts.clear();
        QTest::newRow("all-day monthly, 31st skipped where missing") << allDay << QList<OccurrenceOverride>{};

        Schedule inUtc = weekly;
        inUtc.timeZone = QStringLiteral("UTC");
        inUtc.exceptionDays.clear();
        QTest::newRow("UTC") << inUtc << QList<OccurrenceOverride>{cancelled};

        Schedule sydney = weekly;
        sydney.timeZone = QStringLiteral("Australia/Sydney");
        sydney.startDate = QDate(2026, 3, 10);
        sydney.startTime = QTime(18, 0);
        sydney.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TU,TH;COUNT=20");
        sydney.exceptionDays.clear();
        sydney.exceptionStarts.clear();
        sydney.extraStarts.clear();
        QTest::newRow("Sydney, generated VTIMEZONE") << sydney << QList<OccurrenceOverride>{};
    }

    // What the exported file says must expand to the sessions the schedule has.
    void roundTrip()
    {
        QFETCH(Schedule, schedule);
        QFETCH(QList<OccurrenceOverride>, overrides);
        QString error;
        const QByteArray ics = IcsExporter::exportActivity(taalcafe(), {schedule}, overrides, {}, &error);
        QVERIFY2(!ics.isEmpty(), qPrintable(error));

        const auto set = IcsRecurrence::fromSchedule(schedule, &error);
        QVERIFY(set);
        const qint64 from = utc(2025, 1, 1, 0).toSecsSinceEpoch();
        const qint64 to = utc(2028, 1, 1, 0).toSecsSinceEpoch();
        QList<QPair<qint64, QString>> expected;
        for (const ExpandedOccurrence &o : OccurrenceExpander::expand(*set, from, to)) {
            QString status = QStringLiteral("scheduled");
            qint64 start = o.startUtc;
            for (const OccurrenceOverride &c : overrides) {
                if (c.originalStart.toSecsSinceEpoch() == o.startUtc) {
                    status = c.status;
                    if (c.status == QLatin1String("moved"))
                        start = c.newStart.toSecsSinceEpoch();
                }
            }
            expected.append({start, status});
        }
        std::sort(expected.begin(), expected.end());
        QVERIFY(expected.size() >= 4);

        const IcsParseResult parsed = IcsParser::parse(ics);
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QCOMPARE(parsed.calendar.events.size(), 1);
        QCOMPARE(parsed.calendar.events.first().summary, taalcafe().title);
        QList<QPair<qint64, QString>> actual;
        for (const IcsOccurrence &o : IcsOccurrences::list(parsed.calendar, from, to))
            actual.append({o.startUtc, o.status});
        QCOMPARE(actual, expected);
    }

    void calendarAppsCanReadIt()
    {
        Schedule s;
        s.uid = QStringLiteral("s1");
        s.startDate = QDate(2026, 3, 3);
        s.startTime = QTime(10, 0);
        s.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TU");
        IcsExportOptions options;
        options.reminderMinutes = 15;
        const QByteArray ics = IcsExporter::exportActivity(taalcafe(), {s}, {}, options);
        for (const char *needle : {"BEGIN:VCALENDAR\r\n", "VERSION:2.0\r\n", "PRODID:", "BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n",
                                   "DTSTAMP:", "UID:act-12@buurtplein\r\n", "DTSTART;TZID=Europe/Amsterdam:20260303T100000\r\n",
                                   "BEGIN:VALARM\r\nACTION:DISPLAY\r\n", "TRIGGER:-PT15M\r\n", "END:VCALENDAR\r\n"})
            QVERIFY2(ics.contains(needle), needle);
        QVERIFY(!ics.contains("\r\n\r\n"));
        QCOMPARE(ics.count('\n'), ics.count("\r\n"));
        for (const QByteArray &line : ics.split('\n'))
            QVERIFY2(line.size() <= 76, line.constData()); // 75 octets plus the CR
        QVERIFY(IcsExporter::exportActivity(taalcafe(), {s}, {}).contains("TRIGGER:-PT60M\r\n"));
    }

    void oneOccurrence_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QByteArray>("needle");
        QTest::addColumn<QByteArray>("absent");
        QTest::newRow("scheduled") << "scheduled" << QByteArray("DTSTART;TZID=Europe/Amsterdam:20260310T100000") << QByteArray("RRULE:FREQ=WEEKLY");
        QTest::newRow("cancelled") << "cancelled" << QByteArray("STATUS:CANCELLED") << QByteArray("VALARM");
        QTest::newRow("moved") << "moved" << QByteArray("DTSTART;TZID=Europe/Amsterdam:20260311T193000") << QByteArray("20260310T1000");
    }

    void oneOccurrence()
    {
        QFETCH(QString, status);
        QFETCH(QByteArray, needle);
        QFETCH(QByteArray, absent);
        Schedule s;
        s.uid = QStringLiteral("s1");
        s.startDate = QDate(2026, 3, 3);
        s.startTime = QTime(10, 0);
        s.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TU");
        OccurrenceOverride o;
        o.originalStart = utc(2026, 3, 10, 9);
        o.status = status;
        o.newStart = utc(2026, 3, 11, 18, 30);
        o.newEnd = utc(2026, 3, 11, 19, 30);
        const QByteArray ics = IcsExporter::exportOccurrence(taalcafe(), s, o.originalStart.toSecsSinceEpoch(), o);
        QVERIFY2(ics.contains(needle), ics.constData());
        QVERIFY2(!ics.contains(absent), ics.constData());
        const IcsParseResult parsed = IcsParser::parse(ics);
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QCOMPARE(parsed.calendar.events.size(), 1);
    }
};

// Every event says where: the series at the activity's place, a moved session at its new
// place, with the reason first in its description; a place without coordinates has no GEO.
void TestIcsExporter::placesAndReasons()
{
    Activity a = taalcafe();
    a.placeUid = QStringLiteral("place-meevaart");
    Place meevaart;
    meevaart.uid = a.placeUid;
    meevaart.name = QStringLiteral("Buurthuis De Meevaart");
    meevaart.street = QStringLiteral("Balistraat");
    meevaart.houseNumber = QStringLiteral("48-H");
    meevaart.postcode = QStringLiteral("1094JN");
    meevaart.city = QStringLiteral("Amsterdam");
    meevaart.lat = 52.363009;
    meevaart.lon = 4.933794;
    meevaart.hasCoordinates = true;
    Place vonk;
    vonk.uid = QStringLiteral("place-vonk");
    vonk.name = QStringLiteral("VONK");
    Schedule weekly;
    weekly.uid = QStringLiteral("s1");
    weekly.activityUid = a.uid;
    weekly.startDate = QDate(2026, 3, 2);
    weekly.startTime = QTime(19, 30);
    weekly.durationMinutes = 120;
    weekly.rrule = QStringLiteral("FREQ=WEEKLY;COUNT=4");
    OccurrenceOverride moved;
    moved.activityUid = a.uid;
    moved.originalStart = utc(2026, 3, 9, 18, 30);
    moved.occurrenceUid = OccurrenceId::make(a.uid, moved.originalStart.toSecsSinceEpoch());
    moved.status = QStringLiteral("moved");
    moved.newStart = moved.originalStart;
    moved.newEnd = moved.originalStart.addSecs(7200);
    moved.newPlaceUid = vonk.uid;
    moved.reason = QStringLiteral("De grote zaal is bezet");
    IcsExportOptions options;
    options.places = {{meevaart.uid, meevaart}, {vonk.uid, vonk}};
    options.calendarName = QStringLiteral("Taalcafé");
    QString error;
    QString ics = QString::fromUtf8(IcsExporter::exportActivity(a, {weekly}, {moved}, options, &error));
    QVERIFY2(!ics.isEmpty(), qPrintable(error));
    ics.replace(QStringLiteral("\r\n "), QString());
    QVERIFY(ics.contains(QStringLiteral("X-WR-CALNAME:Taalcafé\r\n")));
    const qsizetype change = ics.indexOf(QStringLiteral("RECURRENCE-ID"));
    QVERIFY(change > 0);
    const QString series = ics.left(change), movedEvent = ics.mid(change);
    QVERIFY(series.contains(QStringLiteral("LOCATION:Buurthuis De Meevaart\\, Balistraat 48-H\\, 1094JN Amsterdam\r\n")));
    QVERIFY(series.contains(QStringLiteral("GEO:52.363009;4.933794\r\n")));
    QVERIFY(ics.lastIndexOf(QStringLiteral("LOCATION:VONK\r\n")) > ics.lastIndexOf(QStringLiteral("BEGIN:VEVENT")));
    QVERIFY(!ics.mid(ics.lastIndexOf(QStringLiteral("BEGIN:VEVENT"))).contains(QStringLiteral("GEO:")));
    QVERIFY(ics.mid(ics.lastIndexOf(QStringLiteral("BEGIN:VEVENT"))).contains(QStringLiteral("DESCRIPTION:De grote zaal is bezet\\n\\nKoffie")));
    QCOMPARE(IcsExporter::locationText(vonk), QStringLiteral("VONK"));
}

QTEST_GUILESS_MAIN(TestIcsExporter)
#include "tst_icsexporter.moc"
