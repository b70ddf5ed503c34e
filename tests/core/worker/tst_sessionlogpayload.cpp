// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionlogpayload.h"

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

    // Adding a member to SessionLog breaks the structured binding below (it stops
    // compiling) and sessionLogFields() must list it; then this test fails until
    // SessionLogPayload decides whether it is pushed or stays on the device.
    void everyMemberIsDecided()
    {
        SessionLog log;
        auto &[uuid, occurrenceUid, activityUid, held, notHeldReason, attendance, firstTimers, volunteers, hostPresent,
               ageBands, newToNeighbourhood, note, revision, loggedAt, updatedAt] = log;
        const QStringList bound = {
            QStringLiteral("uuid"), QStringLiteral("occurrenceUid"), QStringLiteral("activityUid"), QStringLiteral("held"),
            QStringLiteral("notHeldReason"), QStringLiteral("attendance"), QStringLiteral("firstTimers"),
            QStringLiteral("volunteers"), QStringLiteral("hostPresent"), QStringLiteral("ageBands"),
            QStringLiteral("newToNeighbourhood"), QStringLiteral("note"), QStringLiteral("revision"),
            QStringLiteral("loggedAt"), QStringLiteral("updatedAt")};
        Q_UNUSED(uuid) Q_UNUSED(occurrenceUid) Q_UNUSED(activityUid) Q_UNUSED(held) Q_UNUSED(notHeldReason)
        Q_UNUSED(attendance) Q_UNUSED(firstTimers) Q_UNUSED(volunteers) Q_UNUSED(hostPresent) Q_UNUSED(ageBands)
        Q_UNUSED(newToNeighbourhood) Q_UNUSED(note) Q_UNUSED(revision) Q_UNUSED(loggedAt) Q_UNUSED(updatedAt)
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
