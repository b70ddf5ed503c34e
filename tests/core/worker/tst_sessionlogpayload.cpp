// SPDX-License-Identifier: GPL-3.0-or-later
#include "worker/sessionlogpayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace Buurtplein;

namespace {

const QString marker = QStringLiteral("ZQXMARKER");

// Every string member carries the marker; the note and reason are free text a person
// typed. The timestamps carry a year that appears nowhere else.
SessionLog markedLog(bool held, QList<int> bands, int newcomers)
{
    SessionLog log;
    log.uuid = QStringLiteral("uuid-") + marker;
    log.occurrenceUid = QStringLiteral("act-") + marker + QStringLiteral("/20261124T130000Z");
    log.activityUid = QStringLiteral("act-") + marker;
    log.held = held;
    log.notHeldReason = QStringLiteral("Fatima ") + marker + QStringLiteral(" was ziek");
    log.attendance = held ? 12 : 0;
    log.firstTimers = held ? 3 : 0;
    log.volunteers = 2;
    log.hostPresent = false;
    log.ageBands = bands;
    log.newToNeighbourhood = newcomers;
    log.note = QStringLiteral("Mevrouw Jansen, 06-12345678, ") + marker;
    log.revision = 4;
    log.loggedAt = QDateTime(QDate(2041, 3, 4), QTime(5, 6), Qt::UTC);
    log.updatedAt = QDateTime(QDate(2042, 3, 4), QTime(5, 6), Qt::UTC);
    return log;
}

// A payload the hub accepts, as build() writes it for a held session with everything counted.
QJsonObject goodPayload()
{
    return QJsonObject{
        {QStringLiteral("uuid"), QStringLiteral("3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f")},
        {QStringLiteral("occurrence"), QStringLiteral("welzijn-west:taalcafe/20261124T130000Z")},
        {QStringLiteral("activity"), QStringLiteral("welzijn-west:taalcafe")},
        {QStringLiteral("revision"), 2},
        {QStringLiteral("held"), true},
        {QStringLiteral("attendance"), 12},
        {QStringLiteral("firstTimers"), 3},
        {QStringLiteral("volunteers"), 2},
        {QStringLiteral("hostPresent"), true},
        {QStringLiteral("ageBands"), QJsonArray{1, 2, 3, 4, 2}},
        {QStringLiteral("newToNeighbourhood"), 5},
    };
}

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

} // namespace

