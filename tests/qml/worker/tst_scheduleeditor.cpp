// SPDX-License-Identifier: GPL-3.0-or-later
// The schedule editor of social worker mode: what it previews is what it writes, the
// sentence it says, what it refuses, the holidays it offers, and an imported schedule
// it cannot say in words.
#include "../core/schedule/patternfixture.h"
#include "common/amsterdamtime.h"
#include "storage/database.h"
#include "democatalogue.h"
#include "device/devicesettings.h"
#include "worker/scheduleeditor.h"
#include "schedule/schedulepatterns.h"
#include "schedule/schoolholidays.h"
#include "platform/securetokenstore.h"
#include "worker/workerenrolment.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Buurtplein;
using namespace Buurtplein::PatternFixture;

namespace {

const QString organisation = QStringLiteral("org:buurtwerk-oost");
// Monday 23 November 2026, 09:00 in Amsterdam.
const QDateTime now(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);
const QDateTime today = AmsterdamTime::startOfDay(QDate(2026, 11, 23));

QDate d(int y, int m, int day) { return QDate(y, m, day); }
QTime t(int h, int m) { return QTime(h, m); }

QString iso(const QDate &date) { return date.toString(Qt::ISODate); }

// Sets every field of @p p through the editor's properties, in the order a page would.
void apply(ScheduleEditor &editor, const SchedulePattern &p)
{
    static const QStringList kinds = {QStringLiteral("once"), QStringLiteral("weekly"),
                                      QStringLiteral("monthlyByWeekday"), QStringLiteral("monthlyByDay")};
    static const QStringList ends = {QStringLiteral("never"), QStringLiteral("until"), QStringLiteral("count")};
    editor.setKind(kinds.at(int(p.kind)));
    editor.setStartDate(iso(p.startDate));
    editor.setStartTime(p.startTime.toString(QStringLiteral("HH:mm")));
    editor.setDurationMinutes(p.durationMinutes);
    editor.setInterval(p.interval);
    QList<int> days;
    for (Qt::DayOfWeek day : p.weekdays)
        days << day;
    editor.setWeekdays(days);
    editor.setOrdinal(p.ordinal);
    editor.setWeekday(p.weekday);
    editor.setDayOfMonth(p.dayOfMonth);
    editor.setEnd(ends.at(int(p.end)));
    editor.setUntilDate(iso(p.untilDate));
    editor.setCount(p.count);
    QStringList exceptions;
    for (const QDate &day : p.exceptionDays)
        exceptions << iso(day);
    editor.setExceptionDays(exceptions);
}

QStringList localDates(const QList<QDateTime> &starts)
{
    QStringList dates;
    for (const QDateTime &start : starts)
        dates << iso(AmsterdamTime::local(start.toSecsSinceEpoch()).date());
    return dates;
}

QVariantMap offerWithId(const ScheduleEditor &editor, const QString &id)
{
    for (const QVariant &offer : editor.holidayOffers()) {
        if (offer.toMap().value(QStringLiteral("id")) == id)
            return offer.toMap();
    }
    return {};
}

} // namespace

class TestScheduleEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DeviceSettings> m_settings;
    std::unique_ptr<SecureTokenStore> m_tokens;
    QNetworkAccessManager m_network;
    std::unique_ptr<WorkerEnrolment> m_enrolment;
    std::unique_ptr<ScheduleEditor> m_editor;

    // A new activity of the demo organisation, without a schedule.
    QString newActivity()
    {
        Activity a;
        a.organisationUid = organisation;
        a.title = QStringLiteral("Testactiviteit roosters");
        a.category = QStringLiteral("taal_ontmoeting");
        if (!m_enrolment->store().saveActivity(a))
            qWarning() << m_enrolment->store().errorString();
        return a.uid;
    }

    QList<QDateTime> indexed(const QString &activityUid)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT o.original_start FROM occurrence o JOIN activity a ON a.id = o.activity_id "
                                 "WHERE a.uid = ? AND o.original_start >= ? ORDER BY o.original_start LIMIT 10"));
        q.bindValue(0, activityUid);
        q.bindValue(1, today.toSecsSinceEpoch());
        QList<QDateTime> starts;
        if (q.exec()) {
            while (q.next())
                starts << QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
        }
        return starts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_editor.reset();
        m_enrolment.reset();
        m_settings.reset();
        m_db = std::make_unique<Database>();
        QString error;
        QVERIFY2(TestSupport::openDemoCatalogue(*m_db, now, &error), qPrintable(error));
        m_settings = std::make_unique<DeviceSettings>(m_db->connection());
        QVERIFY(m_settings->setValue(SettingKey::workerOrganisationUid, organisation));
        m_tokens = std::make_unique<SecureTokenStore>(m_dir.path());
        m_tokens->setKeychainEnabled(false);
        m_enrolment = std::make_unique<WorkerEnrolment>(m_db->connection(), *m_settings, m_tokens.get(), &m_network,
                                                    [] { return now; });
        m_editor = std::make_unique<ScheduleEditor>();
        m_editor->setEnrolment(m_enrolment.get());
    }

    void newActivityGetsWeeklyFromNextWeek()
    {
        const QString activity = newActivity();
        QVERIFY(m_editor->load(activity));
        QCOMPARE(m_editor->scheduleUid(), QString());
        QCOMPARE(m_editor->kind(), QStringLiteral("weekly"));
        QCOMPARE(m_editor->startDate(), QStringLiteral("2026-11-30"));
        QCOMPARE(m_editor->weekdays(), QList<int>{Qt::Monday});
        QCOMPARE(m_editor->startTime(), QStringLiteral("14:00"));
        QCOMPARE(m_editor->durationMinutes(), 90);
        QCOMPARE(m_editor->description(), QStringLiteral("Every Monday, 14:00–15:30, from 30 November 2026"));
        QCOMPARE(m_editor->problem(), QString());
        QCOMPARE(m_editor->preview().size(), 10);
        QCOMPARE(m_editor->preview().first().toMap().value(QStringLiteral("label")).toString(),
                 QStringLiteral("Monday 30 November 2026, 14:00–15:30"));
    }

    // "Add schedule" opens a new one: saving it leaves the first schedule as it was (it was
    // overwritten once, the first schedule's id at version 2 holding the new rule).
    void addsAScheduleBesideTheFirst()
    {
        const QString activity = QStringLiteral("demo:wandelen-flevopark");
        const CatalogueStore &catalogue = m_enrolment->store().catalogue();
        const QList<Schedule> before = catalogue.schedulesOf(activity);
        QCOMPARE(before.size(), 1);
        QVERIFY(m_editor->loadNew(activity));
        QVERIFY(m_editor->scheduleUid().isEmpty());
        apply(*m_editor, weekly(d(2026, 12, 5), t(10, 0), 60, {Qt::Saturday}));
        QVERIFY2(m_editor->save(), qPrintable(m_editor->errorString()));
        const QList<Schedule> after = catalogue.schedulesOf(activity);
        QCOMPARE(after.size(), 2);
        const auto first = catalogue.schedule(before.first().uid);
        QVERIFY(first);
        QCOMPARE(first->rrule, before.first().rrule);
        QCOMPARE(first->startTime, before.first().startTime);
        QVERIFY(m_editor->scheduleUid() != before.first().uid);
        QVERIFY(catalogue.schedule(m_editor->scheduleUid())->rrule.contains(QLatin1String("BYDAY=SA")));
    }

    void opensTheActivitysFirstSchedule()
    {
        QVERIFY(m_editor->load(QStringLiteral("demo:wandelen-flevopark")));
        QCOMPARE(m_editor->scheduleUid(), QStringLiteral("demo:wandelen-flevopark/s1"));
        QVERIFY(!m_editor->replaceOnly());
        QCOMPARE(m_editor->kind(), QStringLiteral("weekly"));
        QCOMPARE(m_editor->weekdays(), QList<int>{Qt::Thursday});
        QCOMPARE(m_editor->startTime(), QStringLiteral("10:00"));
        // The first preview day is this week's Thursday.
        QCOMPARE(localDates(m_editor->previewStarts()).first(), QStringLiteral("2026-11-26"));
    }

    void refusesAnUnknownSchedule()
    {
        QVERIFY(!m_editor->load(QStringLiteral("demo:wandelen-flevopark"), QStringLiteral("demo:nope/s1")));
        QCOMPARE(m_editor->errorString(), QStringLiteral("This schedule no longer exists."));
    }

    void writesWhatItPreviews_data()
    {
        QTest::addColumn<SchedulePattern>("pattern");
        QTest::addColumn<QString>("rrule");
        QTest::addColumn<int>("sessions");
        QTest::addColumn<QStringList>("firstDates");

        QTest::newRow("once") << once(d(2026, 12, 10), t(19, 0), 120) << QString() << 1
                              << QStringList{QStringLiteral("2026-12-10")};
        QTest::newRow("tuesdays and thursdays until")
            << until(weekly(d(2026, 12, 1), t(14, 0), 90, {Qt::Tuesday, Qt::Thursday}), d(2027, 1, 14))
            << QStringLiteral("FREQ=WEEKLY;UNTIL=20270114T130000Z;BYDAY=TU,TH") << 10
            << QStringList{QStringLiteral("2026-12-01"), QStringLiteral("2026-12-03"), QStringLiteral("2026-12-08")};
        QTest::newRow("every 2 weeks on friday, 4 sessions")
            << after(weekly(d(2026, 11, 27), t(10, 0), 60, {Qt::Friday}, 2), 4)
            << QStringLiteral("FREQ=WEEKLY;COUNT=4;INTERVAL=2;BYDAY=FR") << 4
            << QStringList{QStringLiteral("2026-11-27"), QStringLiteral("2026-12-11"), QStringLiteral("2026-12-25"),
                           QStringLiteral("2027-01-08")};
        QTest::newRow("last friday of the month")
            << monthlyOnWeekday(d(2026, 11, 1), t(19, 0), 60, SchedulePattern::LastWeekday, Qt::Friday)
            << QStringLiteral("FREQ=MONTHLY;BYDAY=-1FR") << 10
            << QStringList{QStringLiteral("2026-11-27"), QStringLiteral("2026-12-25"), QStringLiteral("2027-01-29")};
        QTest::newRow("day 31 every 2 months")
            << monthlyOnDay(d(2026, 12, 1), t(9, 30), 60, 31, 2) << QStringLiteral("FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=31")
            << 10 << QStringList{QStringLiteral("2026-12-31"), QStringLiteral("2027-08-31"), QStringLiteral("2027-10-31")};
        QTest::newRow("fridays without christmas")
            << except(weekly(d(2026, 12, 1), t(14, 0), 90, {Qt::Friday}), {d(2026, 12, 25)})
            << QStringLiteral("FREQ=WEEKLY;BYDAY=FR") << 10
            << QStringList{QStringLiteral("2026-12-04"), QStringLiteral("2026-12-11"), QStringLiteral("2026-12-18"),
                           QStringLiteral("2027-01-01")};
        QTest::newRow("started in september") << weekly(d(2026, 9, 1), t(14, 0), 90, {Qt::Tuesday})
                                              << QStringLiteral("FREQ=WEEKLY;BYDAY=TU") << 10
                                              << QStringList{QStringLiteral("2026-11-24"), QStringLiteral("2026-12-01")};
    }

    void writesWhatItPreviews()
    {
        QFETCH(SchedulePattern, pattern);
        QFETCH(QString, rrule);
        QFETCH(int, sessions);
        QFETCH(QStringList, firstDates);

        const QString activity = newActivity();
        QVERIFY(m_editor->load(activity));
        apply(*m_editor, pattern);
        QCOMPARE(m_editor->problem(), QString());
        const QList<QDateTime> previewed = m_editor->previewStarts();
        QCOMPARE(previewed.size(), sessions);
        QCOMPARE(localDates(previewed).mid(0, firstDates.size()), firstDates);

        QSignalSpy changed(m_enrolment.get(), &WorkerEnrolment::changed);
        QVERIFY2(m_editor->save(), qPrintable(m_editor->errorString()));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!m_editor->scheduleUid().isEmpty());
        const std::optional<Schedule> stored = m_enrolment->store().catalogue().schedule(m_editor->scheduleUid());
        QVERIFY(stored);
        QCOMPARE(stored->activityUid, activity);
        QCOMPARE(stored->rrule, rrule);
        QCOMPARE(stored->exceptionDays, SchedulePatterns::normalised(pattern).exceptionDays);
        QCOMPARE(SchedulePatterns::preview(*stored, today, 10), previewed);
        // The search index holds the same sessions, as far ahead as it looks.
        const QList<QDateTime> inIndex = indexed(activity);
        QVERIFY(!inIndex.isEmpty());
        QCOMPARE(inIndex, previewed.mid(0, inIndex.size()));
        // The change waits in the outbox for the hub.
        QCOMPARE(m_enrolment->waitingChanges(), 2);
    }

    void describesInTheUiLanguage_data()
    {
        QTest::addColumn<SchedulePattern>("pattern");
        QTest::addColumn<QString>("text");

        QTest::newRow("once") << once(d(2026, 12, 10), t(19, 0), 120)
                              << QStringLiteral("Once, on Thursday 10 December 2026, 19:00–21:00");
        QTest::newRow("tuesdays and thursdays")
            << until(weekly(d(2026, 12, 1), t(14, 0), 90, {Qt::Thursday, Qt::Tuesday}), d(2027, 3, 31))
            << QStringLiteral("Every Tuesday and Thursday, 14:00–15:30, from 1 December 2026 until 31 March 2027");
        QTest::newRow("first wednesday") << monthlyOnWeekday(d(2026, 12, 1), t(19, 30), 120, 1, Qt::Wednesday)
                                         << QStringLiteral("Monthly on the first Wednesday, 19:30–21:30, from 2 December 2026");
    }

    void describesInTheUiLanguage()
    {
        QFETCH(SchedulePattern, pattern);
        QFETCH(QString, text);
        QVERIFY(m_editor->load(newActivity()));
        apply(*m_editor, pattern);
        QCOMPARE(m_editor->description(), text);
    }

    void refusesWhatCannotBeSaved_data()
    {
        QTest::addColumn<SchedulePattern>("pattern");
        QTest::addColumn<QString>("problem");

        QTest::newRow("no weekday") << weekly(d(2026, 12, 1), t(14, 0), 90, {})
                                    << QStringLiteral("Choose at least one day of the week.");
        QTest::newRow("until before start") << until(weekly(d(2026, 12, 1), t(14, 0), 90, {Qt::Tuesday}), d(2026, 11, 30))
                                            << QStringLiteral("The end date is before the start date.");
        QTest::newRow("count 0") << after(weekly(d(2026, 12, 1), t(14, 0), 90, {Qt::Tuesday}), 0)
                                 << QStringLiteral("The number of sessions must be at least 1.");
    }

    void refusesWhatCannotBeSaved()
    {
        QFETCH(SchedulePattern, pattern);
        QFETCH(QString, problem);
        const QString activity = newActivity();
        QVERIFY(m_editor->load(activity));
        apply(*m_editor, pattern);
        QCOMPARE(m_editor->problem(), problem);
        QVERIFY(m_editor->preview().isEmpty());
        QVERIFY(!m_editor->save());
        QCOMPARE(m_editor->errorString(), problem);
        QVERIFY(m_enrolment->store().catalogue().schedulesOf(activity).isEmpty());
    }

    void offersChristmasOnAFriday()
    {
        QVERIFY(m_editor->load(newActivity()));
        apply(*m_editor, until(weekly(d(2026, 12, 1), t(14, 0), 90, {Qt::Friday}), d(2026, 12, 31)));
        const QString christmas = QStringLiteral("public:eerste_kerstdag:2026-12-25");
        QVariantMap offer = offerWithId(*m_editor, christmas);
        QCOMPARE(offer.value(QStringLiteral("label")).toString(), QStringLiteral("Christmas Day, Friday 25 December"));
        QCOMPARE(offer.value(QStringLiteral("days")).toStringList(), QStringList{QStringLiteral("2026-12-25")});
        QCOMPARE(offer.value(QStringLiteral("chosen")).toBool(), false);
        // Boxing Day is a Saturday and New Year's Day falls after the last session.
        QCOMPARE(m_editor->holidayOffers().size(), 1);
        QVERIFY(localDates(m_editor->previewStarts()).contains(QStringLiteral("2026-12-25")));

        m_editor->toggleOffer(christmas);
        QCOMPARE(m_editor->exceptionDays(), QStringList{QStringLiteral("2026-12-25")});
        QCOMPARE(offerWithId(*m_editor, christmas).value(QStringLiteral("chosen")).toBool(), true);
        QCOMPARE(localDates(m_editor->previewStarts()),
                 (QStringList{QStringLiteral("2026-12-04"), QStringLiteral("2026-12-11"), QStringLiteral("2026-12-18")}));
        QVERIFY2(m_editor->save(), qPrintable(m_editor->errorString()));
        const std::optional<Schedule> stored = m_enrolment->store().catalogue().schedule(m_editor->scheduleUid());
        QVERIFY(stored);
        QCOMPARE(stored->exceptionDays, QList<QDate>{d(2026, 12, 25)});

        m_editor->toggleOffer(christmas);
        QVERIFY(m_editor->exceptionDays().isEmpty());
        QCOMPARE(m_editor->previewStarts().size(), 4);
    }

    void offersImportedSchoolHolidaysOfTheRegion()
    {
        QVERIFY(m_editor->load(newActivity()));
        apply(*m_editor, weekly(d(2026, 12, 1), t(14, 0), 90, {Qt::Wednesday}));
        QVERIFY(!m_editor->schoolHolidaysKnown());
        const QString winter = QStringLiteral("school:noord:2027-02-13");
        QVERIFY(offerWithId(*m_editor, winter).isEmpty());

        // Test data with invented dates, not the real school holidays.
        SchoolHolidayStore store(m_enrolment->connection());
        QString error;
        QVERIFY2(store.importCsv(QStringLiteral(BUURTPLEIN_TEST_DATA "/schedule/scheduleeditor-schoolholidays.csv"),
                                 QStringLiteral("test"), &error),
                 qPrintable(error));
        m_enrolment->notifyChanged();
        QVERIFY(m_editor->schoolHolidaysKnown());
        const QVariantMap offer = offerWithId(*m_editor, winter);
        QCOMPARE(offer.value(QStringLiteral("label")).toString(),
                 QStringLiteral("Testvakantie Winter (testdata), 13 February to 21 February"));
        QCOMPARE(offer.value(QStringLiteral("days")).toStringList(), QStringList{QStringLiteral("2027-02-17")});

        m_editor->toggleOffer(winter);
        QCOMPARE(m_editor->exceptionDays(), QStringList{QStringLiteral("2027-02-17")});

        // Another region has its own dates.
        m_enrolment->setSchoolRegion(QStringLiteral("zuid"));
        QVERIFY(offerWithId(*m_editor, winter).isEmpty());
        QCOMPARE(offerWithId(*m_editor, QStringLiteral("school:zuid:2027-02-20")).value(QStringLiteral("days")).toStringList(),
                 QStringList{QStringLiteral("2027-02-24")});

        // A schedule that starts after every imported school holiday: the editor says the
        // coming ones are not known, rather than offering nothing without a word.
        apply(*m_editor, weekly(d(2027, 3, 3), t(14, 0), 90, {Qt::Wednesday}));
        QVERIFY(!m_editor->schoolHolidaysKnown());
        QVERIFY(!m_editor->holidayOffers().isEmpty()); // public holidays are still offered
    }

    void replacesWhatTheWordsCannotSay()
    {
        const QString activity = newActivity();
        Schedule imported;
        imported.uid = activity + QStringLiteral(":imported");
        imported.activityUid = activity;
        imported.startDate = d(2026, 11, 30);
        imported.startTime = t(10, 0);
        imported.durationMinutes = 60;
        imported.rrule = QStringLiteral("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1");
        CatalogueStore catalogue(*m_db);
        QVERIFY2(catalogue.save(imported), qPrintable(catalogue.errorString()));

        QVERIFY(m_editor->load(activity, imported.uid));
        QVERIFY(m_editor->replaceOnly());
        QCOMPARE(m_editor->importedDescription(),
                 QStringLiteral("This schedule was imported in a form that cannot be shown here. Its next sessions: "
                                "Monday 30 November 10:00, Thursday 31 December 10:00 and Friday 29 January 10:00. "
                                "What you save replaces it."));
        QCOMPARE(m_editor->kind(), QStringLiteral("weekly"));
        QCOMPARE(m_editor->startTime(), QStringLiteral("10:00"));
        QCOMPARE(m_editor->durationMinutes(), 60);

        QVERIFY2(m_editor->save(), qPrintable(m_editor->errorString()));
        QVERIFY(!m_editor->replaceOnly());
        QCOMPARE(m_editor->scheduleUid(), imported.uid);
        const std::optional<Schedule> stored = catalogue.schedule(imported.uid);
        QVERIFY(stored);
        QCOMPARE(stored->rrule, QStringLiteral("FREQ=WEEKLY;BYDAY=MO"));
        QVERIFY(SchedulePatterns::fromSchedule(*stored));
    }

    void refusesAStaleSave()
    {
        const QString activity = newActivity();
        QVERIFY(m_editor->load(activity));
        QVERIFY(m_editor->save());
        ScheduleEditor other;
        other.setEnrolment(m_enrolment.get());
        QVERIFY(other.load(activity, m_editor->scheduleUid()));
        other.setStartTime(QStringLiteral("15:00"));
        QVERIFY(other.save());

        m_editor->setStartTime(QStringLiteral("16:00"));
        QVERIFY(!m_editor->save());
        QCOMPARE(m_editor->errorString(), QStringLiteral("This schedule was changed elsewhere while you edited it. "
                                                         "Open it again and redo your change."));
        QCOMPARE(m_enrolment->store().catalogue().schedule(other.scheduleUid())->startTime, t(15, 0));
    }
};

QTEST_GUILESS_MAIN(TestScheduleEditor)
#include "tst_scheduleeditor.moc"
