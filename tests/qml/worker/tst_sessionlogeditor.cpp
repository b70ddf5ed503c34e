// SPDX-License-Identifier: GPL-3.0-or-later
// SessionLogEditor and UnloggedSessionsModel on the demo neighbourhood, on a device
// enrolled for Buurtwerk Oost on Monday 23 November 2026, 09:00 in Amsterdam.
#include "democatalogue.h"
#include "device/devicesettings.h"
#include "recurrence/occurrenceexpander.h"
#include "platform/securetokenstore.h"
#include "worker/sessionfinder.h"
#include "worker/sessionlogeditor.h"
#include "worker/unloggedsessionsmodel.h"
#include "storage/vocabulary.h"
#include "worker/workerenrolment.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

#include <limits>
#include <memory>

using namespace Buurtplein;

namespace {

const QDateTime kNow(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);
const QString kOrganisation = QStringLiteral("org:buurtwerk-oost");

/** The session of @p activity that originally starts at @p utcStart. */
QString session(const char *activity, const QDateTime &utcStart)
{
    return OccurrenceId::make(QString::fromLatin1(activity), utcStart.toSecsSinceEpoch());
}

// Drop-in coffee, weekdays 10:00–12:00 (09:00 UTC in November).
QString inloop(int day)
{
    return session("demo:inloop-meevaart", QDateTime(QDate(2026, 11, day), QTime(9, 0), Qt::UTC));
}

bool hasProblem(const QVariantList &problems, const QString &field, const QString &message)
{
    for (const QVariant &p : problems) {
        const QVariantMap m = p.toMap();
        if (m.value(QStringLiteral("field")).toString() == field && m.value(QStringLiteral("message")).toString() == message)
            return true;
    }
    return false;
}

} // namespace

class TestSessionLogEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void defaults();
    void validation_data();
    void validation();
    void notHeldNeedsReason();
    void saveThenEdit();
    void cancelledSession();
    void refused_data();
    void refused();
    void noteStaysOnDevice();
    void lastTime();
    void unloggedModel();
    void asksNothingAboutAPerson();

private:
    std::unique_ptr<SessionLogEditor> editorFor(const QString &occurrenceUid);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DeviceSettings> m_settings;
    std::unique_ptr<SecureTokenStore> m_tokens;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<WorkerEnrolment> m_enrolment;
};

void TestSessionLogEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestSessionLogEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(TestSupport::openDemoCatalogue(*m_db, kNow, &error), qPrintable(error));
    m_settings = std::make_unique<DeviceSettings>(m_db->connection());
    QVERIFY(m_settings->setValue(SettingKey::workerOrganisationUid, kOrganisation));
    m_tokens = std::make_unique<SecureTokenStore>(m_dir->path());
    m_tokens->setKeychainEnabled(false);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_enrolment = std::make_unique<WorkerEnrolment>(m_db->connection(), *m_settings, m_tokens.get(), m_network.get(),
                                                [] { return kNow; });
    QVERIFY(m_enrolment->enrolled());
}

