// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Buurtplein

// Typing in the search field finds sessions without blocking: the answer comes later,
// from the worker thread, and an answer to an older question never wins.
Item {
    id: stage

    width: 400
    height: 800

    TestCase {
        id: testCase

        name: "Search"
        when: windowShown
        width: 400
        height: 800

        Component { id: pageComponent; SearchPage { width: 400; height: 800 } }

        function typeText(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        function init() {
            AppContext.search.text = ""
            AppContext.search.clearFilters()
            tryVerify(() => !AppContext.search.busy)
        }

        function test_typingFindsResultsAsynchronously() {
            const page = createTemporaryObject(pageComponent, stage)
            const field = findChild(page, "searchField")
            const results = findChild(page, "searchResults")
            verify(field && results)
            const everything = AppContext.search.count
            verify(everything > 10)

            field.forceActiveFocus()
            typeText("taalcaf")
            compare(AppContext.search.text, "taalcaf")
            tryVerify(() => !AppContext.search.busy)
            // One more letter, with no event processed in between: the question is out and
            // the UI thread did not wait for the answer. (Checked after typeText it raced:
            // typing processes events, and a fast answer could already be in.)
            AppContext.search.text = "taalcafe"
            verify(AppContext.search.busy)
            tryVerify(() => !AppContext.search.busy)
            verify(AppContext.search.count > 0)
            verify(AppContext.search.count < everything)
            compare(results.count, AppContext.search.count)
            tryVerify(() => results.itemAtIndex(0) !== null)
            compare(results.itemAtIndex(0).title, "Taalcafé")
        }

        function test_accentAndCaseDoNotMatter() {
            AppContext.search.text = "TAALCAFE"
            tryVerify(() => !AppContext.search.busy)
            const plain = AppContext.search.count
            verify(plain > 0)
            AppContext.search.text = "taalcafé"
            tryVerify(() => !AppContext.search.busy)
            compare(AppContext.search.count, plain)
        }

        function test_latestQuestionWins() {
            const everything = AppContext.search.count
            // Questions in quick succession; only the answer to the last one may show.
            AppContext.search.text = "zzzz-nothing"
            AppContext.search.text = "koffie"
            AppContext.search.text = ""
            tryVerify(() => !AppContext.search.busy)
            compare(AppContext.search.count, everything)
        }

        function test_nothingFound() {
            const page = createTemporaryObject(pageComponent, stage)
            AppContext.search.text = "qqqqxyz"
            tryVerify(() => !AppContext.search.busy)
            compare(AppContext.search.count, 0)
            compare(findChild(page, "searchResults").count, 0)
        }
    }
}
