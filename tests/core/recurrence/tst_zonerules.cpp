// SPDX-License-Identifier: GPL-3.0-or-later
#include "recurrence/zonerules.h"

#include <QDateTime>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace Buurtplein;

namespace {

qint64 utcOf(const QString &isoUtc)
{
    return QDateTime::fromString(isoUtc, Qt::ISODate).toSecsSinceEpoch();
}

// A zone that only knows its offsets, the way a VTIMEZONE read by libical does:
// +01:00, and +02:00 from 2026-03-29T01:00Z until 2026-10-25T01:00Z.
class OffsetsOnlyZone : public ZoneRules
{
public:
    QString id() const override { return QStringLiteral("Test/OffsetsOnly"); }
    int offsetAtUtc(qint64 utc) const override
    {
        return utc >= utcOf(QStringLiteral("2026-03-29T01:00:00Z")) && utc < utcOf(QStringLiteral("2026-10-25T01:00:00Z")) ? 7200 : 3600;
    }
};

} // namespace

class TestZoneRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void amsterdamOffsets_data()
    {
        QTest::addColumn<QString>("instant");
        QTest::addColumn<int>("offset");
        QTest::newRow("winter") << "2026-01-15T12:00:00Z" << 3600;
        QTest::newRow("summer") << "2026-07-01T12:00:00Z" << 7200;
        QTest::newRow("last second of CET 2026") << "2026-03-29T00:59:59Z" << 3600;
        QTest::newRow("first second of CEST 2026") << "2026-03-29T01:00:00Z" << 7200;
        QTest::newRow("last second of CEST 2027") << "2027-10-31T00:59:59Z" << 7200;
        QTest::newRow("first second of CET 2027") << "2027-10-31T01:00:00Z" << 3600;
        QTest::newRow("before 1970 (tz database direct)") << "1960-07-01T12:00:00Z" << 3600;
        QTest::newRow("after 2100 (tz database direct)") << "2110-07-01T12:00:00Z" << 7200;
    }

    void amsterdamOffsets()
    {
        QFETCH(QString, instant);
        QFETCH(int, offset);
        QCOMPARE(ZoneRules::amsterdam()->offsetAtUtc(utcOf(instant)), offset);
    }

    void toUtc_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("local");
        QTest::addColumn<QString>("expectedUtc");
        const QString ams = QStringLiteral("Europe/Amsterdam");
        QTest::newRow("winter evening") << ams << "2026-01-15T19:00:00" << "2026-01-15T18:00:00Z";
        QTest::newRow("summer evening") << ams << "2026-07-15T19:00:00" << "2026-07-15T17:00:00Z";
        QTest::newRow("before the gap 2026") << ams << "2026-03-29T01:59:00" << "2026-03-29T00:59:00Z";
        QTest::newRow("gap start 2026 is 03:00 CEST") << ams << "2026-03-29T02:00:00" << "2026-03-29T01:00:00Z";
        QTest::newRow("gap 2025 is 03:30 CEST") << ams << "2025-03-30T02:30:00" << "2025-03-30T01:30:00Z";
        QTest::newRow("gap 2026 is 03:30 CEST") << ams << "2026-03-29T02:30:00" << "2026-03-29T01:30:00Z";
        QTest::newRow("gap 2027 is 03:30 CEST") << ams << "2027-03-28T02:30:00" << "2027-03-28T01:30:00Z";
        QTest::newRow("after the gap 2026") << ams << "2026-03-29T03:00:00" << "2026-03-29T01:00:00Z";
        QTest::newRow("fold 2025 is the CEST instant") << ams << "2025-10-26T02:30:00" << "2025-10-26T00:30:00Z";
        QTest::newRow("fold 2026 is the CEST instant") << ams << "2026-10-25T02:30:00" << "2026-10-25T00:30:00Z";
        QTest::newRow("fold 2027 is the CEST instant") << ams << "2027-10-31T02:30:00" << "2027-10-31T00:30:00Z";
        QTest::newRow("fold start 2026") << ams << "2026-10-25T02:00:00" << "2026-10-25T00:00:00Z";
        QTest::newRow("after the fold 2026") << ams << "2026-10-25T03:00:00" << "2026-10-25T02:00:00Z";
        QTest::newRow("New York gap") << "America/New_York" << "2026-03-08T02:30:00" << "2026-03-08T07:30:00Z";
        QTest::newRow("New York fold") << "America/New_York" << "2026-11-01T01:30:00" << "2026-11-01T05:30:00Z";
        QTest::newRow("Sydney gap (October)") << "Australia/Sydney" << "2026-10-04T02:30:00" << "2026-10-03T16:30:00Z";
        QTest::newRow("Sydney fold (April)") << "Australia/Sydney" << "2026-04-05T02:30:00" << "2026-04-04T15:30:00Z";
    }

    void toUtc()
    {
        QFETCH(QString, zone);
        QFETCH(QString, local);
        QFETCH(QString, expectedUtc);
        const std::shared_ptr<const ZoneRules> rules = ZoneRules::fromIana(zone);
        QVERIFY(rules);
        const QDateTime wall = QDateTime::fromString(local, Qt::ISODate);
        QCOMPARE(rules->toUtc(wall.date(), wall.time()), utcOf(expectedUtc));
    }

    void toUtcUsesOnlyOffsets_data()
    {
        QTest::addColumn<QString>("local");
        QTest::addColumn<QString>("expectedUtc");
        QTest::newRow("gap") << "2026-03-29T02:30:00" << "2026-03-29T01:30:00Z";
        QTest::newRow("fold") << "2026-10-25T02:30:00" << "2026-10-25T00:30:00Z";
        QTest::newRow("summer") << "2026-06-01T10:00:00" << "2026-06-01T08:00:00Z";
        QTest::newRow("winter") << "2026-12-01T10:00:00" << "2026-12-01T09:00:00Z";
    }

    void toUtcUsesOnlyOffsets()
    {
        QFETCH(QString, local);
        QFETCH(QString, expectedUtc);
        const QDateTime wall = QDateTime::fromString(local, Qt::ISODate);
        QCOMPARE(OffsetsOnlyZone().toUtc(wall.date(), wall.time()), utcOf(expectedUtc));
    }

    void cachedTransitionsAgreeWithTzDatabase_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::newRow("Amsterdam") << "Europe/Amsterdam";
        QTest::newRow("New York") << "America/New_York";
        QTest::newRow("Sydney") << "Australia/Sydney";
        QTest::newRow("Casablanca (Ramadan changes)") << "Africa/Casablanca";
        QTest::newRow("Kolkata (no DST)") << "Asia/Kolkata";
    }

    void cachedTransitionsAgreeWithTzDatabase()
    {
        QFETCH(QString, zone);
        const auto rules = ZoneRules::fromIana(zone);
        QVERIFY(rules);
        const QTimeZone tz(zone.toUtf8());
        // Every 13 hours and 7 minutes from 1975 to 2095 lands on both sides of every change.
        const qint64 step = 13 * 3600 + 7 * 60;
        for (qint64 t = utcOf(QStringLiteral("1975-01-01T00:00:00Z")); t < utcOf(QStringLiteral("2095-01-01T00:00:00Z")); t += step) {
            const int expected = tz.offsetFromUtc(QDateTime::fromSecsSinceEpoch(t, Qt::UTC));
            if (rules->offsetAtUtc(t) != expected)
                QFAIL(qPrintable(QStringLiteral("%1 at %2: %3 instead of %4").arg(zone).arg(t).arg(rules->offsetAtUtc(t)).arg(expected)));
        }
    }

    void fixedZones()
    {
        const auto utc = ZoneRules::fixed(0);
        QCOMPARE(utc->id(), QStringLiteral("UTC"));
        QCOMPARE(utc->offsetAtUtc(utcOf(QStringLiteral("2026-07-01T00:00:00Z"))), 0);
        QCOMPARE(utc->toUtc(QDate(2026, 3, 29), QTime(2, 30)), utcOf(QStringLiteral("2026-03-29T02:30:00Z")));
        const auto plusOne = ZoneRules::fixed(3600);
        QCOMPARE(plusOne->id(), QStringLiteral("UTC+01:00"));
        QCOMPARE(plusOne->toUtc(QDate(2026, 7, 1), QTime(12, 0)), utcOf(QStringLiteral("2026-07-01T11:00:00Z")));
        QCOMPARE(ZoneRules::fixed(-19800, QStringLiteral("Custom"))->id(), QStringLiteral("Custom"));
        QCOMPARE(ZoneRules::fixed(-12600)->id(), QStringLiteral("UTC-03:30"));
    }

    void ianaLookup()
    {
        QCOMPARE(ZoneRules::fromIana(QStringLiteral("Nowhere/Nothing")), nullptr);
        QCOMPARE(ZoneRules::fromIana(QString()), nullptr);
        const auto ams = ZoneRules::amsterdam();
        QVERIFY(ams);
        QCOMPARE(ams->id(), QStringLiteral("Europe/Amsterdam"));
        QCOMPARE(ZoneRules::amsterdam().get(), ams.get());
        QCOMPARE(ZoneRules::fromIana(QStringLiteral("Europe/Amsterdam")).get(), ams.get());
    }
};

QTEST_GUILESS_MAIN(TestZoneRules)
#include "tst_zonerules.moc"
