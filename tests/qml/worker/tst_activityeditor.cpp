// SPDX-License-Identifier: GPL-3.0-or-later
// The social worker's list of their organisation's activities and the activity editor
// (issue 4), on the demo neighbourhood, enrolled for org:buurtwerk-oost.
#include "worker/activityeditor.h"
#include "democatalogue.h"
#include "device/devicesettings.h"
#include "worker/organisationactivitiesmodel.h"
#include "platform/securetokenstore.h"
#include "worker/workerenrolment.h"

#include <QAbstractItemModelTester>
#include <QMetaProperty>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Buurtplein;

namespace {
const QString OrganisationUid = QStringLiteral("org:buurtwerk-oost");
const QString Inloop = QStringLiteral("demo:inloop-meevaart");
} // namespace

class TestActivityEditor : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now{QDate(2026, 11, 23), QTime(8, 0), Qt::UTC};
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DeviceSettings> m_settings;
    std::unique_ptr<SecureTokenStore> m_tokens;
    QNetworkAccessManager m_network;
    std::unique_ptr<WorkerEnrolment> m_enrolment;

    std::optional<Activity> stored(const QString &uid) { return m_enrolment->store().catalogue().activity(uid); }

    QStringList modelColumn(const OrganisationActivitiesModel &model, int role)
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out.append(model.index(row).data(role).toString());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // Every test starts from the demo neighbourhood as shipped, on a device enrolled for Buurtwerk Oost.
    void init()
    {
        m_db = std::make_unique<Database>();
        QString error;
        QVERIFY2(TestSupport::openDemoCatalogue(*m_db, m_now, &error), qPrintable(error));
        m_settings = std::make_unique<DeviceSettings>(m_db->connection());
        QVERIFY(m_settings->setValue(SettingKey::workerOrganisationUid, OrganisationUid));
        QVERIFY(m_settings->setValue(SettingKey::workerOrganisationName, QStringLiteral("Buurtwerk Oost")));
        m_tokens = std::make_unique<SecureTokenStore>(m_dir.path());
        m_tokens->setKeychainEnabled(false);
        m_enrolment = std::make_unique<WorkerEnrolment>(m_db->connection(), *m_settings, m_tokens.get(), &m_network,
                                                    [this] { return m_now; });
        QVERIFY(m_enrolment->enrolled());
    }

    void cleanup()
    {
        m_enrolment.reset();
        m_settings.reset();
        m_db.reset();
    }

    void modelListsTheOrganisationsActivities()
    {
        QVERIFY(m_enrolment->store().pauseActivity(QStringLiteral("demo:wandelen-flevopark")));
        QVERIFY(m_enrolment->store().endActivity(QStringLiteral("demo:dialoog-meevaart")));
        OrganisationActivitiesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setEnrolment(m_enrolment.get());

        // Active and paused by title, the ended one last; no other organisation's activity.
        const QStringList titles{QStringLiteral("Digitaal spreekuur"), QStringLiteral("Formulierenspreekuur"),
                                 QStringLiteral("Inloop met koffie"), QStringLiteral("Koffie en spelletjes"),
                                 QStringLiteral("Speelmiddag"), QStringLiteral("Wandelgroep Flevopark"),
                                 QStringLiteral("Welkomstontbijt voor nieuwe buren"), QStringLiteral("Buren in gesprek")};
        QCOMPARE(modelColumn(model, OrganisationActivitiesModel::TitleRole), titles);
        QCOMPARE(model.property("count").toInt(), 8);
        const QStringList statuses = modelColumn(model, OrganisationActivitiesModel::StatusRole);
        QCOMPARE(statuses.at(5), QStringLiteral("paused"));
        QCOMPARE(statuses.at(7), QStringLiteral("ended"));
        QCOMPARE(statuses.count(QStringLiteral("active")), 6);
        QCOMPARE(model.index(5).data(OrganisationActivitiesModel::StatusLabelRole).toString(), QStringLiteral("Paused"));
        QCOMPARE(model.index(7).data(OrganisationActivitiesModel::StatusLabelRole).toString(), QStringLiteral("Ended"));

        // An active weekly activity has a next session; a paused one has none in the search window.
        const QModelIndex inloop = model.index(2);
        QCOMPARE(inloop.data(OrganisationActivitiesModel::UidRole).toString(), Inloop);
        QVERIFY(inloop.data(OrganisationActivitiesModel::HasNextRole).toBool());
        const QDateTime next = inloop.data(OrganisationActivitiesModel::NextStartRole).toDateTime();
        QVERIFY(next >= m_now);
        QVERIFY(next < m_now.addDays(8));
        QVERIFY(inloop.data(OrganisationActivitiesModel::NextTextRole).toString().startsWith(QStringLiteral("Next: ")));
        QVERIFY(!model.index(5).data(OrganisationActivitiesModel::HasNextRole).toBool());
        QCOMPARE(inloop.data(OrganisationActivitiesModel::PlaceNameRole).toString(), QStringLiteral("Buurthuis De Meevaart"));
        QCOMPARE(inloop.data(OrganisationActivitiesModel::ScheduleCountRole).toInt(), 1);
        QCOMPARE(inloop.data(OrganisationActivitiesModel::CategoryRole).toString(), QStringLiteral("inloop_koffie"));
        QCOMPARE(inloop.data(OrganisationActivitiesModel::CategoryLabelRole).toString(), QStringLiteral("Walk-in & coffee"));
        QCOMPARE(inloop.data(OrganisationActivitiesModel::CategoryIconRole).toString(), QStringLiteral("local_cafe"));

        // A write through the session is followed: resuming moves nothing but the status.
        QVERIFY(m_enrolment->store().resumeActivity(QStringLiteral("demo:wandelen-flevopark")));
        m_enrolment->notifyChanged();
        QCOMPARE(model.index(5).data(OrganisationActivitiesModel::StatusRole).toString(), QStringLiteral("active"));
    }

    // Dozens of activities: a piece of a title, a place or a category finds one, typed as a
    // person types it; the total stays what the organisation has.
    void filterFindsAnActivity_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("title, any case") << "KOFFIE" << QStringList{QStringLiteral("Inloop met koffie"), QStringLiteral("Koffie en spelletjes")};
        QTest::newRow("place") << "meevaart" << QStringList{QStringLiteral("Buren in gesprek"), QStringLiteral("Inloop met koffie")};
        QTest::newRow("category, spaces around") << "  walk-in " << QStringList{QStringLiteral("Inloop met koffie")};
        QTest::newRow("nothing") << "schaak" << QStringList{};
        QTest::newRow("blank: all") << " " << QStringList{QStringLiteral("Buren in gesprek"), QStringLiteral("Digitaal spreekuur"),
                                                          QStringLiteral("Formulierenspreekuur"), QStringLiteral("Inloop met koffie"),
                                                          QStringLiteral("Koffie en spelletjes"), QStringLiteral("Speelmiddag"),
                                                          QStringLiteral("Wandelgroep Flevopark"), QStringLiteral("Welkomstontbijt voor nieuwe buren")};
    }
    void filterFindsAnActivity()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, titles);
        OrganisationActivitiesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEnrolment(m_enrolment.get());
        model.setFilterText(text);
        QCOMPARE(modelColumn(model, OrganisationActivitiesModel::TitleRole), titles);
        QCOMPARE(model.property("count").toInt(), titles.size());
        QCOMPARE(model.total(), 8);
        // A write through the enrolment re-reads the list and keeps the filter.
        m_enrolment->notifyChanged();
        QCOMPARE(modelColumn(model, OrganisationActivitiesModel::TitleRole), titles);
        model.setFilterText({});
        QCOMPARE(model.rowCount(), 8);
    }

    void roundTripOfEveryField()
    {
        ActivityEditor editor;
        editor.setEnrolment(m_enrolment.get());
        QVERIFY(editor.load(Inloop));
        QVERIFY(!editor.isNew());
        QCOMPARE(editor.title(), QStringLiteral("Inloop met koffie"));
        QCOMPARE(editor.placeName(), QStringLiteral("Buurthuis De Meevaart"));
        QVERIFY(editor.canSave());
        const int waiting = m_enrolment->waitingChanges();
        QSignalSpy changed(m_enrolment.get(), &WorkerEnrolment::changed);

        editor.setTitle(QStringLiteral("Koffie-inloop"));
        editor.setDescription(QStringLiteral("Elke week koffie.\nIedereen welkom."));
        // The demo's six translations (ar, en, pl, ti, tr, uk) go; new ones come.
        QCOMPARE(editor.translationCount(), 6);
        while (editor.translationCount() > 0)
            editor.removeTranslation(0);
        editor.setTextLanguage(QStringLiteral("en"));
        QVERIFY(editor.addTranslation(QStringLiteral("ar")));
        QVERIFY(!editor.addTranslation(QStringLiteral("ar")));
        QVERIFY(!editor.addTranslation(QStringLiteral("en")));
        QVERIFY(editor.addTranslation(QStringLiteral("nl")));
        QVERIFY(editor.addTranslation(QStringLiteral("tr")));
        QCOMPARE(editor.translationCount(), 3);
        editor.setTranslationTitle(0, QStringLiteral("قهوة"));
        editor.setTranslationDescription(0, QStringLiteral("كل أسبوع"));
        editor.setTranslation(1, QStringLiteral("nl"), QStringLiteral("Koffie"), QStringLiteral("Elke week"));
        editor.removeTranslation(2);
        editor.setCategory(QStringLiteral("dialoog"));
        const QStringList before = editor.languagesSpoken();
        editor.toggleLanguage(QStringLiteral("pl"));
        editor.toggleLanguage(QStringLiteral("nl"));
        QVERIFY(editor.languagesSpoken().contains(QStringLiteral("pl")));
        QVERIFY(!editor.languagesSpoken().contains(QStringLiteral("nl")));
        editor.setAudience(QStringLiteral("ouderen"));
        editor.setCostText(QStringLiteral("2,50"));
        editor.setCostNote(QStringLiteral("Koffie inbegrepen"));
        editor.setAgeMin(QStringLiteral("16"));
        editor.setAgeMax(QStringLiteral("99"));
        editor.setCapacity(QStringLiteral("25"));
        editor.setRegistrationRequired(!editor.registrationRequired());
        editor.setHostPresent(!editor.hostPresent());
        editor.setProgramme(QStringLiteral("Samen Oost"));
        editor.setContact(QStringLiteral("020 123 4567"));
        editor.setPlaceUid(QStringLiteral("mvzn:MV1188-1"));
        QCOMPARE(editor.placeName(), QStringLiteral("Activiteitencentrum VONK"));
        QVERIFY(!editor.noFixedPlace());
        QVERIFY2(editor.problems().isEmpty(), qPrintable(editor.problems().value(0).toMap().value("message").toString()));

        const bool registration = editor.registrationRequired();
        const bool host = editor.hostPresent();
        const QStringList languages = editor.languagesSpoken();
        QCOMPARE(editor.save(), Inloop);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_enrolment->waitingChanges(), waiting + 1);

        ActivityEditor again;
        again.setEnrolment(m_enrolment.get());
        QVERIFY(again.load(Inloop));
        QCOMPARE(again.title(), QStringLiteral("Koffie-inloop"));
        QCOMPARE(again.description(), QStringLiteral("Elke week koffie.\nIedereen welkom."));
        QCOMPARE(again.textLanguage(), QStringLiteral("en"));
        QCOMPARE(again.translationCount(), 2);
        const QVariantList translations = again.translations();
        QCOMPARE(translations.at(0).toMap().value("language").toString(), QStringLiteral("ar"));
        QCOMPARE(translations.at(0).toMap().value("title").toString(), QStringLiteral("قهوة"));
        QCOMPARE(translations.at(0).toMap().value("description").toString(), QStringLiteral("كل أسبوع"));
        QCOMPARE(translations.at(1).toMap().value("language").toString(), QStringLiteral("nl"));
        QCOMPARE(translations.at(1).toMap().value("title").toString(), QStringLiteral("Koffie"));
        QCOMPARE(translations.at(1).toMap().value("description").toString(), QStringLiteral("Elke week"));
        QCOMPARE(again.category(), QStringLiteral("dialoog"));
        QCOMPARE(again.languagesSpoken(), languages);
        QVERIFY(before != languages);
        QCOMPARE(again.audience(), QStringLiteral("ouderen"));
        QCOMPARE(again.costCents(), 250);
        QCOMPARE(again.costText(), ActivityEditor::costTextOf(250));
        QCOMPARE(again.costNote(), QStringLiteral("Koffie inbegrepen"));
        QCOMPARE(again.ageMin(), QStringLiteral("16"));
        QCOMPARE(again.ageMax(), QStringLiteral("99"));
        QCOMPARE(again.capacity(), QStringLiteral("25"));
        QCOMPARE(again.registrationRequired(), registration);
        QCOMPARE(again.hostPresent(), host);
        QCOMPARE(again.programme(), QStringLiteral("Samen Oost"));
        QCOMPARE(again.contact(), QStringLiteral("020 123 4567"));
        QCOMPARE(again.placeUid(), QStringLiteral("mvzn:MV1188-1"));
        QVERIFY(!again.noFixedPlace());

        // The stored record itself, and clearing the limits and the place.
        const std::optional<Activity> record = stored(Inloop);
        QVERIFY(record);
        QCOMPARE(record->organisationUid, OrganisationUid);
        QCOMPARE(record->costCents, 250);
        QCOMPARE(record->ageMin, 16);
        QCOMPARE(record->capacity, 25);
        again.setAgeMin(QString());
        again.setAgeMax(QString());
        again.setCapacity(QStringLiteral(" "));
        again.setCostText(QStringLiteral("0"));
        again.setNoFixedPlace(true);
        QVERIFY(again.placeUid().isEmpty());
        QCOMPARE(again.save(), Inloop);
        const std::optional<Activity> cleared = stored(Inloop);
        QCOMPARE(cleared->ageMin, -1);
        QCOMPARE(cleared->ageMax, -1);
        QCOMPARE(cleared->capacity, -1);
        QCOMPARE(cleared->costCents, 0);
        QVERIFY(cleared->placeUid.isEmpty());
        ActivityEditor third;
        third.setEnrolment(m_enrolment.get());
        QVERIFY(third.load(Inloop));
        QVERIFY(third.noFixedPlace());
        QCOMPARE(third.costText(), QStringLiteral("0"));
        QVERIFY(third.ageMin().isEmpty());
        QVERIFY(third.capacity().isEmpty());
    }

    void costParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("cents");
        QTest::newRow("zero") << "0" << true << 0;
        QTest::newRow("empty is free") << "" << true << 0;
        QTest::newRow("Dutch decimal") << "2,50" << true << 250;
        QTest::newRow("English decimal") << "2.50" << true << 250;
        QTest::newRow("one decimal") << "2,5" << true << 250;
        QTest::newRow("whole euros") << "12" << true << 1200;
        QTest::newRow("euro sign") << "€ 3" << true << 300;
        QTest::newRow("Dutch whole euros") << "€3,-" << true << 300;
        QTest::newRow("EUR prefix") << "EUR 4,75" << true << 475;
        QTest::newRow("Dutch thousands") << "1.000" << true << 100000;
        QTest::newRow("Dutch thousands and cents") << "1.000,50" << true << 100050;
        QTest::newRow("English thousands and cents") << "1,000.50" << true << 100050;
        QTest::newRow("spaces around") << "  7,00 " << true << 700;
        QTest::newRow("words") << "twee euro" << false << 0;
        QTest::newRow("negative") << "-1" << false << 0;
        QTest::newRow("three decimals") << "2,5050" << false << 0;
        QTest::newRow("double separator") << "2,,50" << false << 0;
        QTest::newRow("mixed up grouping") << "1.00.0" << false << 0;
        QTest::newRow("trailing separator") << "2," << false << 0;
        QTest::newRow("too large") << "12345678" << false << 0;
    }

    void costParsing()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(int, cents);
        int parsed = -7;
        QCOMPARE(ActivityEditor::parseCost(text, &parsed), ok);
        if (ok)
            QCOMPARE(parsed, cents);

        // The editor says the same through costCents and its problems.
        ActivityEditor editor;
        editor.setEnrolment(m_enrolment.get());
        QVERIFY(editor.load(Inloop));
        editor.setCostText(text);
        QCOMPARE(editor.costCents(), ok ? cents : -1);
        bool costProblem = false;
        for (const QVariant &problem : editor.problems())
            costProblem |= problem.toMap().value("field").toString() == QLatin1String("cost");
        QCOMPARE(costProblem, !ok);
        QCOMPARE(editor.canSave(), ok);
    }

    void problems_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QString>("message");
        const QString ageSentence = QStringLiteral("An age is a whole number from 0 to 120, or empty for no limit.");
        QTest::newRow("valid as stored") << "" << "" << QStringList() << "";
        QTest::newRow("no title") << "title" << "   " << QStringList{"title"} << "Give the activity a title.";
        QTest::newRow("no category") << "category" << "" << QStringList{"category"} << "Choose a category.";
        QTest::newRow("negative age") << "ageMin" << "-1" << QStringList{"ageMin"} << ageSentence;
        QTest::newRow("age above 120") << "ageMin" << "121" << QStringList{"ageMin"} << ageSentence;
        QTest::newRow("age not a number") << "ageMax" << "oud" << QStringList{"ageMax"} << ageSentence;
        QTest::newRow("min above max") << "ages" << "30-20" << QStringList{"ageMax"} << "The youngest age is above the oldest age.";
        QTest::newRow("full age range") << "ages" << "0-120" << QStringList() << "";
        QTest::newRow("equal ages") << "ages" << "12-12" << QStringList() << "";
        QTest::newRow("no places") << "capacity" << "0" << QStringList{"capacity"}
                                   << "The number of places is at least 1. Leave it empty when there is no limit.";
        QTest::newRow("one place") << "capacity" << "1" << QStringList() << "";
        QTest::newRow("unlimited") << "capacity" << "" << QStringList() << "";
        QTest::newRow("unreadable cost") << "cost" << "gratis?" << QStringList{"cost"}
                                         << "The cost cannot be read. Write an amount in euros, such as 0 or 2,50.";
        QTest::newRow("translation without title") << "translation" << " " << QStringList{"translation"}
                                                   << "A translation needs a title.";
        QTest::newRow("translation with title") << "translation" << "Coffee" << QStringList() << "";
    }

    void problems()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QStringList, fields);
        QFETCH(QString, message);
        ActivityEditor editor;
        editor.setEnrolment(m_enrolment.get());
        QVERIFY(editor.load(Inloop));
        QVERIFY(editor.problems().isEmpty());
        const int version = stored(Inloop)->version;
        QSignalSpy spy(&editor, &ActivityEditor::problemsChanged);
        if (field == QLatin1String("title"))
            editor.setTitle(value);
        else if (field == QLatin1String("category"))
            editor.setCategory(value);
        else if (field == QLatin1String("ageMin"))
            editor.setAgeMin(value);
        else if (field == QLatin1String("ageMax"))
            editor.setAgeMax(value);
        else if (field == QLatin1String("ages")) {
            editor.setAgeMin(value.section(QLatin1Char('-'), 0, 0));
            editor.setAgeMax(value.section(QLatin1Char('-'), 1, 1));
        } else if (field == QLatin1String("capacity"))
            editor.setCapacity(value);
        else if (field == QLatin1String("cost"))
            editor.setCostText(value);
        else if (field == QLatin1String("translation")) {
            QVERIFY(editor.addTranslation(QStringLiteral("so"))); // the coffee morning has all the app's languages
            editor.setTranslationTitle(editor.translationCount() - 1, value);
        }
        QStringList found;
        for (const QVariant &problem : editor.problems())
            found.append(problem.toMap().value("field").toString());
        QCOMPARE(found, fields);
        QCOMPARE(editor.canSave(), fields.isEmpty());
        QCOMPARE(spy.isEmpty(), fields.isEmpty() && field != QLatin1String("translation"));
        if (!fields.isEmpty()) {
            QCOMPARE(editor.problems().constFirst().toMap().value("message").toString(), message);
            // Saving anyway stores nothing.
            QVERIFY(editor.save().isEmpty());
            QVERIFY(!editor.errorString().isEmpty());
            QCOMPARE(stored(Inloop)->version, version);
        }
    }

    void staleEditIsRefused()
    {
        ActivityEditor editor;
        editor.setEnrolment(m_enrolment.get());
        QVERIFY(editor.load(Inloop));
        editor.setTitle(QStringLiteral("Mijn versie"));

        // Meanwhile the activity changes (as a sync would bring it).
        QVERIFY(m_enrolment->store().pauseActivity(Inloop));
        QSignalSpy changed(m_enrolment.get(), &WorkerEnrolment::changed);
        QVERIFY(editor.save().isEmpty());
        QCOMPARE(editor.errorString(), QStringLiteral("“Inloop met koffie” was changed elsewhere while you edited it. "
                                                      "Open it again and redo your change."));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(stored(Inloop)->title, QStringLiteral("Inloop met koffie"));
        QCOMPARE(stored(Inloop)->status, QStringLiteral("paused"));

        // Opened again, the change goes through and keeps the status it was given meanwhile.
        QVERIFY(editor.load(Inloop));
        QVERIFY(editor.errorString().isEmpty());
        editor.setTitle(QStringLiteral("Mijn versie"));
        QCOMPARE(editor.save(), Inloop);
        QCOMPARE(stored(Inloop)->title, QStringLiteral("Mijn versie"));
        QCOMPARE(stored(Inloop)->status, QStringLiteral("paused"));
    }

    void newActivityBelongsToTheOrganisation()
    {
        OrganisationActivitiesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEnrolment(m_enrolment.get());
        QCOMPARE(model.rowCount(), 8);
        QSignalSpy counted(&model, &OrganisationActivitiesModel::countChanged);

        ActivityEditor editor;
        editor.setEnrolment(m_enrolment.get());
        editor.newActivity();
        QVERIFY(editor.isNew());
        QVERIFY(!editor.canSave());
        QCOMPARE(editor.costText(), QStringLiteral("0"));
        QCOMPARE(editor.audience(), QStringLiteral("iedereen"));
        QVERIFY(editor.hostPresent());
        editor.setTitle(QStringLiteral("Schaakclub"));
        QVERIFY(!editor.canSave());
        editor.setCategory(QStringLiteral("cultuur_creatief"));
        QVERIFY(editor.canSave());
        const QString uid = editor.save();
        QVERIFY2(uid.startsWith(OrganisationUid + QLatin1Char(':')), qPrintable(uid + editor.errorString()));
        QVERIFY(!editor.isNew());
        QCOMPARE(editor.uid(), uid);
        QCOMPARE(stored(uid)->organisationUid, OrganisationUid);
        QCOMPARE(stored(uid)->status, QStringLiteral("active"));

        QCOMPARE(counted.count(), 1);
        QCOMPARE(model.rowCount(), 9);
        const QStringList uids = modelColumn(model, OrganisationActivitiesModel::UidRole);
        QVERIFY(uids.contains(uid));
        const QModelIndex row = model.index(int(uids.indexOf(uid)));
        QCOMPARE(row.data(OrganisationActivitiesModel::TitleRole).toString(), QStringLiteral("Schaakclub"));
        QVERIFY(!row.data(OrganisationActivitiesModel::HasNextRole).toBool());
        QCOMPARE(row.data(OrganisationActivitiesModel::PlaceNameRole).toString(), QStringLiteral("No fixed place"));
        QCOMPARE(row.data(OrganisationActivitiesModel::ScheduleCountRole).toInt(), 0);
    }

    void anotherOrganisationsActivityIsRefused()
    {
        const QString taalcafe = QStringLiteral("demo:taalcafe-javaplein");
        ActivityEditor editor;
        editor.setEnrolment(m_enrolment.get());
        QVERIFY(editor.load(taalcafe));
        editor.setTitle(QStringLiteral("Overgenomen"));
        QVERIFY(editor.canSave());
        QVERIFY(editor.save().isEmpty());
        QCOMPARE(editor.errorString(), QStringLiteral("This activity belongs to another organisation. "
                                                      "Only its own social workers can change it."));
        QCOMPARE(stored(taalcafe)->title, QStringLiteral("Taalcafé"));

        OrganisationActivitiesModel model;
        model.setEnrolment(m_enrolment.get());
        QVERIFY(!modelColumn(model, OrganisationActivitiesModel::UidRole).contains(taalcafe));

        QVERIFY(!editor.load(QStringLiteral("demo:does-not-exist")));
        QCOMPARE(editor.errorString(), QStringLiteral("This activity is not in the catalogue."));
    }

    void findPlaces_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QStringList>("uids");
        QTest::newRow("capitals in the catalogue") << "vonk" << 8 << QStringList{"mvzn:MV1188-1"};
        QTest::newRow("accents typed") << "Méévaart" << 8 << QStringList{"mvzn:MV1233-1"};
        QTest::newRow("shouted") << "MEEVAART" << 8 << QStringList{"mvzn:MV1233-1"};
        QTest::newRow("punctuation ignored") << "javart" << 8 << QStringList{"mvzn:MV1123-1"};
        QTest::newRow("name start first") << "javaplein" << 8 << QStringList{"demo:javaplein", "mvzn:MV2946-1"};
        QTest::newRow("by street") << "balistr" << 8 << QStringList{"mvzn:MV1233-1", "mvzn:MV1886-1"};
        QTest::newRow("limit") << "flevopark" << 1 << QStringList{"demo:flevopark"};
        QTest::newRow("nothing typed") << "  " << 8 << QStringList();
        QTest::newRow("no such place") << "xyzzy" << 8 << QStringList();
    }

    void findPlaces()
    {
        QFETCH(QString, text);
        QFETCH(int, limit);
        QFETCH(QStringList, uids);
        ActivityEditor editor;
        editor.setEnrolment(m_enrolment.get());
        const QVariantList found = editor.findPlaces(text, limit);
        QStringList foundUids;
        for (const QVariant &place : found)
            foundUids.append(place.toMap().value("uid").toString());
        QCOMPARE(foundUids, uids);
        for (const QVariant &place : found) {
            const QVariantMap p = place.toMap();
            QVERIFY(!p.value("name").toString().isEmpty());
            QVERIFY(!p.value("kindLabel").toString().isEmpty());
            QVERIFY(!p.value("address").toString().isEmpty());
        }
    }

    void asksNothingAboutAPerson()
    {
        // Privacy rule 2: the editor has no field about a resident's person.
        const QStringList forbidden{"origin", "nation", "religion", "residence", "bsn", "birth", "ethnic"};
        const QMetaObject &meta = ActivityEditor::staticMetaObject;
        for (int i = 0; i < meta.propertyCount(); ++i) {
            const QString name = QString::fromLatin1(meta.property(i).name()).toLower();
            for (const QString &word : forbidden)
                QVERIFY2(!name.contains(word), qPrintable(name));
        }
        QVERIFY(meta.indexOfProperty("audience") >= 0);
    }
};

QTEST_GUILESS_MAIN(TestActivityEditor)
#include "tst_activityeditor.moc"
