// SPDX-License-Identifier: GPL-3.0-or-later
// The UI language as the resident meets it: the app starts in Dutch from the catalogue
// bundled in its resources, English and back again change labels, plurals, dates and
// the pages already on screen, and the choice stays on the device.
#include "resident/cataloguedetails.h"
#include "app/approot.h"
#include "device/devicesettings.h"
#include "resident/myactivitiesmodel.h"
#include "common/terms.h"
#include "common/uilanguage.h"
#include "storage/vocabulary.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

#include <memory>

#include "app/qmlmodules.h"

using namespace Buurtplein;

namespace {
// Delegates of a Repeater or ListView are found through the visual tree, not QObject children.
QQuickItem *findItem(QQuickItem *item, const QString &name)
{
    if (!item)
        return nullptr;
    if (item->objectName() == name)
        return item;
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}
} // namespace

class TstUiLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void cataloguesAreBundled_data();
    void cataloguesAreBundled();
    void resolve_data();
    void resolve();
    void fromSystem_data();
    void fromSystem();
    void followsTheSystemLanguage();
    void everyLanguageIsOffered();
    void arabicIsRightToLeft();
    void startsInDutch();
    void switchingChangesLabelsAndPlurals();
    void choiceIsKeptOnTheDevice();
    void requestedLanguageIsNotKept();
    void unknownLanguageIsRefused();
    void dutchLabelsAreTheVocabularys();
    void pagesOnScreenFollowTheSwitch();

private:
    UiLanguage *language() const { return m_root->language(); }
    std::unique_ptr<DeviceSettings> settings() const
    {
        return std::make_unique<DeviceSettings>(m_root->database().connection());
    }

    std::unique_ptr<AppRoot> m_root;
};

void TstUiLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    AppRootOptions options;
    options.databasePath = QStringLiteral(":memory:");
    options.demoPath = QStringLiteral(BUURTPLEIN_ASSETS "/demo/demo-neighbourhood.json");
    options.areasPath = QStringLiteral(BUURTPLEIN_ASSETS "/demo/cbs_areas_amsterdam.csv");
    options.now = QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);
    options.startReminders = false;
    m_root = std::make_unique<AppRoot>();
    QString error;
    QVERIFY2(m_root->open(options, &error), qPrintable(error));
    // The machine's own locale must not decide what these tests see.
    language()->setSystemLanguages({});
}

void TstUiLanguage::init()
{
    // Every test starts from a device where nobody chose a language yet, in Dutch.
    QVERIFY(settings()->remove(SettingKey::uiLanguage));
    language()->restore();
    QCOMPARE(language()->code(), QStringLiteral("nl"));
}

void TstUiLanguage::cleanupTestCase()
{
    m_root.reset();
}

void TstUiLanguage::cataloguesAreBundled_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nl home title") << "nl" << "UpcomingPage" << "This week in the neighbourhood" << -1
                                   << "Deze week in de buurt";
    QTest::newRow("nl join") << "nl" << "SessionDelegate" << "Join" << -1 << "Aanmelden";
    QTest::newRow("nl plural") << "nl" << "Buurtplein::MyActivitiesModel" << "%n day(s) before" << 3 << "%n dagen van tevoren";
    QTest::newRow("en plural one") << "en" << "Buurtplein::MyActivitiesModel" << "%n hour(s) before" << 1 << "%n hour before";
    QTest::newRow("en plural more") << "en" << "Buurtplein::MyActivitiesModel" << "%n hour(s) before" << 2 << "%n hours before";
    QTest::newRow("ar join") << "ar" << "SessionDelegate" << "Join" << -1 << QStringLiteral("سجّل");
    QTest::newRow("ar plural two") << "ar" << "Buurtplein::MyActivitiesModel" << "%n day(s) before" << 2 << QStringLiteral("قبل يومين");
    QTest::newRow("ar plural few") << "ar" << "Buurtplein::MyActivitiesModel" << "%n day(s) before" << 3 << QStringLiteral("قبل %n أيام");
    QTest::newRow("tr home title") << "tr" << "UpcomingPage" << "This week in the neighbourhood" << -1 << "Bu hafta mahallede";
    QTest::newRow("pl plural many") << "pl" << "Buurtplein::MyActivitiesModel" << "%n hour(s) before" << 5 << "%n godzin wcześniej";
    QTest::newRow("uk plural 21") << "uk" << "Buurtplein::MyActivitiesModel" << "%n day(s) before" << 21 << QStringLiteral("за %n день");
    QTest::newRow("ti category") << "ti" << "Buurtplein::Terms" << "Free" << -1 << QStringLiteral("ብነጻ");
}

