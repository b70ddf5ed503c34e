// SPDX-License-Identifier: GPL-3.0-or-later
// What the activity and place pages show for the demo neighbourhood: the activity's
// fields, its next dates with their status (the Wednesday De Meevaart is closed, the
// December dialogue evening moved to VONK), the place's address, opening hours,
// accessibility and coordinates (from which the page measures the distance).
#include "democatalogue.h"
#include "resident/cataloguedetails.h"
#include "resident/cataloguerecord.h"
#include "common/terms.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>

using namespace Buurtplein;

namespace {
const QString taalcafe = QStringLiteral("demo:taalcafe-javaplein");
const QString inloop = QStringLiteral("demo:inloop-meevaart");
const QString dialoog = QStringLiteral("demo:dialoog-meevaart");
const QString oba = QStringLiteral("mvzn:MV2946-1");
const QString meevaart = QStringLiteral("mvzn:MV1233-1");
const QString vonk = QStringLiteral("mvzn:MV1188-1");

QStringList valuesOf(const QVariantList &list, const QString &key)
{
    QStringList values;
    for (const QVariant &item : list)
        values.append(item.toMap().value(key).toString());
    return values;
}
} // namespace

class TestCatalogueDetails : public QObject
{
    Q_OBJECT

private:
    Database m_db;
    const QDateTime m_now{QDate(2026, 11, 23), QTime(8, 0), Qt::UTC}; // Monday, 09:00 in Amsterdam
    std::unique_ptr<CatalogueDetails> m_details;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QString error;
        QVERIFY2(TestSupport::openDemoCatalogue(m_db, m_now, &error), qPrintable(error));
        m_details = std::make_unique<CatalogueDetails>(m_db.connection());
        m_details->setNow(m_now);
    }

    void activityFields()
    {
        const QVariantMap a = m_details->activity(taalcafe);
        QCOMPARE(a.value(QStringLiteral("uid")).toString(), taalcafe);
        // The UI speaks English here and the activity has an English translation.
        QCOMPARE(a.value(QStringLiteral("title")).toString(), QStringLiteral("Language café"));
        QCOMPARE(a.value(QStringLiteral("textLanguage")).toString(), QStringLiteral("en"));
        QVERIFY(a.value(QStringLiteral("description")).toString().startsWith(QStringLiteral("Practise Dutch")));
        QCOMPARE(a.value(QStringLiteral("category")).toString(), QStringLiteral("taal_ontmoeting"));
        QCOMPARE(valuesOf(a.value(QStringLiteral("languages")).toList(), QStringLiteral("code")),
                 (QStringList{QStringLiteral("nl"), QStringLiteral("en"), QStringLiteral("ar"), QStringLiteral("tr"),
                              QStringLiteral("uk"), QStringLiteral("ti")}));
        for (const QString &name : valuesOf(a.value(QStringLiteral("languages")).toList(), QStringLiteral("name")))
            QVERIFY(!name.isEmpty());
        QCOMPARE(a.value(QStringLiteral("audience")).toString(), QStringLiteral("iedereen"));
        QCOMPARE(a.value(QStringLiteral("costText")).toString(), Terms::costText(0));
        QVERIFY(a.value(QStringLiteral("hostPresent")).toBool());
        QVERIFY(!a.value(QStringLiteral("registrationRequired")).toBool());
        QCOMPARE(a.value(QStringLiteral("organisation")).toString(), QStringLiteral("Openbare Bibliotheek Amsterdam"));
        QCOMPARE(a.value(QStringLiteral("place")).toMap().value(QStringLiteral("uid")).toString(), oba);
        QVERIFY(m_details->activity(QStringLiteral("demo:no-such-activity")).isEmpty());
    }

    void activityInTheActivitysOwnLanguage()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        const QVariantMap a = m_details->activity(taalcafe);
        QLocale::setDefault(before);
        QCOMPARE(a.value(QStringLiteral("title")).toString(), QStringLiteral("Taalcafé"));
        QCOMPARE(a.value(QStringLiteral("textLanguage")).toString(), QStringLiteral("nl"));
        QVERIFY(a.value(QStringLiteral("description")).toString().startsWith(QStringLiteral("Oefen Nederlands")));
    }

    void nextDatesWithTheirStatus_data()
    {
        QTest::addColumn<QString>("activity");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("day");
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("placeName");
        QTest::addColumn<bool>("elsewhere");
        QTest::addColumn<QString>("reason");
        QTest::newRow("Monday's coffee: today")
            << inloop << 1 << "Today" << "10:00–12:00" << "scheduled" << "Buurthuis De Meevaart" << false << "";
        QTest::newRow("Wednesday's coffee: cancelled, and why")
            << inloop << 3 << "Wednesday 25 November" << "10:00–12:00" << "cancelled" << "Buurthuis De Meevaart" << false
            << "De Meevaart is deze ochtend gesloten: de verwarming wordt vervangen.";
        QTest::newRow("the December dialogue: moved to VONK, and why")
            << dialoog << 1 << "Thursday 10 December" << "19:30–21:30" << "moved" << "Activiteitencentrum VONK" << true
            << "De grote zaal van De Meevaart is bezet; deze keer zijn we in VONK.";
        QTest::newRow("the January dialogue: back at De Meevaart")
            << dialoog << 2 << "Thursday 14 January" << "19:30–21:30" << "scheduled" << "Buurthuis De Meevaart" << false << "";
        QTest::newRow("Tuesday's language café: tomorrow")
            << taalcafe << 1 << "Tomorrow" << "14:00–15:30" << "scheduled" << "OBA Javaplein" << false << "";
    }

    void nextDatesWithTheirStatus()
    {
        QFETCH(QString, activity);
        QFETCH(int, limit);
        QFETCH(QString, day);
        QFETCH(QString, time);
        QFETCH(QString, status);
        QFETCH(QString, placeName);
        QFETCH(bool, elsewhere);
        QFETCH(QString, reason);
        const QVariantList sessions = m_details->sessionsOf(activity, limit);
        QCOMPARE(sessions.size(), limit);
        // The row asked about is the last of the first `limit` dates, which come in order.
        const QVariantMap session = sessions.last().toMap();
        QCOMPARE(session.value(QStringLiteral("day")).toString(), day);
        QCOMPARE(session.value(QStringLiteral("timeText")).toString(), time);
        QCOMPARE(session.value(QStringLiteral("status")).toString(), status);
        QCOMPARE(session.value(QStringLiteral("placeName")).toString(), placeName);
        // A session somewhere else than the activity's usual place says so, and a change says why.
        QCOMPARE(session.value(QStringLiteral("elsewhere")).toBool(), elsewhere);
        QCOMPARE(session.value(QStringLiteral("reason")).toString(), reason);
        QVERIFY(!session.value(QStringLiteral("occurrenceUid")).toString().isEmpty());
    }

    // The holidays a series skips are said where the gap is (the demo's series skip the
    // Dutch public holidays), not left as a silent jump from Thursday to Monday.
    void skippedHolidaysInTheirPlace_data()
    {
        QTest::addColumn<QString>("activity");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QStringList>("days");
        QTest::addColumn<QString>("skippedDay");
        QTest::addColumn<QString>("reason");
        const QDateTime christmasWeek{QDate(2026, 12, 21), QTime(8, 0), Qt::UTC};
        QTest::newRow("weekday coffee: Thursday, then no session on Christmas Day, then Monday")
            << inloop << christmasWeek << 6
            << QStringList{"Today", "Tomorrow", "Wednesday 23 December", "Thursday 24 December", "Friday 25 December",
                           "Monday 28 December", "Tuesday 29 December"}
            << "2026-12-25" << "Christmas Day";
        QTest::newRow("the last Friday's meal falls on Christmas Day")
            << QStringLiteral("demo:samen-eten-batavia") << christmasWeek << 1
            << QStringList{"Friday 25 December", "Friday 29 January"} << "2026-12-25"
            << "Christmas Day";
        QTest::newRow("Tuesday's language café: Easter Monday is no Tuesday, nothing skipped")
            << taalcafe << QDateTime{QDate(2027, 3, 22), QTime(8, 0), Qt::UTC} << 3
            << QStringList{"Tomorrow", "Tuesday 30 March", "Tuesday 6 April"} << QString() << QString();
        QTest::newRow("Monday's homework club: not on Easter Monday, today")
            << QStringLiteral("demo:huiswerk-javaplein") << QDateTime{QDate(2027, 3, 29), QTime(6, 0), Qt::UTC} << 1
            << QStringList{"Today", "Wednesday 31 March"} << "2027-03-29" << "Easter Monday";
    }
    void skippedHolidaysInTheirPlace()
    {
        QFETCH(QString, activity);
        QFETCH(QDateTime, now);
        QFETCH(int, limit);
        QFETCH(QStringList, days);
        QFETCH(QString, skippedDay);
        QFETCH(QString, reason);
        Database db;
        QString error;
        QVERIFY2(TestSupport::openDemoCatalogue(db, now, &error), qPrintable(error));
        CatalogueDetails details(db.connection());
        details.setNow(now);
        const QVariantList sessions = details.sessionsOf(activity, limit);
        QCOMPARE(valuesOf(sessions, QStringLiteral("day")), days);
        qint64 previous = 0;
        int skipped = 0;
        for (const QVariant &v : sessions) {
            const QVariantMap s = v.toMap();
            QVERIFY(s.value(QStringLiteral("start")).toLongLong() > previous);
            previous = s.value(QStringLiteral("start")).toLongLong();
            if (s.value(QStringLiteral("status")).toString() != QLatin1String("skipped")) {
                QVERIFY(!s.value(QStringLiteral("occurrenceUid")).toString().isEmpty());
                continue;
            }
            ++skipped;
            QCOMPARE(s.value(QStringLiteral("skippedDay")).toString(), skippedDay);
            QCOMPARE(s.value(QStringLiteral("reason")).toString(), reason);
            QVERIFY(s.value(QStringLiteral("occurrenceUid")).toString().isEmpty());
            // At the hour the series would have met.
            QCOMPARE(s.value(QStringLiteral("timeText")).toString(),
                     valuesOf(sessions, QStringLiteral("timeText")).constLast());
        }
        QCOMPARE(skipped, skippedDay.isEmpty() ? 0 : 1);
        QCOMPARE(sessions.size(), limit + skipped);
    }

    // A page's record is read on the catalogue's reading thread, from a file catalogue
    // (a connection of its own), and only the answer to the latest question counts.
    void recordsAreReadOffTheUiThread()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Database db;
        QString error;
        QVERIFY2(TestSupport::openDemoCatalogue(db, m_now, &error, dir.filePath(QStringLiteral("c.sqlite"))),
                 qPrintable(error));
        CatalogueDetails details(db.connection());
        details.setNow(m_now);
        CatalogueRecord record;
        record.classBegin();
        record.setCatalogue(&details);
        record.setUid(taalcafe);
        record.componentComplete();
        // Asked again before the first answer came: the first is dropped.
        record.setKind(CatalogueRecord::Place);
        record.setLimit(21);
        record.setUid(oba);
        QVERIFY(!record.isLoaded());
        QVERIFY(record.record().isEmpty());
        QSignalSpy answered(&record, &CatalogueRecord::answered);
        QTRY_VERIFY(record.isLoaded());
        QCOMPARE(answered.size(), 1);
        QCOMPARE(record.record().value(QStringLiteral("name")).toString(), QStringLiteral("OBA Javaplein"));
        QCOMPARE(record.sessions(), details.sessionsAt(oba, 21));
        // Another language or a sync: read again, what was shown stays until then.
        record.setReadKey(QStringLiteral("en/1"));
        QVERIFY(!record.isLoaded());
        QCOMPARE(record.record().value(QStringLiteral("name")).toString(), QStringLiteral("OBA Javaplein"));
        QTRY_VERIFY(record.isLoaded());
        // No uid: nothing to read, nothing shown.
        record.setUid(QString());
        QVERIFY(record.record().isEmpty());
    }

    void placeFields_data()
    {
        QTest::addColumn<QString>("uid");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("openingHours");
        QTest::addColumn<QStringList>("accessibility");
        QTest::addColumn<int>("metresFromMeevaart");
        QTest::newRow("library") << oba << "OBA Javaplein" << "bibliotheek" << "Javaplein 2, 1094 HW Amsterdam"
                                 << "Mo-Sa 10:00-18:00; Su 12:00-17:00"
                                 << QStringList{QStringLiteral("wheelchair"), QStringLiteral("step_free"),
                                                QStringLiteral("accessible_toilet"), QStringLiteral("hearing_loop")}
                                 << 360;
        QTest::newRow("community centre") << vonk << "Activiteitencentrum VONK" << "buurthuis" << "Ambonplein 63, 1094 PW Amsterdam"
                                          << "Mo-Fr 09:00-17:00"
                                          << QStringList{QStringLiteral("wheelchair"), QStringLiteral("accessible_toilet")}
                                          << 466;
    }

    void placeFields()
    {
        QFETCH(QString, uid);
        QFETCH(QString, name);
        QFETCH(QString, kind);
        QFETCH(QString, address);
        QFETCH(QString, openingHours);
        QFETCH(QStringList, accessibility);
        QFETCH(int, metresFromMeevaart);
        const QVariantMap p = m_details->place(uid);
        QCOMPARE(p.value(QStringLiteral("uid")).toString(), uid);
        QCOMPARE(p.value(QStringLiteral("name")).toString(), name);
        QCOMPARE(p.value(QStringLiteral("kind")).toString(), kind);
        QVERIFY(!p.value(QStringLiteral("kindLabel")).toString().isEmpty());
        QCOMPARE(p.value(QStringLiteral("address")).toString(), address);
        QCOMPARE(p.value(QStringLiteral("openingHours")).toString(), openingHours);
        const QVariantList features = p.value(QStringLiteral("accessibility")).toList();
        QCOMPARE(valuesOf(features, QStringLiteral("id")), accessibility);
        for (const QString &label : valuesOf(features, QStringLiteral("label")))
            QVERIFY(!label.isEmpty());
        QCOMPARE(p.value(QStringLiteral("indoorOutdoor")).toString(), QStringLiteral("indoor"));
        // The pages measure the distance from "near me" to these coordinates.
        QVERIFY(p.value(QStringLiteral("hasCoordinates")).toBool());
        const QVariantMap from = m_details->place(meevaart);
        const double metres = Terms::distanceMetres(from.value(QStringLiteral("lat")).toDouble(), from.value(QStringLiteral("lon")).toDouble(),
                                                    p.value(QStringLiteral("lat")).toDouble(), p.value(QStringLiteral("lon")).toDouble());
        QVERIFY2(qAbs(metres - metresFromMeevaart) < 5, qPrintable(QString::number(metres)));
        QVERIFY(m_details->place(QStringLiteral("mvzn:no-such-place")).isEmpty());
    }

    void sessionsAtAPlace()
    {
        // De Meevaart: the cancelled Wednesday coffee is listed with its status; the
        // dialogue evening that moved to VONK is listed at VONK, not here.
        const QVariantList atMeevaart = m_details->sessionsAt(meevaart, 21);
        QStringList statuses;
        for (const QVariant &item : atMeevaart) {
            const QVariantMap s = item.toMap();
            QVERIFY(!s.value(QStringLiteral("title")).toString().isEmpty());
            // The UI speaks English here: the coffee morning's English title, marked as such.
            if (s.value(QStringLiteral("activityUid")).toString() == inloop) {
                QCOMPARE(s.value(QStringLiteral("title")).toString(), QStringLiteral("Drop-in coffee"));
                QCOMPARE(s.value(QStringLiteral("titleLanguage")).toString(), QStringLiteral("en"));
            }
            QVERIFY(!(s.value(QStringLiteral("activityUid")).toString() == dialoog
                      && s.value(QStringLiteral("status")).toString() == QLatin1String("moved")));
            if (s.value(QStringLiteral("day")).toString() == QLatin1String("Wednesday 25 November")
                && s.value(QStringLiteral("activityUid")).toString() == inloop)
                statuses.append(s.value(QStringLiteral("status")).toString());
        }
        QCOMPARE(statuses, QStringList{QStringLiteral("cancelled")});
        const QVariantList atVonk = m_details->sessionsAt(vonk, 21);
        bool movedHere = false;
        for (const QVariant &item : atVonk) {
            const QVariantMap s = item.toMap();
            movedHere = movedHere
                || (s.value(QStringLiteral("activityUid")).toString() == dialoog
                    && s.value(QStringLiteral("status")).toString() == QLatin1String("moved")
                    && s.value(QStringLiteral("day")).toString() == QLatin1String("Thursday 10 December"));
        }
        QVERIFY(movedHere);
    }
};

QTEST_GUILESS_MAIN(TestCatalogueDetails)
#include "tst_cataloguedetails.moc"
