// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Buurtplein.Common
import Buurtplein.Resident

// A title shown in a language other than the UI's carries the language's own name; a
// translated title does not. The demo has Taalcafé in Arabic, Open podium not in Arabic.
// Switching the UI language is process-wide (translator, default QLocale): this file runs
// in a process of its own (ctest tst_languagemark), not with tests/qml's files.
Item {
    id: stage

    width: 400
    height: 6000

    TestCase {
        id: testCase

        name: "LanguageMark"
        when: windowShown
        width: 400
        height: 6000

        Component { id: pageComponent; UpcomingPage { width: 400; height: 6000 } }

        function rowOf(list, activityUid) {
            for (let i = 0; i < list.count; ++i) {
                const item = list.itemAtIndex(i)
                if (item && item.activityUid === activityUid)
                    return item
            }
            return null
        }

        function test_markOnlyOnUntranslatedTitles() {
            verify(Language.choose("ar"))
            const page = createTemporaryObject(pageComponent, stage)
            const list = findChild(page, "upcomingList")
            verify(list)
            // The home list reads again in the new language on its own thread.
            tryVerify(() => rowOf(list, "demo:jongeren-javart") !== null && rowOf(list, "demo:taalcafe-javaplein") !== null
                      && rowOf(list, "demo:taalcafe-javaplein").titleLanguage === "ar")

            const translated = rowOf(list, "demo:taalcafe-javaplein")
            compare(translated.title, "مقهى اللغة")
            compare(translated.titleLanguage, "ar")
            const translatedMark = findChild(translated, "languageMark")
            verify(translatedMark)
            verify(!translatedMark.visible)
            verify(translated.Accessible.name.indexOf(Terms.languageName("nl")) < 0)

            const original = rowOf(list, "demo:jongeren-javart")
            compare(original.title, "Open podium en studio")
            compare(original.titleLanguage, "nl")
            const mark = findChild(original, "languageMark")
            verify(mark)
            verify(mark.visible)
            compare(mark.text, Terms.languageName("nl"))
            verify(original.Accessible.name.indexOf(mark.accessibleText) > 0)
            verify(mark.accessibleText.indexOf(Terms.languageName("nl")) >= 0)
        }

        // Each language by its own name, without a country for a bare code (it said
        // "American English" in the language picker).
        function test_languageNames() {
            compare(Terms.languageName("en"), "English")
            compare(Terms.languageName("es"), "Español")
            compare(Terms.languageName("nl"), "Nederlands")
            compare(Terms.languageName("ar"), "العربية")
            compare(Terms.languageName("tr"), "Türkçe")
            compare(Terms.languageName("pl"), "Polski")
            compare(Terms.languageName("uk"), "Українська")
            compare(Terms.languageName("ti"), "ትግርኛ")
            compare(Terms.languageName("xx-nonsense"), "xx-nonsense")
        }

        function test_noMarkInTheOriginalsLanguage() {
            verify(Language.choose("nl"))
            const page = createTemporaryObject(pageComponent, stage)
            const list = findChild(page, "upcomingList")
            tryVerify(() => rowOf(list, "demo:jongeren-javart") !== null)
            const original = rowOf(list, "demo:jongeren-javart")
            compare(original.titleLanguage, "nl")
            verify(!findChild(original, "languageMark").visible)
        }
    }
}