class TestSessionLogPayload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void logs_data()
    {
        QTest::addColumn<bool>("held");
        QTest::addColumn<QList<int>>("bands");
        QTest::addColumn<int>("newcomers");
        QTest::newRow("held, nothing optional") << true << QList<int>() << -1;
        QTest::newRow("held, age bands") << true << QList<int>{1, 2, 3, 4, 2} << -1;
        QTest::newRow("held, newcomers") << true << QList<int>() << 5;
        QTest::newRow("held, everything") << true << QList<int>{1, 2, 3, 4, 2} << 0;
        QTest::newRow("held, broken bands") << true << QList<int>{1, 2} << -1;
        QTest::newRow("not held") << false << QList<int>() << -1;
    }

    void markerOnlyInUids_data() { logs_data(); }
    void markerOnlyInUids()
    {
        QFETCH(bool, held);
        QFETCH(QList<int>, bands);
        QFETCH(int, newcomers);
        QJsonObject payload = SessionLogPayload::build(markedLog(held, bands, newcomers));
        QVERIFY(payload.value(QStringLiteral("uuid")).toString().contains(marker));
        QVERIFY(payload.value(QStringLiteral("occurrence")).toString().contains(marker));
        QVERIFY(payload.value(QStringLiteral("activity")).toString().contains(marker));
        payload.remove(QStringLiteral("uuid"));
        payload.remove(QStringLiteral("occurrence"));
        payload.remove(QStringLiteral("activity"));
        const QByteArray rest = QJsonDocument(payload).toJson(QJsonDocument::Compact);
        QVERIFY2(!rest.contains(marker.toUtf8()), rest.constData());
        for (const char *fragment : {"Jansen", "06-1234", "Fatima", "ziek", "2041", "2042", "note", "logged", "updated"})
            QVERIFY2(!rest.contains(fragment), fragment);
    }

    void keysAreWhitelisted_data() { logs_data(); }
    void keysAreWhitelisted()
    {
        QFETCH(bool, held);
        QFETCH(QList<int>, bands);
        QFETCH(int, newcomers);
        const QJsonObject payload = SessionLogPayload::build(markedLog(held, bands, newcomers));
        const QSet<QString> allowed = toSet(SessionLogPayload::allowedFields());
        for (const QString &key : payload.keys())
            QVERIFY2(allowed.contains(key), qPrintable(key));
        QCOMPARE(payload.contains(QStringLiteral("ageBands")), bands.size() == SessionLog::AgeBandCount);
        QCOMPARE(payload.contains(QStringLiteral("newToNeighbourhood")), newcomers >= 0);
    }

    void carriesTheCounts()
    {
        SessionLog log = markedLog(true, {1, 2, 3, 4, 2}, 5);
        const QJsonObject p = SessionLogPayload::build(log);
        QCOMPARE(p.value(QStringLiteral("revision")).toInt(), 4);
        QCOMPARE(p.value(QStringLiteral("held")).toBool(), true);
        QCOMPARE(p.value(QStringLiteral("attendance")).toInt(), 12);
        QCOMPARE(p.value(QStringLiteral("firstTimers")).toInt(), 3);
        QCOMPARE(p.value(QStringLiteral("volunteers")).toInt(), 2);
        QCOMPARE(p.value(QStringLiteral("hostPresent")).toBool(), false);
        QCOMPARE(p.value(QStringLiteral("newToNeighbourhood")).toInt(), 5);
        QCOMPARE(p.value(QStringLiteral("ageBands")).toArray(), QJsonArray({1, 2, 3, 4, 2}));
        QVERIFY(!p.contains(QStringLiteral("notHeldReason")));

        log = markedLog(false, {}, -1);
        log.notHeldReason = QStringLiteral("weer");
        QCOMPARE(SessionLogPayload::build(log).value(QStringLiteral("notHeldReason")).toString(), QStringLiteral("weer"));
    }

    // What build() writes, read() reads back: every pushed member survives the trip.
    void readsWhatBuildWrites_data() { logs_data(); }
    void readsWhatBuildWrites()
    {
        QFETCH(bool, held);
        QFETCH(QList<int>, bands);
        QFETCH(int, newcomers);
        if (bands.size() != SessionLog::AgeBandCount)
            bands.clear(); // build() drops broken bands, so they cannot come back
        SessionLog log = markedLog(held, bands, newcomers);
        log.uuid = QStringLiteral("3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f");
        log.occurrenceUid = log.activityUid + QStringLiteral("/20261124T130000Z");
        log.notHeldReason = held ? QString() : QStringLiteral("weer");
        QString error;
        const auto back = SessionLogPayload::read(SessionLogPayload::build(log), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->uuid, log.uuid);
        QCOMPARE(back->occurrenceUid, log.occurrenceUid);
        QCOMPARE(back->activityUid, log.activityUid);
        QCOMPARE(back->revision, log.revision);
        QCOMPARE(back->held, log.held);
        QCOMPARE(back->notHeldReason, log.notHeldReason);
        QCOMPARE(back->attendance, log.attendance);
        QCOMPARE(back->firstTimers, log.firstTimers);
        QCOMPARE(back->volunteers, log.volunteers);
        QCOMPARE(back->hostPresent, log.hostPresent);
        QCOMPARE(back->ageBands, log.ageBands);
        QCOMPARE(back->newToNeighbourhood, log.newToNeighbourhood);
        QVERIFY(back->note.isEmpty());
    }

    // Each row changes one key of a good payload (or removes it, with an undefined
    // value) and names the words the refusal must contain.
    void readRefuses_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("words");
        const QJsonValue gone(QJsonValue::Undefined);
        QTest::newRow("a note") << "note" << QJsonValue("Mevrouw Jansen") << "Unknown field 'note'";
        QTest::newRow("a device id") << "deviceId" << QJsonValue("abc") << "Unknown field 'deviceId'";
        QTest::newRow("a timestamp") << "loggedAt" << QJsonValue("2026-11-24T14:00:00Z") << "Unknown field 'loggedAt'";
        QTest::newRow("no uuid") << "uuid" << gone << "Missing field 'uuid'";
        QTest::newRow("no revision") << "revision" << gone << "Missing field 'revision'";
        QTest::newRow("no attendance") << "attendance" << gone << "Missing field 'attendance'";
        QTest::newRow("no hostPresent") << "hostPresent" << gone << "Missing field 'hostPresent'";
        QTest::newRow("uuid a number") << "uuid" << QJsonValue(7) << "'uuid' must be a string";
        QTest::newRow("uuid not a uuid") << "uuid" << QJsonValue("not-a-uuid") << "'uuid' must be a UUID";
        QTest::newRow("uuid with braces") << "uuid" << QJsonValue("{3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f}") << "'uuid' must be a UUID";
        QTest::newRow("uuid in capitals") << "uuid" << QJsonValue("3F2B8C1E-4D5A-4B6C-9E7F-0A1B2C3D4E5F") << "'uuid' must be a UUID";
        QTest::newRow("uuid nil") << "uuid" << QJsonValue("00000000-0000-0000-0000-000000000000") << "'uuid' must be a UUID";
        QTest::newRow("held a string") << "held" << QJsonValue("yes") << "'held' must be true or false";
        QTest::newRow("held a number") << "held" << QJsonValue(1) << "'held' must be true or false";
        QTest::newRow("attendance a string") << "attendance" << QJsonValue("12") << "'attendance' must be a whole number";
        QTest::newRow("attendance a fraction") << "attendance" << QJsonValue(12.5) << "'attendance' must be a whole number";
        QTest::newRow("attendance null") << "attendance" << QJsonValue(QJsonValue::Null) << "'attendance' must be a whole number";
        QTest::newRow("attendance huge") << "attendance" << QJsonValue(1e12) << "'attendance' must be a whole number";
        QTest::newRow("attendance negative") << "attendance" << QJsonValue(-1) << "'attendance': Attendance cannot be negative";
        QTest::newRow("attendance a typo") << "attendance" << QJsonValue(20000) << "'attendance': That is more than";
        QTest::newRow("volunteers negative") << "volunteers" << QJsonValue(-3) << "'volunteers':";
        QTest::newRow("first-timers above attendance") << "firstTimers" << QJsonValue(13) << "'firstTimers': There cannot be 13 first-timers";
        QTest::newRow("newcomers above attendance") << "newToNeighbourhood" << QJsonValue(13) << "'newToNeighbourhood':";
        QTest::newRow("newcomers -1") << "newToNeighbourhood" << QJsonValue(-1) << "leave it out";
        QTest::newRow("revision 0") << "revision" << QJsonValue(0) << "'revision' must be 1 or more";
        QTest::newRow("revision negative") << "revision" << QJsonValue(-4) << "'revision' must be 1 or more";
        QTest::newRow("age bands above attendance") << "ageBands" << QJsonValue(QJsonArray{5, 5, 1, 1, 1}) << "'ageBands': The age bands add up to 13";
        QTest::newRow("age band negative") << "ageBands" << QJsonValue(QJsonArray{1, -1, 1, 1, 1}) << "'ageBands': An age band cannot be negative";
        QTest::newRow("four age bands") << "ageBands" << QJsonValue(QJsonArray{1, 1, 1, 1}) << "'ageBands' must have 5 numbers";
        QTest::newRow("age band a string") << "ageBands" << QJsonValue(QJsonArray{1, "2", 1, 1, 1}) << "Each of 'ageBands' must be a whole number";
        QTest::newRow("age bands an object") << "ageBands" << QJsonValue(QJsonObject{}) << "'ageBands' must be an array";
        QTest::newRow("reason while held") << "notHeldReason" << QJsonValue("weer") << "only sent for a session that was not held";
        QTest::newRow("not held with attendance") << "held" << QJsonValue(false) << "'attendance': A session that was not held";
        QTest::newRow("occurrence of another activity") << "occurrence" << QJsonValue("other/20261124T130000Z") << "'occurrence' must be an occurrence";
        QTest::newRow("occurrence without time") << "occurrence" << QJsonValue("welzijn-west:taalcafe") << "'occurrence' must be an occurrence";
        QTest::newRow("occurrence on 31 November") << "occurrence" << QJsonValue("welzijn-west:taalcafe/20261131T130000Z") << "'occurrence' must be an occurrence";
        QTest::newRow("occurrence in local time") << "occurrence" << QJsonValue("welzijn-west:taalcafe/20261124T130000") << "'occurrence' must be an occurrence";
        QTest::newRow("empty activity") << "activity" << QJsonValue("") << "'activity' must be an activity uid";
        QTest::newRow("activity too long") << "activity" << QJsonValue(QString(201, QLatin1Char('a'))) << "'activity' must be an activity uid";
    }

    void readRefuses()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, words);
        QJsonObject payload = goodPayload();
        QString error;
        QVERIFY2(SessionLogPayload::read(payload, &error), qPrintable(error));
        if (value.isUndefined())
            payload.remove(key);
        else
            payload.insert(key, value);
        error.clear();
        QVERIFY(!SessionLogPayload::read(payload, &error));
        QVERIFY2(error.contains(words), qPrintable(error));
    }

    void readsANotHeldSession()
    {
        QJsonObject payload = goodPayload();
        for (const char *key : {"ageBands", "newToNeighbourhood"})
            payload.remove(QLatin1String(key));
        payload.insert(QStringLiteral("held"), false);
        payload.insert(QStringLiteral("attendance"), 0);
        payload.insert(QStringLiteral("firstTimers"), 0);
        payload.insert(QStringLiteral("notHeldReason"), QStringLiteral("weer"));
        QString error;
        const auto log = SessionLogPayload::read(payload, &error);
        QVERIFY2(log, qPrintable(error));
        QCOMPARE(log->notHeldReason, QStringLiteral("weer"));
        QCOMPARE(log->newToNeighbourhood, -1);
        QVERIFY(log->ageBands.isEmpty());
        payload.insert(QStringLiteral("notHeldReason"), QStringLiteral("Fatima was ziek"));
        QVERIFY(!SessionLogPayload::read(payload, &error));
        QVERIFY2(error.startsWith(QLatin1String("'notHeldReason':")), qPrintable(error));
    }

    void occurrenceStart_data()
    {
        QTest::addColumn<QString>("occurrence");
        QTest::addColumn<QString>("activity");
        QTest::addColumn<qint64>("start"); // -1: not an occurrence of the activity
        QTest::newRow("plain") << "act-12/20260329T013000Z" << "act-12" << QDateTime(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC).toSecsSinceEpoch();
        QTest::newRow("any activity") << "act-12/20260329T013000Z" << "" << QDateTime(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC).toSecsSinceEpoch();
        QTest::newRow("slash in activity") << "a/b/20260101T000000Z" << "a/b" << QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        QTest::newRow("other activity") << "act-12/20260329T013000Z" << "act-1" << qint64(-1);
        QTest::newRow("no activity") << "/20260329T013000Z" << "" << qint64(-1);
        QTest::newRow("25 o'clock") << "act-12/20260329T253000Z" << "" << qint64(-1);
        QTest::newRow("letters") << "act-12/2026O329T013000Z" << "" << qint64(-1);
        QTest::newRow("arabic digits") << QStringLiteral("act-12/2026\u0663329T013000Z") << "" << qint64(-1);
        QTest::newRow("too short") << "act-12/20260329T0130Z" << "" << qint64(-1);
    }

    void occurrenceStart()
    {
        QFETCH(QString, occurrence);
        QFETCH(QString, activity);
        QFETCH(qint64, start);
        QCOMPARE(SessionLogPayload::occurrenceStart(occurrence, activity).value_or(-1), start);
    }

    // Adding a member to SessionLog breaks the structured binding below (it stops
    // compiling) and sessionLogFields() must list it; then this test fails until
    // SessionLogPayload decides whether it is pushed or stays on the device.
    void everyMemberIsDecided()
    {
        SessionLog log;
        auto &[uuid, occurrenceUid, activityUid, held, notHeldReason, attendance, firstTimers, volunteers, hostPresent,
               ageBands, newToNeighbourhood, replaces, note, revision, loggedAt, updatedAt] = log;
        const QStringList bound = {
            QStringLiteral("uuid"), QStringLiteral("occurrenceUid"), QStringLiteral("activityUid"), QStringLiteral("held"),
            QStringLiteral("notHeldReason"), QStringLiteral("attendance"), QStringLiteral("firstTimers"),
            QStringLiteral("volunteers"), QStringLiteral("hostPresent"), QStringLiteral("ageBands"),
            QStringLiteral("newToNeighbourhood"), QStringLiteral("replaces"), QStringLiteral("note"), QStringLiteral("revision"),
            QStringLiteral("loggedAt"), QStringLiteral("updatedAt")};
        Q_UNUSED(uuid) Q_UNUSED(occurrenceUid) Q_UNUSED(activityUid) Q_UNUSED(held) Q_UNUSED(notHeldReason)
        Q_UNUSED(attendance) Q_UNUSED(firstTimers) Q_UNUSED(volunteers) Q_UNUSED(hostPresent) Q_UNUSED(ageBands)
        Q_UNUSED(newToNeighbourhood) Q_UNUSED(replaces) Q_UNUSED(note) Q_UNUSED(revision) Q_UNUSED(loggedAt) Q_UNUSED(updatedAt)
        QCOMPARE(sessionLogFields(), bound);

        QStringList pushed;
        QStringList keys;
        for (const auto &[member, key] : SessionLogPayload::pushedMembers()) {
            pushed.append(member);
            keys.append(key);
        }
        const QStringList deviceOnly = SessionLogPayload::deviceOnlyMembers();
        QVERIFY(!toSet(pushed).intersects(toSet(deviceOnly)));
        QCOMPARE(toSet(pushed + deviceOnly), toSet(sessionLogFields()));
        QCOMPARE(pushed.size() + deviceOnly.size(), sessionLogFields().size());
        QCOMPARE(keys, SessionLogPayload::allowedFields());
        QVERIFY(deviceOnly.contains(QStringLiteral("note")));
    }
};

QTEST_GUILESS_MAIN(TestSessionLogPayload)
#include "tst_sessionlogpayload.moc"