void TestSessionLogEditor::cleanup()
{
    m_enrolment.reset();
    m_network.reset();
    m_tokens.reset();
    m_settings.reset();
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<SessionLogEditor> TestSessionLogEditor::editorFor(const QString &occurrenceUid)
{
    auto editor = std::make_unique<SessionLogEditor>();
    editor->setEnrolment(m_enrolment.get());
    editor->load(occurrenceUid);
    return editor;
}

void TestSessionLogEditor::defaults()
{
    const auto editor = editorFor(inloop(20));
    QVERIFY(editor->found());
    QCOMPARE(editor->title(), QStringLiteral("Inloop met koffie"));
    QCOMPARE(editor->dateLabel(), QStringLiteral("Friday 20 November, 10:00–12:00"));
    QVERIFY(!editor->cancelled());
    QVERIFY(!editor->isEdit());
    QCOMPARE(editor->revision(), 0);
    QVERIFY(editor->held());
    QVERIFY(editor->hostPresent());
    QCOMPARE(editor->attendance(), 0);
    QCOMPARE(editor->firstTimers(), 0);
    QCOMPARE(editor->volunteers(), 0);
    QCOMPARE(editor->newToNeighbourhood(), -1);
    QVERIFY(!editor->ageBandsEnabled());
    QCOMPARE(editor->ageBands(), QList<int>({0, 0, 0, 0, 0}));
    QCOMPARE(editor->ageBandLabels().size(), int(SessionLog::AgeBandCount));
    QCOMPARE(editor->ageBandLabels().first(), QStringLiteral("0–11 years"));
    QCOMPARE(editor->reasons().size(), Vocabulary::cancelReasons().size());
    QVERIFY(editor->lastTime().isEmpty());
    QVERIFY(editor->problems().isEmpty());
    QVERIFY(editor->canSave());

    // A session no schedule has cannot be logged.
    QVERIFY(!editor->load(session("demo:inloop-meevaart", QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC))));
    QVERIFY(!editor->found());
    QVERIFY(!editor->canSave());
    QCOMPARE(editor->errorString(), QStringLiteral("This session is not in the schedule of its activity."));
}

void TestSessionLogEditor::validation_data()
{
    QTest::addColumn<int>("attendance");
    QTest::addColumn<int>("firstTimers");
    QTest::addColumn<int>("volunteers");
    QTest::addColumn<QList<int>>("ageBands");
    QTest::addColumn<int>("newcomers");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    const QList<int> none;
    QTest::newRow("first-timers above attendance") << 3 << 5 << 1 << none << -1 << "firstTimers"
                                                   << "There cannot be 5 first-timers when 3 people took part.";
    QTest::newRow("age bands above attendance") << 3 << 0 << 1 << QList<int>{1, 1, 1, 1, 0} << -1 << "ageBands"
                                                << "The age bands add up to 4, more than the 3 people who took part.";
    QTest::newRow("negative attendance") << -1 << 0 << 1 << none << -1 << "attendance" << "Attendance cannot be negative.";
    QTest::newRow("negative volunteers") << 4 << 0 << -2 << none << -1 << "volunteers"
                                         << "Volunteers and hosts cannot be negative.";
    QTest::newRow("negative age band") << 4 << 0 << 1 << QList<int>{0, -1, 0, 0, 0} << -1 << "ageBands"
                                       << "An age band cannot be negative.";
    QTest::newRow("newcomers above attendance") << 2 << 0 << 1 << none << 3 << "newToNeighbourhood"
                                                << "There cannot be 3 people new to the neighbourhood when 2 people took part.";
    QTest::newRow("too many") << 10001 << 0 << 1 << none << -1 << "attendance" << "That is more than 10,000; please check the number.";
}

void TestSessionLogEditor::validation()
{
    QFETCH(int, attendance);
    QFETCH(int, firstTimers);
    QFETCH(int, volunteers);
    QFETCH(QList<int>, ageBands);
    QFETCH(int, newcomers);
    QFETCH(QString, field);
    QFETCH(QString, message);

    const auto editor = editorFor(inloop(20));
    QSignalSpy changed(editor.get(), &SessionLogEditor::valuesChanged);
    editor->setAttendance(attendance);
    editor->setFirstTimers(firstTimers);
    editor->setVolunteers(volunteers);
    editor->setAgeBandsEnabled(!ageBands.isEmpty());
    if (!ageBands.isEmpty())
        editor->setAgeBands(ageBands);
    editor->setNewToNeighbourhood(newcomers);
    QVERIFY(!changed.isEmpty());
    QVERIFY2(hasProblem(editor->problems(), field, message), qPrintable(QVariant(editor->problems()).toString()));
    QVERIFY(!editor->canSave());
    QVERIFY(!editor->save());
    QCOMPARE(editor->errorString(), editor->problems().first().toMap().value(QStringLiteral("message")).toString());
    QVERIFY(!m_enrolment->store().sessionLog(inloop(20)));

    // Plausible counts clear the problem.
    editor->setAttendance(10);
    editor->setFirstTimers(1);
    editor->setVolunteers(2);
    editor->setAgeBands({2, 2, 2, 2, 2});
    editor->setNewToNeighbourhood(newcomers < 0 ? -1 : 1);
    QCOMPARE(editor->problems(), QVariantList());
    QVERIFY(editor->canSave());
}