void TstUiLanguage::cataloguesAreBundled()
{
    QFETCH(QString, code);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(int, n);
    QFETCH(QString, expected);
    // The catalogues are resources of the static bp-qml library: this executable links it
    // like the app does, so what loads here loads there.
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/buurtplein_%1.qm").arg(code)));
    QCOMPARE(translator.translate(context.toUtf8().constData(), source.toUtf8().constData(), nullptr, n), expected);
}

void TstUiLanguage::resolve_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nothing chosen: Dutch") << "" << "" << "" << "nl";
    QTest::newRow("saved choice") << "" << "en" << "" << "en";
    QTest::newRow("requested beats saved") << "nl" << "en" << "" << "nl";
    QTest::newRow("unknown request: saved") << "xx" << "en" << "" << "en";
    QTest::newRow("unknown everything: Dutch") << "xx" << "yy" << "zz" << "nl";
    QTest::newRow("nothing chosen: the system's") << "" << "" << "ar" << "ar";
    QTest::newRow("saved beats the system's") << "" << "nl" << "uk" << "nl";
    QTest::newRow("requested beats the system's") << "tr" << "" << "pl" << "tr";
}

void TstUiLanguage::resolve()
{
    QFETCH(QString, requested);
    QFETCH(QString, saved);
    QFETCH(QString, system);
    QFETCH(QString, expected);
    QCOMPARE(LanguageChoice::resolve(requested, saved, system), expected);
}

void TstUiLanguage::fromSystem_data()
{
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Arabic, Saudi Arabia") << QStringList{"ar-SA", "ar"} << "ar";
    QTest::newRow("Ukrainian") << QStringList{"uk-UA"} << "uk";
    QTest::newRow("Tigrinya, underscore") << QStringList{"ti_ER"} << "ti";
    QTest::newRow("first supported one") << QStringList{"de-DE", "tr-TR", "en-GB"} << "tr";
    QTest::newRow("none supported") << QStringList{"de-DE", "fr"} << "";
    QTest::newRow("C locale") << QStringList{"C"} << "";
}

void TstUiLanguage::fromSystem()
{
    QFETCH(QStringList, uiLanguages);
    QFETCH(QString, expected);
    QCOMPARE(LanguageChoice::fromSystem(uiLanguages), expected);
}

void TstUiLanguage::followsTheSystemLanguage()
{
    // A phone set to Polish opens in Polish while the resident chose nothing...
    language()->setSystemLanguages({QStringLiteral("pl-PL")});
    language()->restore();
    QCOMPARE(language()->code(), QStringLiteral("pl"));
    QCOMPARE(Terms::costText(0), QStringLiteral("Bezpłatne"));
    QVERIFY(!settings()->contains(SettingKey::uiLanguage));
    // ...and in the resident's own choice once there is one.
    QVERIFY(language()->choose(QStringLiteral("nl")));
    language()->restore();
    QCOMPARE(language()->code(), QStringLiteral("nl"));
    language()->setSystemLanguages({});
}

void TstUiLanguage::everyLanguageIsOffered()
{
    const QStringList expected{"nl", "en", "ar", "tr", "pl", "uk", "ti"};
    QCOMPARE(LanguageChoice::supported(), expected);
    QCOMPARE(LanguageChoice::nativeName(QStringLiteral("ar")), QStringLiteral("العربية"));
    QCOMPARE(LanguageChoice::nativeName(QStringLiteral("tr")), QStringLiteral("Türkçe"));
    QCOMPARE(LanguageChoice::nativeName(QStringLiteral("uk")), QStringLiteral("Українська"));
    QCOMPARE(LanguageChoice::nativeName(QStringLiteral("ti")), QStringLiteral("ትግርኛ"));
    QCOMPARE(language()->choices().size(), expected.size());
    // Each catalogue is bundled and each language switches the labels.
    for (const QString &code : expected) {
        QVERIFY(language()->choose(code));
        QCOMPARE(language()->code(), code);
        QVERIFY2(code == QLatin1String("en") || Terms::costText(0) != QLatin1String("Free"), qPrintable(code));
    }
}

