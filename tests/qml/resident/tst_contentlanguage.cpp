// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's activities in the resident's UI language (the default QLocale's, as UiLanguage
// sets it): with Polish, Ukrainian or Tigrinya the activity page (CatalogueDetails::activity),
// the home list (UpcomingModel) and a place's sessions (CatalogueDetails::sessionsAt) show
// each activity's translation; with a language an activity has no text in, its Dutch.
#include "democatalogue.h"
#include "resident/cataloguedetails.h"
#include "resident/upcomingmodel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

using namespace Buurtplein;

namespace {
const QString taalcafe = QStringLiteral("demo:taalcafe-javaplein");
const QString wandelgroep = QStringLiteral("demo:wandelen-flevopark"); // no en, ar or tr text
const QString podium = QStringLiteral("demo:jongeren-javart");         // en, but no ar or tr
const QString meevaart = QStringLiteral("mvzn:MV1233-1");               // three activities' home

/** The UI speaks @p code while this lives. */
class UiLocale
{
public:
    explicit UiLocale(const QString &code) { QLocale::setDefault(QLocale(code)); }
    ~UiLocale() { QLocale::setDefault(m_before); }

private:
    const QLocale m_before;
};

/** The languages every demo activity is translated into; "de" is one the demo never carries. */
void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("translated");
    QTest::newRow("pl") << QStringLiteral("pl") << true;
    QTest::newRow("uk") << QStringLiteral("uk") << true;
    QTest::newRow("ti") << QStringLiteral("ti") << true;
    QTest::newRow("de, no text: Dutch") << QStringLiteral("de") << false;
}

int demoFileActivities()
{
    QFile file(QStringLiteral(BUURTPLEIN_ASSETS "/demo/demo-neighbourhood.json"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return int(QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("activities")).toArray().size());
}
} // namespace