void TestSessionLogEditor::notHeldNeedsReason()
{
    const auto editor = editorFor(inloop(20));
    editor->setAttendance(6);
    editor->setHeld(false);
    QVERIFY(hasProblem(editor->problems(), QStringLiteral("notHeldReason"), QStringLiteral("Choose why the session was not held.")));
    QVERIFY(!editor->canSave());
    editor->setNotHeldReason(QStringLiteral("weer"));
    // The counts typed before are not stored for a session that did not take place.
    QVERIFY(editor->canSave());
    QVERIFY(editor->save());
    const auto stored = m_enrolment->store().sessionLog(inloop(20));
    QVERIFY(stored);
    QVERIFY(!stored->held);
    QCOMPARE(stored->notHeldReason, QStringLiteral("weer"));
    QCOMPARE(stored->attendance, 0);
}

void TestSessionLogEditor::saveThenEdit()
{
    QSignalSpy changed(m_enrolment.get(), &WorkerEnrolment::changed);
    {
        const auto editor = editorFor(inloop(19));
        editor->setAttendance(12);
        editor->setFirstTimers(2);
        editor->setVolunteers(3);
        editor->setHostPresent(false);
        editor->setAgeBandsEnabled(true);
        editor->setAgeBand(SessionLog::Age27to66, 8);
        editor->setAgeBand(SessionLog::Age67plus, 4);
        editor->setNewToNeighbourhood(1);
        QVERIFY2(editor->save(), qPrintable(editor->errorString()));
        QCOMPARE(editor->revision(), 1);
        QVERIFY(editor->isEdit());
        QCOMPARE(changed.size(), 1);
    }
    const auto first = m_enrolment->store().sessionLog(inloop(19));
    QVERIFY(first);
    QCOMPARE(first->revision, 1);
    QCOMPARE(first->attendance, 12);
    QCOMPARE(first->ageBands, QList<int>({0, 0, 0, 8, 4}));

    const auto editor = editorFor(inloop(19));
    QVERIFY(editor->isEdit());
    QCOMPARE(editor->revision(), 1);
    QCOMPARE(editor->attendance(), 12);
    QCOMPARE(editor->firstTimers(), 2);
    QCOMPARE(editor->volunteers(), 3);
    QVERIFY(!editor->hostPresent());
    QVERIFY(editor->ageBandsEnabled());
    QCOMPARE(editor->ageBands(), QList<int>({0, 0, 0, 8, 4}));
    QCOMPARE(editor->newToNeighbourhood(), 1);
    editor->setAttendance(14);
    QVERIFY2(editor->save(), qPrintable(editor->errorString()));
    QCOMPARE(editor->revision(), 2);
    QCOMPARE(changed.size(), 2);

    const auto second = m_enrolment->store().sessionLog(inloop(19));
    QCOMPARE(second->revision, 2);
    QCOMPARE(second->uuid, first->uuid);
    QCOMPARE(second->attendance, 14);
    int logRows = 0;
    for (const OutboxItem &item : m_enrolment->store().outbox().pending(100)) {
        if (item.kind == Outbox::SessionLogKind) {
            ++logRows;
            QCOMPARE(item.entityUid, first->uuid);
            QCOMPARE(item.revision, 2);
            QCOMPARE(item.payload.value(QStringLiteral("attendance")).toInt(), 14);
        }
    }
    QCOMPARE(logRows, 1);
}