void TstUiLanguage::arabicIsRightToLeft()
{
    // The script fonts are registered at start, from the app's own resources.
    const QStringList families = QFontDatabase::families();
    QVERIFY(families.contains(QStringLiteral("Noto Sans Arabic")));
    QVERIFY(families.contains(QStringLiteral("Noto Sans Ethiopic")));

    QVERIFY(!language()->rightToLeft());
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    QVERIFY(language()->choose(QStringLiteral("ar")));
    QVERIFY(language()->rightToLeft());
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QCOMPARE(language()->fontFamily(), QStringLiteral("Noto Sans Arabic"));
    // Western digits, Arabic month names.
    QCOMPARE(QLocale().toString(QDate(2026, 11, 23), QStringLiteral("d MMMM yyyy")), QStringLiteral("23 نوفمبر 2026"));
    QVERIFY(language()->choose(QStringLiteral("ti")));
    QVERIFY(!language()->rightToLeft());
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    QCOMPARE(language()->fontFamily(), QStringLiteral("Noto Sans Ethiopic"));
}

void TstUiLanguage::startsInDutch()
{
    QCOMPARE(Terms::categoryLabel(QStringLiteral("inloop_koffie")), QStringLiteral("Inloop & koffie"));
    QCOMPARE(Terms::costText(0), QStringLiteral("Gratis"));
    QCOMPARE(MyActivitiesModel::reminderText(24 * 60), QStringLiteral("1 dag van tevoren"));
    // Dates follow the UI language, not the C locale of the machine.
    QCOMPARE(QLocale().language(), QLocale::Dutch);
    QCOMPARE(QLocale().toString(QDate(2026, 11, 23), QStringLiteral("dddd d MMMM")), QStringLiteral("maandag 23 november"));
    QCOMPARE(m_root->details()->sourceNote().left(8), QStringLiteral("Plekken:"));
}

