// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Buurtplein.Resident

// Category chips narrow the results and widen them again; "clear all" clears every filter.
Item {
    id: stage

    width: 400
    height: 800

    TestCase {
        id: testCase

        name: "Filters"
        when: windowShown
        width: 400
        height: 800

        Component { id: pageComponent; SearchPage { width: 400; height: 800 } }

        function init() {
            Search.text = ""
            Search.clearFilters()
            tryVerify(() => !Search.busy)
        }

        // A chip of the horizontal list, once the list has laid it out.
        function chip(page, id) {
            let found = null
            tryVerify(() => {
                found = findChild(page, "categoryChip-" + id)
                return found !== null && found.width > 0
            })
            waitForRendering(page)
            return found
        }

        function settle() {
            tryVerify(() => !Search.busy)
        }

        function test_categoryChipOnAndOff() {
            const page = createTemporaryObject(pageComponent, stage)
            const everything = Search.count
            const taal = chip(page, "taal_ontmoeting")
            verify(taal)
            verify(!taal.checked)

            mouseClick(taal)
            settle()
            verify(taal.checked)
            compare(Search.activeFilterCount, 1)
            verify(Search.count > 0)
            verify(Search.count < everything)
            const results = findChild(page, "searchResults")
            tryVerify(() => results.itemAtIndex(0) !== null)
            for (let i = 0; i < Math.min(results.count, 5); ++i) {
                const row = results.itemAtIndex(i)
                if (row)
                    compare(row.category, "taal_ontmoeting")
            }

            mouseClick(taal)
            settle()
            verify(!taal.checked)
            compare(Search.activeFilterCount, 0)
            compare(Search.count, everything)
        }

        function test_freeOnlyDropsPaidSessions() {
            const everything = Search.count
            Search.freeOnly = true
            settle()
            verify(Search.count < everything)
            const page = createTemporaryObject(pageComponent, stage)
            const results = findChild(page, "searchResults")
            tryVerify(() => results.itemAtIndex(0) !== null)
            verify(results.itemAtIndex(0).free)
        }

        function test_clearAllInOneTap() {
            const page = createTemporaryObject(pageComponent, stage)
            const everything = Search.count
            const clearAll = findChild(page, "clearAllButton")
            verify(!clearAll.visible)

            mouseClick(chip(page, "inloop_koffie"))
            Search.freeOnly = true
            Search.wheelchair = true
            Search.day = 1
            Search.partOfDay = 1
            Search.toggleLanguage("ar")
            settle()
            compare(Search.activeFilterCount, 6)
            verify(Search.count < everything)
            verify(clearAll.visible)
            compare(findChild(page, "filtersButton").text, "Filters (6)")

            mouseClick(clearAll)
            settle()
            compare(Search.activeFilterCount, 0)
            compare(Search.count, everything)
            verify(!findChild(page, "categoryChip-inloop_koffie").checked)
        }

        function test_partOfDayKeepsOnlyThatPart() {
            Search.partOfDay = 3 // evening
            settle()
            verify(Search.count > 0)
            const page = createTemporaryObject(pageComponent, stage)
            const results = findChild(page, "searchResults")
            tryVerify(() => results.itemAtIndex(0) !== null)
            for (let i = 0; i < Math.min(results.count, 5); ++i) {
                const row = results.itemAtIndex(i)
                if (row)
                    verify(Number(row.timeText.substring(0, 2)) >= 18, row.timeText)
            }
        }
    }
}