void TestSessionLogEditor::cancelledSession()
{
    QVERIFY2(m_enrolment->store().cancelSession(inloop(18), QStringLiteral("locatie_niet_beschikbaar")),
             qPrintable(m_enrolment->store().errorString()));
    const auto editor = editorFor(inloop(18));
    QVERIFY(editor->cancelled());
    QVERIFY(!editor->held());
    QCOMPARE(editor->notHeldReason(), QStringLiteral("locatie_niet_beschikbaar"));
    QVERIFY(editor->canSave());

    const QString refusal = QStringLiteral("This session was cancelled. Restore it before logging it as held.");
    editor->setHeld(true);
    editor->setAttendance(5);
    QVERIFY(hasProblem(editor->problems(), QStringLiteral("held"), refusal));
    QVERIFY(!editor->canSave());
    QVERIFY(!editor->save());
    QCOMPARE(editor->errorString(), refusal);
    QVERIFY(!m_enrolment->store().sessionLog(inloop(18)));

    editor->setHeld(false);
    QVERIFY(editor->save());
    QVERIFY(editor->errorString().isEmpty());
    QVERIFY(!m_enrolment->store().sessionLog(inloop(18))->held);
}

void TestSessionLogEditor::refused_data()
{
    QTest::addColumn<QString>("occurrenceUid");
    QTest::addColumn<QString>("message");
    // Tuesday 24 November, 14:00 in Amsterdam: tomorrow.
    QTest::newRow("future") << session("demo:ouderensoos-kramat", QDateTime(QDate(2026, 11, 24), QTime(13, 0), Qt::UTC))
                            << "This session has not started yet. Log it once it has begun.";
    // Tuesday 13 October, 14:00 in Amsterdam (summer time): six weeks ago.
    QTest::newRow("too old") << session("demo:ouderensoos-kramat", QDateTime(QDate(2026, 10, 13), QTime(12, 0), Qt::UTC))
                             << "Sessions can be logged up to 4 week(s) after they took place; this one is older.";
}

void TestSessionLogEditor::refused()
{
    QFETCH(QString, occurrenceUid);
    QFETCH(QString, message);
    const auto editor = editorFor(occurrenceUid);
    QVERIFY(editor->found());
    editor->setAttendance(4);
    QVERIFY(hasProblem(editor->problems(), QStringLiteral("session"), message));
    QVERIFY(!editor->canSave());
    QVERIFY(!editor->save());
    QCOMPARE(editor->errorString(), message);
    QVERIFY(!m_enrolment->store().sessionLog(occurrenceUid));
    QCOMPARE(m_enrolment->waitingChanges(), 0);
}

void TestSessionLogEditor::noteStaysOnDevice()
{
    const QString note = QStringLiteral("Koffieautomaat kapot, thee gezet in de keuken");
    const auto editor = editorFor(inloop(20));
    editor->setAttendance(7);
    editor->setNote(note);
    QVERIFY(editor->save());
    const auto stored = m_enrolment->store().sessionLog(inloop(20));
    QCOMPARE(stored->note, note);
    const auto item = m_enrolment->store().outbox().item(Outbox::SessionLogKind, stored->uuid);
    QVERIFY(item);
    QVERIFY(!item->payload.contains(QStringLiteral("note")));
    const QByteArray json = QJsonDocument(item->payload).toJson(QJsonDocument::Compact);
    QVERIFY2(!json.contains("Koffieautomaat"), json.constData());
    QVERIFY(json.contains("\"attendance\":7"));

    // Reopened for an edit, the note is still there.
    QCOMPARE(editorFor(inloop(20))->note(), note);
}

void TestSessionLogEditor::lastTime()
{
    {
        const auto editor = editorFor(inloop(18));
        editor->setAttendance(12);
        editor->setVolunteers(2);
        QVERIFY(editor->save());
    }
    {
        // A later session that did not take place is not "last time".
        const auto editor = editorFor(inloop(19));
        editor->setHeld(false);
        editor->setNotHeldReason(QStringLiteral("weer"));
        QVERIFY(editor->save());
    }
    const auto editor = editorFor(inloop(20));
    const QVariantMap expected{{QStringLiteral("attendance"), 12}, {QStringLiteral("volunteers"), 2}};
    QCOMPARE(editor->lastTime(), expected);
    editor->setFirstTimers(1);
    editor->applyLastTime();
    QCOMPARE(editor->attendance(), 12);
    QCOMPARE(editor->volunteers(), 2);
    QCOMPARE(editor->firstTimers(), 1);
    QVERIFY(editor->canSave());

    // An earlier session has no "last time" in a later one, nor another activity.
    QVERIFY(editorFor(inloop(17))->lastTime().isEmpty());
    QVERIFY(editorFor(session("demo:ouderensoos-kramat", QDateTime(QDate(2026, 11, 17), QTime(13, 0), Qt::UTC)))
                ->lastTime().isEmpty());
}

