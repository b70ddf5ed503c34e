// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchfixture.h"
#include "search/searchindex.h"
#include "recurrence/occurrenceexpander.h"

#include <QStandardPaths>
#include <QTest>

using namespace Buurtplein;
using namespace Buurtplein::SearchFixture;

namespace {
struct Row {
    QString uid;
    qint64 originalStart;
    qint64 start;
    qint64 end;
    qint64 placeId;
    QString status;
    qint64 rowId;
};
} // namespace

class TestSearchIndex : public QObject
{
    Q_OBJECT
private:
    Database m_db;
    qint64 m_place = 0;
    qint64 m_otherPlace = 0;
    qint64 m_activity = 0;
    const QDateTime m_now = QDateTime::fromString(QStringLiteral("2026-03-02T12:00:00Z"), Qt::ISODate);

    QSqlDatabase db() const { return m_db.connection(); }

    QList<Row> rows(qint64 activityId)
    {
        QList<Row> out;
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT uid, original_start, start, end, coalesce(place_id, 0), status, id "
                                 "FROM occurrence WHERE activity_id = ? ORDER BY original_start"));
        q.bindValue(0, activityId);
        q.exec();
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                        q.value(4).toLongLong(), q.value(5).toString(), q.value(6).toLongLong()});
        return out;
    }

    QList<qint64> textMatches(const QString &match)
    {
        QList<qint64> out;
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT rowid FROM activity_fts WHERE activity_fts MATCH ? ORDER BY rowid"));
        q.bindValue(0, match);
        q.exec();
        while (q.next())
            out.append(q.value(0).toLongLong());
        return out;
    }

    void changed(qint64 activityId)
    {
        QString error;
        QVERIFY2(SearchIndex::activityChanged(db(), activityId, &error), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY2(m_db.open(QStringLiteral(":memory:")), qPrintable(m_db.errorString()));
        m_place = place(db(), QStringLiteral("p1"), QStringLiteral("Buurthuis De Pijp"), 52.355, 4.895);
        m_otherPlace = place(db(), QStringLiteral("p2"), QStringLiteral("Bibliotheek Oost"), 52.36, 4.93);
        ActivityRow a;
        a.uid = QStringLiteral("act-1");
        a.placeId = m_place;
        a.title = QStringLiteral("Taalcafé");
        a.description = QStringLiteral("Nederlands oefenen met koffie");
        m_activity = activity(db(), a);
        // Tuesdays 10:00 Amsterdam time since 6 January 2026.
        schedule(db(), {QStringLiteral("s1"), m_activity, QStringLiteral("2026-01-06")});
        QString error;
        QVERIFY2(SearchIndex::rebuild(db(), m_now, 8, &error), qPrintable(error));
    }
    void cleanup() { m_db.close(); }

    void expandsTheWindow()
    {
        const QList<Row> r = rows(m_activity);
        // Window [1 March 00:00Z, 28 April 00:00Z): the Tuesdays 3 March .. 21 April.
        QCOMPARE(r.size(), 8);
        QCOMPARE(r.first().start, utc("2026-03-03T09:00:00Z"));
        QCOMPARE(r.last().start, utc("2026-04-21T08:00:00Z")); // CEST after 29 March
        QCOMPARE(r.first().end - r.first().start, 120 * 60);
        QCOMPARE(r.first().uid, OccurrenceId::make(QStringLiteral("act-1"), r.first().start));
        QCOMPARE(r.first().placeId, m_place);
        QCOMPARE(r.first().status, QStringLiteral("scheduled"));
    }

    void exceptionsAndValidRangeDropSessions()
    {
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("UPDATE schedule SET exception_days = '2026-03-10,2026-03-17', valid_to = '2026-03-31'")));
        changed(m_activity);
        QList<qint64> starts;
        for (const Row &r : rows(m_activity))
            starts.append(r.start);
        QCOMPARE(starts, (QList<qint64>{utc("2026-03-03T09:00:00Z"), utc("2026-03-24T09:00:00Z"), utc("2026-03-31T08:00:00Z")}));
    }

    void onlyActiveActivitiesHaveSessions()
    {
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("UPDATE activity SET status = 'paused'")));
        changed(m_activity);
        QVERIFY(rows(m_activity).isEmpty());
        QVERIFY(q.exec(QStringLiteral("UPDATE activity SET status = 'active'")));
        changed(m_activity);
        QCOMPARE(rows(m_activity).size(), 8);
    }

    void overridesCancelAndMoveKeepTheOriginalId()
    {
        const qint64 cancelledStart = utc("2026-03-10T09:00:00Z");
        const qint64 movedStart = utc("2026-03-17T09:00:00Z");
        const QString cancelledUid = OccurrenceId::make(QStringLiteral("act-1"), cancelledStart);
        const QString movedUid = OccurrenceId::make(QStringLiteral("act-1"), movedStart);
        insert(db(), QStringLiteral("INSERT INTO occurrence_override (occurrence_uid, activity_id, original_start, status) "
                                    "VALUES (?, ?, ?, 'cancelled')"), {cancelledUid, m_activity, cancelledStart});
        insert(db(), QStringLiteral("INSERT INTO occurrence_override (occurrence_uid, activity_id, original_start, status, "
                                    "new_start, new_end, new_place_id) VALUES (?, ?, ?, 'moved', ?, ?, ?)"),
               {movedUid, m_activity, movedStart, utc("2026-03-18T14:00:00Z"), utc("2026-03-18T15:30:00Z"), m_otherPlace});
        changed(m_activity);
        const QList<Row> r = rows(m_activity);
        QCOMPARE(r.size(), 8); // a cancelled session stays, with its status, for the badge
        QCOMPARE(r.at(1).uid, cancelledUid);
        QCOMPARE(r.at(1).status, QStringLiteral("cancelled"));
        QCOMPARE(r.at(1).start, cancelledStart);
        QCOMPARE(r.at(2).uid, movedUid);
        QCOMPARE(r.at(2).status, QStringLiteral("moved"));
        QCOMPARE(r.at(2).originalStart, movedStart);
        QCOMPARE(r.at(2).start, utc("2026-03-18T14:00:00Z"));
        QCOMPARE(r.at(2).end, utc("2026-03-18T15:30:00Z"));
        QCOMPARE(r.at(2).placeId, m_otherPlace);

        // Editing the duration and description re-expands, and the move still applies.
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("UPDATE schedule SET duration_minutes = 90")));
        QVERIFY(q.exec(QStringLiteral("UPDATE activity SET description = 'Nieuwe tekst'")));
        changed(m_activity);
        const QList<Row> after = rows(m_activity);
        QCOMPARE(after.size(), 8);
        QCOMPARE(after.at(0).end - after.at(0).start, 90 * 60);
        QCOMPARE(after.at(1).status, QStringLiteral("cancelled"));
        QCOMPARE(after.at(2).uid, movedUid);
        QCOMPARE(after.at(2).start, utc("2026-03-18T14:00:00Z"));
        QCOMPARE(after.at(2).placeId, m_otherPlace);
    }

    void sessionMovedIntoTheWindowFromOutside()
    {
        const qint64 original = utc("2026-05-05T08:00:00Z"); // after the window's end
        insert(db(), QStringLiteral("INSERT INTO occurrence_override (occurrence_uid, activity_id, original_start, status, "
                                    "new_start, new_end) VALUES (?, ?, ?, 'moved', ?, ?)"),
               {OccurrenceId::make(QStringLiteral("act-1"), original), m_activity, original,
                utc("2026-04-23T08:00:00Z"), utc("2026-04-23T10:00:00Z")});
        changed(m_activity);
        const QList<Row> r = rows(m_activity);
        QCOMPARE(r.size(), 9);
        QCOMPARE(r.last().originalStart, original);
        QCOMPARE(r.last().start, utc("2026-04-23T08:00:00Z"));
    }

    void scheduleTimeEditMovesEverySession()
    {
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("UPDATE schedule SET start_time = '19:30:00'")));
        changed(m_activity);
        const QList<Row> r = rows(m_activity);
        QCOMPARE(r.size(), 8);
        QCOMPARE(r.first().start, utc("2026-03-03T18:30:00Z"));
    }

    void refreshMovesTheWindowIncrementally()
    {
        const QList<Row> before = rows(m_activity);
        QString error;
        QVERIFY2(SearchIndex::refreshWindow(db(), m_now.addDays(7), 8, &error), qPrintable(error));
        const QList<Row> after = rows(m_activity);
        QCOMPARE(after.size(), 8);
        QCOMPARE(after.first().start, utc("2026-03-10T09:00:00Z")); // 3 March left the window
        QCOMPARE(after.last().start, utc("2026-04-28T08:00:00Z"));  // 28 April came in
        // Sessions that stayed in the window were not rewritten.
        QCOMPARE(after.at(0).rowId, before.at(1).rowId);
        QCOMPARE(after.at(6).rowId, before.at(7).rowId);
        // Moving again within the same day changes nothing.
        QVERIFY2(SearchIndex::refreshWindow(db(), m_now.addDays(7).addSecs(3600), 8, &error), qPrintable(error));
        QCOMPARE(rows(m_activity).last().rowId, after.last().rowId);
        // A jump far ahead starts over.
        QVERIFY2(SearchIndex::refreshWindow(db(), m_now.addDays(100), 8, &error), qPrintable(error));
        // [9 June 00:00Z, 6 August 00:00Z) holds nine Tuesdays.
        const QList<Row> jumped = rows(m_activity);
        QCOMPARE(jumped.size(), 9);
        QCOMPARE(jumped.first().start, utc("2026-06-09T08:00:00Z"));
        QCOMPARE(jumped.last().start, utc("2026-08-04T08:00:00Z"));
    }

    void textIndexFollowsActivityAndPlace()
    {
        QCOMPARE(textMatches(QStringLiteral("\"cafe\"")), QList<qint64>{m_activity});
        QCOMPARE(textMatches(QStringLiteral("\"pijp\"")), QList<qint64>{m_activity});
        insert(db(), QStringLiteral("INSERT INTO activity_translation (activity_id, lang, title, description) VALUES (?, 'en', ?, '')"),
               {m_activity, QStringLiteral("Language café")});
        changed(m_activity);
        QCOMPARE(textMatches(QStringLiteral("\"language\"")), QList<qint64>{m_activity});

        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("UPDATE place SET name = 'Huis van de Wijk Zuid' WHERE uid = 'p1'")));
        QString error;
        QVERIFY2(SearchIndex::placeChanged(db(), m_place, &error), qPrintable(error));
        QVERIFY(textMatches(QStringLiteral("\"pijp\"")).isEmpty());
        QCOMPARE(textMatches(QStringLiteral("\"wijk zuid\"")), QList<qint64>{m_activity});

        QVERIFY2(SearchIndex::activityRemoved(db(), m_activity, &error), qPrintable(error));
        QVERIFY(textMatches(QStringLiteral("\"cafe\"")).isEmpty());
        QVERIFY(rows(m_activity).isEmpty());
    }

    void placesWithoutCoordinatesStayOutOfTheTree()
    {
        const qint64 nowhere = place(db(), QStringLiteral("p3"), QStringLiteral("Geen vaste plek"), null(), null());
        QString error;
        QVERIFY2(SearchIndex::placeChanged(db(), nowhere, &error), qPrintable(error));
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM place_rtree ORDER BY id")));
        QList<qint64> ids;
        while (q.next())
            ids.append(q.value(0).toLongLong());
        QCOMPARE(ids, (QList<qint64>{m_place, m_otherPlace}));
        QVERIFY2(SearchIndex::placeRemoved(db(), m_place, &error), qPrintable(error));
        q.prepare(QStringLiteral("SELECT count(*) FROM place_rtree WHERE id = ?"));
        q.bindValue(0, m_place);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(textMatches(QStringLiteral("\"pijp\"")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
