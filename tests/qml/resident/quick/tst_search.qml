// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Buurtplein.Resident

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
            Search.text = ""
            Search.clearFilters()
            tryVerify(() => !Search.busy)
        }

        function test_typingFindsResultsAsynchronously() {
            const page = createTemporaryObject(pageComponent, stage)
            const field = findChild(page, "searchField")
            const results = findChild(page, "searchResults")
            verify(field && results)
            const everything = Search.count
            verify(everything > 10)

            field.forceActiveFocus()
            typeText("taalcaf")
            compare(Search.text, "taalcaf")
            tryVerify(() => !Search.busy)
            // One more letter, with no event processed in between: the question is out and
            // the UI thread did not wait for the answer. (Checked after typeText it raced:
            // typing processes events, and a fast answer could already be in.)
            Search.text = "taalcafe"
            verify(Search.busy)
            tryVerify(() => !Search.busy)
            verify(Search.count > 0)
            verify(Search.count < everything)
            compare(results.count, Search.count)
            tryVerify(() => results.itemAtIndex(0) !== null)
            compare(results.itemAtIndex(0).title, "Taalcafé")
        }

        function test_accentAndCaseDoNotMatter() {
            Search.text = "TAALCAFE"
            tryVerify(() => !Search.busy)
            const plain = Search.count
            verify(plain > 0)
            Search.text = "taalcafé"
            tryVerify(() => !Search.busy)
            compare(Search.count, plain)
        }

        function test_latestQuestionWins() {
            const everything = Search.count
            // Questions in quick succession; only the answer to the last one may show.
            Search.text = "zzzz-nothing"
            Search.text = "koffie"
            Search.text = ""
            tryVerify(() => !Search.busy)
            compare(Search.count, everything)
        }

        function test_nothingFound() {
            const page = createTemporaryObject(pageComponent, stage)
            Search.text = "qqqqxyz"
            tryVerify(() => !Search.busy)
            compare(Search.count, 0)
            compare(findChild(page, "searchResults").count, 0)
        }
    }
}