void TestSessionLogEditor::unloggedModel()
{
    UnloggedSessionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setEnrolment(m_enrolment.get());
    const int before = model.rowCount();
    QVERIFY(before > 10);

    QSet<QString> ours;
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT a.uid FROM activity a JOIN organisation o ON o.id = a.organisation_id "
                                  "WHERE o.uid = 'org:buurtwerk-oost'")));
    while (q.next())
        ours.insert(q.value(0).toString());
    QVERIFY(!ours.isEmpty());

    const auto at = [&model](int row, int role) { return model.data(model.index(row, 0), role); };
    // Newest first: the drop-in of Friday 20 November is the last session that ended.
    QCOMPARE(at(0, UnloggedSessionsModel::OccurrenceUidRole).toString(), inloop(20));
    QCOMPARE(at(0, UnloggedSessionsModel::ActivityUidRole).toString(), QStringLiteral("demo:inloop-meevaart"));
    QCOMPARE(at(0, UnloggedSessionsModel::TitleRole).toString(), QStringLiteral("Inloop met koffie"));
    QCOMPARE(at(0, UnloggedSessionsModel::DateLabelRole).toString(), QStringLiteral("Friday 20 November, 10:00–12:00"));
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(ours.contains(at(row, UnloggedSessionsModel::ActivityUidRole).toString()));
        QString activity;
        qint64 start = 0;
        QVERIFY(SessionFinder::parse(at(row, UnloggedSessionsModel::OccurrenceUidRole).toString(), &activity, &start));
        QVERIFY(start <= previous);
        QVERIFY(start < kNow.toSecsSinceEpoch());
        QVERIFY(start >= kNow.addDays(-28).toSecsSinceEpoch());
        previous = start;
    }

    // Logging the newest one (through the editor, which tells the session) drops it.
    QSignalSpy count(&model, &UnloggedSessionsModel::countChanged);
    const auto editor = editorFor(inloop(20));
    editor->setAttendance(9);
    QVERIFY(editor->save());
    QCOMPARE(count.size(), 1);
    QCOMPARE(model.rowCount(), before - 1);
    QCOMPARE(at(0, UnloggedSessionsModel::OccurrenceUidRole).toString(), inloop(19));

    // A cancelled session is not waiting for a log either.
    QVERIFY(m_enrolment->store().cancelSession(inloop(19), QStringLiteral("weer")));
    m_enrolment->notifyChanged();
    QCOMPARE(model.rowCount(), before - 2);
    QVERIFY(at(0, UnloggedSessionsModel::OccurrenceUidRole).toString() != inloop(19));
}

void TestSessionLogEditor::asksNothingAboutAPerson()
{
    // Privacy rule 2: the log form counts people; it never asks who they are or where
    // they come from. Property names are split into words ("newToArea" is fine).
    const QStringList forbidden{"origin", "ethnic", "ethnicity", "nation", "nationality", "religion",
                                "residence", "bsn", "birth", "birthdate", "name", "phone", "email"};
    const QMetaObject &meta = SessionLogEditor::staticMetaObject;
    QVERIFY(meta.propertyCount() > 10);
    static const QRegularExpression wordStart(QStringLiteral("(?=[A-Z])"));
    for (int i = meta.propertyOffset(); i < meta.propertyCount(); ++i) {
        const QString property = QString::fromLatin1(meta.property(i).name());
        for (const QString &word : property.split(wordStart, Qt::SkipEmptyParts))
            QVERIFY2(!forbidden.contains(word.toLower()), qPrintable(property));
    }
}

QTEST_GUILESS_MAIN(TestSessionLogEditor)
#include "tst_sessionlogeditor.moc"