class TestContentLanguage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;
    const QDateTime m_now{QDate(2026, 11, 23), QTime(8, 0), Qt::UTC}; // Monday, 09:00 in Amsterdam
    std::unique_ptr<CatalogueDetails> m_details;

    /** The title the resident should read in @p language: the translation where there is one, else the Dutch. */
    QString expectedTitle(const QString &uid, const QString &language, QString *titleLanguage)
    {
        const auto activity = CatalogueStore(m_db.connection()).activity(uid);
        if (!activity)
            return {};
        if (activity->translations.contains(language)) {
            *titleLanguage = language;
            return activity->translations.value(language).title;
        }
        *titleLanguage = activity->textLanguage;
        return activity->title;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        // A file: the home list reads it on a thread of its own (UpcomingModel).
        QVERIFY2(TestSupport::openDemoCatalogue(m_db, m_now, &error, m_dir.filePath(QStringLiteral("catalogue.sqlite"))), qPrintable(error));
        m_details = std::make_unique<CatalogueDetails>(m_db.connection());
        m_details->setNow(m_now);
        // Each language below is the one the app reads off the locale.
        for (const char *code : {"pl", "uk", "ti", "de"}) {
            const UiLocale ui(QString::fromLatin1(code));
            QCOMPARE(CatalogueDetails::contentLanguage(), QString::fromLatin1(code));
        }
    }

    // The activity page of one activity, with its exact text.
    void activityPage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("uid");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("descriptionStart");
        QTest::addColumn<QString>("textLanguage");
        const QString pl = QStringLiteral("pl"), uk = QStringLiteral("uk"), ti = QStringLiteral("ti"), nl = QStringLiteral("nl");
        QTest::newRow("pl: the taalcafé") << pl << taalcafe << QStringLiteral("Kawiarenka językowa")
                                          << QStringLiteral("Ćwicz niderlandzki") << pl;
        QTest::newRow("uk: the taalcafé") << uk << taalcafe << QStringLiteral("Мовне кафе")
                                          << QStringLiteral("Практикуйте нідерландську") << uk;
        QTest::newRow("ti: the taalcafé") << ti << taalcafe << QStringLiteral("ካፌ ቋንቋ")
                                          << QStringLiteral("ምስ ጎረባብትን ወለንተኛታትን") << ti;
        QTest::newRow("pl: a walk with no en, ar or tr text")
            << pl << wandelgroep << QStringLiteral("Grupa spacerowa we Flevoparku") << QStringLiteral("Godzina szybkiego marszu") << pl;
        QTest::newRow("uk: a walk with no en, ar or tr text")
            << uk << wandelgroep << QStringLiteral("Група ходьби у Flevopark") << QStringLiteral("Година енергійної ходьби") << uk;
        QTest::newRow("ti: a walk with no en, ar or tr text")
            << ti << wandelgroep << QStringLiteral("ጉጅለ ምጉዓዝ ብእግሪ ኣብ Flevopark") << QStringLiteral("ኣብ Flevopark ንሓደ ሰዓት") << ti;
        QTest::newRow("de: no German text, Dutch")
            << QStringLiteral("de") << taalcafe << QStringLiteral("Taalcafé") << QStringLiteral("Oefen Nederlands") << nl;
        QTest::newRow("en: the walk has no English, Dutch")
            << QStringLiteral("en") << wandelgroep << QStringLiteral("Wandelgroep Flevopark") << QStringLiteral("Een uur stevig wandelen") << nl;
        QTest::newRow("ar: the podium has no Arabic, Dutch")
            << QStringLiteral("ar") << podium << QStringLiteral("Open podium en studio") << QStringLiteral("Muziek maken") << nl;
    }

    void activityPage()
    {
        QFETCH(QString, language);
        QFETCH(QString, uid);
        QFETCH(QString, title);
        QFETCH(QString, descriptionStart);
        QFETCH(QString, textLanguage);
        QVariantMap a;
        {
            const UiLocale ui(language);
            a = m_details->activity(uid);
        }
        QCOMPARE(a.value(QStringLiteral("uid")).toString(), uid);
        QCOMPARE(a.value(QStringLiteral("title")).toString(), title);
        QVERIFY2(a.value(QStringLiteral("description")).toString().startsWith(descriptionStart),
                 qPrintable(a.value(QStringLiteral("description")).toString()));
        QCOMPARE(a.value(QStringLiteral("textLanguage")).toString(), textLanguage);
    }

    // Every activity's page: its own translation in pl, uk and ti, never the Dutch; Dutch in de.
    void everyActivityPage_data() { addLanguageRows(); }

    void everyActivityPage()
    {
        QFETCH(QString, language);
        QFETCH(bool, translated);
        const CatalogueStore store(m_db);
        const QStringList uids = store.activityUids();
        QCOMPARE(uids.size(), demoFileActivities());
        for (const QString &uid : uids) {
            const auto activity = store.activity(uid);
            QVERIFY(activity);
            QVariantMap page;
            {
                const UiLocale ui(language);
                page = m_details->activity(uid);
            }
            const QString title = page.value(QStringLiteral("title")).toString();
            const QString description = page.value(QStringLiteral("description")).toString();
            if (translated) {
                const Translation translation = activity->translations.value(language);
                QVERIFY2(!translation.title.isEmpty(), qPrintable(uid));
                QCOMPARE(title, translation.title);
                QCOMPARE(description, translation.description);
                QVERIFY2(title != activity->title, qPrintable(uid));
                QCOMPARE(page.value(QStringLiteral("textLanguage")).toString(), language);
            } else {
                QCOMPARE(title, activity->title);
                QCOMPARE(description, activity->description);
                QCOMPARE(page.value(QStringLiteral("textLanguage")).toString(), QStringLiteral("nl"));
            }
        }
    }

    // The home list of the coming week, whose titles come from the search (SearchQuery::contentLanguage).
    void homeList_data() { addLanguageRows(); }

    void homeList()
    {
        QFETCH(QString, language);
        QFETCH(bool, translated);
        UpcomingModel model(m_db.path());
        QSignalSpy reloaded(&model, &UpcomingModel::reloaded);
        {
            const UiLocale ui(language);
            model.reload(m_now);
        }
        QVERIFY(reloaded.wait(10000));
        QVERIFY(model.errorString().isEmpty());
        QSet<QString> activities;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            const QString uid = index.data(UpcomingModel::ActivityUidRole).toString();
            QString titleLanguage;
            const QString expected = expectedTitle(uid, language, &titleLanguage);
            QVERIFY2(!expected.isEmpty(), qPrintable(uid));
            QCOMPARE(index.data(UpcomingModel::TitleRole).toString(), expected);
            QCOMPARE(index.data(UpcomingModel::TitleLanguageRole).toString(), translated ? language : QStringLiteral("nl"));
            QCOMPARE(titleLanguage, translated ? language : QStringLiteral("nl"));
            activities.insert(uid);
        }
        // The week holds most of the demo's activities, the taalcafé among them.
        QVERIFY2(activities.size() >= 10, qPrintable(QString::number(activities.size())));
        QVERIFY(activities.contains(taalcafe));
    }

    // A place's page lists its sessions with the titles the activity page shows.
    void placeSessions_data() { addLanguageRows(); }

    void placeSessions()
    {
        QFETCH(QString, language);
        QFETCH(bool, translated);
        QVariantList sessions;
        {
            const UiLocale ui(language);
            sessions = m_details->sessionsAt(meevaart);
        }
        QSet<QString> activities;
        for (const QVariant &item : std::as_const(sessions)) {
            const QVariantMap session = item.toMap();
            const QString uid = session.value(QStringLiteral("activityUid")).toString();
            QString titleLanguage;
            QCOMPARE(session.value(QStringLiteral("title")).toString(), expectedTitle(uid, language, &titleLanguage));
            QCOMPARE(session.value(QStringLiteral("titleLanguage")).toString(), translated ? language : QStringLiteral("nl"));
            activities.insert(uid);
        }
        // De Meevaart's coffee mornings and Repair Café in the coming three weeks (December's
        // dialogue evening moved to VONK).
        QCOMPARE(activities, (QSet<QString>{QStringLiteral("demo:inloop-meevaart"), QStringLiteral("demo:repaircafe-meevaart")}));
    }
};

QTEST_GUILESS_MAIN(TestContentLanguage)
#include "tst_contentlanguage.moc"