void TstUiLanguage::switchingChangesLabelsAndPlurals()
{
    QSignalSpy changed(language(), &UiLanguage::changed);
    QSignalSpy contextChanged(m_root->details(), &CatalogueDetails::languageChanged);
    QVERIFY(language()->choose(QStringLiteral("en")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(contextChanged.count(), 1);
    QCOMPARE(language()->code(), QStringLiteral("en"));
    QCOMPARE(Terms::categoryLabel(QStringLiteral("taal_ontmoeting")), QStringLiteral("Language & meeting"));
    QCOMPARE(Terms::placeKindLabel(QStringLiteral("buurthuis")), QStringLiteral("Community centre"));
    QCOMPARE(MyActivitiesModel::reminderText(60), QStringLiteral("1 hour before"));
    QCOMPARE(MyActivitiesModel::reminderText(120), QStringLiteral("2 hours before"));
    QCOMPARE(QLocale().toString(QDate(2026, 11, 23), QStringLiteral("dddd")), QStringLiteral("Monday"));

    QVERIFY(language()->choose(QStringLiteral("nl")));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(Terms::categoryLabel(QStringLiteral("taal_ontmoeting")), QStringLiteral("Taal & ontmoeting"));
    QCOMPARE(MyActivitiesModel::reminderText(120), QStringLiteral("2 uur van tevoren"));
    QCOMPARE(QLocale().toString(QDate(2026, 11, 23), QStringLiteral("dddd")), QStringLiteral("maandag"));

    // Choosing the language already in use changes nothing.
    QVERIFY(language()->choose(QStringLiteral("nl")));
    QCOMPARE(changed.count(), 2);
}

void TstUiLanguage::choiceIsKeptOnTheDevice()
{
    QVERIFY(language()->choose(QStringLiteral("en")));
    QCOMPARE(settings()->value(SettingKey::uiLanguage), QStringLiteral("en"));
    // The next start reads it back.
    UiLanguage again(m_root->database().connection());
    again.restore();
    QCOMPARE(again.code(), QStringLiteral("en"));
}

void TstUiLanguage::requestedLanguageIsNotKept()
{
    QVERIFY(language()->choose(QStringLiteral("en")));
    // --language nl for one run (screenshots) leaves the resident's choice alone.
    UiLanguage oneRun(m_root->database().connection());
    oneRun.restore(QStringLiteral("nl"));
    QCOMPARE(oneRun.code(), QStringLiteral("nl"));
    QCOMPARE(settings()->value(SettingKey::uiLanguage), QStringLiteral("en"));
}

void TstUiLanguage::unknownLanguageIsRefused()
{
    QVERIFY(!language()->choose(QStringLiteral("xx")));
    QCOMPARE(language()->code(), QStringLiteral("nl"));
    QVERIFY(!settings()->contains(SettingKey::uiLanguage));
}

void TstUiLanguage::dutchLabelsAreTheVocabularys()
{
    // core/storage/vocabulary.cpp holds the canonical Dutch names; the Dutch UI uses them.
    for (const Vocabulary::Term &term : Vocabulary::categories())
        QCOMPARE(Terms::categoryLabel(term.id), term.label);
    for (const Vocabulary::Term &term : Vocabulary::audiences())
        QCOMPARE(Terms::audienceLabel(term.id), term.label);
    for (const Vocabulary::Term &term : Vocabulary::accessibilityFeatures())
        QCOMPARE(Terms::accessibilityLabel(term.id), term.label);
    for (const Vocabulary::Term &term : Vocabulary::placeKinds())
        QCOMPARE(Terms::placeKindLabel(term.id), term.label);
}

void TstUiLanguage::pagesOnScreenFollowTheSwitch()
{
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QQmlComponent component(&engine);
    component.setData("import QtQuick\nimport Buurtplein.Resident\nimport Buurtplein.App\nItem {\n"
                      "  property alias settings: settings\n  property alias search: search\n"
                      "  property alias activity: activity\n"
                      "  SettingsPage { id: settings }\n  SearchPage { id: search }\n"
                      "  ActivityPage { id: activity; activityUid: 'demo:taalcafe-javaplein' }\n}\n",
                      QUrl(QStringLiteral("qrc:/tst_uilanguage/Pages.qml")));
    std::unique_ptr<QObject> root(component.create());
    QVERIFY2(root, qPrintable(component.errorString()));
    auto *settingsPage = root->property("settings").value<QQuickItem *>();
    auto *searchPage = root->property("search").value<QQuickItem *>();
    auto *activityPage = root->property("activity").value<QQuickItem *>();
    QVERIFY(settingsPage && searchPage && activityPage);
    const auto activityTitle = [activityPage] {
        return activityPage->property("info").toMap().value(QStringLiteral("title")).toString();
    };
    QQuickItem *english = findItem(settingsPage, QStringLiteral("language-en"));
    QQuickItem *dutch = findItem(settingsPage, QStringLiteral("language-nl"));
    QVERIFY(english && dutch);
    // The chips are made again on a switch: look the chip up each time.
    const auto chipText = [searchPage] {
        QQuickItem *chip = findItem(searchPage, QStringLiteral("categoryChip-taal_ontmoeting"));
        return chip ? chip->property("text").toString() : QString();
    };

    QCOMPARE(settingsPage->property("title").toString(), QStringLiteral("Instellingen"));
    QTRY_COMPARE(chipText(), QStringLiteral("Taal & ontmoeting"));
    QVERIFY(dutch->property("checked").toBool());
    // The activity page reads the catalogue off the UI thread: its text comes a moment later.
    QTRY_COMPARE(activityTitle(), QStringLiteral("Taalcafé"));

    // What the radio button does when the resident taps "English".
    QMetaObject::invokeMethod(english, "clicked");
    QCOMPARE(language()->code(), QStringLiteral("en"));
    QCOMPARE(settingsPage->property("title").toString(), QStringLiteral("Settings"));
    QCOMPARE(searchPage->property("title").toString(), QStringLiteral("Search"));
    QTRY_COMPARE(chipText(), QStringLiteral("Language & meeting"));
    QVERIFY(english->property("checked").toBool());
    QVERIFY(!dutch->property("checked").toBool());
    // The activity's own English text, which the demo catalogue carries.
    QTRY_COMPARE(activityTitle(), QStringLiteral("Language café"));

    QMetaObject::invokeMethod(dutch, "clicked");
    QCOMPARE(settingsPage->property("title").toString(), QStringLiteral("Instellingen"));
    QTRY_COMPARE(chipText(), QStringLiteral("Taal & ontmoeting"));
    QTRY_COMPARE(activityTitle(), QStringLiteral("Taalcafé"));
}

QTEST_MAIN(TstUiLanguage)

#include "tst_uilanguage.moc"
