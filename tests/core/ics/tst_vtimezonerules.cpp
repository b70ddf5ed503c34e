// SPDX-License-Identifier: GPL-3.0-or-later
#include "ics/icsparser.h"
#include "ics/icsrecurrence.h"
#include "ics/vtimezonerules.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimeZone>
#include <QtTest>

using namespace Buurtplein;

class TestVTimeZoneRules : public QObject
{
    Q_OBJECT

private:
    static QByteArray shared(const QString &name)
    {
        QFile f(QStringLiteral(BUURTPLEIN_SHARED_DATA "/ics/") + name);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static qint64 utc(const QDate &d, const QTime &t) { return QDateTime(d, t, Qt::UTC).toSecsSinceEpoch(); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Both Amsterdam definitions libical ships must agree with the system's tz database
    // at every hour around every DST change from 1997 to 2040.
    void agreesWithTzdata_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("two-rule") << "libical__tzdata2025c_Europe_Amsterdam_simple.ics";
        QTest::newRow("full history") << "libical__zoneinfo_Europe_Amsterdam_full_history.ics";
    }

    void agreesWithTzdata()
    {
        QFETCH(QString, file);
        QString error;
        const auto rules = VTimeZoneRules::fromIcs(shared(file), &error);
        QVERIFY2(rules, qPrintable(error));
        QVERIFY(rules->inconsistency().isEmpty());
        QCOMPARE(rules->location(), QStringLiteral("Europe/Amsterdam"));
        const QTimeZone amsterdam("Europe/Amsterdam");
        const auto transitions = amsterdam.transitions(QDateTime(QDate(1997, 1, 1), QTime(0, 0), Qt::UTC),
                                                       QDateTime(QDate(2040, 12, 31), QTime(0, 0), Qt::UTC));
        QVERIFY(transitions.size() > 80);
        for (const QTimeZone::OffsetData &t : transitions) {
            for (qint64 delta : {-3601, -1, 0, 1, 3600}) {
                const qint64 at = t.atUtc.toSecsSinceEpoch() + delta;
                QCOMPARE(rules->offsetAtUtc(at), amsterdam.offsetFromUtc(QDateTime::fromSecsSinceEpoch(at, Qt::UTC)));
            }
        }
    }

    // RFC 5545 3.3.5: a wall-clock time in a gap is read with the offset before the gap.
    void gapAndFold_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("local");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("in the spring gap") << QDate(2026, 3, 29) << QTime(2, 30) << QDateTime(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC);
        QTest::newRow("after the gap") << QDate(2026, 3, 29) << QTime(3, 30) << QDateTime(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC);
        QTest::newRow("autumn fold, first") << QDate(2026, 10, 25) << QTime(2, 30) << QDateTime(QDate(2026, 10, 25), QTime(0, 30), Qt::UTC);
        QTest::newRow("winter") << QDate(2026, 1, 6) << QTime(10, 0) << QDateTime(QDate(2026, 1, 6), QTime(9, 0), Qt::UTC);
    }

    void gapAndFold()
    {
        QFETCH(QDate, date);
        QFETCH(QTime, local);
        QFETCH(QDateTime, expected);
        QString error;
        const auto rules = VTimeZoneRules::fromIcs(shared(QStringLiteral("libical__tzdata2025c_Europe_Amsterdam_simple.ics")), &error);
        QVERIFY(rules);
        QCOMPARE(rules->toUtc(date, local), expected.toSecsSinceEpoch());
    }

    // The file names, per event, the side of the repeated hour RFC 5545 wants (X-TZNAME):
    // winter is +12:00, summer +10:00, and in the repeated hour the first (winter) wins.
    void ambiguousTransition_data()
    {
        QTest::addColumn<QString>("uid");
        for (const char *uid : {"0", "1", "2", "3"})
            QTest::newRow(uid) << QString::fromLatin1(uid);
    }

    void ambiguousTransition()
    {
        QFETCH(QString, uid);
        const QByteArray data = shared(QStringLiteral("icalendar__custom_vtimezone_ambiguous_transition.ics"));
        const IcsParseResult parsed = IcsParser::parse(data);
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        const QRegularExpression hintRx(QStringLiteral("UID:%1\\n(?:.*\\n)*?X-TZNAME:(\\w+)").arg(uid));
        const QString hint = hintRx.match(QString::fromUtf8(data)).captured(1);
        QVERIFY(hint == QLatin1String("winter") || hint == QLatin1String("summer"));
        const int offset = hint == QLatin1String("winter") ? 12 * 3600 : 10 * 3600;

        const auto event = std::find_if(parsed.calendar.events.cbegin(), parsed.calendar.events.cend(),
                                        [&](const IcsEvent &e) { return e.uid == uid; });
        QVERIFY(event != parsed.calendar.events.cend());
        QString error;
        const auto set = IcsRecurrence::toRecurrenceSet(*event, parsed.calendar.zones, &error);
        QVERIFY2(set, qPrintable(error));
        QVERIFY(dynamic_cast<const VTimeZoneRules *>(set->zone.get()));
        const qint64 start = set->zone->toUtc(set->startDate, set->startTime);
        QCOMPARE(start, utc(event->start.date, event->start.time) - offset);
    }

    void inconsistentZoneIsNoticed()
    {
        const IcsParseResult parsed = IcsParser::parse(shared(QStringLiteral("khal__windows_tzid_inconsistent_offsets.ics")));
        const IcsZone zone = parsed.calendar.zones.resolve(QStringLiteral("New Zealand Standard Time"));
        QCOMPARE(zone.ianaId, QStringLiteral("Pacific/Auckland"));
        QVERIFY(zone.note.contains(QLatin1String("an offset it never has")));
    }

    void undefinedZoneIsRefused()
    {
        const IcsParseResult parsed = IcsParser::parse("BEGIN:VCALENDAR\nEND:VCALENDAR\n");
        const IcsZone zone = parsed.calendar.zones.resolve(QStringLiteral("Buurtplein Standard Time"));
        QVERIFY(!zone.rules);
        QVERIFY(zone.error.contains(QLatin1String("not defined in the file")));
    }

    void outlookNamesFindTheirIanaZone_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("tzid");
        QTest::addColumn<QString>("first");
        QTest::newRow("Sydney") << "ical4j__outlook11_weekday_standup_windows_tzid.ics" << "Canberra, Melbourne, Sydney" << "Australia/Sydney";
        QTest::newRow("Singapore") << "ical4j__outlook12_tab_folding_x_alt_desc.ics" << "Kuala Lumpur, Singapore" << "Asia/Singapore";
        QTest::newRow("Tijuana") << "ical4j__ms_cdo_invalid_escapes_empty_class.ics" << "Pacific Time (US & Canada), Tijuana" << "America/Tijuana";
    }

    void outlookNamesFindTheirIanaZone()
    {
        QFETCH(QString, file);
        QFETCH(QString, tzid);
        const IcsParseResult parsed = IcsParser::parse(shared(file));
        const IcsZone zone = parsed.calendar.zones.resolve(tzid);
        QVERIFY(zone.rules);
        QVERIFY(zone.ianaId.isEmpty());
        QTEST(zone.ianaCandidates.value(0), "first");
    }
};

QTEST_GUILESS_MAIN(TestVTimeZoneRules)
#include "tst_vtimezonerules.moc"
